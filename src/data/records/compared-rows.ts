/**
 * Rows whose 指标 cell compares with another period (`上年同期再就业人数`, `再就业人数（上年同期）`,
 * `再就业人数同比`; periodWordsOf's comparison): no value of the table's period, so not imported,
 * and said once per text with its lines, in a long table, a wide one with periods across, a
 * one-community form and a transposed table alike. A 其中 row under one goes with it.
 */
import type { ImportIssue } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue, type IssueAt } from '../report/make-issue';

/** Why such a row is not imported (the row's disposition, `subtotal`). */
export const COMPARED_REASON = '指标是与其他期间的比较';

/** Lines of one comparing 指标 text listed in its note (the rest are counted in the report's rows). */
const LINES_KEPT = 200;

/** The lines of each comparing 指标 text of one table, said at its end (report). */
export class ComparedRows {
  private readonly lines = new Map<string, number[]>();
  /** The text of the last comparing row, whose lines a 其中 row under it joins. */
  private last = '';
  /** take: the last item taken was one comparing (a 其中 row under it goes with it). */
  private comparing = false;

  /**
   * Whether the item at `line` (a form's or a transposed table's, in order) compares: its 指标 cell
   * `text` does (`comparison`: periodWordsOf's), or it is a part (`isPart`, asked only then) right
   * under one that does. Such a row is added; any other ends the run.
   */
  take(line: number, text: string, comparison: boolean, isPart: (text: string) => boolean): boolean {
    if (!comparison && !(this.comparing && isPart(text))) return (this.comparing = false);
    this.add(line, comparison ? text : undefined);
    return (this.comparing = true);
  }

  /** A row at `line` whose 指标 cell `text` compares (or, with `text` undefined, a 其中 row under the last one). */
  add(line: number, text = this.last): void {
    this.last = text;
    let lines = this.lines.get(text);
    if (lines === undefined) this.lines.set(text, (lines = []));
    if (lines.length < LINES_KEPT) lines.push(line);
  }

  /** One info per comparing text, at its first line in the 指标 column `at`. */
  report(sink: IssueSink, at: Omit<IssueAt, 'line'>): void {
    for (const [text, lines] of this.lines) sink.push(comparisonRowsIssue(text, lines, at));
  }
}

/** The note for rows whose 指标 cell compares with another period: not imported, with their lines. */
function comparisonRowsIssue(text: string, lines: readonly number[], at: Omit<IssueAt, 'line'>): ImportIssue {
  const where = lineRanges(lines);
  return makeIssue('info', 'comparison-metric-rows', { ...at, line: lines[0]! },
    `第${where}行的指标“${text}”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）`,
    `Lines ${where}: the metric "${text}" compares with another period; not a value of this period, not imported.`);
}
