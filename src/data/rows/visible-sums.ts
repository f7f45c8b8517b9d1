/**
 * A sheet's totals that sum only the rows in view: `SUBTOTAL(109,…)` leaves out every hidden row and
 * `SUBTOTAL(9,…)` the rows a filter hides, which is what Excel's 自动求和 writes under a filtered
 * table. Such a 合计 is the sum of the rows a clerk saw, not of every row imported, so the total
 * check (records/subtotal-check.ts) compares it with the rows it did sum. Read once per sheet.
 */
import type * as Xlsx from '@e965/xlsx';
import { filterLines } from './sheet-extent';

/** A SUBTOTAL formula that sums: function 9 (filtered rows left out) or 109 (every hidden row left out). */
const SUBTOTAL_SUM = /^\s*SUBTOTAL\(\s*(9|109)\s*,/i;

/** The cells whose sum leaves rows out, and the lines each leaves out. */
export interface VisibleSums {
  /** The lines the total at (line, 1-based column) leaves out; null when it is no SUBTOTAL sum or leaves none out. */
  leftOut(line: number, column: number): readonly number[] | null;
}

/** Keys of cells in a sheet: line × 2^14 + column (Excel has 16,384 columns). */
const key = (line: number, column: number): number => line * 16384 + column;

/** The function a cell's formula sums with (9, 109), or 0 (asked only of cells with a formula). */
export function subtotalFunction(formula: string): 0 | 9 | 109 {
  const m = SUBTOTAL_SUM.exec(formula);
  return m === null ? 0 : m[1] === '9' ? 9 : 109;
}

/**
 * The SUBTOTAL sums of a sheet (`cells`: their 1-based line and column and function) with the rows
 * they leave out of `ws`'s rows `top`..`lastRow` (0-based); null when none leaves a row out.
 */
export function visibleSums(ws: Xlsx.WorkSheet, cells: readonly { line: number; column: number; kind: 9 | 109 }[], top: number, lastRow: number): VisibleSums | null {
  if (cells.length === 0) return null;
  const rowInfo = ws['!rows'] ?? [];
  const filter = filterLines(ws);
  const hidden: number[] = [];
  const filtered: number[] = [];
  for (let r = top; r <= Math.min(lastRow, rowInfo.length - 1); r++) {
    if (!rowInfo[r]?.hidden) continue;
    hidden.push(r + 1);
    if (filter !== null && r + 1 > filter.first && r + 1 <= filter.last) filtered.push(r + 1);
  }
  if (hidden.length === 0) return null;
  const byCell = new Map<number, readonly number[]>();
  for (const c of cells) {
    const out = c.kind === 109 ? hidden : filtered;
    if (out.length > 0) byCell.set(key(c.line, c.column), out);
  }
  return byCell.size === 0 ? null : { leftOut: (line, column) => byCell.get(key(line, column)) ?? null };
}
