/**
 * A 本月 column beside a 期间 column (MeasureColumn.month), or a long row's 指标 cell saying 本月
 * (`本月再就业人数`, MetricHit.month), in a row whose period spans several months (2025年二季度,
 * 上半年, 1-6月累计): the span's last month (lastMonthOfSpan), as under a title of that span, said
 * once per row period in the words a title's 本月 is said in.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { PeriodKey } from '../vocabulary/period';
import { lastMonthOfSpan, lastMonthWords } from '../vocabulary/relative-period';
import { isPartMetric } from '../table/header-metric';
import type { MeasureColumn } from '../table/measure-column';
import type { ReadContext } from './read-context';

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

/** The 本月 指标 texts of a long table read in one row period's last month, and the first such row's line. */
interface SaidTexts { readonly line: number; readonly names: Set<string> }

/**
 * The last month of each row period of one table (a period of the store), found once per row
 * period; and, for a long table, the 本月 指标 texts read so, for one info per row period.
 */
export class SpanMonths {
  /** By row period: its last month, or the row period itself (a month's, a year's: no span's last month). */
  private readonly months: number[] = [];
  /** By row period: the long rows' 本月 指标 texts read in its last month. */
  private readonly said: (SaidTexts | undefined)[] = [];

  /** `periodColumn`: the 期间 column's header ('' when the rows' period is in none: the title's). */
  constructor(private readonly ctx: ReadContext, private readonly periodColumn: string) {}

  /** The last month of row period `p` when it is a quarter, a half or a year to date; else `p` (also -1: no period). */
  of(p: number): number {
    if (p < 0) return p;
    let m = this.months[p];
    if (m === undefined) {
      const month = lastMonthOfSpan(this.ctx.store.periods[p]!);
      m = this.months[p] = month !== null ? this.ctx.store.periodOf(month) : p;
    }
    return m;
  }

  /**
   * The info, at the first row (`line`) of period `rowPeriod`, that its 本月 columns among `measures`
   * are read as its last month; nothing in a month's or a year's row. A 其中 part column goes with its
   * whole unsaid: the info names the columns headed 本月, as a title's does.
   */
  columns(measures: readonly MeasureColumn[], rowPeriod: number, line: number): void {
    const month = this.of(rowPeriod);
    const read = month !== rowPeriod ? measures.filter((m) => m.month === true && !isPartMetric(m.metric)) : [];
    if (read.length === 0) return;
    const keys = this.ctx.store.periods;
    this.ctx.sink.pushCapped(monthOfSpanRowIssue(read.map((m) => m.name), keys[month]!, keys[rowPeriod]!, this.periodColumn,
      { file: this.ctx.file, line, column: read[0]!.index + 1, columnName: read[0]!.name }));
  }

  /** A long row of period `p` (at `line`) whose 指标 cell `text` says 本月: its month (of), the text kept for the info. */
  text(p: number, text: string, line: number): number {
    const m = this.of(p);
    if (m !== p) {
      const said = this.said[p];
      if (said === undefined) this.said[p] = { line, names: new Set([text]) };
      else said.names.add(text);
    }
    return m;
  }

  /** One info per row period whose long rows' 本月 指标 texts were read as its last month, at its first such row's 指标 `column` (0-based). */
  report(column: number, columnName: string): void {
    const keys = this.ctx.store.periods;
    const spans = [...this.said.keys()].filter((p) => this.said[p] !== undefined).sort((a, b) => this.said[a]!.line - this.said[b]!.line);
    for (const p of spans) {
      const { line, names } = this.said[p]!;
      this.ctx.sink.pushCapped(monthOfSpanRowIssue([...names], keys[this.months[p]!]!, keys[p]!, this.periodColumn,
        { file: this.ctx.file, line, column: column + 1, columnName }));
    }
  }
}
