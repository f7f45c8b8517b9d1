/**
 * A column with no header whose cells are all periods (`2023年`, `2024年`; `本月`, `累计`): the
 * table's period column, its name left out where 社区 was merged over the name and period
 * columns, each community on a row per period. Named 列B, it was read as a column of words and the
 * table refused for want of a period column it had.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { relativeWord } from '../vocabulary/relative-period';

/** How many data rows are looked at. */
const SAMPLE_ROWS = 200;

/**
 * The first cell of column `c` in `rows` from `dataStart`, when every written cell (two at least)
 * is a period written as one (not a bare number) or a 本月/累计 word; else null.
 */
export function namelessPeriodExample(rows: readonly (readonly string[])[], dataStart: number, c: number): string | null {
  let first: string | null = null;
  let seen = 0;
  for (let r = dataStart; r < rows.length && r < dataStart + SAMPLE_ROWS; r++) {
    const cell = (rows[r]![c] ?? '').trim();
    if (cell === '') continue;
    // A bare number (2023, 2024.3) may be a count; a day or an Excel serial (45382) is warned of where a period is read, never taken here.
    const p = /^[\d.]+$/.test(cell) ? null : parsePeriodLabel(cell, { defaultYear: 2000 });
    if ((p === null || p.notes.some((n) => n.severity !== 'info')) && relativeWord(cell) === null) return null;
    first ??= cell;
    seen++;
  }
  return seen >= 2 ? first : null;
}
