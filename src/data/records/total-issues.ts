/**
 * What the check of totals (records/subtotal-check.ts) says of a 合计 compared with its rows: a
 * mismatch, with the note on numbers stored as text when there is one, or a group's 合计.
 */
import type { ImportIssue } from '../report/import-report';
import { lineRanges, makeIssue, type IssueAt } from '../report/make-issue';
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

/**
 * The warning that the total `value` above its rows at `at` (a street's row or a 小计/合计 written
 * above them: `row`, `rowEn` name it, `its` the street's rows) is not `miss.expected`, their sum.
 */
export function headingMismatch(
  at: IssueAt & { line: number }, row: string, rowEn: string, its: string, metric: MetricDef, value: number,
  miss: SubtotalMismatch, note: TextNumbersNote | null,
): ImportIssue {
  return makeIssue('warning', 'subtotal-mismatch', at,
    `第${at.line}行${row}${metric.zh}为${value}，但其下${its}的${miss.rows}行（自第${miss.firstLine}行起）之和为${miss.expected}${note?.zh ?? '，请核对'}`,
    `Line ${at.line}: ${rowEn} has ${metric.en} ${value}, but ${its !== '' ? 'its' : 'the'} ${miss.rows} rows below sum to ${miss.expected}${note?.en ?? '.'}`);
}

/**
 * What a SUBTOTAL formula at `at` summing only the rows in view (`hidden` left out) says: it agrees
 * (an info), or with `miss`, that its `value` is not the visible rows' sum (a warning).
 */
export function visibleRowsIssue(
  at: IssueAt & { line: number }, label: string, hidden: readonly number[],
  miss?: { metric: MetricDef; value: number; rows: number; expected: number; note: TextNumbersNote | null },
): ImportIssue {
  if (miss === undefined) {
    return makeIssue('info', 'subtotal-visible-rows', at,
      `第${at.line}行“${label}”是SUBTOTAL公式，只合计筛选后看得见的行，不含被隐藏的第${lineRanges(hidden)}行；已按看得见的行核对，相符。被隐藏的行已照常导入`,
      `Line ${at.line}: "${label}" is a SUBTOTAL formula summing only the rows in view, not hidden lines ${lineRanges(hidden)}; checked against the visible rows, it agrees. The hidden rows were imported.`);
  }
  const { metric, value, rows, expected, note } = miss;
  return makeIssue('warning', 'subtotal-mismatch', at,
    `第${at.line}行“${label}”的${metric.zh}为${value}，是SUBTOTAL公式，只合计看得见的行（被隐藏的第${lineRanges(hidden)}行不计），但看得见的${rows}行之和为${expected}${note?.zh ?? '，请核对'}`,
    `Line ${at.line}: "${label}" ${metric.en} is ${value}, a SUBTOTAL of the rows in view (hidden lines ${lineRanges(hidden)} left out), but the ${rows} visible rows sum to ${expected}${note?.en ?? '.'}`);
}

/** The row that ends the rows a heading or a 小计 above them covers (its line and label; label '' when unknown). */
export interface RowsEnd { readonly line: number; readonly label: string }

/**
 * The warning that the total above its rows at `at` (named by `row`, `rowEn`; `its` the street's
 * rows, '' for a 小计) has no row below it, up to `until` (none: the table's end), to check it with.
 */
export function headingUnchecked(
  at: IssueAt & { line: number }, row: string, rowEn: string, its: string, metric: MetricDef, value: number, until?: RowsEnd,
): ImportIssue {
  const [where, missed] = its !== '' ? [`其下${its}`, `漏了${its}各社区的数据`]
    : [until === undefined ? '从它到表格末尾' : `从它到第${until.line}行${until.label !== '' ? `“${until.label}”` : ''}之间`, '漏填了数据'];
  const whereEn = its !== '' || until === undefined ? 'below it' : `before line ${until.line}`;
  return makeIssue('warning', 'subtotal-unchecked', at,
    `第${at.line}行${row}${metric.zh}为${value}，但${where}没有一行写了这一指标这一期的数值，无法核对：请核对是否${missed}，或删去这个数`,
    `Line ${at.line}: ${rowEn} has ${metric.en} ${value}, but none of its rows ${whereEn} has this metric in this period to check it with.`);
}
