/**
 * Units × metrics matrix of direction-aware percentiles for the 均衡 heatmap: one glance shows
 * which communities are behind on many kinds of work at once.
 */
import type { Dataset } from '../data/dataset';
import type { PeriodKey } from '../data/period';
import { percentileScoresOfOrder } from './percentile-scores';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { sharedFiniteOrder } from './value-order';
import type { UnitValueOptions } from './unit-values';

export interface PercentileMatrix {
  /** Unit indices (rows): units with at least one value, in dataset order. */
  readonly units: readonly number[];
  /** Metric ids (columns). */
  readonly metrics: readonly string[];
  /** Row-major units × metrics, 0..1 (1 = best, direction-aware), NaN = missing. */
  readonly pct: Float64Array;
  /** Row-major units × metrics, raw values in the metric's unit (per capita when asked). */
  readonly values: Float64Array;
  /** Row-major qualifier codes, for ≈/＞ marks on hover. */
  readonly qualifiers: Uint8Array;
}

/** Percentiles of every unit (optionally of one street) on each metric in `metricIds`. */
export function percentileMatrix(
  ds: Dataset, period: PeriodKey, metricIds: readonly string[], opts: UnitValueOptions = {},
): PercentileMatrix {
  const cols = metricIds.map((id) => {
    const v = scopedValues(ds, id, period, opts);
    return { v, pct: percentileScoresOfOrder(v.values, requireMetric(ds, id).direction, sharedFiniteOrder(v.values)) };
  });
  const any = new Uint8Array(ds.units.length);
  for (const c of cols) {
    const v = c.v.values;
    for (let u = 0; u < any.length; u++) if (Number.isFinite(v[u]!)) any[u] = 1;
  }
  const units: number[] = [];
  for (let u = 0; u < any.length; u++) if (any[u] === 1) units.push(u);
  const m = metricIds.length;
  const pct = new Float64Array(units.length * m);
  const values = new Float64Array(units.length * m);
  const qualifiers = new Uint8Array(units.length * m);
  // Row by row, so each output array is written in order (column by column strides through
  // megabytes at city scale).
  const pcts = cols.map((c) => c.pct);
  const vals = cols.map((c) => c.v.values);
  const quals = cols.map((c) => c.v.qualifiers);
  for (let r = 0, k = 0; r < units.length; r++) {
    const u = units[r]!;
    for (let j = 0; j < m; j++, k++) {
      pct[k] = pcts[j]![u]!;
      values[k] = vals[j]![u]!;
      qualifiers[k] = quals[j]![u]!;
    }
  }
  return { units, metrics: [...metricIds], pct, values, qualifiers };
}

/**
 * Rows of `matrix` (indices into matrix.units) for a heatmap of at most `limit` rows: every row in
 * dataset order when they fit; otherwise the `limit` units furthest behind across the metrics
 * (lowest mean percentile over the metrics they have a value for), furthest behind first, ties in
 * dataset order. A city's 5,617 rows × 17 metrics would be 95,000 cells: nobody reads that, and
 * the page would take seconds to draw it.
 */
export function heatmapRows(matrix: PercentileMatrix, limit: number): number[] {
  const rows = matrix.units.length;
  if (rows <= limit) return Array.from({ length: rows }, (_, r) => r);
  const m = matrix.metrics.length;
  const meanPct = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let count = 0;
    for (let j = 0; j < m; j++) {
      const p = matrix.pct[r * m + j]!;
      if (Number.isFinite(p)) { sum += p; count++; }
    }
    meanPct[r] = count > 0 ? sum / count : Infinity;
  }
  const order = Array.from({ length: rows }, (_, r) => r);
  return order.sort((a, b) => meanPct[a]! - meanPct[b]! || a - b).slice(0, Math.max(0, limit));
}
