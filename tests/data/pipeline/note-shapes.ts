/**
 * One table under a unit note (`单位：万元`, `单位：人`) in each shape the readers know, for the tests
 * of what a note does to the items under it: wide, one-community form, long, communities across;
 * and the rows as CSV text.
 */
import type { InputFile } from '../../../src/data/pipeline/import-files';
import { utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

export function wideRows(note: string, items: readonly string[]): BookCell[][] {
  return [[note], ['社区', ...items], ['东湖社区', ...items.map(() => 12)], ['西湖社区', ...items.map(() => 12)]];
}
export function formRows(note: string, items: readonly string[]): BookCell[][] {
  return [['东湖社区2024年3月工作统计表'], [note], ['项目', '本月', '本年累计'], ...items.map((n) => [n, 12, 30])];
}
export function longRows(note: string, items: readonly string[]): BookCell[][] {
  return [[note], ['社区', '期间', '指标', '数值'], ...items.flatMap((n) => [['东湖社区', '2024年3月', n, 12], ['西湖社区', '2024年3月', n, 12]])];
}
export function acrossRows(note: string, items: readonly string[]): BookCell[][] {
  return [[note], ['项目', '东湖社区', '西湖社区'], ...items.map((n) => [n, 12, 12])];
}
export const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c).includes(',') ? `"${String(c)}"` : String(c))).join(',')).join('\n') + '\n';

const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });

/** A file of one table under `note` listing `items`. */
export type MakeNoteFile = (note: string, items: readonly string[]) => InputFile;

/** Every shape, as CSV and as .xlsx where the reader differs: the name says which. */
export const NOTE_SHAPES: readonly (readonly [string, MakeNoteFile])[] = [
  ['a wide CSV', (n, items) => csv('2024年3月.csv', toCsv(wideRows(n, items)))],
  ['a wide .xlsx', (n, items) => ({ name: '2024年3月.xlsx', bytes: book([['Sheet1', wideRows(n, items)]]) })],
  ['a one-community CSV form', (n, items) => csv('东湖社区-2024年3月.csv', toCsv(formRows(n, items)))],
  ['a one-community .xlsx form', (n, items) => ({ name: '东湖社区-2024年3月.xlsx', bytes: book([['Sheet1', formRows(n, items)]]) })],
  ['a long CSV', (n, items) => csv('2024年3月.csv', toCsv(longRows(n, items)))],
  ['a long .xlsx', (n, items) => ({ name: '2024年3月.xlsx', bytes: book([['Sheet1', longRows(n, items)]]) })],
  ['a CSV with the communities across', (n, items) => csv('2024年3月.csv', toCsv(acrossRows(n, items)))],
];
