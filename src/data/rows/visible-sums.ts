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

/** A call that sums: SUM (kind 1), or SUBTOTAL's function 9 (filtered rows left out) or 109 (every hidden row left out). */
const SUM_CALL = /(?<![\w.$])(?:SUM\(|SUBTOTAL\(\s*(9|109)\s*,)/gi;
/** A function's name before its parenthesis (ROUND, INT, TRUNC…), once the sum calls are taken out. */
const FUNCTION_NAME = /[A-Z_][\w.]*\s*\(/gi;
/** What is left of a formula naming a cell or range (B2, $B$2, '3月'!B2, a defined name) besides its sum calls. */
const REFERENCE = /[A-Z$'!\u4e00-\u9fff]/i;

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

/**
 * The kind of sum a cell's formula is (1, 9, 109), or 0 (asked only of cells with a formula): a
 * formula whose every cell it reads is inside a sum call of that kind, in whatever else wraps or
 * joins them (`SUM(B2:B4)`, `ROUND(SUM(B2:B4),0)`, `INT(SUBTOTAL(9,B2:B4))`, `+SUM(B2:B3)+SUM(B4:B5)`).
 * A cell the formula reads outside one (`B2+B3+B4`, `SUM(B3:B4)+B2`) is added even if it is text
 * (Excel turns text into a number for +), so such a formula is no sum that leaves text out.
 */
export function subtotalFunction(formula: string): 0 | SumKind {
  const f = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const kinds = new Set<SumKind>();
  let rest = '';
  let at = 0;
  for (const m of f.matchAll(SUM_CALL)) {
    if (m.index < at) continue;
    rest += f.slice(at, m.index);
    let depth = 1;
    let k = m.index + m[0].length;
    for (; k < f.length && depth > 0; k++) depth += f[k] === '(' ? 1 : f[k] === ')' ? -1 : 0;
    if (depth > 0) return 0;
    kinds.add(m[1] === undefined ? 1 : m[1] === '9' ? 9 : 109);
    at = k;
  }
  rest += f.slice(at);
  const [kind] = kinds;
  return kinds.size === 1 && kind !== undefined && !REFERENCE.test(rest.replace(FUNCTION_NAME, '(')) ? kind : 0;
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
