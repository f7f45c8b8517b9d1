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
  cols.forEach((c, j) => {
    const { values: v, qualifiers: q } = c.v;
    for (let r = 0; r < units.length; r++) {
      const u = units[r]!;
      pct[r * m + j] = c.pct[u]!;
      values[r * m + j] = v[u]!;
      qualifiers[r * m + j] = q[u]!;
    }
  });
  return { units, metrics: [...metricIds], pct, values, qualifiers };
}
