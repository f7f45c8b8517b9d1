/**
 * 对比: one metric × one period, the units of scope as bars sorted best → worst, with the median and
 * mean to mark, and the units without a value listed apart (never drawn as zero).
 */
import { QUALIFIERS, type Dataset, type Qualifier } from '../data/dataset';
import type { MetricDef } from '../data/metric-catalog';
import type { PeriodKey } from '../data/period';
import { perCapita, type PerBase } from './per-capita';
import { requireMetric } from './resolve-metric';
import { mean, median, quantile } from './statistics-basics';
import { scopeMask, unitNameOrder } from './unit-scope';

export interface CompareItem {
  unit: number;
  name: string;
  parent: string;
  /** In the metric's unit, or per 1,000 residents / 100 households. */
  value: number;
  qualifier: Qualifier;
  /** The value does not cover the whole period: mark it, do not compare it silently. */
  partial: boolean;
}

export interface CompareMissing {
  unit: number;
  name: string;
  parent: string;
  /** No value because the per-capita base is unknown (rather than the metric itself). */
  noBase: boolean;
}

export interface CompareResult {
  /** Best → worst by the metric's direction; neutral metrics high → low; ties by name. */
  items: CompareItem[];
  /** Units in scope without a value, by name. */
  missing: CompareMissing[];
  /** Median of the items' values (NaN when there are none). */
  median: number;
  /** Mean of the items' values (NaN when there are none). */
  mean: number;
  metric: MetricDef;
  /** Items whose value is partial. */
  partialCount?: number;
}

/**
 * Throws when the metric is not available in the dataset. Ties are ordered by Chinese name through
 * the dataset's precomputed name order (unitNameOrder), so sorting 5,617 units compares integers.
 */
export function compareUnits(
  ds: Dataset, q: { metric: string; period: PeriodKey; parent?: string; per?: PerBase },
): CompareResult {
  const metric = requireMetric(ds, q.metric);
  const pv = perCapita(ds, q.metric, q.period, q.per ?? 'none');
  const scope = scopeMask(ds, q.parent);
  const { position } = unitNameOrder(ds);
  const n = scope.length;
  const valued: number[] = [];
  const absent: number[] = [];
  for (let u = 0; u < n; u++) {
    if (scope[u] !== 1) continue;
    if (Number.isNaN(pv.values[u]!)) absent.push(u);
    else valued.push(u);
  }
  const order = Int32Array.from(valued);
  const vals = pv.values;
  const sign = metric.direction === 'lower' ? 1 : -1;
  order.sort((a, b) => sign * (vals[a]! - vals[b]!) || position[a]! - position[b]!);
  const missingOrder = Int32Array.from(absent).sort((a, b) => position[a]! - position[b]!);
  const items: CompareItem[] = new Array<CompareItem>(order.length);
  const values = new Float64Array(order.length);
  let partialCount = 0;
  for (let k = 0; k < order.length; k++) {
    const u = order[k]!;
    const { name, parent } = ds.units[u]!;
    const value = vals[u]!;
    const partial = pv.partial[u] === 1;
    if (partial) partialCount++;
    items[k] = { unit: u, name, parent, value, qualifier: QUALIFIERS[pv.qualifiers[u]!] ?? 'exact', partial };
    values[k] = value;
  }
  const missing: CompareMissing[] = Array.from(missingOrder, (u) => {
    const { name, parent } = ds.units[u]!;
    return { unit: u, name, parent, noBase: pv.noBase[u] === 1 };
  });
  return { items, missing, median: sortedMedian(values, sign), mean: mean(values), metric, partialCount };
}

/**
 * Median of values already sorted by value (descending when sign = −1): equal to median(values),
 * without sorting again. NaN when empty; falls back to median() if the values hold ±Infinity.
 */
function sortedMedian(values: Float64Array, sign: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  if (!Number.isFinite(values[0]!) || !Number.isFinite(values[n - 1]!)) return median(values);
  const asc = sign === 1 ? values : values.slice().reverse();
  return quantile(asc, 0.5);
}
