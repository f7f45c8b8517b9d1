import { describe, expect, it } from 'vitest';
import { countsBalance } from '../../../src/data/report/import-report';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { gbk, importText, issueCodes, observations, utf8 } from './import-helpers';

describe('importFiles: shapes', () => {
  it('long file with a measure-unit column', () => {
    const r = importText('街道,社区,期间,指标,数值,单位\n东湖街道,东湖社区,2024年3月,再就业人数,12,人\n东湖街道,西山社区,2024-03,再就业人数,3500余,人\n');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => [o.unit, o.parent, o.period, o.metric, o.value, o.qualifier, o.raw, o.line])).toEqual([
      ['东湖社区', '东湖街道', '2024-03', 'reemployed', 12, 'exact', '12', 2],
      ['西山社区', '东湖街道', '2024-03', 'reemployed', 3500, 'gt', '3500余', 3],
    ]);
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 2, structural: 1 });
  });

  it('wide file with period column; unknown column becomes a custom metric', () => {
    const r = importText('社区,期间,再就业人数,垃圾分类户数\n东湖社区,2024Q1,5,—\n');
    expect(observations(r.dataset).map((o) => [o.metric, o.value, o.qualifier])).toEqual([
      ['custom:垃圾分类户数', null, 'missing'],
      ['reemployed', 5, 'exact'],
    ]);
    expect(r.dataset!.periods).toEqual(['2024-Q1']);
  });

  it('wide file with the period in the title row (#7) and a unit row', () => {
    const r = importText('2024年上半年社区统计表,,\n单位：人,,\n社区,人口,志愿者\n东湖社区,1200,30\n西山社区,900,20\n');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-H1']);
    expect(r.dataset!.files[0]!.caption).toBe('2024年上半年社区统计表');
    expect(issueCodes(r, 'info')).toEqual(expect.arrayContaining(['title-row@1', 'unit-row@2', 'period-from-caption@0']));
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 2, structural: 3 });
  });

  // 单位：万元 above the table: a money metric without a unit of its own is in 万元 and scaled to 元;
  // a count (人) or a header with its own unit keeps its own; a custom amount is held in 元 as a catalogue one is.
  it.each([
    ['a unit row', '2024年3月社区救助情况,,,,\n单位：万元,,,,\n'],
    ['单位 beside 填报单位 on one row', '2024年3月社区救助情况,,,,\n填报单位：咸水沽镇,,单位：万元,,\n'],
    ['单位 in the title', '2024年3月社区救助情况（单位：万元）,,,,\n'],
    ['a list of units', '2024年3月社区救助情况,,,,\n单位：人、万元,,,,\n'],
    ['a unit row with 填报单位 after it', '2024年3月社区救助情况,,,,\n单位：万元,,填报单位：咸水沽镇,,\n'],
  ])('单位：万元 in %s scales the money metrics', (_, above) => {
    const r = importText(`${above}社区,慰问救助金额,爱心捐款（元）,再就业人数,其他资金\n祥福里社区,1.2,350,3,0.5\n`);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => [o.metric, o.value])).toEqual([
      ['aid_amount', 12000], ['custom:其他资金', above.includes('、') ? 0.5 : 5000], ['donations', 350], ['reemployed', 3],
    ]);
    expect(r.dataset!.metrics.find((m) => m.id === 'custom:其他资金')!.unit).toBe(above.includes('、') ? '' : '元');
    expect(r.report.issues.find((i) => i.code === 'unit-row')!.message).toContain('未写单位的金额列按万元读取，换算为元');
  });

  it('单位：万元 scales a title metric across periods and 本月/累计 columns', () => {
    const across = importText('2024年各社区慰问救助金额统计表,,,\n单位：万元,,,\n社区,1月,2月,3月\n祥福里社区,1.2,1,2\n');
    expect(observations(across.dataset).map((o) => [o.period, o.value])).toEqual([['2024-01', 12000], ['2024-02', 10000], ['2024-03', 20000]]);
    const relative = importText('2024年3月各社区慰问救助金额统计表,,\n单位：万元,,\n社区,本月,累计\n祥福里社区,1.2,3\n');
    expect(observations(relative.dataset).map((o) => [o.period, o.value])).toEqual([['2024-03', 12000], ['2024-C03', 30000]]);
  });

  it('填报单位：… is who filed the sheet, not a unit of measure', () => {
    const r = importText('2024年3月社区救助情况,\n填报单位：咸水沽镇,\n社区,慰问救助金额\n祥福里社区,1.2\n');
    expect(observations(r.dataset).map((o) => o.value)).toEqual([1.2]);
    expect(issueCodes(r, 'info')).not.toContain('unit-row@2');
  });

  it('two columns naming one metric (下岗人员, 失业人员) are not merged: the second is a metric of its own header, with a warning naming both', () => {
    const r = importText('社区,下岗人员,失业人员,慰问金额（元）,救助金额（万元）\n祥福里社区,3,3,1200,0.08\n春竹轩社区,,7,1500,0.15\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => [o.metric, o.value])).toEqual([
      ['aid_amount', 1200], ['custom:失业人员', 3], ['custom:救助金额', 800], ['unemployed', 3],
    ]);
    const w = r.report.issues.filter((i) => i.code === 'same-metric-columns');
    expect(w.map((i) => [i.severity, i.column, i.columnName])).toEqual([['warning', 3, '失业人员'], ['warning', 5, '救助金额（万元）']]);
    expect(w[0]!.message).toContain('第2列“下岗人员”和第3列“失业人员”都对应指标“下岗失业人员”');
    expect(r.report.issues.filter((i) => i.code === 'resent-blank-filled' || i.code === 'conflicting-values')).toEqual([]);
  });

  it('a side-by-side table may name the metrics of the left one again', () => {
    const r = importText('社区,再就业人数,社区,再就业人数（人）\n祥福里社区,3,春竹轩社区,4\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'same-metric-columns')).toEqual([]);
    expect(observations(r.dataset).map((o) => [o.unit, o.metric, o.value])).toEqual([['春竹轩社区', 'reemployed', 4], ['祥福里社区', 'reemployed', 3]]);
  });

  it('合计 | 男 | 女 under a title naming one metric: 合计 is the metric, 男 and 女 its parts (as under a grouped header)', () => {
    const r = importText('2024年3月各社区再就业人数统计表,,,\n社区,合计,男,女\n祥福里社区,3,1,2\n');
    expect(observations(r.dataset).map((o) => [o.metric, o.value])).toEqual([['custom:再就业人数/女', 2], ['custom:再就业人数/男', 1], ['reemployed', 3]]);
    expect(r.dataset!.metrics.find((m) => m.id === 'custom:再就业人数/男')!.unit).toBe('人');
    expect(r.report.issues.find((i) => i.code === 'metric-parts-columns')!.message).toBe('“合计”列是再就业人数（指标取自标题行），“男”“女”列是其分项，按“再就业人数/男”等导入');
    // Metrics beside a 合计 stay metrics (the 合计 is their row sum); without a named metric nothing changes.
    const metrics = importText('社区,下岗失业人员,再就业人数,合计\n祥福里社区,1,2,3\n', '2024年3月.csv');
    expect(observations(metrics.dataset).map((o) => o.metric)).toEqual(['reemployed', 'unemployed']);
    const unnamed = importText('社区,合计,男,女\n祥福里社区,3,1,2\n', '2024年3月.csv');
    expect(observations(unnamed.dataset).map((o) => o.metric)).toEqual(['custom:女', 'custom:男']);
  });

  it('wide file with the period in the file name', () => {
    const r = importText('社区,再就业人数\n东湖社区,4\n', '2024年3月.csv');
    expect(r.dataset!.periods).toEqual(['2024-03']);
  });

  it('blocks when no period can be found, saying what to do', () => {
    const r = importText('社区,再就业人数\n东湖社区,4\n', 'data.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    const e = r.report.issues.find((i) => i.code === 'no-period')!;
    expect(e.message).toContain('2024年3月.csv');
    expect(r.report.counts).toMatchObject({ rowsIn: 1, rejected: 1 });
  });

  it('transposed: metrics down the side, units across the top, total column checked', () => {
    const r = importText('指标,东湖社区,西山社区,合计\n再就业人数,10,20,31\n注册志愿者,5,6,11\n', '2024年第一季度.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => [o.unit, o.metric, o.value])).toEqual([
      ['东湖社区', 'reemployed', 10], ['东湖社区', 'volunteers', 5], ['西山社区', 'reemployed', 20], ['西山社区', 'volunteers', 6],
    ]);
    expect(issueCodes(r, 'warning')).toEqual(['subtotal-mismatch@2']);
    expect(r.report.issues.find((i) => i.code === 'subtotal-mismatch')!.message).toMatch(/31.*30/);
  });

  it('two-row merged header (#8): 常住人口/2023', () => {
    const r = importText('社区,常住人口,,户数,\n,2023,2024,2023,2024\n东湖社区,100,110,40,42\n');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => [o.period, o.metric, o.value])).toEqual([
      ['2023', 'households', 40], ['2023', 'residents', 100], ['2024', 'households', 42], ['2024', 'residents', 110],
    ]);
    expect(issueCodes(r, 'warning')).toEqual(['two-row-header@1']);
  });
});

describe('importFiles: messy rows', () => {
  it('subtotal rows are excluded and checked (#22)', () => {
    const r = importText('街道,社区,再就业人数\n东湖街道,甲社区,10\n东湖街道,乙社区,20\n东湖街道,小计,30\n西山街道,丙社区,5\n西山街道,西山街道合计,6\n,合计,36\n', '2024年3月.csv');
    expect(r.report.counts).toMatchObject({ rowsIn: 6, imported: 3, subtotal: 3 });
    expect(issueCodes(r, 'warning')).toEqual(['subtotal-mismatch@6', 'subtotal-mismatch@7']);
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['丙社区', '乙社区', '甲社区']);
    expect(r.report.rows.filter((x) => x.outcome === 'subtotal').map((x) => x.line)).toEqual([4, 6, 7]);
  });

  it('a 合计 written in the 序号 column, with the name cell blank, is the grand total: skipped and checked, not a unit missing its name', () => {
    const text = '序号,社区名称,再就业人数,开发就业岗位\n1,甲社区,10,4\n2,乙社区,20,5\n合计,,30,8\n小 计,,31,9\n';
    const r = importText(text, '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.counts).toMatchObject({ rowsIn: 4, imported: 2, subtotal: 2, rejected: 0 });
    expect(r.report.rows.filter((x) => x.outcome === 'subtotal').map((x) => [x.line, x.reason])).toEqual([[4, '小计/合计行：合计'], [5, '小计/合计行：小 计']]);
    // Checked as a 合计 in the name column is: 8 ≠ 4 + 5; the 小计's 31 ≠ 10 + 20 (its 9 is right).
    const mismatches = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(mismatches.map((i) => [i.line, i.column])).toEqual([[4, 4], [5, 3]]);
    expect(mismatches[0]!.message).toContain('“合计”');
    expect(issueCodes(r, 'error')).toEqual([]);
  });

  it('forward-fills merged street cells with a warning naming the lines (#23)', () => {
    const r = importText('街道,社区,人口\n东湖街道,甲社区,1\n,乙社区,2\n,丙社区,3\n西山街道,丁社区,4\n', '2024.csv');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['东湖街道/甲社区', '东湖街道/乙社区', '东湖街道/丙社区', '西山街道/丁社区']);
    const w = r.report.issues.find((i) => i.code === 'forward-filled')!;
    expect(w.message).toContain('第3-4行街道列');
  });

  it('blank rows, ragged rows, trailing delimiters (#11, #21, #45)', () => {
    const r = importText('社区,人口,户数,\n东湖社区,3500,,\n,,,\n \n西山社区,1200\n北辰社区,1,2,\n', '2024.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.counts).toMatchObject({ rowsIn: 5, imported: 3, blank: 2 });
    expect(issueCodes(r)).toEqual(expect.arrayContaining(['trailing-delimiter@1', 'ragged-row-short@5', 'blank-rows@3']));
    const xishan = observations(r.dataset).filter((o) => o.unit === '西山社区');
    expect(xishan.map((o) => [o.metric, o.value, o.qualifier])).toEqual([['households', null, 'missing'], ['residents', 1200, 'exact']]);
  });

  it('too many fields blocks; the 3,500 case suggests 3500 (#12, #13)', () => {
    const r = importText('社区,人口\n东湖社区,3,500\n西山社区,1200\n', '2024.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'thousands-separator-unquoted')!;
    expect([e.line, e.severity]).toEqual([2, 'error']);
    expect(e.message).toContain('3500');
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 1, rejected: 1 });
  });

  it('unclosed quote blocks at its line and column (#15)', () => {
    const r = importText('社区,人口,备注\n东湖社区,1,"未闭合\n西山社区,2,正常\n', '2024.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'unclosed-quote')!.message).toContain('第2行第3列：引号未闭合');
  });

  it('code damaged by Excel blocks; a 12-digit code wins over names', () => {
    const bad = importText('区划代码,社区,人口\n1.20112E+11,东湖社区,1\n', '2024.csv');
    expect(bad.report.status).toBe('blocked');
    expect(bad.report.issues.find((i) => i.code === 'code-scientific')!.message).toContain('文本');
    const good = importText('区划代码,社区,人口\n120112001001,东湖社区,1\n120112001001,东湖社区居委会,1\n120112001002,东湖社区,2\n', '2024.csv');
    expect(good.dataset!.units.map((u) => [u.code, u.name])).toEqual([['120112001001', '东湖社区'], ['120112001002', '东湖社区']]);
    expect(good.report.counts).toMatchObject({ imported: 2, merged: 1 });
  });

  it('GBK file with ? in a name warns about lost characters (#6)', () => {
    const r = importFiles([{ name: '2024.csv', bytes: gbk('社区,人口\n张?华社区,1\n') }]);
    expect(issueCodes(r)).toEqual(expect.arrayContaining(['encoding-guessed@0', 'gbk-lost-char@2']));
  });

  it('never throws on non-CSV input', () => {
    // A zip header is a workbook by its magic bytes (whatever the extension): read as a workbook, refused in Chinese.
    const r = importFiles([{ name: 'a.csv', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues[0]!.message).toContain('无法读取该Excel文件');
    expect(countsBalance(r.report.counts)).toBe(true);
  });
});

describe('importFiles: names and several files', () => {
  it('merges name variants and lists each alias (#37)', () => {
    const r = importText('街道,社区,期间,人口\n东湖街道,祥福里社区居委会,2024-01,1\n东湖街道,祥福里,2024-02,2\n东湖街道, 祥福里社区 ,2024-03,3\n');
    expect(r.dataset!.units).toHaveLength(1);
    expect(r.dataset!.units[0]!.name).toBe('祥福里社区');
    expect(r.report.issues.find((i) => i.code === 'unit-alias')!.message).toContain('祥福里社区居委会');
  });

  it('flags a name under two streets when the file has no street column (ambiguous-unit)', () => {
    const a = { name: 'a.csv', bytes: utf8('街道,社区,期间,人口\n东湖街道,前进社区,2024-01,1\n西山街道,前进社区,2024-01,2\n') };
    const b = { name: 'b.csv', bytes: utf8('社区,期间,人口\n前进社区,2024-02,3\n') };
    const r = importFiles([a, b]);
    expect(r.report.issues.filter((i) => i.code === 'ambiguous-unit').map((i) => [i.file, i.line])).toEqual([['b.csv', 2]]);
    expect(r.dataset!.units).toHaveLength(3);
    const c = importFiles([{ name: 'a.csv', bytes: utf8('街道,社区,期间,人口\n东湖街道,前进社区,2024-01,1\n') }, b]);
    expect(c.dataset!.units).toHaveLength(1);
  });

  it('identical repeats are merged once; conflicts block and name both sources', () => {
    const a = { name: 'a.csv', bytes: utf8('社区,期间,人口\n东湖社区,2024-01,1\n西山社区,2024-01,2\n') };
    const same = { name: 'b.csv', bytes: utf8('社区,期间,人口\n东湖社区,2024-01,1\n') };
    const ok = importFiles([a, same]);
    expect(ok.report.counts).toMatchObject({ rowsIn: 3, imported: 2, merged: 1 });
    expect(issueCodes(ok, 'info')).toContain('duplicate-merged@2');
    const diff = { name: 'c.csv', bytes: utf8('社区,期间,人口\n东湖社区,2024-01,7\n') };
    const bad = importFiles([a, diff]);
    expect(bad.report.status).toBe('blocked');
    const e = bad.report.issues.find((i) => i.code === 'conflicting-values')!;
    expect(e.message).toContain('a.csv第2行为1');
    expect(e.message).toContain('c.csv第2行为7');
  });

  it('adds a month to an existing dataset', () => {
    const first = importText('社区,期间,人口\n东湖社区,2024-01,1\n');
    const second = importText('社区,期间,人口\n东湖社区,2024-02,2\n东湖社区,2024-01,1\n', 'feb.csv', { existing: first.dataset! });
    expect(second.report.status).toBe('ok');
    expect(second.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(second.dataset!.files.map((f) => f.name)).toEqual(['test.csv', 'feb.csv']);
    expect(second.report.counts).toMatchObject({ rowsIn: 2, imported: 1, merged: 1 });
    const clash = importText('社区,期间,人口\n东湖社区,2024-01,9\n', 'x.csv', { existing: first.dataset! });
    expect(clash.report.status).toBe('blocked');
  });
});

describe('importFiles: total columns beside the values they sum', () => {
  const mismatches = (r: ReturnType<typeof importText>): string[] =>
    r.report.issues.filter((i) => i.code === 'row-total-mismatch').map((i) => `${i.severity}@${i.line}:${i.column}`);

  it('a 合计 column beside metrics is checked on every row: a wrong sum is a warning naming line and column', () => {
    const r = importText('社区,下岗失业人员,再就业人数,合计\n祥福里社区,1,2,4\n丽水苑社区,4,5,9\n红星里社区,4,,9\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(mismatches(r)).toEqual(['warning@2:4']);
    expect(r.report.issues.find((i) => i.code === 'row-total-mismatch')!.message)
      .toBe('第2行“合计”列为4，但本行“下岗失业人员”“再就业人数”之和为3，请核对（“合计”列不导入，各列数值已按原样导入）');
  });

  it('totals across the months cover their own quarter or half, or every month before them', () => {
    const r = importText('2024年各社区再就业人数\n社区,1月,2月,3月,一季度合计,4月,5月,6月,二季度合计,上半年合计,合计\n'
      + '祥福里社区,1,2,3,6,4,5,6,15,21,21\n丽水苑社区,1,2,3,7,4,5,6,15,20,21.4\n');
    expect(mismatches(r)).toEqual(['warning@4:5', 'warning@4:10', 'warning@4:11']);
  });

  it('a total spelled 合 计, 合计（人） or 合计数 is a total column too', () => {
    for (const name of ['合 计', '合计（人）', '合计数']) {
      const r = importText(`社区,下岗失业人员,再就业人数,${name}\n祥福里社区,1,2,4\n`, '2024年3月.csv');
      expect(observations(r.dataset).map((o) => o.metric)).toEqual(['reemployed', 'unemployed']);
      expect(mismatches(r)).toEqual(['warning@2:4']);
    }
  });

  it('a total of rates, or of a stock across months (注册志愿者 at each month\'s end), is not a sum: not checked', () => {
    const rates = importText('社区,再就业人数,再就业率(%),合计\n祥福里社区,10,50%,60\n', '2024年3月.csv');
    expect(mismatches(rates)).toEqual([]);
    const stock = importText('2024年各社区注册志愿者\n社区,1月,2月,3月,一季度合计\n祥福里社区,100,110,120,120\n');
    expect(mismatches(stock)).toEqual([]);
  });

  it('a total written with fewer decimals may round the sum; 万元 columns are compared in 元', () => {
    const r = importText('社区,慰问救助金额（万元）,爱心捐款（万元）,合计\n祥福里社区,1.24,1.13,2.4\n丽水苑社区,0.5,0.25,0.8\n红星里社区,0.5,0.25,0.9\n', '2024年3月.csv');
    expect(mismatches(r)).toEqual(['warning@4:4']);
    expect(r.report.issues.find((i) => i.code === 'row-total-mismatch')!.message).toContain('列为0.9，但本行“慰问救助金额（万元）”“爱心捐款（万元）”之和为0.75');
  });
});

describe('importFiles: a 其中 row under its metric', () => {
  it('in a long file and a transposed table, 其中：女 under 再就业人数 is 再就业人数（其中：女）, as in a vertical form', () => {
    const long = importText('社区,期间,指标,数值,单位\n祥福里社区,2024年3月,再就业人数,12,人\n祥福里社区,2024年3月,其中：女,5,人\n祥福里社区,2024年3月,慰问金额,1.2,万元\n'
      + '春竹轩社区,2024年3月,再就业人数,8,人\n春竹轩社区,2024年3月,其中：女,3,人\n');
    expect(observations(long.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '春竹轩社区|custom:再就业人数（其中：女）|3', '春竹轩社区|reemployed|8',
      '祥福里社区|aid_amount|12000', '祥福里社区|custom:再就业人数（其中：女）|5', '祥福里社区|reemployed|12',
    ]);
    const transposed = importText('咸水沽镇2024年3月各社区统计\n项目,祥福里社区,春竹轩社区,合计\n再就业人数,12,8,20\n其中：女,5,3,8\n注册志愿者,350,400,750\n');
    expect(observations(transposed.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.metric}|${o.value}`))
      .toEqual(['custom:再就业人数（其中：女）|5', 'reemployed|12', 'volunteers|350']);
    expect(transposed.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a 其中 row on another unit\'s first row is no part of the metric above it', () => {
    const r = importText('社区,期间,指标,数值\n祥福里社区,2024年3月,注册志愿者,100\n红星里社区,2024年3月,其中：女,3\n');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}`)).toEqual(['祥福里社区|volunteers', '红星里社区|custom:其中:女']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['注册志愿者', '其中:女']);
  });

  it('a long file\'s 其中 rows read as parts list no metric 其中：女 of their own, with no value, beside the parts', () => {
    const r = importText('社区,期间,指标,数值,单位\n祥福里社区,2024年3月,再就业人数,12,人\n祥福里社区,2024年3月,其中：女,5,人\n春竹轩社区,2024年3月,再就业人数,8,人\n春竹轩社区,2024年3月,其中：女,3,\n');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数', '再就业人数（其中：女）']);
  });
});
