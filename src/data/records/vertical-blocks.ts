/**
 * A one-community form's header written again under its items: the same header (`项目 | 本月`, a
 * printed page's) goes on with this period; one naming another period's figures (`项目 | 上月`,
 * `项目 | 上月数`, or `项目 | 数值` under a title row `上月`) starts a block of that period's items,
 * the form's 上月 column written below instead of beside. As that column is (vertical-form.ts), the
 * block is set aside with the comparison-column info: the tool compares periods from each period's
 * own report, and figures copied from last month's would conflict with it when it is imported.
 * Before, the header was read as an item 项目 valued 上月 and the block's values as this period's,
 * blocking the import as conflicting with the first block's.
 *
 * The header again under a title naming a month (`2024年2月`, `2月` in the form's year), or naming
 * another month itself (`项目 | 2月` under `项目 | 3月`), starts that month's block: a month's form stacked under another's (a clerk keeping a quarter's months on one
 * sheet), its 本月 that month's, not the form's 上月 comparison; its rows are read in that month (`key`).
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { repeatedHeaderIssue } from './repeated-rows';
import { COMPARISON_WORDS, previousWordOf } from '../vocabulary/relative-period';
import type { VerticalForm } from '../table/vertical-form';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { formatPeriodKey, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

const compact = (s: string): string => s.replace(/\s+/g, '');
/** A header cell or a title naming another period's figures: a comparison (上月, 上月数), or a sheet's name for one (上月情况). */
const anotherPeriod = (t: string): boolean => COMPARISON_WORDS.test(t) || previousWordOf(t, true) !== null;

export class VerticalBlocks {
  /** The comparing block being read: its header's line and what it names, with its rows' lines; null outside one. */
  private block: { line: number; name: string; lines: number[] } | null = null;
  /** A title row naming another period (`上月` alone) right above: the header under it starts its block. */
  private title: { line: number; name: string } | null = null;
  private readonly metricName: string;
  /** A title row naming a month (`2024年2月` alone) right above: the header under it starts that month's block. */
  private dated: { line: number; name: string; key: PeriodKey } | null = null;
  /** The month's block being read (under a title naming another month than the form's), with its rows' lines. */
  private datedBlock: { line: number; name: string; lines: number[] } | null = null;
  /** The month the rows being read are in: the form's, or that of the month's block they are in. */
  key: PeriodKey | undefined;

  constructor(private readonly form: VerticalForm, private readonly value: (cells: readonly string[]) => readonly string[]) {
    this.metricName = compact(form.names.get(form.metric) ?? '');
    this.key = form.currentKey;
  }

  /** The month a title row names (`2024年2月`, `2月` in the form's year), when the form is of one month and reads no months across. */
  private monthTitle(text: string): PeriodKey | null {
    const own = this.form.currentKey !== undefined ? parsePeriodKey(this.form.currentKey) : null;
    if (own === null || own.granularity !== 'M' || this.form.months !== undefined) return null;
    const p = parsePeriodLabel(text, { defaultYear: own.year });
    return p !== null && !p.cumulative && p.period.granularity === 'M' ? formatPeriodKey(p.period) : null;
  }

  /**
   * What row `cells` at `line` is: `header` (the header again: not an item), `title` (a heading
   * naming another period, `上月情况`, with no values), `month` (a title naming a month, `2024年2月`, with
   * no values: its block's note names it), `compared` (an item of a block of another
   * period's figures), or null (an item of this period).
   * `metricText` is its 指标 cell; blank rows are not asked.
   */
  row(cells: readonly string[], line: number, metricText: string, sink: IssueSink, file: string): 'header' | 'title' | 'month' | 'compared' | null {
    const values = this.value(cells);
    const words = values.every((t) => t === '' || Number.isNaN(parseValue(t).value));
    const metric = compact(metricText);
    if (words && metric === this.metricName && this.metricName !== '') {
      const named = compact(values[0] ?? '');
      const title = this.title;
      const dated = this.dated;
      this.title = null;
      this.dated = null;
      this.end(sink, file);
      if (anotherPeriod(named)) this.block = { line, name: named, lines: [] };
      else if (title !== null) this.block = { line: title.line, name: title.name, lines: [] };
      else {
        // Under a title naming a month (`2024年2月`), or naming another month itself (`项目 | 2月` under `项目 | 3月`): that month's block.
        const key = dated?.key ?? this.monthTitle(named);
        if (key !== null && (dated !== null || key !== this.key)) this.startMonth(key, dated ?? { line, name: named }, sink, file);
        // As a table's header again is said (repeated-rows.ts): the rows under it go on as this period's.
        else sink.push(repeatedHeaderIssue(file, line, line));
      }
      return 'header';
    }
    // `上月`, `上月情况` alone over the header: a heading, its block starts under it.
    const blank = values.every((t) => t === '');
    this.title = blank && anotherPeriod(metric) ? { line, name: metric } : null;
    if (this.title !== null) { this.end(sink, file); return 'title'; }
    // `2024年2月` alone: a heading, if the header follows it.
    const month = blank && metric !== '' ? this.monthTitle(metric) : null;
    this.dated = month !== null ? { line, name: metric, key: month } : null;
    if (this.dated !== null) return 'month';
    if (this.block === null) {
      this.datedBlock?.lines.push(line);
      return null;
    }
    this.block.lines.push(line);
    return 'compared';
  }

  /** A month's block begins (its title's or header's line and text): the block before it is said. */
  private startMonth(key: PeriodKey, at: { line: number; name: string }, sink: IssueSink, file: string): void {
    this.endDated(sink, file);
    this.key = key;
    if (key !== this.form.currentKey) this.datedBlock = { line: at.line, name: at.name, lines: [] };
  }

  /** The table ends: the block being read is said. */
  finish(sink: IssueSink, file: string): void {
    this.end(sink, file);
    this.endDated(sink, file);
  }

  /** The month's block being read ends (another month's title and header, or the table's end): said with its lines. */
  private endDated(sink: IssueSink, file: string): void {
    const b = this.datedBlock;
    this.datedBlock = null;
    if (b === null || b.lines.length === 0 || this.key === undefined) return;
    const where = lineRanges(b.lines);
    sink.push(makeIssue('info', 'vertical-dated-block', { file, line: b.line, columnName: b.name },
      `第${b.line}行“${b.name}”下的一块（第${where}行）按${formatPeriodLabel(this.key, 'zh')}读取，本表其余各行为${formatPeriodLabel(this.form.currentKey!, 'zh')}`,
      `The block under "${b.name}" on line ${b.line} (lines ${where}) is read as ${formatPeriodLabel(this.key, 'en')}; the form's other rows are ${formatPeriodLabel(this.form.currentKey!, 'en')}.`));
  }

  /** The block being read ends (another header, or the table's end): said with its lines. */
  private end(sink: IssueSink, file: string): void {
    const b = this.block;
    this.block = null;
    if (b === null) return;
    if (b.lines.length === 0) return;
    const where = lineRanges(b.lines);
    sink.push(makeIssue('info', 'comparison-column', { file, line: b.line, column: this.form.current + 1, columnName: b.name },
      `第${b.line}行起的“${b.name}”（第${where}行）是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上一期，请一并导入那一期的报表）`,
      `From line ${b.line}, "${b.name}" (lines ${where}) compares with another period; not a value of this period, not imported.`));
  }
}
