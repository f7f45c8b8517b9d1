// @vitest-environment node
/**
 * A one-community form's item naming its period (`1-3月累计再就业人数`, `再就业人数（1-6月累计）`,
 * `1至6月再就业人数`, `再就业人数（本月）`, `本月走访户数`) is read by the rule a long table's 指标 cell
 * is (periodWordsOf → splitHeader): the metric of its name, in the months it names or in the form's
 * month, never a custom metric of the whole text. Months contradicting the form's period are said
 * with the long reader's warning; a 本月 item beside its plain row is the same metric.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';

const form = (month: number, items: readonly BookCell[][]): BookCell[][] => [[`东湖社区2024年${month}月工作统计表`], ['项目', '本月', '本年累计'], ...items];
type Make = (month: number, items: readonly BookCell[][]) => InputFile;
const FORMS: readonly (readonly [string, Make])[] = [
  ['CSV', (month, items) => csv(`东湖社区-2024年${month}月.csv`, toCsv(form(month, items)))],
  ['.xlsx', (month, items) => ({ name: `东湖社区-2024年${month}月.xlsx`, bytes: book([['Sheet1', form(month, items)]]) })],
];

/** 东湖社区's values as `metric@period=value`, sorted. */
const values = (r: ReturnType<typeof run>): string[] => observations(r.dataset).filter((o) => o.unit === '东湖社区').map((o) => `${o.metric}@${o.period}=${o.value}`).sort();
const problems = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.severity !== 'info');
/** The same cell read as a long table's 指标 cell in a row of 2024年`month`月: the one rule's answer. */
const longReads = (month: number, item: string): string[] =>
  values(run([csv('long.csv', toCsv([['社区', '期间', '指标', '数值'], ['东湖社区', `2024年${month}月`, item, 41]]))]));

/** Items naming their months, the form's month, and what they are (as the long table reads them). */
const NAMED: readonly (readonly [string, number, string])[] = [
  ['1-3月累计再就业人数', 3, 'reemployed@2024-C03=41'], ['再就业人数（1-3月累计）', 3, 'reemployed@2024-C03=41'],
  ['再就业人数(1-6月累计)', 6, 'reemployed@2024-C06=41'], ['再就业人数 （1-6月累计）', 6, 'reemployed@2024-C06=41'],
  ['1至6月再就业人数', 6, 'reemployed@2024-H1=41'], ['1-3月再就业人数', 3, 'reemployed@2024-Q1=41'],
  ['（一）1-3月累计再就业人数', 3, 'reemployed@2024-C03=41'], ['2、再就业人数（1-6月累计）', 6, 'reemployed@2024-C06=41'],
  ['1-6月累计下岗失业人员', 6, 'unemployed@2024-C06=41'],
];

/** Items naming the month, and their metric. */
const MONTH: readonly (readonly [string, string])[] = [
  ['再就业人数（本月）', 'reemployed'], ['再就业人数(本月)', 'reemployed'], ['再就业人数 （本月）', 'reemployed'], ['本月再就业人数', 'reemployed'],
  ['当月再就业人数', 'reemployed'], ['1.再就业人数（本月）', 'reemployed'], ['再就业人数【本月】', 'reemployed'],
  ['走访户数（本月）', 'custom:走访户数'], ['走访户数(当月)', 'custom:走访户数'], ['本月走访户数', 'custom:走访户数'], ['2、走访户数【本月】', 'custom:走访户数'],
];

describe.each(FORMS)('a one-community %s form', (_, make) => {
  it.each(NAMED)('reads %s (a %i月 form) by the months it names, as a long table does', (item, month, read) => {
    expect(longReads(month, item)).toEqual([read]);
    const r = run([make(month, [[item, 41, null]])]);
    expect(values(r)).toEqual([read]);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual([read.slice(0, read.indexOf('@'))]);
    expect(problems(r)).toEqual([]);
  });

  it('months contradicting the form\'s period: the long table\'s warning at the item, the value in the months written', () => {
    const r = run([make(7, [['1-6月累计再就业人数', 41, null]])]);
    expect(values(r)).toEqual(['reemployed@2024-C06=41']);
    const w = problems(r);
    expect(w.map((i) => [i.code, i.line, i.column])).toEqual([['period-metric-months', 3, 1]]);
    expect(w[0]!.message).toMatch(/^第3行指标“1-6月累计再就业人数”写的是1-6月累计，与该行期间2024年7月不一致/);
  });

  it('a named item\'s 本年累计 cell: read when its 本月 cell is blank, the same number once, another number warned about', () => {
    expect(values(run([make(3, [['1-3月累计再就业人数', null, 41]])]))).toEqual(['reemployed@2024-C03=41']);
    const same = run([make(3, [['1-3月累计再就业人数', 41, 41]])]);
    expect(values(same)).toEqual(['reemployed@2024-C03=41']);
    expect(problems(same)).toEqual([]);
    const other = run([make(3, [['1-3月累计再就业人数', 41, 99]])]);
    expect(values(other)).toEqual(['reemployed@2024-C03=41']);
    expect(problems(other).map((i) => [i.code, i.line, i.column])).toEqual([['vertical-to-date-differs', 3, 3]]);
    expect(problems(other)[0]!.message).toContain('1-3月累计');
  });

  it('a named item beside its metric\'s row: the same year to date once (merged, said), another one a conflict', () => {
    const same = run([make(3, [['再就业人数', 6, 41], ['1-3月累计再就业人数', 41, null]])]);
    expect(values(same)).toEqual(['reemployed@2024-03=6', 'reemployed@2024-C03=41']);
    expect(problems(same)).toEqual([]);
    expect(same.report.counts).toMatchObject({ rowsIn: 2, imported: 1, merged: 1 });
    const other = run([make(3, [['再就业人数', 6, 41], ['1-3月累计再就业人数', 40, null]])]);
    expect(problems(other).map((i) => i.code)).toContain('conflicting-values');
  });

  it('a part under a named item is the part\'s in the same months', () => {
    const r = run([make(6, [['1-6月累计再就业人数', 41, null], ['其中：女', 20, null]])]);
    expect(values(r)).toEqual(['custom:再就业人数（其中：女）@2024-C06=20', 'reemployed@2024-C06=41']);
  });

  it.each(MONTH)('reads %s as %s in the form\'s month, its 本年累计 cell the year to date', (item, metric) => {
    const r = run([make(3, [[item, 6, 41]])]);
    expect(values(r)).toEqual([`${metric}@2024-03=6`, `${metric}@2024-C03=41`]);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual([metric]);
    expect(problems(r)).toEqual([]);
  });

  it.each(MONTH)('%s beside its plain row with the same numbers: one metric, the row merged and said', (item, metric) => {
    const plain = metric === 'reemployed' ? '再就业人数' : '走访户数';
    const r = run([make(3, [[plain, 6, 41], [item, 6, 41]])]);
    expect(values(r)).toEqual([`${metric}@2024-03=6`, `${metric}@2024-C03=41`]);
    expect(problems(r)).toEqual([]);
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 1, merged: 1 });
    const said = r.report.issues.filter((i) => i.code === 'vertical-item-same');
    expect(said.map((i) => [i.severity, i.line, i.column])).toEqual([['info', 4, 1]]);
    expect(said[0]!.message).toContain(`第4行“${item}”`);
  });

  it('a 本月 item before its plain row is the same metric too', () => {
    const r = run([make(3, [['再就业人数（本月）', 6, 41], ['再就业人数', 6, 41]])]);
    expect(values(r)).toEqual(['reemployed@2024-03=6', 'reemployed@2024-C03=41']);
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 1, merged: 1 });
  });

  it('a 本月 item beside its plain row with another number: the conflicting-values error, not a second metric', () => {
    const r = run([make(3, [['再就业人数', 6, 41], ['再就业人数（本月）', 7, 41]])]);
    expect(r.dataset?.metrics.map((m) => m.id) ?? ['reemployed']).toEqual(['reemployed']);
    expect(problems(r).map((i) => [i.code, i.severity])).toContainEqual(['conflicting-values', 'error']);
  });
});

describe('a one-community form of a quarter, months across', () => {
  it('a named year to date in each month\'s column is each month\'s own year to date, said as a wide table says it', () => {
    const rows: BookCell[][] = [['东湖社区2024年第一季度工作统计表'], ['项目', '1月', '2月', '3月'], ['1-3月累计再就业人数', 10, 25, 41]];
    const r = run([csv('东湖社区-2024年一季度.csv', toCsv(rows))]);
    expect(values(r)).toEqual(['reemployed@2024-C01=10', 'reemployed@2024-C02=25', 'reemployed@2024-C03=41']);
    expect(problems(r).map((i) => [i.code, i.line, i.column])).toEqual([['period-metric-months-to-date', 3, 1]]);
  });
});

describe('a one-community form of a quarter (本期 | 累计)', () => {
  const quarter = (items: BookCell[][]): InputFile => csv('东湖社区-2024年一季度.csv', toCsv([['东湖社区2024年第一季度工作统计表'], ['项目', '本期', '累计'], ...items]));

  it('a 本月 item is the quarter\'s last month, as a long row\'s 本月 指标 cell is, and said so', () => {
    const r = run([quarter([['再就业人数（本月）', 6, 41], ['其中：女', 2, 20], ['走访户数', 30, 30]])]);
    expect(values(r)).toEqual([
      'custom:再就业人数（其中：女）@2024-03=2', 'custom:再就业人数（其中：女）@2024-C03=20', 'custom:走访户数@2024-C03=30', 'custom:走访户数@2024-Q1=30',
      'reemployed@2024-03=6', 'reemployed@2024-C03=41',
    ]);
    expect(problems(r)).toEqual([]);
    const said = r.report.issues.filter((i) => i.code === 'period-relative-row-month');
    expect(said.map((i) => [i.line, i.column])).toEqual([[3, 1]]);
    expect(said[0]!.message).toContain('“再就业人数（本月）”按2024年3月');
  });
});

describe('a table with the communities across (CSV and .xlsx)', () => {
  const across = (file: string, items: BookCell[][]): InputFile[] => {
    const rows: BookCell[][] = [['项目', '东湖社区', '西湖社区'], ...items];
    return [csv(`${file}.csv`, toCsv(rows)), { name: `${file}.xlsx`, bytes: book([['Sheet1', rows]]) }];
  };

  it.each(NAMED)('reads %s (in a %i月 file) by the months it names', (item, month, read) => {
    for (const file of across(`2024年${month}月`, [[item, 41, 7]])) {
      const r = run([file]);
      expect(values(r)).toEqual([read]);
      expect(problems(r)).toEqual([]);
    }
  });

  it('months contradicting the file\'s period: the long table\'s warning at the row, the value in the months written', () => {
    for (const file of across('2024年7月', [['1-6月累计再就业人数', 41, 7]])) {
      const r = run([file]);
      expect(values(r)).toEqual(['reemployed@2024-C06=41']);
      expect(problems(r).map((i) => [i.code, i.line, i.column])).toEqual([['period-metric-months', 2, 1]]);
    }
  });

  it.each(MONTH)('reads %s as %s in the file\'s month', (item, metric) => {
    for (const file of across('2024年3月', [[item, 6, 7]])) {
      const r = run([file]);
      expect(values(r)).toEqual([`${metric}@2024-03=6`]);
      expect(r.dataset!.metrics.map((m) => m.id)).toEqual([metric]);
    }
  });

  it('a 本月 row in a quarter\'s file is its last month, said so', () => {
    for (const file of across('2024年一季度', [['再就业人数（本月）', 6, 7], ['走访户数', 30, 20]])) {
      const r = run([file]);
      expect(values(r)).toEqual(['custom:走访户数@2024-Q1=30', 'reemployed@2024-03=6']);
      expect(r.report.issues.filter((i) => i.code === 'period-relative-row-month').map((i) => [i.line, i.column])).toEqual([[2, 1]]);
    }
  });
});
