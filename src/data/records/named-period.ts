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

/**
 * The one warning at a row's 指标 cell: its text, and each period of the row that differs (a long
 * row's, or each column's under periods across the top: `rowKeys`) with the one taken for it (the
 * months the cell names in that period's year: `takenKeys`, in the same order).
 */
export function namedPeriodIssue(metricText: string, rowKeys: readonly PeriodKey[], takenKeys: readonly PeriodKey[], at: IssueAt & { line: number }): ImportIssue {
  const first = takenKeys[0]!;
  const words = formatPeriodLabel(first, 'zh').slice(first.slice(0, 4).length + 1);
  const wordsEn = formatPeriodLabel(first, 'en');
  const labels = (keys: readonly PeriodKey[], lang: 'zh' | 'en'): string => keys.map((k) => formatPeriodLabel(k, lang)).join(lang === 'zh' ? '、' : ', ');
  const several = rowKeys.length > 1;
  return makeIssue('warning', 'period-metric-months', at,
    `第${at.line}行指标“${metricText}”写的是${words}，与该行${several ? '各列' : ''}期间${labels(rowKeys, 'zh')}不一致；已按指标所写记为${labels(takenKeys, 'zh')}，请核对`,
    `Line ${at.line}: the metric "${metricText}" names ${wordsEn}, which differs from the row's ${several ? 'column periods' : 'period'} ${labels(rowKeys, 'en')}; recorded as ${labels(takenKeys, 'en')} as the metric says. Please check.`);
}
