/**
 * Columns whose cells are periods whatever their header says: a column under a name that is no
 * period header (`填报月份`, `报送期`) holding `2024年3月` on every row, named in the error of a table
 * refused for want of a period (file-period.ts noPeriodIssue), so the clerk is told which column to
 * rename; and a column with no header at all (nameless-column.ts), taken as the period column.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { relativeWord } from '../vocabulary/relative-period';

/** The column (0-based), its header and its first period as written. */
export interface PeriodLookingColumn { readonly column: number; readonly name: string; readonly first: string }

/** Cells looked at per column: enough to tell, cheap on long files. */
const CELLS_LOOKED_AT = 50;

/**
 * The first written cell of `cells` when at least `least` are written and every written one is a
 * period written as one, plain numbers left out (`2024`, `45352` are as often counts as periods or
 * date serials); `strict`: a period read with a warning (a day, a guessed year) does not count, and
 * a 本月/累计 word does. Else null.
 */
export function periodCellsExample(cells: Iterable<string>, least: number, strict: boolean): string | null {
  let first: string | null = null;
  let seen = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (cell === '') continue;
    const p = /^[\d.]+$/.test(cell) ? null : parsePeriodLabel(cell, { defaultYear: 2000 });
    const period = p !== null && (!strict || !p.notes.some((n) => n.severity !== 'info'));
    if (!period && !(strict && relativeWord(cell) !== null)) return null;
    first ??= cell;
    seen++;
  }
  return seen >= least ? first : null;
}

/** The first column not in `skip` whose written cells (of the first CELLS_LOOKED_AT) are all periods; null when there is none. */
export function periodLookingColumn(
  names: ReadonlyMap<number, string>, skip: ReadonlySet<number>, sampleOf: (column: number) => readonly string[],
): PeriodLookingColumn | null {
  for (const [column, name] of names) {
    if (skip.has(column)) continue;
    const first = periodCellsExample(sampleOf(column).slice(0, CELLS_LOOKED_AT), 1, false);
    if (first !== null) return { column, name, first };
  }
  return null;
}
