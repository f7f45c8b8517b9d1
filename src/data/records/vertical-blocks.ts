/**
 * A one-community form's header written again under its items: the same header (`项目 | 本月`, a
 * printed page's) goes on with this period; one naming another period's figures (`项目 | 上月`,
 * `项目 | 上月数`, or `项目 | 数值` under a title row `上月`) starts a block of that period's items,
 * the form's 上月 column written below instead of beside. As that column is (vertical-form.ts), the
 * block is set aside with the comparison-column info: the tool compares periods from each period's
 * own report, and figures copied from last month's would conflict with it when it is imported.
 * Before, the header was read as an item 项目 valued 上月 and the block's values as this period's,
 * blocking the import as conflicting with the first block's.
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { repeatedHeaderIssue } from './repeated-rows';
import { COMPARISON_WORDS, previousWordOf } from '../vocabulary/relative-period';
import type { VerticalForm } from '../table/vertical-form';

const compact = (s: string): string => s.replace(/\s+/g, '');
/** A header cell or a title naming another period's figures: a comparison (上月, 上月数), or a sheet's name for one (上月情况). */
const anotherPeriod = (t: string): boolean => COMPARISON_WORDS.test(t) || previousWordOf(t, true) !== null;

export class VerticalBlocks {
  /** The comparing block being read: its header's line and what it names, with its rows' lines; null outside one. */
  private block: { line: number; name: string; lines: number[] } | null = null;
  /** A title row naming another period (`上月` alone) right above: the header under it starts its block. */
  private title: { line: number; name: string } | null = null;
  private readonly metricName: string;

  constructor(private readonly form: VerticalForm, private readonly value: (cells: readonly string[]) => readonly string[]) {
    this.metricName = compact(form.names.get(form.metric) ?? '');
  }

  /**
   * What row `cells` at `line` is: `header` (the header again: not an item), `title` (a heading
   * naming another period, `上月情况`, with no values), `compared` (an item of a block of another
   * period's figures), or null (an item of this period).
   * `metricText` is its 指标 cell; blank rows are not asked.
   */
  row(cells: readonly string[], line: number, metricText: string, sink: IssueSink, file: string): 'header' | 'title' | 'compared' | null {
    const values = this.value(cells);
    const words = values.every((t) => t === '' || Number.isNaN(parseValue(t).value));
    const metric = compact(metricText);
    if (words && metric === this.metricName && this.metricName !== '') {
      const named = compact(values[0] ?? '');
      const title = this.title;
      this.title = null;
      this.end(sink, file);
      if (anotherPeriod(named)) this.block = { line, name: named, lines: [] };
      else if (title !== null) this.block = { line: title.line, name: title.name, lines: [] };
      else {
        // As a table's header again is said (repeated-rows.ts): the rows under it go on as this period's.
        sink.push(repeatedHeaderIssue(file, line, line));
      }
      return 'header';
    }
    // `上月`, `上月情况` alone over the header: a heading, its block starts under it.
    this.title = values.every((t) => t === '') && anotherPeriod(metric) ? { line, name: metric } : null;
    if (this.title !== null) { this.end(sink, file); return 'title'; }
    if (this.block === null) return null;
    this.block.lines.push(line);
    return 'compared';
  }

  /** The block being read ends (another header, or the table's end): said with its lines. */
  end(sink: IssueSink, file: string): void {
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
