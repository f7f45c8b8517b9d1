/**
 * The months of a community's months-down table (table/months-down.ts) and the rows totalling
 * them: a 合计/累计 row, a 全年 row under fewer than 12 months, a half or year under only some of
 * its months. For each flow column (再就业人数, 慰问救助金额), the months' exact values are summed as
 * they are read and each total compared with them; a stock (注册志愿者, 低保户数) has no sum over
 * months, and a month left blank or approximate makes the sum unknown, so those are not compared.
 */
import type { MeasureColumn } from '../table/measure-column';
import { lineRanges, makeIssue } from '../report/make-issue';
import { CUMULATIVE_WORDS } from '../vocabulary/relative-period';
import { monthsOf, parsePeriodKey } from '../vocabulary/period';
import type { IssueSink } from '../report/issue-sink';
import { sumMismatch } from './subtotal-check';
import { cellAt } from './cell-at';
import type { ParsedValue } from '../cells/parse-value';

type Parse = (raw: string, scale: number) => Readonly<ParsedValue>;

/** The year as a row under a community's months (`全年`, `2024年全年`, `全年合计`, `年度合计`). */
const YEAR_TOTAL = /^(?:\d{4}年?)?(?:全年度?|年度)(?:合计|总计|累计|汇总)?$/;
/** This year as a row under a community's months (`本年`, `本年度`, `今年合计`): no period of its own, their total whatever their number. */
const THIS_YEAR = /^(?:本|今)年度?(?:合计|总计|汇总|小计)?数?$/;

export class MonthsTotal {
  /**
   * The flow columns of the table, with the sum of their months, and of the other periods' rows
   * (quarters: a 合计 under quarters only is theirs) (NaN once one is not exact).
   */
  private readonly flows: { readonly m: MeasureColumn; sum: number; others: number }[];
  /** Totals compared with their months. */
  compared = 0;
  /** Lines of the total rows. */
  private readonly lines: number[] = [];
  /** Month rows read so far: a 全年 row under fewer than 12 is their sum. */
  private months = 0;
  /** The months read (keys): a half or year under only some of them is their sum. */
  private readonly monthKeys = new Set<string>();

  constructor(measures: readonly MeasureColumn[], private readonly parse: Parse) {
    // (A year-to-date column, 再就业人数（本年累计）, is no month's flow: its 合计 is its last month's.)
    this.flows = measures.filter((m) => m.period === undefined && m.toDate !== true && m.metric.kind === 'flow').map((m) => ({ m, sum: 0, others: 0 }));
  }

  /**
   * A period cell that totals the months above instead of naming a period: 累计 (本年累计) as 合计
   * is (1-3月累计 is a period, sumOfMonths says when it is their total; so are 本月/累计 rows: `relative`),
   * 本年 (本年度, 今年合计), or 全年 under fewer than 12 months.
   */
  totalWord(periodText: string, relative: boolean): boolean {
    if (relative) return false;
    const text = periodText.replace(/\s+/g, '');
    return (!/\d/.test(periodText) && (CUMULATIVE_WORDS.test(text) || THIS_YEAR.test(text))) || (this.months < 12 && YEAR_TOTAL.test(text));
  }

  /**
   * A half or year (`上半年`, `2024年`, period key `key`) under some of its months but not all
   * (January to March): the sum of the months above written with a larger period, not the half's
   * or year's value. A quarter under its three months is its own value, as written. A year to date
   * (`1-3月累计`) under months it covers, and none past it, is their total as 累计 is.
   */
  sumOfMonths(key: string | undefined): boolean {
    const p = key === undefined ? null : parsePeriodKey(key);
    if (p === null || p.granularity === 'M') return false;
    const months = monthsOf(p);
    const read = months.filter((m) => this.monthKeys.has(m)).length;
    if (p.granularity === 'C') return read > 0 && read === this.monthKeys.size;
    return read > 0 && read < months.length;
  }

  /**
   * A period's row (key `key`): a month's flow values are added to the months' sum; a quarter's
   * between the months (一季度 under 1-3月) is their sum again, added apart.
   */
  month(cells: readonly string[], key: string | undefined): void {
    const month = key === undefined || /^\d{4}-\d{2}$/.test(key);
    if (month) this.months++;
    if (key !== undefined && month) this.monthKeys.add(key);
    for (const f of this.flows) {
      const v = this.parse(cellAt(cells, f.m.index), f.m.scale);
      const add = (sum: number): number => (v.qualifier === 'exact' && Number.isFinite(v.value) ? sum + v.value : NaN);
      if (month) f.sum = add(f.sum); else f.others = add(f.others);
    }
  }

  /** The 合计 row: each flow total that is not its months' sum is warned at its cell. */
  total(cells: readonly string[], line: number, file: string, sink: IssueSink): void {
    this.lines.push(line);
    for (const f of this.flows) {
      const raw = cellAt(cells, f.m.index);
      const v = this.parse(raw, f.m.scale);
      const sum = this.months > 0 ? f.sum : f.others;
      if (!Number.isFinite(sum) || v.qualifier !== 'exact' || !Number.isFinite(v.value)) continue;
      this.compared++;
      const expected = sumMismatch(sum, v.value);
      if (expected === null) continue;
      sink.push(makeIssue('warning', 'months-down-total-mismatch', { file, line, column: f.m.index + 1, columnName: f.m.name },
        `第${line}行合计的“${f.m.name}”为${raw}，各月之和为${expected}，不一致；各月已分别导入，合计未导入，请核对各月数值或合计`,
        `Line ${line}: the total of "${f.m.name}" is ${raw} but the months sum to ${expected}; the months are imported, the total is not.`));
    }
  }

  /** The note on the total rows (at column `column`, the period column), when there were any. */
  report(file: string, column: number, columnName: string, sink: IssueSink): void {
    if (this.lines.length === 0) return;
    const lines = lineRanges(this.lines);
    const checked = this.compared > 0;
    sink.push(makeIssue('info', 'months-down-total-row', { file, line: this.lines[0]!, column, columnName },
      `第${lines}行是各月的合计，不是一个期间，也不是社区，未导入（${checked ? '按月累加的指标已与各月之和核对' : '未与各月之和核对'}）`,
      `Lines ${lines} total the months: not a period nor a unit; not imported (${checked ? 'flows checked against the months' : 'not checked against the months'}).`));
  }
}
