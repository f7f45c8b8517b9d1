/**
 * Small descriptive statistics shared by the league, compare and imbalance views.
 * Missing values are NaN and are ignored, never counted as zero.
 */
import { gatherValues, peekFiniteOrder, sharedFiniteOrder } from './value-order';

/** Median of the finite values (NaN and ±Infinity ignored); NaN when there are none. */
export function median(values: ArrayLike<number>): number {
  const sorted = sortedFinite(values);
  return sorted.length === 0 ? NaN : quantile(sorted, 0.5);
}

/** Arithmetic mean of the finite values; NaN when there are none. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending and all finite, by linear
 * interpolation between order statistics: Hyndman & Fan type 7, the default of R, NumPy and
 * d3.quantile. With n values, h = (n − 1)·q and the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * NaN for an empty input. Throws when q is outside [0, 1] (a programmer's mistake).
 */
export function quantile(sortedFinite: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile q must be in [0, 1], got ${q}`);
  const n = sortedFinite.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const x0 = sortedFinite[lo]!;
  if (lo >= n - 1) return sortedFinite[n - 1]!;
  const x1 = sortedFinite[lo + 1]!;
  return x0 + (h - lo) * (x1 - x0);
}

/** The finite values of `values` (NaN and ±Infinity dropped), sorted ascending, as a new Float64Array. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out.sort();
}

/**
 * `sortedFinite(values)` read off the shared argsort of value-order.ts (sharedFiniteOrder), which
 * the ranks, the 对比 order and the percentiles use too: one sort per metric and period between
 * them all. The sorted copy itself is not kept (a gather costs about 15 µs for a city's 5,617
 * values, keeping it 45 KB per metric and period). Only for arrays that are never mutated (the
 * cached results of periodValues / perCapita / scopedValues).
 */
export function sortedFromSharedOrder(values: Float64Array): Float64Array {
  return gatherValues(values, sharedFiniteOrder(values));
}

let SORTED_SCRATCH = new Float64Array(0);

/**
 * sortedFromSharedOrder(values) written into a working buffer reused from call to call: valid only
 * until the next call, for a caller that reads it at once and keeps nothing of it (the summaries
 * of a metric in a period, several thousand of which the preparation computes: a new 45 KB array
 * for each was garbage enough to bring on major collections mid-slice).
 */
export function sortedScratchFromSharedOrder(values: Float64Array): Float64Array {
  const order = sharedFiniteOrder(values);
  if (SORTED_SCRATCH.length < order.length) SORTED_SCRATCH = new Float64Array(Math.max(order.length, 1024));
  const out = SORTED_SCRATCH.subarray(0, order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
  return out;
}

/**
 * Quickselect with a median-of-three pivot and a three-way partition (so runs of equal values, such
 * as many zeros, shrink the range at once): a[k] after partial ordering of a[lo..hi].
 */
export function selectKth(a: Float64Array, lo: number, hi: number, k: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    // Dutch national flag: a[lo..lt) < pivot, a[lt..i) === pivot, a(gt..hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i]!;
      if (v < pivot) {
        a[i] = a[lt]!;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt]!;
        a[gt] = v;
        gt--;
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return a[k]!;
}

const MEDIANS = new WeakMap<Float64Array, number>();
let SCRATCH = new Float64Array(0);

/**
 * The finite values of `values` copied into a reused working buffer (overwritten by the next call),
 * for selection without allocating: `scratch[0..n)` holds them, in input order.
 */
export function finiteScratch(values: ArrayLike<number>): { readonly scratch: Float64Array; readonly n: number } {
  if (SCRATCH.length < values.length) SCRATCH = new Float64Array(Math.max(values.length, 1024));
  const a = SCRATCH;
  let n = 0;
  for (let u = 0; u < values.length; u++) {
    const v = values[u]!;
    if (Number.isFinite(v)) a[n++] = v;
  }
  return { scratch: a, n };
}

/**
 * median(values) for a shared, read-only array, cached: from the shared argsort when one exists
 * already, else by selection in linear time (a city's 5,617 values in about 0.05 ms, where a sort
 * takes 0.2–0.4 ms). Equal to quantile(sortedFinite(values), 0.5).
 */
export function sharedMedian(values: Float64Array): number {
  const hit = MEDIANS.get(values);
  if (hit !== undefined) return hit;
  const order = peekFiniteOrder(values);
  let m: number;
  if (order) {
    m = orderQuantile(values, order, 0.5);
  } else {
    const { scratch: a, n } = finiteScratch(values);
    if (n === 0) m = NaN;
    else {
      const h = (n - 1) * 0.5;
      const lo = Math.floor(h);
      const x0 = selectKth(a, 0, n - 1, lo);
      if (lo >= n - 1) m = x0;
      else {
        // After selection a[lo+1..n−1] holds the values above x0 (in some order): the next order statistic is their minimum.
        let x1 = Infinity;
        for (let k = lo + 1; k < n; k++) if (a[k]! < x1) x1 = a[k]!;
        m = x0 + (h - lo) * (x1 - x0);
      }
    }
  }
  MEDIANS.set(values, m);
  return m;
}

/** quantile(sorted, p) where sorted = the values at `order` (a finiteOrder), without gathering them. */
function orderQuantile(values: Float64Array, order: Int32Array, p: number): number {
  const n = order.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x0 = values[order[lo]!]!;
  return lo >= n - 1 ? x0 : x0 + (h - lo) * (values[order[lo + 1]!]! - x0);
}
