/**
 * What the check of totals (records/subtotal-check.ts) says of a 合计 compared with its rows: a
 * mismatch, with the note on numbers stored as text when there is one, or a group's 合计.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { TextNumbersNote } from './text-numbers-note';

export interface SubtotalMismatch {
  readonly expected: number;
  readonly rows: number;
  readonly firstLine: number;
  /**
   * A 合计 not all the rows' sum but exactly the sum of the rows since the 合计 before it (line
   * `after`), or since the street heading that began their block (`fromHeading`): its group's (合计
   * under each group or street, 总计 under all), not a mismatch.
   */
  readonly group?: { readonly after: number; readonly fromHeading: boolean; readonly rows: number; readonly firstLine: number; readonly lastLine: number };
}

/** The warning that the total `value` of `label` at `at` is not `miss.expected`, the sum of the rows it covers. */
export function totalMismatch(
  at: IssueAt & { line: number }, label: string, metric: MetricDef, value: number, miss: SubtotalMismatch, note: TextNumbersNote | null,
): ImportIssue {
  return makeIssue('warning', 'subtotal-mismatch', at,
    `第${at.line}行“${label}”的${metric.zh}为${value}，但其覆盖的${miss.rows}行（自第${miss.firstLine}行起）之和为${miss.expected}${note?.zh ?? '，请核对'}`,
    `Line ${at.line}: "${label}" ${metric.en} is ${value} but the ${miss.rows} rows it covers sum to ${miss.expected}${note?.en ?? '.'}`);
}

/** The info that the 合计 at `at`, not all the rows' sum (`miss`), is its group's (`g`). */
export function groupTotalIssue(
  at: IssueAt & { line: number }, label: string, metric: MetricDef, value: number,
  miss: SubtotalMismatch, g: NonNullable<SubtotalMismatch['group']>,
): ImportIssue {
  const rows = g.lastLine > g.firstLine ? `${g.firstLine}-${g.lastLine}` : `${g.firstLine}`;
  return makeIssue('info', 'subtotal-group-total', at,
    `第${at.line}行“${label}”的${metric.zh}为${value}，是${g.fromHeading ? `第${g.after}行街道行` : `上一个合计行（第${g.after}行）`}之后第${rows}行之和，已按这一组的合计核对，相符（如它应是全表的合计：全表自第${miss.firstLine}行起${miss.rows}行，各行之和为${miss.expected}）；此后这样的合计行同样核对`,
    `Line ${at.line}: "${label}" ${metric.en} is ${value}, the sum of lines ${rows} after the ${g.fromHeading ? 'street row' : 'total'} on line ${g.after}: checked as that group's total, it agrees (all ${miss.rows} rows sum to ${miss.expected}).`);
}
