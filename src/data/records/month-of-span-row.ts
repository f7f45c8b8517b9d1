/**
 * A 本月 column beside a 期间 column (MeasureColumn.month) in a row whose period spans several
 * months (2025年二季度, 上半年, 1-6月累计): the span's last month (lastMonthOfSpan), as under a
 * title of that span, said once per row period in the words a title's 本月 is said in.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { PeriodKey } from '../vocabulary/period';
import { lastMonthWords } from '../vocabulary/relative-period';

/** Columns a note lists by name; more are counted. */
const LISTED = 6;

/**
 * The info at the first row of period `span` whose 本月 columns (`names`) were read as `month`, its
 * last month; `periodColumn`: the 期间 column's header ('' when the rows' period is in none).
 */
export function monthOfSpanRowIssue(
  names: readonly string[], month: PeriodKey, span: PeriodKey, periodColumn: string, at: IssueAt & { line: number },
): ImportIssue {
  const spanZh = formatPeriodLabel(span, 'zh');
  const listed = names.slice(0, LISTED).map((n) => lastMonthWords(n, month, span)).join('，');
  return makeIssue('info', 'period-relative-row-month', at,
    `本月列按各行的期间（${periodColumn !== '' ? `取自“${periodColumn}”列：` : ''}${spanZh}）读取：${listed}${names.length > LISTED ? `等${names.length}列` : ''}导入`,
    `本月 columns in rows of ${formatPeriodLabel(span, 'en')} are read as its last month, ${formatPeriodLabel(month, 'en')} (${names.length} column${names.length > 1 ? 's' : ''}).`);
}
