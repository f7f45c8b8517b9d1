/**
 * A one-community form's item written as its metric's year to date (`再就业人数（累计）`, `累计走访户数`):
 * its 本月 cell (or a month's across) is the year to date through that month, as a wide table's 累计
 * column is; its 本年累计 cell says the same year to date, so it is read only when the 本月 cell is
 * blank, and warned about, not imported, when it says another number.
 */
import { parseValue } from '../cells/parse-value';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import type { ImportIssue } from '../report/import-report';
import type { VerticalForm } from '../table/vertical-form';

/** What toDateCell needs of the row: the form, its cells, its line and item as written. */
export interface ToDateRow {
  readonly form: VerticalForm;
  /**
   * The column whose year to date the 累计 column says (the 本月 column; with months across, the
   * month it runs through: 3月 beside 1-3月累计), -1 for none.
   */
  readonly current: number;
  readonly cell: (column: number) => string;
  readonly line: number;
  readonly item: string;
  readonly file: string;
  readonly sink: IssueSink;
  /** The months the item names (`1-3月累计再就业人数`: 2024年1-3月累计), its cells read in them; none for a year to date (`再就业人数（累计）`). */
  readonly named?: { readonly zh: string; readonly en: string };
}

/**
 * The period (store index) the cell of `column` of a year-to-date item is read in, or -1 for none:
 * `toDatePeriod`, the year to date through the column's period (toDateThrough); none for the 累计
 * cell beside a written 本月 cell, nor for a blank 本月 cell beside a written 累计 cell.
 */
export function toDateCell(column: number, toDatePeriod: number, row: ToDateRow): number {
  const { form, cell, current } = row;
  const written = (c: number): boolean => c >= 0 && cell(c) !== '';
  if (column === form.cumulative) {
    if (!written(current)) return toDatePeriod;
    if (written(column) && differs(cell(column), cell(current))) row.sink.push(differsIssue(row, column));
    return -1;
  }
  if (column === current && !written(column) && written(form.cumulative)) return -1;
  return toDatePeriod;
}

/** Two cells' numbers differ (either no number: differs). */
function differs(a: string, b: string): boolean {
  const x = parseValue(a).value;
  const y = parseValue(b).value;
  return !(Number.isFinite(x) && x === y);
}

function differsIssue(row: ToDateRow, column: number): ImportIssue {
  const { form, cell, line, item, file, current } = row;
  const cur = form.names.get(current) ?? '';
  const cum = form.names.get(column) ?? '';
  const { named } = row;
  const what = named !== undefined ? `${named.zh}的数` : '累计数';
  const taken = named !== undefined ? `记为${named.zh}` : '记为年初至本月的累计';
  return makeIssue('warning', 'vertical-to-date-differs', { file, line, column: column + 1, columnName: cum },
    `第${line}行“${item}”是${what}，已按“${cur}”列的${cell(current)}${taken}；“${cum}”列却填${cell(column)}，无法判断哪个是${what}，该格未导入，请核对`,
    `Line ${line}: "${item}" is ${named !== undefined ? `for ${named.en}` : 'a year to date'}, read from the "${cur}" column (${cell(current)}); the "${cum}" column says ${cell(column)}: not imported, please check.`);
}

/**
 * Info at line `at.line`'s item `item`: its values repeat those of line `sameLine` (`sameText`),
 * read once. `oneItem`: the two rows are one item written twice (再就业人数 and 再就业人数（本月）,
 * code vertical-item-same); else one year to date (再就业人数's 本年累计 cell and 再就业人数（累计）,
 * vertical-to-date-same, `sameText` the metric's name).
 */
export function sameValueIssue(oneItem: boolean, at: IssueAt & { line: number }, item: string, sameLine: number, sameText: string): ImportIssue {
  const { line } = at;
  return oneItem
    ? makeIssue('info', 'vertical-item-same', at,
      `第${line}行“${item}”与第${sameLine}行“${sameText}”是同一指标的同一期间，数值相同，按同一个数导入一次`,
      `Line ${line}: "${item}" is the same metric and period as "${sameText}" on line ${sameLine}, with the same values; imported once.`)
    : makeIssue('info', 'vertical-to-date-same', at,
      `第${line}行“${item}”的累计数与第${sameLine}行“${sameText}”的累计数相同，按同一个数导入一次`,
      `Line ${line}: "${item}" repeats the year to date of line ${sameLine}; imported once.`);
}
