/**
 * A 指标 cell naming its months without a year (`1-3月累计再就业人数`) in a row of a period ending
 * in another month (2024年5月): which the clerk meant is asked (metric-lookup's namedPeriod).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { monthRange, parsePeriodKey, type PeriodKey } from '../vocabulary/period';

/** The last month (1-12) of a period key, 0 when it is no period. */
export function lastMonth(key: PeriodKey): number {
  const p = parsePeriodKey(key);
  return p === null ? 0 : monthRange(p)[1];
}

/** The warning at the 指标 cell: its text, the row's period and the one taken (the months it names in the row's year). */
export function namedPeriodIssue(metricText: string, rowKey: PeriodKey, takenKey: PeriodKey, at: IssueAt & { line: number }): ImportIssue {
  const words = formatPeriodLabel(takenKey, 'zh').slice(rowKey.slice(0, 4).length + 1);
  const wordsEn = formatPeriodLabel(takenKey, 'en');
  return makeIssue('warning', 'period-metric-months', at,
    `第${at.line}行指标“${metricText}”写的是${words}，与该行期间${formatPeriodLabel(rowKey, 'zh')}不一致；已按指标所写记为${formatPeriodLabel(takenKey, 'zh')}，请核对`,
    `Line ${at.line}: the metric "${metricText}" names ${wordsEn}, which differs from the row's period ${formatPeriodLabel(rowKey, 'en')}; recorded as ${wordsEn} as the metric says. Please check.`);
}
