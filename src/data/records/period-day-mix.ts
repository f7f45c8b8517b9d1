/**
 * A period column of dates mixing first days of months (`2024-04-01`, the month a report is for)
 * and last days (`2024-03-31`, a 截至 date): each is read as its own month, so one report's
 * figures, dated either way by different communities, would be split over two months unsaid. A
 * warning names the rows of each kind. Fed once per row whose period is such a date (row-periods.ts).
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';

const LINES_KEPT = 30;

interface Kind { lines: number[]; count: number; text: string }

export class PeriodDayMix {
  private readonly first: Kind = { lines: [], count: 0, text: '' };
  private readonly last: Kind = { lines: [], count: 0, text: '' };

  /** Records a row whose period is the date `text`, the first or last day of its month. */
  add(day: 'first' | 'last', text: string, line: number): void {
    const k = day === 'first' ? this.first : this.last;
    if (k.count++ < LINES_KEPT) k.lines.push(line);
    if (k.text === '') k.text = text;
  }

  /** Warns when the column held both kinds. */
  report(sink: IssueSink, at: { file: string; column: number; columnName?: string }): void {
    const { first, last } = this;
    if (first.count === 0 || last.count === 0) return;
    const lines = (k: Kind): string => `第${lineRanges(k.lines, 10)}行${k.count > k.lines.length ? `等${k.count}行` : ''}`;
    sink.push(makeIssue('warning', 'period-day-mix', { ...at, line: Math.min(first.lines[0]!, last.lines[0]!) },
      `期间列的日期有的是月初（如“${first.text}”（${lines(first)}）），有的是月末（如“${last.text}”（${lines(last)}）），已各按所在月份统计。若月末是截至日期、月初是下个月的报表日期（如3月31日和4月1日），同一期的数据会被分在两个月；请核对，并把期间统一写成“2024年3月”这样的月份后重新导入`,
      `The period column's dates are first days of months ("${first.text}", ${first.count} rows) and last days ("${last.text}", ${last.count} rows), each read as its month; if they date one report (31 March and 1 April), it is split over two months. Write the periods as months.`));
  }
}
