/**
 * Units × metrics matrix of direction-aware percentiles for the 均衡 heatmap: one glance shows
 * which communities are behind on many kinds of work at once.
 */
import type { Dataset } from '../data/dataset';
import type { PeriodKey } from '../data/period';
import { percentileScoresOfSorted } from './percentile-scores';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { sharedSortedFinite } from './statistics-basics';
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
    return { v, pct: percentileScoresOfSorted(v.values, requireMetric(ds, id).direction, sharedSortedFinite(v.values)) };
  });
  const units: number[] = [];
  for (let u = 0; u < ds.units.length; u++) {
    if (cols.some((c) => Number.isFinite(c.v.values[u]!))) units.push(u);
  }
  const m = metricIds.length;
  const pct = new Float64Array(units.length * m);
  const values = new Float64Array(units.length * m);
  const qualifiers = new Uint8Array(units.length * m);
  units.forEach((u, r) => {
    cols.forEach((c, j) => {
      pct[r * m + j] = c.pct[u]!;
      values[r * m + j] = c.v.values[u]!;
      qualifiers[r * m + j] = c.v.qualifiers[u]!;
    });
  });
  return { units, metrics: [...metricIds], pct, values, qualifiers };
}
