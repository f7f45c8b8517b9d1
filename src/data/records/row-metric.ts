/**
 * The metric of a row's 指标 cell, in a long table or a wide one with periods across the top: the
 * metric (and scale) its text and 单位 cell name (metric-lookup.ts), or, for `其中：女` under a
 * row of 再就业人数 of the same unit, that metric's part, as a vertical form reads it. A blank
 * 指标 cell, or an Excel error value in it (#REF!), is an error, and its row is rejected.
 */
import { makeIssue, type IssueAt } from '../report/make-issue';
import { ComparedRows } from './compared-rows';
import type { ImportIssue } from '../report/import-report';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';
import { isDittoMark } from '../cells/ditto-mark';
import { isExcelErrorText } from '../cells/missing-value-texts';
import { dittoFilledIssue } from './merged-cell-fill';
import type { ColumnFormats } from './column-formats';
import { MetricLookup, unitClashIssue, type MetricHit } from './metric-lookup';
import { countNotScaledIssue, CountUnitsKept } from '../table/header-metric';
import type { ReadContext } from './read-context';
import { PART_REPEATS_REASON, partRepeatsIssue } from '../table/part-repeats-whole';

/** A 指标 cell that is an Excel error value (`#REF!`, a lookup's `#N/A`): the first character is asked first, no regex per row. */
export function isMetricError(metricText: string): boolean {
  return metricText.charCodeAt(0) === 35 && isExcelErrorText(metricText);
}

export const METRIC_ERROR_REASON = '指标名称是错误值';

/** The error for a 指标 cell that is an Excel error value: its row is refused (a warning when the row has no values). */
export function metricErrorIssue(metricText: string, at: IssueAt & { line: number }, hasValues = true): ImportIssue {
  const line = at.line;
  return makeIssue(hasValues ? 'error' : 'warning', 'metric-error', at,
    `第${line}行指标名称是Excel错误值“${metricText}”（通常是查找或引用公式出错），看不出是哪个指标的数值，未导入。请在Excel中修正公式或改为指标名称后重新导入`,
    `Line ${line}: the metric name is the Excel error "${metricText}" (a failed formula); not imported. Fix the formula or write the metric's name.`);
}

/** Reads the 指标 cell of each row of one table, remembering the last whole metric for its 其中 rows. */
export class RowMetric {
  private readonly metrics: MetricLookup;
  /** The metric of the last 指标 cell that was not a `其中` part. */
  private lastWhole: MetricHit | undefined = undefined;
  /** The unit (mention) of that row: a 其中 row of another unit is no part of it. */
  private lastWholeOf = -1;
  /** That row's line and 指标 text (named by a 其中 row repeating its metric). */
  private lastWholeLine = 0;
  private lastWholeText = '';
  /** The one metric the rows read so far named (undefined: none yet; null: several, or one in two spellings). */
  private one: MetricHit | null | undefined = undefined;
  /** Metrics whose 单位 cell disagrees with the unit in their name, warned about once each. */
  private readonly clashWarned = new Set<MetricHit>();
  /** The custom counts whose table unit was not applied (MetricHit.countKept), said at their first row. */
  private readonly countsSaid = new Set<MetricHit>();
  /** The custom counts that kept their own unit over the table's note (MetricHit.unitKept), said at report(). */
  private readonly unitsKept = new CountUnitsKept();
  // The 指标 and 单位 cells of the row above, and the lines whose cell was a ditto mark (〃, 同上) for them.
  private aboveMetric = '';
  private aboveUnit = '';
  private readonly dittoMetric: number[] = [];
  private readonly dittoUnit: number[] = [];
  /** The lines of each 指标 cell text that compares with another period (`上年同期再就业人数`), said once each. */
  private readonly compared = new ComparedRows();

  constructor(private readonly ctx: ReadContext, private readonly shape: TableShape, formats: ColumnFormats) {
    this.metrics = new MetricLookup(ctx.store, formats, shape.value >= 0 ? shape.value : shape.measures[0]?.index ?? -1, ctx.defaultUnit);
  }

  /**
   * The metric the row's 指标 cell names, or undefined (an issue said so, the row is settled) when
   * it is blank or an error value, or a 其中 repeating the metric of the row above (part-repeats-whole.ts).
   */
  of(cells: string[], line: number, row: number, mention: number): MetricHit | undefined {
    const { store, sink, file } = this.ctx;
    const s = this.shape;
    let metricText = cellAt(cells, s.metric);
    let unitText = cellAt(cells, s.measureUnit);
    // 〃 under 慰问救助金额 (rows sorted by metric): the metric above (only short texts are asked).
    if (metricText.length > 3 || !isDittoMark(metricText)) this.aboveMetric = metricText;
    else if ((metricText = this.aboveMetric) !== '') this.dittoMetric.push(line);
    if (unitText.length > 3 || !isDittoMark(unitText)) this.aboveUnit = unitText;
    else if ((unitText = this.aboveUnit) !== '') this.dittoUnit.push(line);
    if (metricText === '') {
      sink.push(makeIssue('error', 'metric-missing', { file, line, column: s.metric + 1, columnName: s.names.get(s.metric) },
        `第${line}行缺少指标名称，请补全后重新导入`, `Line ${line} has no metric name.`));
      store.settleRow(row, 'rejected', '缺少指标名称');
      return undefined;
    }
    // `#REF!`, a lookup's `#N/A`: no metric's name (first character asked first: no regex per row).
    if (isMetricError(metricText)) {
      sink.push(metricErrorIssue(metricText, { file, line, column: s.metric + 1, columnName: s.names.get(s.metric) }));
      store.settleRow(row, 'rejected', METRIC_ERROR_REASON);
      return undefined;
    }
    const hit = this.metrics.of(metricText, unitText);
    if (hit.unitClash !== undefined && !this.clashWarned.has(hit)) {
      this.clashWarned.add(hit);
      const c = hit.unitClash === 'own' ? s.metric : s.measureUnit;
      sink.push(unitClashIssue(hit.unitClash, { file, line, column: c + 1, columnName: s.names.get(c) }, metricText, unitText, hit.def));
    }
    if (hit.countKept !== undefined && !this.countsSaid.has(hit)) {
      this.countsSaid.add(hit);
      sink.push(countNotScaledIssue({ file, line, column: s.metric + 1, columnName: s.names.get(s.metric) }, metricText, hit.countKept, hit.def.unit));
    }
    if (hit.unitKept !== undefined) this.unitsKept.add({ file, line, column: s.metric + 1, columnName: s.names.get(s.metric) }, metricText, hit.def.unit, hit.unitKept);
    // 合计 of the unit's metrics: no metric, and no whole for a 其中 row under it.
    if (hit.total === true) return hit;
    if (hit.comparison === true) {
      // (The whole of a 其中 row under it.)
      this.lastWhole = hit;
      this.lastWholeOf = mention;
      this.lastWholeLine = line;
      this.lastWholeText = metricText;
      this.compared.add(line, metricText);
      return hit;
    }
    if (!hit.part) {
      this.lastWholeOf = mention;
      this.lastWholeLine = line;
      this.lastWholeText = metricText;
      return this.named(this.lastWhole = hit);
    }
    // `其中：女` under a row of 上年同期再就业人数: a part of last year's figure, no more this period's.
    if (this.lastWhole?.comparison === true && this.lastWholeOf === mention) {
      this.compared.add(line);
      return this.lastWhole;
    }
    if (this.lastWhole === undefined || this.lastWholeOf !== mention) return this.named(this.metrics.itself(hit, metricText));
    // `其中：女` under a row of 再就业人数 of the same unit: that metric's part, as in a vertical form.
    const part = this.metrics.partOf(hit, metricText, this.lastWhole, unitText);
    if (part.repeatsWhole !== true) return this.named(part);
    sink.push(partRepeatsIssue('row', metricText, this.lastWholeLine, this.lastWholeText, this.lastWhole.def.zh,
      { file, line, column: s.metric + 1, columnName: s.names.get(s.metric) ?? '' }));
    store.settleRow(row, 'subtotal', PART_REPEATS_REASON);
    return undefined;
  }

  /** `hit` is a row's metric: the one metric so far, or the second that makes several (one comparison a row). */
  private named(hit: MetricHit): MetricHit {
    if (this.one !== hit) this.one = this.one === undefined ? hit : null;
    return hit;
  }

  /**
   * The metric of a total row whose 指标 cell is blank: the one metric every row above it named
   * (a table of one metric can total nothing else), else undefined (none yet, or several).
   */
  onlyMetric(): MetricHit | undefined {
    return this.one ?? undefined;
  }

  /** One info per column whose cells were ditto marks, naming their lines. */
  report(): void {
    const s = this.shape;
    const { sink, file } = this.ctx;
    if (this.dittoMetric.length > 0) sink.push(dittoFilledIssue(file, this.dittoMetric, s.metric, s.names.get(s.metric) ?? ''));
    if (this.dittoUnit.length > 0) sink.push(dittoFilledIssue(file, this.dittoUnit, s.measureUnit, s.names.get(s.measureUnit) ?? ''));
    const at = { file, column: s.metric + 1, columnName: s.names.get(s.metric) };
    this.compared.report(sink, at);
    this.unitsKept.report(sink);
  }
}
