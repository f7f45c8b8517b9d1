/**
 * Small descriptive statistics shared by the league, compare and imbalance views.
 * Missing values are NaN and are ignored, never counted as zero.
 */
import type { Analysis } from './model/analysis';
import type { KeyedValues } from './unit-values';
import { gatherValues, sharedFiniteOrder } from './value-order';

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
 * `sortedFinite(v.values)` read off the shared argsort of value-order.ts (sharedFiniteOrder), which
 * the ranks, the 对比 order and the percentiles use too: one sort per metric and period between
 * them all. The sorted copy itself is not kept (a gather is linear).
 */
export function sortedFromSharedOrder(a: Analysis, v: KeyedValues): Float64Array {
  return gatherValues(v.values, sharedFiniteOrder(a, v));
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

/**
 * median(v.values) for shared, read-only values, kept in the model: the two middle order statistics
 * read off the shared sort of the values (sharedFiniteOrder), which their ranks, spread and quartile
 * cut use too. Equal to quantile(sortedFinite(values), 0.5).
 */
export function sharedMedian(a: Analysis, v: KeyedValues): number {
  return a.memo(`median|${v.key}`, () => {
    const order = sharedFiniteOrder(a, v);
    const n = order.length;
    if (n === 0) return NaN;
    const h = (n - 1) * 0.5;
    const lo = Math.floor(h);
    const x0 = v.values[order[lo]!]!;
    if (lo >= n - 1) return x0;
    const x1 = v.values[order[lo + 1]!]!;
    return x0 + (h - lo) * (x1 - x0);
  }, () => 16);
}
