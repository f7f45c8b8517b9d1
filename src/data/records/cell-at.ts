/** Reading one cell of a row in the hot loop of every import: trimmed, without a call when nothing needs trimming. */
import type { TableShape } from '../table/detect-shape';

/** The trimmed cell at column `c` ('' when the column is absent or the row is short). */
export function cellAt(cells: readonly string[], c: number): string {
  if (c < 0) return '';
  const v = cells[c];
  if (v === undefined || v === '') return '';
  // Most cells have nothing to trim: skip the call when both ends are plainly not whitespace.
  return mayBeSpace(v.charCodeAt(0)) || mayBeSpace(v.charCodeAt(v.length - 1)) ? v.trim() : v;
}

/** True for every character String.prototype.trim removes (and a few more, which is harmless). */
function mayBeSpace(c: number): boolean {
  // Printable ASCII and CJK (most first and last characters) first.
  if (c > 32 && c < 0x7f) return false;
  if (c > 0x3000) return c === 0xfeff;
  return c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Whether a row has a value in a value cell of table shape `s`. */
export function hasValues(cells: readonly string[], s: TableShape): boolean {
  return s.kind === 'long' ? cellAt(cells, s.value) !== '' : s.measures.some((m) => cellAt(cells, m.index) !== '');
}
