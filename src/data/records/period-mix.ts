/**
 * A period column mixing cumulative (`前三季度`, `1-9月累计`) and single periods (`2024年3月`)
 * (catalogue #35): both are imported under their own keys, but a year-to-date figure next to a
 * monthly one is easy to misread, so a warning lists the rows of each kind.
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';

const LINES_KEPT = 30;

export class PeriodMix {
  private readonly cumulative: number[] = [];
  private readonly single: number[] = [];
  private cumulativeCount = 0;
  private singleCount = 0;

  /** Records the period kind of one row. */
  add(line: number, cumulative: boolean): void {
    if (cumulative) {
      if (this.cumulativeCount++ < LINES_KEPT) this.cumulative.push(line);
    } else if (this.singleCount++ < LINES_KEPT) this.single.push(line);
  }

  /** Takes back the row last added (`line`): it was no period after all (a months-down table's total row). */
  takeBack(line: number, cumulative: boolean): void {
    const [lines, count] = cumulative ? [this.cumulative, this.cumulativeCount--] : [this.single, this.singleCount--];
    if (count <= LINES_KEPT && lines[lines.length - 1] === line) lines.pop();
  }

  /** Warns when the column held both kinds. */
  report(sink: IssueSink, at: { file: string; column: number; columnName?: string }): void {
    if (this.cumulativeCount === 0 || this.singleCount === 0) return;
    sink.push(makeIssue('warning', 'period-mixed-cumulative', { ...at, line: this.cumulative[0]! },
      `期间列混有累计期间（第${lineRanges(this.cumulative, 10)}行，共${this.cumulativeCount}行）和单期期间（第${lineRanges(this.single, 10)}行，共${this.singleCount}行）。累计数不能与单月、单季数直接相加或比较，已分别按各自期间导入；请核对是否填错了期间`,
      `The period column mixes cumulative periods (${this.cumulativeCount} rows) and single periods (${this.singleCount} rows); imported under their own periods.`));
  }
}
