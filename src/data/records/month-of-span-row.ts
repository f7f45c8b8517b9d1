/**
 * A 本月 column beside a 期间 column (MeasureColumn.month), or a 指标 cell saying 本月
 * (`本月再就业人数`, MetricHit.month) in a long row, a wide row (periods across the top) or a
 * transposed table's row, in a row or column whose period spans several months (2025年二季度, 上半年,
 * 1-6月累计): the span's last month (lastMonthOfSpan), as under a title of that span, said once per
 * such period in the words a title's 本月 is said in.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { PeriodKey } from '../vocabulary/period';
import { lastMonthOfSpan, lastMonthWords } from '../vocabulary/relative-period';
import { isPartMetric } from '../table/header-metric';
import { relativeWord } from '../vocabulary/relative-period';
import type { MeasureColumn } from '../table/measure-column';
import type { ReadContext } from './read-context';

/** Columns a note lists by name; more are counted. */
const LISTED = 6;

/**
 * The info at the first row of period `span` whose 本月 columns or 指标 cells (`names`, `items`) were
 * read as `month`, its last month; `periodColumn`: the 期间 column's header ('' when the rows' period
 * is in none), or null when `span` is a column's, named by its header (a wide table's periods across the top).
 */
function monthOfSpanRowIssue(
  names: readonly string[], items: boolean, month: PeriodKey, span: PeriodKey, periodColumn: string | null, at: IssueAt & { line: number },
): ImportIssue {
  const spanZh = formatPeriodLabel(span, 'zh');
  const listed = names.slice(0, LISTED).map((n) => lastMonthWords(n, month, span)).join('，');
  const what = items ? '指标' : '列';
  const from = periodColumn === null ? `本月${what}按各列的期间（取自列名：${spanZh}）` : `本月${what}按各行的期间（${periodColumn !== '' ? `取自“${periodColumn}”列：` : ''}${spanZh}）`;
  const unit = items ? 'item' : 'column';
  return makeIssue('info', 'period-relative-row-month', at,
    `${from}读取：${listed}${names.length > LISTED ? `等${names.length}${items ? '个指标' : '列'}` : ''}导入`,
    `本月 ${items ? 'items' : 'columns'} in ${periodColumn === null ? 'columns' : 'rows'} of ${formatPeriodLabel(span, 'en')} are read as its last month, ${formatPeriodLabel(month, 'en')} (${names.length} ${unit}${names.length > 1 ? 's' : ''}).`);
}

/** The 本月 指标 texts read in one period's last month, the first such row's line, and whether the period is a column's (its header's). */
interface SaidTexts { readonly line: number; readonly names: Set<string>; readonly column: boolean }

/**
 * The last month of each row period of one table (a period of the store), found once per row
 * period; and, for a long table, the 本月 指标 texts read so, for one info per row period.
 */
export class SpanMonths {
  /** By row period: its last month, or the row period itself (a month's, a year's: no span's last month). */
  private readonly months: number[] = [];
  /** By row period (or column period): the rows' 本月 指标 texts read in its last month. */
  private readonly said: (SaidTexts | undefined)[] = [];
  /** Wide rows whose 指标 cell says 本月: by row period + 1, each column's period (across), found once each. */
  private readonly acrossByRow: (Int32Array | undefined)[] = [];
  /** Wide rows whose 指标 cell says 本月: by row period + 1, the texts said already. */
  private readonly acrossSaid: (Set<string> | undefined)[] = [];
  /** Wide: the columns headed 本月, 本期 or 累计, whose own word gives their period whatever a 指标 cell says; found on first use. */
  private ownWord: boolean[] | null = null;
  /** The row period and text of the last call to text (a long table's rows of one item and period in a row: kept once). */
  private lastPeriod = -1;
  private lastText = '';

  /**
   * `periodColumn`: the 期间 column's header ('' when the rows' period is in none: the title's);
   * `measures`: a wide table's value columns (across).
   */
  constructor(private readonly ctx: ReadContext, private readonly periodColumn: string, private readonly measures: readonly MeasureColumn[] = []) {}

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
    this.ctx.sink.pushCapped(monthOfSpanRowIssue(read.map((m) => m.name), false, keys[month]!, keys[rowPeriod]!, this.periodColumn,
      { file: this.ctx.file, line, column: read[0]!.index + 1, columnName: read[0]!.name }));
  }

  /**
   * A long or transposed row of period `p` (at `line`) whose 指标 cell `text` says 本月: its month
   * (of), the text kept for the info (once, whatever rows after it say the same); `column`: `p` is a
   * column's, named by its header.
   */
  text(p: number, text: string, line: number, column = false): number {
    const m = this.of(p);
    if (p === this.lastPeriod && text === this.lastText) return m;
    this.lastPeriod = p;
    this.lastText = text;
    if (m !== p) {
      const said = this.said[p];
      if (said === undefined) this.said[p] = { line, names: new Set([text]), column };
      else said.names.add(text);
    }
    return m;
  }

  /**
   * A wide row of period `rowPeriod` (at `line`) whose 指标 cell `text` says 本月, its columns' own
   * periods `own` (periods across, or the row's): each column's, in its last month when it is a
   * quarter's, a half's or a year to date's, except a column headed 本月, 本期 or 累计 (its own word
   * says its period). Found once per row period; the text kept for the info under each period so
   * read unless `part` (a 其中 row goes with its whole, unsaid).
   */
  across(own: Int32Array, rowPeriod: number, text: string, line: number, part: boolean): Int32Array {
    let months = this.acrossByRow[rowPeriod + 1];
    if (months === undefined) {
      const ownWord = this.ownWord ??= this.measures.map((m) => relativeWord(m.name) !== null);
      months = this.acrossByRow[rowPeriod + 1] = Int32Array.from(own, (p, k) => (ownWord[k] ? p : this.of(p)));
    }
    const said = this.acrossSaid[rowPeriod + 1] ??= new Set();
    if (!part && !said.has(text)) {
      said.add(text);
      for (let k = 0; k < own.length; k++) if (months[k] !== own[k]) this.text(own[k]!, text, line, this.measures[k]!.period !== undefined);
    }
    return months;
  }

  /** One info per row (or column) period whose rows' 本月 指标 texts were read as its last month, at its first such row's 指标 `column` (0-based). */
  report(column: number, columnName: string): void {
    const keys = this.ctx.store.periods;
    const spans = [...this.said.keys()].filter((p) => this.said[p] !== undefined).sort((a, b) => this.said[a]!.line - this.said[b]!.line);
    for (const p of spans) {
      const { line, names, column: across } = this.said[p]!;
      this.ctx.sink.pushCapped(monthOfSpanRowIssue([...names], true, keys[this.months[p]!]!, keys[p]!, across ? null : this.periodColumn,
        { file: this.ctx.file, line, column: column + 1, columnName }));
    }
  }
}
