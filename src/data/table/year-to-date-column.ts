/**
 * A 累计 column across the top beside period columns: the total of the columns before it
 * (`1月 | 2月 | 3月 | 1-3月累计`, checked against them), or the year to date's own value when a
 * month it covers has no column here (`3月 | 1-3月累计`, `2月 | 3月 | 累计`: 1月 is not there to sum).
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { formatPeriodKey, monthsOf, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { cumulativeThrough } from '../vocabulary/relative-period';

/**
 * The year-to-date period a 累计 header `name` holds on its own (`1-3月累计` → `2024-C03`; a bare
 * `累计` through the last period before it), or null when the period columns `all` cover every
 * month of it (it is then their total) or it names no year to date. `year` is the table's.
 */
export function ownYearToDate(name: string, before: readonly PeriodKey[], all: readonly PeriodKey[], year: number): PeriodKey | null {
  const own = parsePeriodLabel(name.replace(/\s+/g, ''), { defaultYear: year });
  const last = before[before.length - 1];
  const key = own !== null && own.cumulative ? formatPeriodKey(own.period) : last !== undefined ? cumulativeThrough(last) : null;
  const p = key !== null ? parsePeriodKey(key) : null;
  if (key === null || p === null || p.granularity !== 'C') return null;
  const covered = new Set<PeriodKey>();
  for (const k of all) {
    const q = parsePeriodKey(k);
    if (q !== null && q.granularity !== 'C') for (const m of monthsOf(q)) covered.add(m);
  }
  return monthsOf(p).every((m) => covered.has(m)) ? null : key;
}
