/**
 * What a sheet's sum formulas leave out. `SUBTOTAL(109,…)` leaves out every hidden row and
 * `SUBTOTAL(9,…)` the rows a filter hides, which is what Excel's 自动求和 writes under a filtered
 * table: such a 合计 is the sum of the rows a clerk saw, not of every row imported, so the total
 * check (records/subtotal-check.ts) compares it with the rows it did sum. And every sum (SUM,
 * SUBTOTAL) leaves out a number stored as text (`3,210` typed into a text cell), which the import
 * reads: a total short by exactly those cells is said to be (records/text-numbers-note.ts). Read once per sheet.
 */
import type * as Xlsx from '@e965/xlsx';
import { filterLines } from './sheet-extent';

/** A formula that sums: SUM (kind 1), or SUBTOTAL's function 9 (filtered rows left out) or 109 (every hidden row left out). */
const SUM_FORMULA = /^\s*(?:SUM\(|SUBTOTAL\(\s*(9|109)\s*,)/i;

/** The kinds of sum formulas: SUM, SUBTOTAL(9,…), SUBTOTAL(109,…). */
export type SumKind = 1 | 9 | 109;

/** The cells whose sum leaves rows or cells out, and what each leaves out. */
export interface VisibleSums {
  /** The lines the total at (line, 1-based column) leaves out; null when it is no SUBTOTAL sum or leaves none out. */
  leftOut(line: number, column: number): readonly number[] | null;
  /** Whether the cell at (line, 1-based column) is a sum formula's (SUM, SUBTOTAL). */
  sums(line: number, column: number): boolean;
  /** Whether the cell at (line, 1-based column) of a column or row holding a sum formula is text: a number there is one no sum counts. */
  isText(line: number, column: number): boolean;
}

/** Keys of cells in a sheet: line × 2^14 + column (Excel has 16,384 columns). */
const key = (line: number, column: number): number => line * 16384 + column;

/** The kind of sum a cell's formula is (1, 9, 109), or 0 (asked only of cells with a formula). */
export function subtotalFunction(formula: string): 0 | SumKind {
  const m = SUM_FORMULA.exec(formula);
  return m === null ? 0 : m[1] === undefined ? 1 : m[1] === '9' ? 9 : 109;
}

/**
 * The sum formulas of a sheet (`cells`: their 1-based line and column and kind) with the rows they
 * leave out of `ws`'s rows `top`..`lastRow` (0-based) and the text cells (`cellAt`, 0-based) of
 * their columns and rows (a transposed table's 合计 column sums across), `width` columns wide; null
 * when none leaves anything out.
 */
export function visibleSums(
  ws: Xlsx.WorkSheet, cells: readonly { line: number; column: number; kind: SumKind }[], top: number, lastRow: number,
  cellAt: (r: number, c: number) => Xlsx.CellObject | undefined, width: number,
): VisibleSums | null {
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
  const byCell = new Map<number, readonly number[]>();
  const sumCells = new Set<number>();
  for (const c of cells) {
    sumCells.add(key(c.line, c.column));
    const out = c.kind === 1 ? [] : c.kind === 109 ? hidden : filtered;
    if (out.length > 0) byCell.set(key(c.line, c.column), out);
  }
  const text = new Set<number>();
  for (const column of new Set(cells.map((c) => c.column))) {
    for (let r = top; r <= lastRow; r++) if (cellAt(r, column - 1)?.t === 's') text.add(key(r + 1, column));
  }
  for (const line of new Set(cells.map((c) => c.line))) {
    for (let c = 0; c < width; c++) if (cellAt(line - 1, c)?.t === 's') text.add(key(line, c + 1));
  }
  if (byCell.size === 0 && text.size === 0) return null;
  return {
    leftOut: (line, column) => byCell.get(key(line, column)) ?? null,
    sums: (line, column) => sumCells.has(key(line, column)),
    isText: (line, column) => text.has(key(line, column)),
  };
}
