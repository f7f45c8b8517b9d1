import { describe, expect, it } from 'vitest';
import { ColumnFormats } from '../../../src/data/records/column-formats';
import { IssueSink } from '../../../src/data/report/issue-sink';
import { parseValue } from '../../../src/data/cells/parse-value';
import { applyDecimalComma, findDecimalCommaCell } from '../../../src/data/records/number-locale';
import { PeriodMix } from '../../../src/data/records/period-mix';
import { importText } from '../pipeline/import-helpers';

function check(cells: string[], metricUnit = '', name = '比例'): string[] {
  const f = new ColumnFormats();
  const col = f.column('c2', name, 3, metricUnit);
  cells.forEach((c, k) => f.add(col, k + 2, parseValue(c)));
  const sink = new IssueSink();
  f.report(sink, 'f.csv');
  return sink.issues.map((i) => `${i.code}@${i.line}:${i.column}`);
}

describe('ColumnFormats (catalogue #29, #36)', () => {
  it.each([
    ['%, fraction and bare number', ['12.5%', '0.125', '12.5'], '', ['percent-format-mixed@2:3']],
    ['% and fraction', ['12.5%', '0.5'], '', ['percent-format-mixed@2:3']],
    ['% and bare numbers > 1 (consistent in the 0..100 model)', ['12.5%', '30'], '', []],
    ['all %', ['12.5%', '0.5%', '１２.５％'], '', []],
    ['zeros and blanks are neutral', ['12.5%', '0', '', '—'], '', []],
    ['a % metric with fractions and bare numbers, no % sign', ['0.125', '12.5'], '%', ['percent-format-mixed@2:3']],

    ['人 and 户 in one column', ['3500人', '1200户', '12'], '', ['unit-mixed@2:3']],
    ['one unit throughout', ['3500人', '1200人', '12'], '', []],
    ['万元 and 元 are the same unit', ['12.5万元', '300元'], '', []],
    ['% and 人 in one column', ['12%', '30人'], '', ['unit-mixed@2:3']],
  ])('%s', (_n, cells, unit, codes) => {
    expect(check(cells, unit)).toEqual(codes);
  });

  it.each([
    ['户 in a 人 metric', ['12户', '20户'], '人', '下岗失业人员', ['unit-not-metric@2:3']],
    ['a % in a 人 metric', ['12.5%', '30'], '人', '下岗失业人员', ['unit-not-metric@2:3']],
    ['元 in a 人次 metric', ['300元'], '人次', '大病救助', ['unit-not-metric@2:3']],
    ['人 and 次 in a 人次 metric (parts of its unit)', ['12人', '30次', '5人次'], '人次', '活动参与', []],
    ['个 counts anything', ['12个'], '支', '文体团队', []],
    ['万元 in a 元 metric (scaled, the same unit)', ['1.2万元', '300元'], '元', '爱心捐款', []],
    ['a % in a rate', ['12.5%'], '%', '再就业率', []],
    ['a % in a column named like a rate', ['12.5%'], '', '入户率', []],
    ['plain counts', ['0.5', '12'], '', '常住人口', []],
    ['percent numbers and a fraction in a column named like a rate, no % sign', ['95', '90', '0.85'], '', '就业率', ['percent-format-mixed@2:3']],
    ['a growth rate may be under 1 or over it', ['12', '0.5'], '', '增长率', []],
    ['no metric unit known (a custom metric)', ['12户'], '', '其他', []],
    ['人 and 户 in a 人 metric: one warning, the mixed units', ['3500人', '1200户'], '人', '下岗失业人员', ['unit-mixed@2:3']],
  ])('%s', (_n, cells, unit, name, codes) => {
    expect(check(cells, unit, name)).toEqual(codes);
  });

  it('names the metric’s unit, the unit written and its rows', () => {
    const f = new ColumnFormats();
    const col = f.column('c2', '下岗失业人员', 3, '人');
    ['12户', '7', '20户'].forEach((c, k) => f.add(col, k + 2, parseValue(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues.map((i) => i.message)).toEqual([
      '“下岗失业人员”的单位是“人”，但第2、4行的数值写的是“户”（共2处）。已按数值记录（如12户记为12人），请核对源表是否填错了列或单位',
    ]);
  });

  it('lists the rows of each form in Chinese', () => {
    const f = new ColumnFormats();
    const col = f.column('c2', '参保率', 3, '');
    ['12.5%', '0.125', '12.5', '13%'].forEach((c, k) => f.add(col, k + 2, parseValue(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues[0]!.message).toContain('“参保率”列第2、5行带%（2处），第3行为不带%的小数（≤1）（1处），第4行为不带%的数（>1）（1处）');
  });
});

describe('decimal commas (catalogue #18)', () => {
  it('finds the first decimal comma in the value columns only', () => {
    const rows = [['社区', '人口', '比例'], ['1,5', '3.500', '2'], ['东湖', '3', '1,5%']];
    const line = (...a: Parameters<typeof findDecimalCommaCell>): number => findDecimalCommaCell(...a)?.line ?? 0;
    expect(line(rows, [1, 2, 3], 1, [1, 2])).toBe(3);
    expect(line([['a', '1,500'], ['b', '12,345,678']], [1, 2], 0, [1])).toBe(0);
  });

  it.each([
    ['3.500', NaN, 'invalid'],
    ['1.234.567', NaN, 'invalid'],
    ['3.5', 3.5, 'exact'],
    ['12', 12, 'exact'],
  ])('%s in a decimal-comma file', (raw, value, qualifier) => {
    const v = applyDecimalComma(raw, parseValue(raw));
    expect(v.value).toBe(value);
    expect(v.qualifier).toBe(qualifier);
    if (qualifier === 'invalid') expect(v.notes[0]!.message).toContain('数字格式不明确');
  });
});

describe('PeriodMix (catalogue #35)', () => {
  it('warns only when cumulative and single periods are mixed', () => {
    const only = new PeriodMix();
    only.add(2, false);
    only.add(3, false);
    const sink = new IssueSink();
    only.report(sink, { file: 'f.csv', column: 2 });
    expect(sink.issues).toEqual([]);
    const mixed = new PeriodMix();
    mixed.add(2, false);
    mixed.add(3, true);
    mixed.add(4, true);
    mixed.report(sink, { file: 'f.csv', column: 2 });
    expect(sink.issues.map((i) => [i.code, i.line, i.column])).toEqual([['period-mixed-cumulative', 3, 2]]);
    expect(sink.issues[0]!.message).toContain('累计期间（第3-4行，共2行）和单期期间（第2行，共1行）');
  });
});

describe('ColumnFormats: one amount about 1万 times (or a ten-thousandth of) the rest of its column', () => {
  // A clerk types 17000 (元) into 慰问救助金额（万元） where the other rows say 1.5, 1.6 …: 1.7亿元.
  it.each([
    ['元 typed in a 万元 column', ['1.5', '1.6', '17000', '1.8', '1.9'], ['amount-scale-outlier@4:3']],
    ['万元 typed in a 元 column', ['15000', '16000', '1.7', '18000'], ['amount-scale-outlier@4:3']],
    ['a real spread (a hundredfold) is no outlier', ['1.5', '160', '1.7', '0.2'], []],
    ['two values only: no column to set it beside', ['1.5', '17000'], []],
  ])('%s', (_n, cells, codes) => {
    expect(check(cells, '元', '慰问救助金额（万元）')).toEqual(codes);
  });

  it('the message names the cell, both amounts and says what to check', () => {
    const f = new ColumnFormats();
    const col = f.column('c4', '慰问救助金额（万元）', 5, '元');
    ['1.5', '1.6', '17000', '1.8'].forEach((c, k) => f.add(col, k + 3, parseValue(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.xlsx');
    expect(sink.issues).toHaveLength(1);
    expect(sink.issues[0]).toMatchObject({ code: 'amount-scale-outlier', severity: 'warning', line: 5, column: 5 });
    expect(sink.issues[0]!.message).toContain('第5行的17000');
    expect(sink.issues[0]!.message).toContain('约1万倍');
  });

  // 1600 typed (in 人) into 常住人口（万人） among 0.15, 0.17 …: 1600万 residents in one community, with no word.
  it('a count in 人 typed into a 万人 column: warned as the money case is, in the column\'s units', () => {
    const f = new ColumnFormats();
    const col = f.column('c2', '常住人口（万人）', 2, '人', 10000);
    ['0.15', '1600', '0.17', '0.18'].forEach((c, k) => f.add(col, k + 2, parseValue(c, { columnScale: 10000 })));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['amount-scale-outlier@3:2']);
    expect(sink.issues[0]!.message).toBe('“常住人口（万人）”列第3行的数（如第3行的16000000人）是该列其他行（一般为1750人）的约1万倍，很可能把人数填进了“万人”列。已按原样记录，请核对源表，统一单位后重新导入');
  });

  it('a count column in 人 (no 万) is not looked at: a fraction there is fractional-count\'s', () => {
    const f = new ColumnFormats();
    const col = f.column('c2', '常住人口', 2, '人');
    ['1500', '0.16', '1700', '1800'].forEach((c, k) => f.add(col, k + 2, parseValue(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues.map((i) => i.code)).toEqual(['fractional-count']);
  });
});

describe('ColumnFormats: a custom column whose name counts people or households (帮扶困难群众人数, 走访户数) and gives no unit', () => {
  // 1.568 under 帮扶困难群众人数 (no unit bracket, not in the catalogue) was kept without a word, as 1.568 under 再就业人数 is not.
  it.each([
    ['a fraction under a name counting people', ['12', '1.568', '30'], '帮扶困难群众人数', ['fractional-count@3:3']],
    ['a negative under a name counting households', ['12', '-3'], '走访户数', ['negative-count@3:3']],
    ['an average counts nothing whole', ['2.5', '3.1'], '户均人数', []],
    ['a count whose name gives no unit', ['1.5', '2'], '帮扶项目数', []],
    ['a change may be negative', ['-3', '2'], '人数增减', []],
  ])('%s', (_n, cells, name, codes) => {
    expect(check(cells, '', name)).toEqual(codes);
  });
});

describe('ColumnFormats: a 元 amount whose dot is a thousands separator (1.568 for 1,568 among whole amounts in the thousands)', () => {
  // 1.568 in 救助金额（元） among 2345, 3120, 1890: 元 has no third decimal (分 is the second), and the column's
  // other amounts are whole thousands, so the clerk wrote 1,568 with a dot (European, or a typo of the comma).
  it.each([
    ['a dot-grouped amount among whole thousands', ['2345', '1.568', '3120', '1890'], ['fractional-count@3:3']],
    ['two of them', ['2345', '1.568', '3120', '2.001'], ['fractional-count@3:3']],
    ['amounts with cents: 1.568 is no thousands slip there', ['2345.5', '1.568', '3120', '1890'], []],
    ['two decimals are 分: 15.68 is an amount', ['2345', '15.68', '3120', '1890'], []],
    ['whole amounts in the tens: 1.568 is not 1568 beside them', ['23', '1.568', '31', '18'], []],
  ])('%s', (_n, cells, codes) => {
    // Plain numbers, as the import's hot loop hands them over (addNumber: no per-cell note on 1.568).
    const f = new ColumnFormats();
    const col = f.column('c2', '救助金额（元）', 3, '元');
    cells.forEach((c, k) => f.addNumber(col, k + 2, Number(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(codes);
  });

  it('the warning names the cell, what the column holds and what to write; the value is kept as written', () => {
    const f = new ColumnFormats();
    const col = f.column('c2', '救助金额（元）', 2, '元');
    ['2345', '1.568', '3120'].forEach((c, k) => f.addNumber(col, k + 2, Number(c)));
    f.add(col, 5, parseValue('1890元'));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    expect(sink.issues).toHaveLength(1);
    expect(sink.issues[0]).toMatchObject({ code: 'fractional-count', severity: 'warning', line: 3, column: 2 });
    expect(sink.issues[0]!.message).toBe('“救助金额（元）”列第3行的1.568元有三位小数（共1处），而该列其他金额都是整数（一般为2345元），“.”很可能是千分位（即1568元）。已按原样记录为1.568元，请核对源表：如是1568元，请改为“1568”后重新导入');
  });
});

describe('one warning for one 元 cell whose dot may group thousands', () => {
  it('1.568元 (the value parser\'s dot-thousands-ambiguous already names the cell) is not warned of again by the column', () => {
    const r = importText('社区,救助金额（元）\n花园路社区,2345元\n滨西社区,1.568元\n林泉社区,3120元\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['dot-thousands-ambiguous@3']);
  });
});

describe('one warning for one count cell whose dot may group thousands', () => {
  // `1.568人` under 常住人口 got dot-thousands-ambiguous from the value parser and fractional-count from the column for one cell.
  it('1.568人: one warning, naming the cell, that a count is whole and that the dot may group thousands', () => {
    const r = importText('社区,常住人口\n花园路社区,1.568人\n滨西社区,1200\n', '新城街道2024年3月.csv');
    const warnings = r.report.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['dot-thousands-ambiguous@2:2']);
    expect(warnings[0]!.message).toContain('整数');
    expect(warnings[0]!.message).toContain('1568');
  });

  it('a plain 1.568 beside it is still the column\'s fractional-count (no cell note on it): each cell said once', () => {
    const r = importText('社区,常住人口\n花园路社区,1.568人\n滨西社区,1.568\n林泉社区,1200\n', '新城街道2024年3月.csv');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['dot-thousands-ambiguous@2', 'fractional-count@3']);
  });
});

describe('one warning for a bare 1.568 under a count in a one-community form', () => {
  // The form's cells are read by the value parser, which notes that 1.568 may group thousands; the item's fractional-count says so too.
  it('常住人口 1.568: the count\'s fractional-count alone (it says the dot may group thousands)', () => {
    const r = importText('花园路社区2024年3月主要指标\n项目,本月\n常住人口,1.568\n户数,1200\n', '花园路社区.csv');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['fractional-count@3']);
  });

  it('an amount\'s 1.568 keeps the value parser\'s note (the column says nothing of an amount\'s fraction)', () => {
    const r = importText('花园路社区2024年3月主要指标\n项目,本月\n救助金额（元）,1.568\n户数,1200\n', '花园路社区.csv');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['dot-thousands-ambiguous@3']);
  });
});
