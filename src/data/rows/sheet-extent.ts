/**
 * Which cells of a sheet make its table: cells typed far to the right of it (after 256 or more
 * empty columns) or far below it (a few cells after 1,000 or more blank rows) are not part of it,
 * and hidden rows and columns that hold data are read but named, since the clerk did not see them.
 * A CSV file saved from such a sheet has its far cells left out the same way (read-rows.ts).
 */
import type * as Xlsx from '@e965/xlsx';
import type { ImportIssue } from '../report/import-report';
import { columnLetter } from '../report/import-report';
import { lineRanges, makeIssue } from '../report/make-issue';
import { isBlankRow } from './row-hygiene';

/**
 * Empty columns after which a sheet's cells are not part of its table: a cell typed far to the
 * right (XFD3, reached with Ctrl+→) would otherwise widen every row to it, and a 30,000-row sheet
 * to 490 million cells. (An old .xls sheet had 256 columns in all.)
 */
const FAR_GAP = 256;
/** Far cells a warning lists by name; the rest are counted. */
const FAR_CELLS_LISTED = 5;

/** Blank rows after which a few cells (a stray 0 typed in A60000) are not part of the table above. */
const FAR_GAP_ROWS = 1000;
/** At most this many cells below such a gap are stray; more are a table of their own, read as rows. */
const FAR_ROWS_CELLS = 20;

/** Cells left out of a sheet's table: where it ends, how far away they are, and which they are. */
export interface FarCells {
  readonly side: 'right' | 'below';
  /** The first column (right) or row index (below) of the gap: where the table ends. */
  readonly from: number;
  /** Empty columns or blank rows between the table and the first far cell. */
  readonly gap: number;
  /** Far cells, in row order: the line (lineOf its row), 0-based column, text. */
  readonly cells: readonly FarCell[];
}

export interface FarCell { readonly line: number; readonly column: number; readonly text: string }

/** Cells right of a gap of at least FAR_GAP empty columns, in rows[0..last] (null: none); `lineOf` gives a row's line. */
export function farColumns(rows: readonly string[][], last: number, width: number, lineOf: (row: number) => number): FarCells | null {
  if (width <= FAR_GAP) return null;
  const used = new Uint8Array(width);
  for (let r = 0; r <= last; r++) {
    const row = rows[r]!;
    for (let c = Math.min(row.length, width) - 1; c >= 0; c--) if (!used[c] && row[c]!.trim() !== '') used[c] = 1;
  }
  let lastUsed = -1;
  let c = 0;
  for (; c < width; c++) {
    if (!used[c]) continue;
    if (lastUsed >= 0 && c - lastUsed - 1 >= FAR_GAP) break;
    lastUsed = c;
  }
  if (c >= width) return null;
  const from = lastUsed + 1;
  const cells: FarCell[] = [];
  for (let r = 0; r <= last; r++) {
    const row = rows[r]!;
    for (let k = from; k < row.length; k++) if (row[k]!.trim() !== '') cells.push({ line: lineOf(r), column: k, text: row[k]!.trim() });
  }
  return { side: 'right', from, gap: c - from, cells };
}

/**
 * Whether cell `column` of a row lies where it would leave a table cut at `from` (a gap of
 * FAR_GAP or more empty columns after it): a row read after the cut was made with data closer
 * to the table is not cut, and the gap is looked for again on every row.
 */
export function pastGap(from: number, column: number): boolean {
  return column - from >= FAR_GAP;
}

/** Up to FAR_ROWS_CELLS cells below FAR_GAP_ROWS or more blank rows, in rows[0..last] (null: none); `lineOf` gives a row's line. */
export function farRows(rows: readonly string[][], last: number, lineOf: (row: number) => number): FarCells | null {
  let blank = 0;
  let end = -1;
  for (let r = 0; r <= last; r++) {
    if (isBlankRow(rows[r]!)) { blank++; continue; }
    if (end >= 0 && blank >= FAR_GAP_ROWS) {
      const cells: FarCell[] = [];
      for (let k = r; k <= last && cells.length <= FAR_ROWS_CELLS; k++) {
        const row = rows[k]!;
        for (let c = 0; c < row.length; c++) if (row[c]!.trim() !== '') cells.push({ line: lineOf(k), column: c, text: row[c]!.trim() });
      }
      return cells.length <= FAR_ROWS_CELLS ? { side: 'below', from: end + 1, gap: blank, cells } : null;
    }
    end = r;
    blank = 0;
  }
  return null;
}

/**
 * The warning naming the far cells left out of a sheet (`XFD3“已核对”`) or, without a sheet, of a
 * CSV file (`第3行第16384列“已核对”`).
 */
export function farCellsIssue(file: string, sheet: string | undefined, far: FarCells): ImportIssue {
  const place = (x: FarCell): string => (sheet !== undefined ? `${columnLetter(x.column + 1)}${x.line}` : `第${x.line}行第${x.column + 1}列`);
  const named = far.cells.slice(0, FAR_CELLS_LISTED).map((x) => `${place(x)}“${x.text}”`);
  const more = far.cells.length > FAR_CELLS_LISTED ? `等${far.cells.length}个单元格` : '';
  const first = far.cells[0]!;
  const where = sheet !== undefined ? `工作表“${sheet}”中` : '';
  return makeIssue('warning', 'far-cells-dropped', { file, ...(sheet !== undefined ? { sheet } : {}), line: first.line, column: first.column + 1 },
    `${where}${named.join('、')}${more}在表格${far.side === 'right' ? `右侧、隔着${far.gap}个空列` : `下方、隔着${far.gap}个空行`}，不属于表格，未导入；如是数据，请把它移到表格内后重新导入`,
    `${sheet !== undefined ? `Sheet "${sheet}": ` : ''}${far.cells.length} cell(s) ${far.gap} empty ${far.side === 'right' ? 'columns to the right of' : 'rows below'} the table (first ${sheet !== undefined ? `${columnLetter(first.column + 1)}${first.line}` : `line ${first.line}, column ${first.column + 1}`}) are not part of it; not imported. Move them into the table if they are data.`);
}

/** The hidden columns (0-based) that hold data in the sheet's rows `top`..`lastRow` (`texts` from `top`). */
export function hiddenDataColumns(ws: Xlsx.WorkSheet, texts: readonly string[][], top: number, lastRow: number, width: number): number[] {
  const colInfo = ws['!cols'] ?? [];
  const columns: number[] = [];
  for (let c = 0; c < Math.min(width, colInfo.length); c++) {
    if (!colInfo[c]?.hidden) continue;
    if (texts.some((row, k) => k <= lastRow - top && (row[c] ?? '').trim() !== '')) columns.push(c);
  }
  return columns;
}

/** The 1-based first and last lines of a sheet's autofilter (`<autoFilter ref="A2:F30">`), or null. */
export function filterLines(ws: Xlsx.WorkSheet): { first: number; last: number } | null {
  const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/i.exec(ws['!autofilter']?.ref ?? '');
  return m ? { first: Number(m[1]), last: Number(m[2] ?? m[1]) } : null;
}

/** The 1-based lines of hidden rows (by hand or by a filter) that hold data; `texts[0]` is row `top`. */
export function hiddenDataRows(ws: Xlsx.WorkSheet, texts: readonly string[][], top: number, lastRow: number): number[] {
  const rowInfo = ws['!rows'] ?? [];
  const rows: number[] = [];
  for (let r = top; r <= Math.min(lastRow, rowInfo.length - 1); r++) if (rowInfo[r]?.hidden && !isBlankRow(texts[r - top]!)) rows.push(r + 1);
  return rows;
}

/**
 * The warning naming the hidden rows and columns that hold data (`rows`: 1-based lines, hidden by
 * hand or by a filter, hiddenDataRows; `columns`: folded away, hiddenDataColumns): read as any
 * other, since a filter hides real rows, but the clerk did not see them when sending the sheet
 * (old data often sits there).
 */
export function hiddenCellsIssue(ws: Xlsx.WorkSheet, rows: readonly number[], columns: readonly number[], file: string, sheet: string): ImportIssue | null {
  if (rows.length === 0 && columns.length === 0) return null;
  // Rows an autofilter hides are a view of the table (a clerk looking at one street), not old data.
  const filter = filterLines(ws);
  if (filter !== null && columns.length === 0 && rows.every((r) => r > filter.first && r <= filter.last)) {
    return makeIssue('warning', 'hidden-cells', { file, sheet, line: rows[0]! },
      `工作表“${sheet}”设置了筛选，第${lineRanges(rows)}行被筛选隐藏，在Excel中看不到，其中的数据已照常导入（筛选只改变显示）；如这些行不应导入，请在Excel中删除后重新导入`,
      `Sheet "${sheet}" has a filter that hides rows ${lineRanges(rows)}; their data was imported (a filter only changes the view). Delete them in Excel if they should not be imported.`);
  }
  const letters = columns.slice(0, 20).map((c) => columnLetter(c + 1)).join('、') + (columns.length > 20 ? '…' : '');
  const parts = [rows.length > 0 ? `隐藏的行（第${lineRanges(rows)}行）` : '', columns.length > 0 ? `隐藏的列（${letters}列）` : ''].filter((x) => x !== '');
  // A hidden column is read as a visible one: a metric's is imported, a 上月数's is not (its own note says so), so
  // the warning says how it is read, not that it was imported.
  const read = columns.length > 0 ? ['但本工具照常读取，与看得见的行列一样处理', 'they are read and handled as visible ones'] : ['其中的数据已照常导入', 'their data was imported'];
  return makeIssue('warning', 'hidden-cells', { file, sheet, ...(rows.length > 0 ? { line: rows[0]! } : {}), ...(columns.length > 0 && rows.length === 0 ? { column: columns[0]! + 1 } : {}) },
    `工作表“${sheet}”有${parts.join('和')}，在Excel中看不到，${read[0]}；如是旧数据或草稿，请在Excel中删除后重新导入`,
    `Sheet "${sheet}" has hidden ${[rows.length > 0 ? `rows (${lineRanges(rows)})` : '', columns.length > 0 ? `columns (${letters})` : ''].filter((x) => x !== '').join(' and ')}; ${read[1]}. Delete them in Excel if they are old data.`);
}

/**
 * The index of a dense row's last cell that holds a value or a formula, or -1. A cell that holds
 * only a format (`<c r="XFD5" s="3"/>`, a stub: left by formatting whole rows) does not count:
 * padding every row to it would make a 30 KB file of formatted rows millions of empty texts.
 */
export function lastHeld(row: readonly (Xlsx.CellObject | null | undefined)[] | undefined): number {
  if (!row) return -1;
  // The keys of a sparse row (a cell at XFD only) are its few cells; walking its 16,384 places is slow.
  const keys = Object.keys(row);
  for (let k = keys.length - 1; k >= 0; k--) {
    const c = Number(keys[k]);
    const cell = row[c];
    if (cell && (cell.t !== 'z' || cell.f !== undefined)) return c;
  }
  return -1;
}

/** How many cells of a row there are up to its last written one. */
export function filledWidth(row: readonly string[]): number {
  let w = row.length;
  while (w > 0 && row[w - 1]!.trim() === '') w--;
  return w;
}
