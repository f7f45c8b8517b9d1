/**
 * A column with no header whose cells are all periods (`2023年`, `2024年`; `本月`, `累计`): the
 * table's period column, its name left out where 社区 was merged over the name and period
 * columns, each community on a row per period. Named 列B, it was read as a column of words and the
 * table refused for want of a period column it had.
 */
import { periodCellsExample } from './period-looking-column';

/** How many data rows are looked at. */
const SAMPLE_ROWS = 200;

/**
 * The first cell of column `c` in `rows` from `dataStart`, when every written cell (two at least)
 * is a period written as one (not a bare number, no day or Excel serial: those are warned of where
 * a period is read, never taken here) or a 本月/累计 word; else null.
 */
export function namelessPeriodExample(rows: readonly (readonly string[])[], dataStart: number, c: number): string | null {
  return periodCellsExample(rows.slice(dataStart, dataStart + SAMPLE_ROWS).map((r) => r[c] ?? ''), 2, true);
}
