// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { book, type BookCell } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const run = (files: InputFile[], opts: Parameters<typeof importFiles>[1] = {}) => importFiles(files, { workbookLib: XLSX, ...opts });

describe('importFiles: merged cells, and each sheet among the others of its workbook', () => {
  it('a value merged down over three communities counts for the first only, with a warning naming the range', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['社区', '慰问救助金额', '再就业人数'],
      ['花园路社区', 30000, 12], ['滨西社区', null, 8], ['兆丰路社区', null, 5], ['新疆路社区', 2000, 3],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('B2:B4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '慰问.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.metric === 'aid_amount').map((o) => `${o.unit}|${o.value}`).sort())
      .toEqual(['花园路社区|30000', '滨西社区|null', '兆丰路社区|null', '新疆路社区|2000'].sort());
    expect(r.report.issues.filter((i) => i.code === 'merged-values')).toMatchObject([{ severity: 'warning', sheet: '2024年3月', line: 2, column: 2,
      message: '数值单元格B2:B4是跨行合并的，数值只记在合并区域的第一行，其余行按空值处理；如是几个社区共同的数，请拆分后分别填写再导入' }]);
  });

  it('a 街道 cell merged over a blank row: the blank row is a blank row, not a row without its community', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['街道', '社区', '再就业人数'],
      ['东湖街道', '花园路社区', 12], [null, null, null], [null, '滨西社区', 8],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A2:A4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '统计.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'blank-rows')?.line).toBe(3);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`).sort()).toEqual(['滨西社区|8', '花园路社区|12']);
    expect(r.dataset!.units.map((u) => u.parent)).toEqual(['东湖街道', '东湖街道']);
  });

  it('a 合计 label merged across the value cells of its row (values thus blank) is said not checked, never checked', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['社区', '再就业人数', '下岗失业人员', '低保户数'],
      ['花园路社区', 12, 30, 5], ['滨西社区', 8, 20, 4], ['合计', null, null, null],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A4:D4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '统计.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    const said = r.report.issues.filter((i) => i.code === 'subtotal-rows');
    expect(said).toHaveLength(1);
    expect(said[0]!.line).toBe(4);
    expect(said[0]!.message).not.toContain('已与其所含各行之和核对');
    expect(said[0]!.message).toContain('未能与各行之和核对');
    expect(observations(r.dataset)).toHaveLength(6);
  });

  it('a 年份 cell merged over its months (numbers typed as numbers) gives every row under it its year', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['年份', '月份', '社区', '再就业人数'], [2023, 12, '花园路社区', 9], [2024, 1, '花园路社区', 10], [null, 2, '花园路社区', 11], [null, 3, '花园路社区', 12],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A3:A5')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const r = run([{ name: '再就业.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.line}|${o.period}|${o.metric}|${o.value}`).sort())
      .toEqual(['2|2023-12|reemployed|9', '3|2024-01|reemployed|10', '4|2024-02|reemployed|11', '5|2024-03|reemployed|12']);
    expect(r.report.issues.some((i) => i.code === 'merged-cells-filled')).toBe(true);
  });

  it('a sheet without a period of its own among sheets named for theirs is a warning saying the file name\'s year was used', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    const r = run([{ name: '2024年社区统计.xlsx', bytes: book([['Sheet1 (2)', table(1)], ['3月', table(12)], ['4月', table(14)]]) }]);
    expect(r.report.status).toBe('ok');
    const notes = r.report.issues.filter((i) => i.code.startsWith('period-from-'));
    expect(notes.map((i) => [i.severity, i.sheet])).toEqual([['warning', 'Sheet1 (2)'], ['info', '3月'], ['info', '4月']]);
    expect(notes[0]!.message).toBe('工作表“Sheet1 (2)”的名称和标题中没有统计期间（其他工作表按名称各为一期），已按文件名取为2024年（全年）；如是多余的副本，请删除该工作表后重新导入');
    // A single sheet taking the file name's period is only noted.
    const one = run([{ name: '2024年3月.xlsx', bytes: book([['Sheet1', table(12)]]) }]);
    expect(one.report.issues.find((i) => i.code === 'period-from-file-name')).toMatchObject({ severity: 'info' });
    // Under a 月报 naming only its year that sheet has no month at all: refused, never the whole year.
    const monthly = run([{ name: '2024年社区月报.xlsx', bytes: book([['Sheet1 (2)', table(1)], ['3月', table(12)], ['4月', table(14)]]) }]);
    expect(monthly.report.status).toBe('blocked');
    expect(monthly.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet])).toEqual([['no-period', 'Sheet1 (2)']]);
  });

  it('a sheet named for another period than its title or file name (a copied sheet) is read by its name, with a warning naming both', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v]];
    const named = run([{ name: '咸水沽镇-2024年3月.xlsx', bytes: book([['2月', table(1)]]) }]);
    expect(named.dataset!.periods).toEqual(['2024-02']);
    const w = named.report.issues.filter((i) => i.code === 'period-disagree');
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', '2月']]);
    expect(w[0]!.message).toContain('工作表名“2月”（2024年2月）与文件名中的“2024年3月”（2024年3月）不一致，已按工作表名统计');
    const titled = run([{ name: '咸水沽镇2024年月报.xlsx', bytes: book([['3月', [['咸水沽镇2024年2月社区统计'], ...table(1)]]]) }]);
    expect(titled.report.issues.find((i) => i.code === 'period-disagree')!.message).toContain('与标题行中的“2024年2月”');
    // Months under their quarter, or under the year, agree.
    const within = run([{ name: '2024年第一季度.xlsx', bytes: book([['1月', table(1)], ['3月', table(3)]]) }, { name: '2024年.xlsx', bytes: book([['5月', table(5)]]) }]);
    expect(within.report.issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
  });

  it('a 汇总 sheet beside sheets named for their months sums them: left out with a warning naming it, and the months import', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    for (const name of ['2024年社区月报.xlsx', '2024年社区统计.xlsx']) {
      const r = run([{ name, bytes: book([['1月', table(1)], ['2月', table(2)], ['汇总', table(3)], ['合计表', table(3)]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
      expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => [i.severity, i.sheet])).toEqual([['warning', '汇总'], ['warning', '合计表']]);
    }
    // A summary sheet named for its period (一季度汇总) is that period's; one without sheets named for periods is read as before.
    const q = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['一季度汇总', table(3)]]) }]);
    expect(q.dataset!.periods).toEqual(['2024-01', '2024-Q1']);
  });

  it('with no year in the file name, sheets named 1月 and 2月 under titles giving the year still make 汇总, 全年 and 累计 their sums', () => {
    const titled = (title: string, v: number): (string | number | null)[][] => [[title], ['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    const months: [string, (string | number | null)[][]][] = [['1月', titled('小站镇2024年1月社区统计', 1)], ['2月', titled('小站镇2024年2月社区统计', 2)]];
    for (const [sheet, title] of [['汇总', '小站镇2024年一季度汇总'], ['全年', '小站镇2024年全年'], ['累计', '小站镇2024年累计']] as const) {
      const r = run([{ name: '小站镇社区月报.xlsx', bytes: book([...months, [sheet, titled(title, 3)]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
      const w = r.report.issues.filter((i) => i.code === 'summary-sheet-skipped');
      expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', sheet]]);
      // No stand-in year in the words: the year is not known until a sheet's title is read.
      expect(w[0]!.message).toContain(sheet === '全年' ? '（1月、2月）的合计，不是全年的数' : sheet === '累计' ? '（1月、2月）的累计' : '各期工作表的汇总');
    }
    // A year sheet that names its year (2024年) beside them, or month sheets that name theirs beside a 全年.
    const year = run([{ name: '小站镇社区月报.xlsx', bytes: book([...months, ['2024年', titled('小站镇2024年', 3)]]) }]);
    expect(year.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(year.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['2024年']);
    const named = run([{ name: '小站镇社区月报.xlsx', bytes: book([['2024年1月', titled('小站镇社区统计', 1)], ['2024年2月', titled('小站镇社区统计', 2)], ['全年', titled('小站镇2024年全年', 3)]]) }]);
    expect(named.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(named.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['全年']);
  });

  it('a 全年 (2024年, 上半年) sheet beside only some of its months, or a 累计 sheet, sums the month sheets: left out with a warning, never the whole year\'s value', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    for (const name of ['全年', '2024年', '上半年', '累计', '本年累计', '累计数', '累计（1-3月）']) {
      const r = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['2月', table(2)], ['3月', table(3)], [name, table(6)]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
      const w = r.report.issues.filter((i) => i.code === 'summary-sheet-skipped');
      expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', name]]);
      expect(w[0]!.message).toContain('1月、2月、3月');
    }
    // A 全年 sheet beside all twelve months is the year's own; a quarter beside its three months is the quarter's.
    const twelve = Array.from({ length: 12 }, (_, k) => [`${k + 1}月`, table(k + 1)] as [string, (string | number | null)[][]]);
    const year = run([{ name: '2024年社区统计.xlsx', bytes: book([...twelve, ['全年', table(78)]]) }]);
    expect(year.dataset!.periods).toContain('2024');
    expect(year.report.issues.filter((i) => i.code === 'summary-sheet-skipped')).toEqual([]);
    const q = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['2月', table(2)], ['3月', table(3)], ['一季度', table(6)]]) }]);
    expect(q.dataset!.periods).toContain('2024-Q1');
  });

  it('a sheet of another period\'s figures (上月, 去年同期, 上年同期数) is a comparison: left out with an info naming it, never this period\'s values', () => {
    const table = (v: number, more: (string | number)[][] = []): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1], ...more];
    // Read by the file name's month, 上月's 11 was a conflict with 本月's 10, and its 东湖社区 was March's.
    const r = run([{ name: '咸水沽镇2024年3月.xlsx', bytes: book([['本月', table(10)], ['上月', table(11, [['东湖社区', 5]])]]) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.value}`)).toEqual(['滨西社区 2024-03 11', '花园路社区 2024-03 10']);
    const said = r.report.issues.filter((i) => i.code === 'comparison-sheet');
    expect(said.map((i) => [i.severity, i.sheet])).toEqual([['info', '上月']]);
    expect(said[0]!.message).toBe('工作表“上月”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上一期或上年，请一并导入那一期的报表）');
    // Beside sheets named for their months, a 去年同期 sheet was a file without a period (an error refusing the workbook).
    for (const name of ['去年同期', '上年同期数', '同比']) {
      const m = run([{ name: '咸水沽镇.xlsx', bytes: book([['2024年3月', table(10)], [name, table(8)]]) }]);
      expect(m.report.status).toBe('ok');
      expect(m.dataset!.periods).toEqual(['2024-03']);
      expect(m.report.issues.filter((i) => i.code === 'comparison-sheet').map((i) => i.sheet)).toEqual([name]);
    }
  });

  it('adding a workbook whose sheet repeats the dataset says so of that sheet; a refused import says only its errors', () => {
    const march = [['社区', '再就业人数'], ['花园路社区', 12], ['滨西社区', 8]] as (string | number | null)[][];
    const first = run([{ name: '3月.xlsx', bytes: book([['2024年3月', march]]) }]);
    const again = run([{ name: '3-4月.xlsx', bytes: book([['2024年3月', march], ['2024年4月', [['社区', '再就业人数'], ['花园路社区', 14]]]]) }], { existing: first.dataset! });
    expect(again.report.status).toBe('ok');
    expect(again.report.issues.find((i) => i.code === 'same-as-existing')).toMatchObject({ sheet: '2024年3月',
      message: '与已导入的数据相同：该工作表的每个数值都已在现有数据中，没有新增内容' });
    expect(again.report.added).toBe(1);
    const clash = run([{ name: '3月更正.xlsx', bytes: book([['2024年3月', march], ['2024年3月 (2)', [['社区', '再就业人数'], ['花园路社区', 13]]]]) }], { existing: first.dataset! });
    expect(clash.report.status).toBe('blocked');
    expect(clash.report.issues.map((i) => i.code)).not.toContain('same-as-existing');
  });
});

describe('importFiles: a district workbook with a 汇总 sheet before a sheet per street', () => {
  it('the 汇总 of the streets\' totals (no 社区 column) is left out with a warning; the street sheets import', () => {
    const street = (names: string[]) => [['社区', '再就业人数'], ...names.map((n, i) => [n, 5 + i])];
    const bytes = book([
      ['汇总', [['街道', '再就业人数'], ['咸水沽镇', 11], ['双港镇', 15], ['合计', 26]]],
      ['咸水沽镇', street(['祥福里社区', '红星里社区'])], ['双港镇', street(['鑫港园社区', '柳林社区'])],
    ]);
    const r = run([{ name: '津南区2024年3月汇总.xlsx', bytes }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/红星里社区', '双港镇/鑫港园社区', '双港镇/柳林社区']);
    const w = r.report.issues.find((i) => i.code === 'summary-sheet-skipped')!;
    expect(w.sheet).toBe('汇总');
    expect(w.message).toContain('各街道（镇）工作表的汇总');
  });

  it('a conflicting value from a hidden row says the row is hidden (old data often sits there)', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['花园路社区', 10], ['滨西社区', 8], ['花园路社区', 12]]);
    ws['!rows'] = [{}, { hidden: true }, {}, {}];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '统计.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values')).toMatchObject([{ sheet: '2024年3月', line: 4,
      message: '花园路社区2024年3月的“再就业人数”有两个不同的数值：第2行（隐藏行）为10，第4行为12。请核对后只保留一个（隐藏行多为旧数据，如是旧数据请在Excel中删除该行后重新导入）' }]);
    expect(r.report.issues.find((i) => i.code === 'conflicting-values')!.messageEn).toContain('(统计.xlsx › 2024年3月:2, hidden row)');
  });

  it('a sheet named 6 (a bare number) among sheets 1月…5月 is June of their year, with a warning naming it; beside a 6月 sheet it is not', () => {
    const table = (v: number): BookCell[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    const months = [1, 2, 3, 4, 5].map((m) => [`2024年${m}月`, table(m)] as [string, BookCell[][]]);
    const r = run([{ name: '社区统计.xlsx', bytes: book([...months, ['6', table(60)]]) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.value === 60).map((o) => o.period)).toEqual(['2024-06']);
    expect(r.report.issues.filter((i) => i.code === 'sheet-bare-month')).toMatchObject([{ severity: 'warning', sheet: '6',
      message: '工作表名“6”只是一个数字，其他工作表按月份命名（2024年1月、2024年2月等），已按2024年6月读取；如不是2024年6月的表，请把工作表名改为它的期间（如“2024年6月”）后重新导入' }]);
    const twice = run([{ name: '2024年社区统计.xlsx', bytes: book([['5月', table(5)], ['6月', table(6)], ['6', table(60)]]) }]);
    expect(twice.report.issues.some((i) => i.code === 'sheet-bare-month')).toBe(false);
    // Their year only in their titles: the error says what to name it.
    const titled = (v: number): BookCell[][] => [['2023年社区统计表'], ...table(v)];
    const untold = run([{ name: '社区统计.xlsx', bytes: book([['1月', titled(1)], ['2月', titled(2)], ['6', table(60)]]) }]);
    expect(untold.report.issues.filter((i) => i.code === 'no-period').map((i) => [i.sheet, i.message])).toEqual([['6',
      '期间“6月”没有年份。请在工作表名、标题行或文件名中写明年份，如工作表名“2024年6月”或文件名“2024年6月.xlsx”']]);
  });
});
