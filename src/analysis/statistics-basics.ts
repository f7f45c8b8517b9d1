/**
 * Small descriptive statistics shared by the league, compare and imbalance views.
 * Missing values are NaN and are ignored, never counted as zero.
 */

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

const SORTED = new WeakMap<Float64Array, Float64Array>();

/**
 * `sortedFinite(values)`, computed once per array and shared: median, quantiles, Gini, ranks and
 * outliers of one metric and period then cost one sort between them. Only for arrays that are never
 * mutated (the cached results of periodValues / perCapita / scopedValues); the result is read-only.
 */
export function sharedSortedFinite(values: Float64Array): Float64Array {
  let sorted = SORTED.get(values);
  if (!sorted) {
    sorted = sortedFinite(values);
    SORTED.set(values, sorted);
  }
  return sorted;
}
