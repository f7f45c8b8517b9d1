/**
 * Periods a report names relative to its own (`本月 | 累计`): the words for this period's value and
 * for the year to date, and the year-to-date period through a given one. A one-community vertical
 * form has them as columns (项目 | 本月 | 累计); a wide table as a second header row under each metric
 * (再就业人数 over 本月 | 1-3月累计).
 */
import { formatPeriodKey, makePeriod, monthRange, parsePeriodKey, type PeriodKey } from './period';

/** This period's value. */
export const CURRENT_WORDS = /^(本月|本期|当月|本月数|本期数|当期|本月完成|本期完成|数值|数量|本月实际|实际)$/;
/** The year to date. */
export const CUMULATIVE_WORDS = /^(累计|本年累计|年累计|累计数|本年累计数|累计完成|1-\d{1,2}月累计)$/;

/** The year-to-date period through the end of `key` (`2024-03` → `2024-C03`), or null for a whole year. */
export function cumulativeThrough(key: PeriodKey): PeriodKey | null {
  const p = parsePeriodKey(key);
  if (!p || p.granularity === 'Y') return null;
  if (p.granularity === 'C') return key;
  const [, last] = monthRange(p);
  return formatPeriodKey(makePeriod(p.year, 'C', last));
}
