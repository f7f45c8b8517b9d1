/**
 * A column under a name that is no period header (`填报月份`, `报送期`) whose cells are periods
 * (`2024年3月` on every row). A table with no period of its own is refused; its error names this
 * column (file-period.ts noPeriodIssue), so the clerk is told which column to rename, not only to add one.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';

/** The column (0-based), its header and its first period as written. */
export interface PeriodLookingColumn { readonly column: number; readonly name: string; readonly first: string }

/** Cells looked at per column: enough to tell, cheap on long files. */
const CELLS_LOOKED_AT = 50;

/**
 * The first column not in `skip` whose written cells (of the first CELLS_LOOKED_AT) are all periods,
 * plain numbers left out (`45352` is as often a count as a date serial); null when there is none.
 */
export function periodLookingColumn(
  names: ReadonlyMap<number, string>, skip: ReadonlySet<number>, sampleOf: (column: number) => readonly string[],
): PeriodLookingColumn | null {
  for (const [column, name] of names) {
    if (skip.has(column)) continue;
    const cells = sampleOf(column).slice(0, CELLS_LOOKED_AT).map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0) continue;
    if (cells.every((c) => !/^[\d.]+$/.test(c) && parsePeriodLabel(c, { defaultYear: 2000 }) !== null)) return { column, name, first: cells[0]! };
  }
  return null;
}
