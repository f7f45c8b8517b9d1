/**
 * Merged cells of a workbook sheet: the ranges SheetJS reports, in the sheet's rows/cells index
 * space, and the one thing done with them once the table's header is known (fillMergedDown: a
 * street or community merged over its rows is that street or community on each of them).
 */

/** A merged range in the sheet's `rows`/cells index space (0-based, inclusive). */
export interface MergedRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Fills merged cells down: for each merged range that starts at or below row `fromRow` and spans
 * more than one row, in a column of `columns`, the top-left text is copied into the blank cells
 * below it, but for wholly blank rows. Returns the ranges filled (for the report). Horizontal merges are left as they are (a
 * merged title or group header keeps only its top-left text, as in a CSV saved by Excel).
 */
export function fillMergedDown(
  rows: string[][], merges: readonly MergedRange[], fromRow: number, columns: ReadonlySet<number>,
): MergedRange[] {
  const filled: MergedRange[] = [];
  // A wholly blank row under a merged cell (a gap between a street's communities) stays blank: filled,
  // it would be a row naming only its street. Found before any fill, for rows under a merge only.
  const blank = new Set<number>();
  for (const m of merges) {
    if (m.top < fromRow || m.bottom === m.top) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) if (rows[r]?.every((c) => c.trim() === '') === true) blank.add(r);
  }
  for (const m of merges) {
    if (m.top < fromRow || m.bottom === m.top) continue;
    let any = false;
    for (let c = m.left; c <= m.right; c++) {
      if (!columns.has(c)) continue;
      const text = rows[m.top]?.[c] ?? '';
      if (text.trim() === '') continue;
      for (let r = m.top + 1; r <= m.bottom; r++) {
        const row = rows[r];
        if (row && !blank.has(r) && (row[c] ?? '').trim() === '') { row[c] = text; any = true; }
      }
    }
    if (any) filled.push(m);
  }
  return filled;
}
