/**
 * A total column beside the values it sums (`下岗失业人员 | 再就业人数 | 合计`, `1月 | 2月 | 3月 |
 * 一季度合计`) is not imported; each row's total is checked against the sum of the row's values it
 * covers, as a 合计 row is checked against the rows above it. A mismatch is a warning naming the
 * line and the column: one of the values, or the total, was typed wrong.
 */
import type { RowTotal } from '../table/total-columns';
import type { MeasureColumn } from '../table/measure-column';
import { isRate, type MetricDef } from '../vocabulary/metric-catalog';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import type { ValueCells } from './value-cells';
import { cellAt } from './cell-at';

export class RowTotalCheck {
  /** The row's value and whether it is exact, per measure (set by the reader, read by check()). */
  readonly value: Float64Array;
  readonly exact: Uint8Array;
  /** isSum of every total, by the row's metric id ('' for the columns' own metrics). */
  private readonly summed: Map<string, boolean[]>;

  constructor(
    private readonly totals: readonly RowTotal[], private readonly measures: readonly MeasureColumn[],
    private readonly sink: IssueSink, private readonly file: string,
  ) {
    this.value = new Float64Array(measures.length);
    this.exact = new Uint8Array(measures.length);
    this.summed = new Map();
  }

  /**
   * Whether a total of these columns is a sum: not of rates (再就业率), and across periods only of
   * flows (再就业人数 of each month); a stock's quarter (注册志愿者 at its end) is no sum of its months.
   */
  private sumsFor(rowMetric: MetricDef | undefined): readonly boolean[] {
    const key = rowMetric?.id ?? '';
    let known = this.summed.get(key);
    if (known === undefined) this.summed.set(key, (known = this.totals.map((t) => this.isSum(t, rowMetric))));
    return known;
  }

  /** Whether the metrics of total `t`'s columns (their own, or the row's) add up to it (sumsFor, once per row metric). */
  private isSum(t: RowTotal, rowMetric: MetricDef | undefined): boolean {
    const periods = new Set<string | undefined>();
    for (const k of t.covers) {
      const m = rowMetric ?? this.measures[k]!.metric;
      if (isRate(m)) return false;
      periods.add(this.measures[k]!.period);
    }
    return periods.size < 2 || t.covers.every((k) => (rowMetric ?? this.measures[k]!.metric).kind === 'flow');
  }

  private scaleOf(k: number): number {
    return this.measures[k]!.scale;
  }

  /**
   * Checks the row's total cells (`cells`, line `line`) against its values set for this row;
   * `rowMetric` is a row's own metric (a 指标 column) with its scale, which every column shares.
   */
  check(cells: readonly string[], line: number, values: ValueCells, rowMetric?: { readonly def: MetricDef; readonly scale: number }): void {
    const rowScale = rowMetric?.scale;
    const sums = this.sumsFor(rowMetric?.def);
    for (let i = 0; i < this.totals.length; i++) {
      const t = this.totals[i]!;
      if (t.covers.length < 2 || !sums[i]) continue;
      const scale = rowScale ?? this.scaleOf(t.covers[0]!);
      let sum = 0;
      let exact = true;
      for (const k of t.covers) {
        if (this.exact[k] === 0 || (rowScale === undefined && this.scaleOf(k) !== scale)) exact = false;
        sum += this.value[k]!;
      }
      const text = cellAt(cells, t.index);
      if (!exact || text === '') continue;
      const total = values.parse(text, scale);
      if (Number.isNaN(total.value) || total.qualifier !== 'exact') continue;
      // A total written with d decimals may round the sum: half a unit of its last place.
      const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
      if (Math.abs(total.value - sum) <= 0.5 * 10 ** -decimals * scale + 1e-9 * Math.abs(sum)) continue;
      const covered = t.covers.map((k) => `“${this.measures[k]!.name}”`);
      const shown = Number(sum.toPrecision(12));
      this.sink.pushCapped(makeIssue('warning', 'row-total-mismatch', { file: this.file, line, column: t.index + 1, columnName: t.name },
        `第${line}行“${t.name}”列为${text}，但本行${covered.length > 4 ? `${covered.slice(0, 3).join('')}等${covered.length}列` : covered.join('')}之和为${shown / scale}，请核对（“${t.name}”列不导入，各列数值已按原样导入）`,
        `Line ${line}: the "${t.name}" column says ${text}, but the row's ${t.covers.length} columns it covers sum to ${shown / scale}.`));
    }
  }
}
