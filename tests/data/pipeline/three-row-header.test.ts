/**
 * A three-row header: a group row (就业情况) over a metric row (下岗失业人员, 再就业人数) over
 * their 合计 and 其中 parts (or 本月 | 累计). Read as the two-row header without the group row is:
 * each metric from its 合计 column, the parts as its parts; never the 合计 columns dropped as row
 * sums and the parts imported as metrics of their own, nor the 社区 column guessed as 列A.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from './import-helpers';

type Cell = string | number | null;

function book(rows: Cell[][], merges: string[] = []): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length > 0) ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const NAME = '咸水沽镇2024年3月.xlsx';
const readBook = (rows: Cell[][], merges?: string[]): ImportResult =>
  importFiles([{ name: NAME, bytes: book(rows, merges) }], { workbookLib: XLSX });
const csv = (rows: Cell[][]): string => rows.map((r) => r.map((c) => c ?? '').join(',')).join('\n');
const seen = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}|${o.line}`);
/** The observations, their lines counted from the first data row (a header one row taller moves them all). */
const values = (r: ImportResult): string[] => {
  const obs = observations(r.dataset);
  const first = Math.min(...obs.map((o) => o.line));
  return obs.map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}|${o.line - first}`);
};
const codes = (r: ImportResult): string[] => r.report.issues.map((i) => i.code);

const GROUP: Cell[] = ['社区', '就业情况', null, null, null];
const METRICS: Cell[] = [null, '下岗失业人员', null, '再就业人数', null];
const PARTS: Cell[] = [null, '合计', '其中：女', '合计', '其中：女'];
const DATA: Cell[][] = [['祥福里社区', 10, 4, 3, 1], ['红星里社区', 20, 9, 4, 2]];
const MERGES = ['A1:A3', 'B1:E1', 'B2:C2', 'D2:E2'];

/** What the three-row header must read as: its two lower rows read as a two-row header. */
function expectAsTwoRows(three: ImportResult, two: ImportResult): void {
  expect(two.report.status).toBe('ok');
  expect(three.report.status).toBe('ok');
  expect(values(three)).toEqual(values(two));
  for (const code of ['header-empty', 'unit-column-guessed', 'row-total-column', 'duplicate-header']) expect(codes(three)).not.toContain(code);
  expect(codes(three)).toContain('two-row-header');
}

describe('a three-row header (group over metric over 合计 | 其中)', () => {
  it('merged, as the tester built it: 下岗失业人员 and 再就业人数 from their 合计 columns, 其中：女 their parts', () => {
    const r = readBook([GROUP, METRICS, PARTS, ...DATA], MERGES);
    expect(seen(r)).toEqual([
      '祥福里社区|2024-03|custom:下岗失业人员（其中：女）|4|4',
      '祥福里社区|2024-03|custom:再就业人数（其中：女）|1|4',
      '祥福里社区|2024-03|reemployed|3|4',
      '祥福里社区|2024-03|unemployed|10|4',
      '红星里社区|2024-03|custom:下岗失业人员（其中：女）|9|5',
      '红星里社区|2024-03|custom:再就业人数（其中：女）|2|5',
      '红星里社区|2024-03|reemployed|4|5',
      '红星里社区|2024-03|unemployed|20|5',
    ]);
    expectAsTwoRows(r, readBook([METRICS.map((c, i) => (i === 0 ? '社区' : c)), PARTS, ...DATA], ['A1:A2', 'B1:C1', 'D1:E1']));
    const said = r.report.issues.find((i) => i.code === 'two-row-header')!;
    expect(said.line).toBe(1);
    expect(said.message).toContain('第1-3行');
  });

  it('under a title row: the title stays the caption, the header is the three rows below it', () => {
    const r = readBook([['咸水沽镇2024年3月就业统计表', null, null, null, null], GROUP, METRICS, PARTS, ...DATA], ['A1:E1', 'A2:A4', 'B2:E2', 'B3:C3', 'D3:E3']);
    expectAsTwoRows(r, readBook([METRICS.map((c, i) => (i === 0 ? '社区' : c)), PARTS, ...DATA]));
    expect(r.dataset!.files[0]!.caption).toBe('咸水沽镇2024年3月就业统计表');
    expect(codes(r)).not.toContain('preamble-row');
    expect(r.report.issues.find((i) => i.code === 'two-row-header')!.message).toContain('第2-4行');
  });

  it('not merged: the group and the metrics written once with blanks to their right (pasted as values)', () => {
    expectAsTwoRows(readBook([GROUP, METRICS, PARTS, ...DATA]), readBook([['社区', ...METRICS.slice(1)], PARTS, ...DATA]));
  });

  it('小计 instead of 合计', () => {
    const parts: Cell[] = [null, '小计', '其中：女', '小计', '其中：女'];
    const r = readBook([GROUP, METRICS, parts, ...DATA], MERGES);
    expectAsTwoRows(r, readBook([['社区', ...METRICS.slice(1)], parts, ...DATA]));
    expect(seen(r).filter((s) => /unemployed|reemployed/.test(s))).toHaveLength(4);
  });

  it('男 | 女 parts under each metric\'s 合计', () => {
    const metrics: Cell[] = [null, '下岗失业人员', null, null, '再就业人数', null, null];
    const parts: Cell[] = [null, '合计', '男', '女', '合计', '男', '女'];
    const data: Cell[][] = [['祥福里社区', 10, 6, 4, 3, 2, 1], ['红星里社区', 20, 11, 9, 4, 2, 2]];
    const r = readBook([['社区', '就业情况', null, null, null, null, null], metrics, parts, ...data], ['A1:A3', 'B1:G1', 'B2:D2', 'E2:G2']);
    expectAsTwoRows(r, readBook([['社区', ...metrics.slice(1)], parts, ...data]));
    expect(seen(r)).toContain('祥福里社区|2024-03|unemployed|10|4');
    expect(seen(r)).toContain('红星里社区|2024-03|custom:再就业人数/女|2|5');
  });

  it('a CSV with the same three rows', () => {
    const three = importText(csv([GROUP, METRICS, PARTS, ...DATA]), '咸水沽镇2024年3月.csv');
    const two = importText(csv([['社区', ...METRICS.slice(1)], PARTS, ...DATA]), '咸水沽镇2024年3月.csv');
    expectAsTwoRows(three, two);
    expect(observations(three.dataset).filter((o) => o.metric === 'unemployed').map((o) => o.value)).toEqual([10, 20]);
  });

  it('本月 | 累计 as the third row: each metric in the table\'s month and its year to date, as under a two-row header', () => {
    const parts: Cell[] = [null, '本月', '累计', '本月', '累计'];
    const r = readBook([GROUP, METRICS, parts, ...DATA], MERGES);
    expectAsTwoRows(r, readBook([['社区', ...METRICS.slice(1)], parts, ...DATA]));
    expect(seen(r)).toContain('祥福里社区|2024-03|unemployed|10|4');
    expect(seen(r).some((s) => s.includes('其中') || s.includes('custom:'))).toBe(false);
  });

  it('a group row with columns merged down over all three rows beside it (常住人口, 户数)', () => {
    const rows: Cell[][] = [
      ['社区', '常住人口', '户数', '就业情况', null, null, null],
      [null, null, null, '下岗失业人员', null, '再就业人数', null],
      [null, null, null, '合计', '其中：女', '合计', '其中：女'],
      ['祥福里社区', 3000, 1200, 10, 4, 3, 1],
      ['红星里社区', 4000, 1500, 20, 9, 4, 2],
    ];
    const r = readBook(rows, ['A1:A3', 'B1:B3', 'C1:C3', 'D1:G1', 'D2:E2', 'F2:G2']);
    expectAsTwoRows(r, readBook([['社区', '常住人口', '户数', '下岗失业人员', null, '再就业人数', null], [null, null, null, ...PARTS.slice(1)], ...rows.slice(3)]));
    expect(seen(r)).toContain('祥福里社区|2024-03|unemployed|10|4');
    expect(seen(r).filter((s) => s.startsWith('祥福里社区|'))).toHaveLength(6);
  });

  it('a metric merged down over the two lower rows beside one with parts', () => {
    const rows: Cell[][] = [
      ['社区', '就业情况', null, null],
      [null, '再就业人数', '下岗失业人员', null],
      [null, null, '合计', '其中：女'],
      ['祥福里社区', 3, 10, 4],
      ['红星里社区', 4, 20, 9],
    ];
    const r = readBook(rows, ['A1:A3', 'B1:D1', 'B2:B3', 'C2:D2']);
    expectAsTwoRows(r, readBook([['社区', '再就业人数', '下岗失业人员', null], [null, null, '合计', '其中：女'], ...rows.slice(3)]));
    expect(seen(r)).toContain('祥福里社区|2024-03|reemployed|3|4');
    expect(seen(r)).toContain('祥福里社区|2024-03|unemployed|10|4');
  });
});
