/**
 * A 期间 column of months written `2024.1` … `2024.12`: Excel shows `2024.10` typed as a number as
 * `2024.1`, so a `2024.1` is January or October. What the column says decides: beside a `2024.10` it is
 * January (no word); with `2024.11` or `2024.12` but no `2024.10`, October is missing or hidden in the
 * `2024.1` cells, and one warning names them; else (no month past September) a warning names them as
 * read as January. Each `2024.1` row comes back here (it is not cached), so its line is listed.
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';

const LINES_KEPT = 30;
const DOT_MONTH = /^(\d{4})\.(\d{1,2})$/;

export class DotMonths {
  /** The `yyyy.m` months met in the column, by year. */
  private readonly months = new Map<string, Set<number>>();
  /** Lines of the `yyyy.1` cells (the first LINES_KEPT), and how many. */
  private readonly lines: number[] = [];
  private count = 0;
  private readonly texts = new Set<string>();

  /** `full` as the grammar reads it when it is a `yyyy.1` (read as January, its line kept); null for any other text. */
  see(full: string, line: number): string | null {
    // (Only `yyyy.m` texts get past this: most texts never do.)
    if (full.length < 6 || full.length > 7 || full.charCodeAt(4) !== 46) return null;
    const m = DOT_MONTH.exec(full);
    if (m === null) return null;
    const [year, month] = [m[1]!, Number(m[2])];
    let set = this.months.get(year);
    if (set === undefined) this.months.set(year, set = new Set());
    set.add(month);
    if (m[2] !== '1') return null;
    this.texts.add(full);
    if (this.count++ < LINES_KEPT) this.lines.push(line);
    return `${year}年1月`;
  }

  /** The one warning on the `yyyy.1` cells, unless a `yyyy.10` of their year shows they are January. */
  report(sink: IssueSink, at: { file: string; column: number; columnName?: string }): void {
    if (this.count === 0) return;
    const years = [...this.texts].map((t) => t.slice(0, 4)).filter((y) => !this.months.get(y)!.has(10));
    if (years.length === 0) return;
    const y = years[0]!;
    const late = [11, 12].filter((m) => this.months.get(y)!.has(m));
    const lines = `第${lineRanges(this.lines)}行${this.count > this.lines.length ? `等${this.count}行` : ''}`;
    const where = { ...at, line: this.lines[0]! };
    if (late.length > 0) {
      sink.push(makeIssue('warning', 'dot-month-october', where,
        `期间列有${late.map((m) => `“${y}.${m}”`).join('')}，却没有“${y}.10”：${lines}的“${y}.1”已按${y}年1月导入，但其中可能有10月的数据（Excel把数字2024.10显示为2024.1，去掉了末尾的0）。请核对这些行，把期间列设为文本、写成“${y}年10月”这样的年月后重新导入`,
        `The period column has ${late.map((m) => `${y}.${m}`).join(', ')} but no ${y}.10: the ${y}.1 cells (${lineRanges(this.lines)}) were read as January, but some may be October (Excel drops the trailing 0).`));
      return;
    }
    sink.push(makeIssue('warning', 'dot-month-ambiguous', where,
      `${lines}的“${y}.1”按${y}年1月理解；若原为“${y}.10”（Excel会去掉末尾的0），请把期间列设为文本后重新导出`,
      `The ${y}.1 cells (${lineRanges(this.lines)}) read as January; if they were "${y}.10" (Excel drops the trailing 0), format the column as text and export again.`));
  }
}
