/**
 * A transposed table (communities across the top, items down) with `本月 | 累计` under each
 * community: 本月 (当月; not 本期) in a quarter's, a half's or a year to date's table is its last
 * month, by the rule a wide table's 本月 column uses (lastMonthOfSpan), and 累计 its year to date;
 * said as the wide table's info (period-relative-columns), each word once. Read as the quarter, a
 * month's figure understates the quarter threefold.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';
import { book, type BookCell } from '../pipeline/workbook-helpers';

const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort();
const notInfo = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info' && i.code !== 'two-row-header').map((i) => i.code);
const relative = (r: ImportResult): string[] => r.report.issues.filter((i) => i.code === 'period-relative-columns').map((i) => `${i.severity}|${i.message}`);

const table = (title: string, now: string, toDate: string, extra: BookCell[][] = []): BookCell[][] => [
  ...(title !== '' ? [[title]] : []), ['指标', '东湖社区', null, '西山社区', null], [null, now, toDate, now, toDate], ['再就业人数', 5, 15, 6, 16], ...extra,
];
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';
const READ: readonly (readonly [string, (rows: BookCell[][], name: string) => ImportResult])[] = [
  ['CSV', (rows, name) => importText(toCsv(rows), `${name}.csv`)],
  ['.xlsx', (rows, name) => importFiles([{ name: `${name}.xlsx`, bytes: book([['Sheet1', rows]]) }], { workbookLib: XLSX })],
];

describe.each(READ)('%s', (_, read) => {
  it.each([
    ['2025年二季度各社区就业情况', '本月', '累计', '2025-06', '2025-C06', '标题行：2025年第二季度', '“本月”按2025年6月（2025年第二季度的最后一个月），“累计”按2025年1-6月累计'],
    ['2025年二季度各社区就业情况', '当月', '本年累计', '2025-06', '2025-C06', '标题行：2025年第二季度', '“当月”按2025年6月（2025年第二季度的最后一个月），“本年累计”按2025年1-6月累计'],
    ['2025年上半年', '本月', '累计', '2025-06', '2025-C06', '标题行：2025年上半年', '“本月”按2025年6月（2025年上半年的最后一个月），“累计”按2025年1-6月累计'],
    ['2025年1-9月', '本月', '累计', '2025-09', '2025-C09', '标题行：2025年1-9月累计', '“本月”按2025年9月（2025年1-9月累计的最后一个月），“累计”按2025年1-9月累计'],
    ['2025年二季度', '本期', '累计', '2025-Q2', '2025-C06', '标题行：2025年第二季度', '“本期”按2025年第二季度，“累计”按2025年1-6月累计'],
    ['2025年6月', '本月', '累计', '2025-06', '2025-C06', '标题行：2025年6月', '“本月”按2025年6月，“累计”按2025年1-6月累计'],
  ])('under %s, %s | %s: %s and %s, said once per word', (title, now, toDate, month, cum, source, words) => {
    const r = read(table(title, now, toDate), 'a');
    expect(obs(r)).toEqual([`东湖社区|${cum}|reemployed|15`, `东湖社区|${month}|reemployed|5`, `西山社区|${cum}|reemployed|16`, `西山社区|${month}|reemployed|6`].sort());
    expect(notInfo(r)).toEqual([]);
    expect(relative(r)).toEqual([`info|本月/累计列按表格的期间（取自${source}）读取：${words}导入`]);
  });

  it('a quarter\'s file name with no title: the quarter\'s last month', () => {
    const r = read(table('', '本月', '累计'), '双港镇2025年二季度');
    expect(obs(r).filter((o) => o.includes('|5') || o.includes('|6'))).toEqual(['东湖社区|2025-06|reemployed|5', '西山社区|2025-06|reemployed|6']);
  });

  it('a 合计 column and a 其中 row: June, the total checked in June', () => {
    const rows: BookCell[][] = [['2025年二季度'], ['指标', '东湖社区', null, '西山社区', null, '合计', null], [null, '本月', '累计', '本月', '累计', '本月', '累计'],
      ['再就业人数', 5, 15, 6, 16, 11, 31], ['其中：女', 2, 7, 3, 8, 5, 15]];
    const r = read(rows, 'a');
    expect(r.report.status).toBe('ok');
    expect(obs(r).filter((o) => o.includes('|2025-06|'))).toEqual(['东湖社区|2025-06|custom:再就业人数（其中：女）|2', '东湖社区|2025-06|reemployed|5', '西山社区|2025-06|custom:再就业人数（其中：女）|3', '西山社区|2025-06|reemployed|6']);
    expect(obs(r).some((o) => o.includes('2025-Q2'))).toBe(false);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'subtotal-column')?.message).toContain('已与各社区之和核对');
  });
});
