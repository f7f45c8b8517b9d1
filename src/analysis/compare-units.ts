/**
 * 对比: one metric × one period, the units of scope as bars sorted best → worst, with the median and
 * mean to mark, and the units without a value listed apart (never drawn as zero).
 */
import { QUALIFIERS, type Qualifier } from '../data/dataset/dataset';
import type { Direction, MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { combineQualifiers } from './combine-qualifiers';
import { perCapita, type PerBase } from './per-capita';
import { requireMetric } from './resolve-metric';
import { mean, median, quantile } from './statistics-basics';
import { scopeMask, unitNameOrder } from './unit-scope';
import { sharedFiniteOrder } from './value-order';
import type { Analysis } from './model/analysis';

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
  /** Qualifier code of the median: its middle value's (or two middle values' combined). */
  medianQualifier?: number;
  /** Qualifier code of the mean: every value's it averages, combined (one 约600 makes it 约). */
  meanQualifier?: number;
  metric: MetricDef;
  /** Items whose value is partial. */
  partialCount?: number;
  /** Partial items left out of the median and mean because complete ones exist (referenceItems). */
  referencePartialLeftOut?: number;
}

/**
 * The items a median or mean line is drawn from: the complete ones when there are any (a partial
 * value would pull the line down for lack of months, as it is not ranked either), else all.
 */
export function referenceItems<T extends { readonly partial: boolean }>(items: readonly T[]): readonly T[] {
  const complete = items.filter((it) => !it.partial);
  return complete.length > 0 ? complete : items;
}

/**
 * Throws when the metric is not available in the dataset. Ties are ordered by Chinese name through
 * the dataset's precomputed name order (unitNameOrder), so sorting 5,617 units compares integers.
 */
export function compareUnits(
  a: Analysis, q: { metric: string; period: PeriodKey; parent?: string; per?: PerBase },
): CompareResult {
  const ds = a.cube;
  const metric = requireMetric(ds, q.metric);
  const pv = perCapita(a, q.metric, q.period, q.per ?? 'none');
  const scope = scopeMask(a, q.parent);
  const { position, unitAt } = unitNameOrder(a);
  const n = scope.length;
  const vals = pv.values;
  const sign = metric.direction === 'lower' ? 1 : -1;
  let valuedCount = 0;
  let infinite = false;
  for (let u = 0; u < n; u++) {
    if (scope[u] !== 1 || Number.isNaN(vals[u]!)) continue;
    valuedCount++;
    if (!Number.isFinite(vals[u]!)) infinite = true;
  }
  const order = infinite
    ? comparatorOrder(scope, vals, sign, position)
    : valueOrder(sharedFiniteOrder(a, pv), scope, vals, metric.direction, unitAt, valuedCount);
  const missingOrder = new Int32Array(n - valuedCount);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const u = unitAt[k]!;
    if (scope[u] === 1 && Number.isNaN(vals[u]!)) missingOrder[m++] = u;
  }
  const missingCount = m;
  const items: CompareItem[] = new Array<CompareItem>(order.length);
  const values = new Float64Array(order.length);
  const codes = new Uint8Array(order.length);
  let partialCount = 0;
  const { partial: partials, qualifiers } = pv;
  for (let k = 0; k < order.length; k++) {
    const u = order[k]!;
    const { name, parent } = ds.units[u]!;
    const value = vals[u]!;
    const partial = partials[u] === 1;
    if (partial) partialCount++;
    items[k] = { unit: u, name, parent, value, qualifier: QUALIFIERS[qualifiers[u]!] ?? 'exact', partial };
    values[k] = value;
    codes[k] = qualifiers[u]!;
  }
  const missing: CompareMissing[] = Array.from(missingOrder.subarray(0, missingCount), (u) => {
    const { name, parent } = ds.units[u]!;
    return { unit: u, name, parent, noBase: pv.noBase[u] === 1 };
  });
  // The values are in item order (sorted): the complete ones among them stay sorted.
  const leaveOut = partialCount > 0 && partialCount < items.length;
  const ref = leaveOut ? values.filter((_, k) => !items[k]!.partial) : values;
  const refCodes = leaveOut ? codes.filter((_, k) => !items[k]!.partial) : codes;
  const referencePartialLeftOut = items.length - ref.length;
  return {
    items, missing, median: sortedMedian(ref, sign), mean: mean(ref), metric, partialCount, referencePartialLeftOut,
    medianQualifier: middleQualifier(refCodes), meanQualifier: refCodes.reduce(combineQualifiers, 0),
  };
}

/**
 * The units of the first `k` items of compareUnits(a, q), in that order, without building the
 * other items: the 趋势 view's default lines are the three leading units, and at city scale the
 * 5,617 item objects cost more than the rest of a metric switch. Walks the shared sort of the values
 * from the best end and orders only the units up to the k-th one's value (ties by name).
 */
export function leadingUnits(
  a: Analysis, q: { metric: string; period: PeriodKey; parent?: string; per?: PerBase }, k: number,
): number[] {
  const metric = requireMetric(a.cube, q.metric);
  const pv = perCapita(a, q.metric, q.period, q.per ?? 'none');
  const vals = pv.values;
  const scope = scopeMask(a, q.parent);
  for (let u = 0; u < vals.length; u++) {
    if (scope[u] === 1 && (vals[u] === Infinity || vals[u] === -Infinity)) {
      return compareUnits(a, q).items.slice(0, k).map((it) => it.unit);
    }
  }
  const sorted = sharedFiniteOrder(a, pv);
  const lower = metric.direction === 'lower';
  const m = sorted.length;
  const picked: number[] = [];
  for (let j = 0; j < m; j++) {
    const u = sorted[lower ? j : m - 1 - j]!;
    if (scope[u] !== 1) continue;
    if (picked.length >= k && vals[u] !== vals[picked[k - 1]!]) break;
    picked.push(u);
  }
  const { position } = unitNameOrder(a);
  const sign = lower ? 1 : -1;
  return picked.sort((a, b) => sign * (vals[a]! - vals[b]!) || position[a]! - position[b]!).slice(0, Math.max(0, k));
}

/**
 * Units in scope with a value, best first, equal values by name: the shared ascending sort of the
 * values (sharedFiniteOrder) numbers the distinct values best first, then a counting sort on that
 * number over the units taken in name order. Linear in the number of units, no string compared.
 */
function valueOrder(
  sorted: Int32Array, scope: Uint8Array, vals: Float64Array, direction: Direction, unitAt: Int32Array, count: number,
): Int32Array {
  const n = vals.length;
  const group = new Int32Array(n);
  const m = sorted.length;
  const lower = direction === 'lower';
  let groups = 0;
  let last = NaN;
  for (let k = 0; k < m; k++) {
    const u = sorted[lower ? k : m - 1 - k]!;
    const v = vals[u]!;
    if (k === 0 || v !== last) {
      groups++;
      last = v;
    }
    group[u] = groups;
  }
  const start = new Int32Array(groups + 2);
  for (let u = 0; u < n; u++) if (scope[u] === 1 && group[u]! > 0) start[group[u]! + 1]!++;
  for (let g = 1; g < start.length; g++) start[g]! += start[g - 1]!;
  const order = new Int32Array(count);
  for (let k = 0; k < n; k++) {
    const u = unitAt[k]!;
    if (scope[u] === 1 && group[u]! > 0) order[start[group[u]!]!++] = u;
  }
  return order;
}

/** The general order when some value is ±Infinity (which ranks leave out): by value, then name. */
function comparatorOrder(scope: Uint8Array, vals: Float64Array, sign: number, position: Int32Array): Int32Array {
  const valued: number[] = [];
  for (let u = 0; u < scope.length; u++) if (scope[u] === 1 && !Number.isNaN(vals[u]!)) valued.push(u);
  return Int32Array.from(valued).sort((a, b) => {
    const d = sign * (vals[a]! - vals[b]!);
    return (Number.isNaN(d) ? 0 : d) || position[a]! - position[b]!;
  });
}

/** The qualifier of the median of values in sorted order: the middle one's, or the two middle ones' combined. */
function middleQualifier(codes: Uint8Array): number {
  const n = codes.length;
  if (n === 0) return 0;
  const hi = n >> 1;
  return n % 2 === 1 ? codes[hi]! : combineQualifiers(codes[hi - 1]!, codes[hi]!);
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
