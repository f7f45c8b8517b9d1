// @vitest-environment node
/**
 * An item or column written as its metric's year to date (`再就业人数（累计）`, `再就业人数(本年累计)`,
 * `累计再就业人数`, `走访户数累计数`) is that metric through the period, as a wide table's 累计 column is
 * (splitHeader's one rule): never a metric of its own summed as a flow, so a quarter never adds three
 * year-to-date figures. In a one-community form (项目 | 本月 | 本年累计) such a row's 本月 cell is the
 * year to date through the month; its 本年累计 cell, when it says otherwise, is warned about at its
 * line and column and not imported.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';

/** Year-to-date spellings of a catalogue metric (再就业人数) and of one of the office's own (走访户数), with the metric read. */
const ITEMS: readonly (readonly [string, string])[] = [
  ['再就业人数（累计）', 'reemployed'], ['再就业人数(累计)', 'reemployed'], ['再就业人数 （累计）', 'reemployed'], ['再就业人数（本年累计）', 'reemployed'],
  ['累计再就业人数', 'reemployed'], ['再就业人数累计数', 'reemployed'], ['1.再就业人数（累计）', 'reemployed'], ['（二）再就业人数(本年累计)', 'reemployed'],
  ['走访户数（累计）', 'custom:走访户数'], ['走访户数(本年累计)', 'custom:走访户数'], ['走访户数 （累计）', 'custom:走访户数'], ['累计走访户数', 'custom:走访户数'],
  ['走访户数累计数', 'custom:走访户数'], ['走访户数累计', 'custom:走访户数'], ['2、走访户数（累计）', 'custom:走访户数'], ['3. 走访户数【累计】', 'custom:走访户数'],
  // Brackets of every width and kind a remark is written in (one pattern, after NFKC).
  ['走访户数［累计］', 'custom:走访户数'], ['走访户数〔累计〕', 'custom:走访户数'], ['走访户数[本年累计]', 'custom:走访户数'], ['再就业人数〔累计〕', 'reemployed'],
];

const form = (items: readonly BookCell[][]): BookCell[][] => [['东湖社区2024年3月工作统计表'], ['项目', '本月', '本年累计'], ...items];
type Make = (rows: BookCell[][]) => InputFile;
const FORMS: readonly (readonly [string, Make])[] = [
  ['CSV', (rows) => csv('东湖社区-2024年3月.csv', toCsv(rows))],
  ['.xlsx', (rows) => ({ name: '东湖社区-2024年3月.xlsx', bytes: book([['Sheet1', rows]]) })],
];

/** 东湖社区's values as `metric@period=value`, sorted. */
const values = (r: ReturnType<typeof run>): string[] => observations(r.dataset).filter((o) => o.unit === '东湖社区').map((o) => `${o.metric}@${o.period}=${o.value}`).sort();
const problems = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.severity !== 'info');

describe.each(FORMS)('a one-community %s form', (_, make) => {
  it.each(ITEMS)('reads the row %s as %s\'s year to date through the month', (item, metric) => {
    const r = run([make(form([[item, 41, null]]))]);
    expect(values(r)).toEqual([`${metric}@2024-C03=41`]);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual([metric]);
    expect(problems(r)).toEqual([]);
  });

  it('with the item\'s own row: the month from it, the year to date from both, agreeing', () => {
    const r = run([make(form([['再就业人数', 6, 41], ['再就业人数（累计）', 41, null], ['走访户数', 5, 30], ['累计走访户数', 30, 30]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024-03=5', 'custom:走访户数@2024-C03=30', 'reemployed@2024-03=6', 'reemployed@2024-C03=41']);
    expect(problems(r)).toEqual([]);
    // Every row accounted for: the 累计 rows merged into the year to date read from their metric's row, each said.
    expect(r.report.counts).toMatchObject({ rowsIn: 4, imported: 2, merged: 2 });
    expect(r.report.issues.filter((i) => i.code === 'vertical-to-date-same').map((i) => i.line)).toEqual([4, 6]);
  });

  it('a 累计 row\'s value written in the 本年累计 column only is its year to date', () => {
    const r = run([make(form([['走访户数（累计）', null, 30]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024-C03=30']);
  });

  it('a 累计 row whose 本年累计 cell says otherwise: that cell is warned about at its line and column, not imported', () => {
    const r = run([make(form([['走访户数（累计）', 30, 99]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024-C03=30']);
    const w = problems(r);
    expect(w.map((i) => [i.severity, i.line, i.column])).toEqual([['warning', 3, 3]]);
    expect(w[0]!.message).toMatch(/^第3行“走访户数（累计）”/);
    expect(w[0]!.message).toContain('99');
    expect(w[0]!.message).toContain('未导入');
  });

  it('a 累计 row beside a row of the same metric with another year to date: the conflict is said, not added up', () => {
    const r = run([make(form([['再就业人数', 6, 41], ['再就业人数（累计）', 40, null]]))]);
    expect(problems(r).length).toBeGreaterThan(0);
    expect(values(r)).not.toContain('reemployed@2024-C03=81');
  });

  it('a part under a 累计 row is the part\'s year to date', () => {
    const r = run([make(form([['再就业人数（累计）', 41, null], ['其中：女', 20, null]]))]);
    expect(values(r)).toEqual(['custom:再就业人数（其中：女）@2024-C03=20', 'reemployed@2024-C03=41']);
  });
});

describe('a one-community form of a quarter, months across', () => {
  it('reads a 累计 row in each month\'s column as the year to date through that month', () => {
    const rows: BookCell[][] = [['东湖社区2024年第一季度工作统计表'], ['项目', '1月', '2月', '3月'], ['走访户数（累计）', 10, 25, 41], ['走访户数', 10, 15, 16]];
    const r = run([csv('东湖社区-2024年一季度.csv', toCsv(rows))]);
    expect(values(r)).toEqual([
      'custom:走访户数@2024-01=10', 'custom:走访户数@2024-02=15', 'custom:走访户数@2024-03=16',
      'custom:走访户数@2024-C01=10', 'custom:走访户数@2024-C02=25', 'custom:走访户数@2024-C03=41',
    ].sort());
  });
});

describe('a year to date in a whole year\'s table', () => {
  // One rule (toDateThrough) with long and wide tables: the year to date through December is the year's total.
  it('a form\'s 累计 row is the year, read once beside the year\'s own row saying the same', () => {
    const r = run([csv('东湖社区-2024年.csv', toCsv([['东湖社区2024年度工作统计表'], ['项目', '本期'], ['走访户数（累计）', 40], ['走访户数', 40]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024=40']);
    expect(problems(r)).toEqual([]);
  });

  it('a table with the communities across: the row is the year', () => {
    const r = run([csv('2024年.csv', toCsv([['项目', '东湖社区', '西湖社区'], ['走访户数（累计）', 4, 5]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024=4']);
    expect(problems(r)).toEqual([]);
  });

  it('a long table: the row is the year, as in the other shapes', () => {
    const r = run([csv('a.csv', toCsv([['社区', '期间', '指标', '数值'], ['东湖社区', '2024年', '走访户数（累计）', 41]]))]);
    expect(values(r)).toEqual(['custom:走访户数@2024=41']);
    expect(problems(r)).toEqual([]);
  });
});

/** The other shapes: one community column and the item's year-to-date spelling. */
const TABLES: readonly (readonly [string, (item: string) => BookCell[][]])[] = [
  ['a wide table', (item) => [['社区', item], ['东湖社区', 41], ['西湖社区', 7]]],
  ['a long table', (item) => [['社区', '期间', '指标', '数值'], ['东湖社区', '2024年3月', item, 41], ['西湖社区', '2024年3月', item, 7]]],
  ['a table with the communities across', (item) => [['项目', '东湖社区', '西湖社区'], [item, 41, 7]]],
];

describe.each(TABLES)('%s', (_, rowsOf) => {
  it.each(ITEMS)('reads %s as %s\'s year to date (CSV and .xlsx)', (item, metric) => {
    for (const file of [csv('2024年3月.csv', toCsv(rowsOf(item))), { name: '2024年3月.xlsx', bytes: book([['Sheet1', rowsOf(item)]]) }]) {
      const r = run([file]);
      expect(values(r)).toEqual([`${metric}@2024-C03=41`]);
      expect(r.dataset!.metrics.map((m) => m.id)).toEqual([metric]);
    }
  });
});
