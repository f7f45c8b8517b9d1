/**
 * Spread (inequality) statistics over one value per unit. Every function ignores NaN (a missing
 * value is not a zero) and is invariant under reordering of its input.
 */
import { quantile, sortedFinite } from './statistics-basics';

/**
 * Coefficient of variation: population standard deviation / mean (dimensionless, ≥ 0 for
 * positive means; 0.3 means units typically differ from the mean by 30%). Scale-invariant.
 * NaN when there are no values or the mean is 0.
 */
export function coefficientOfVariation(values: ArrayLike<number>): number {
  return meanAndVariation(values).cv;
}

/**
 * The mean of the finite values (NaN when there are none, = statistics-basics' mean) and their
 * coefficient of variation (see coefficientOfVariation), from the same sum.
 */
export function meanAndVariation(values: ArrayLike<number>): { readonly mean: number; readonly cv: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) { n++; sum += v; }
  }
  if (n === 0) return { mean: NaN, cv: NaN };
  const mean = sum / n;
  if (mean === 0) return { mean, cv: NaN };
  // Two-pass variance: stable for large counts with a large common offset.
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
  }
  return { mean, cv: Math.sqrt(ss / n) / Math.abs(mean) };
}

/**
 * Gini coefficient, 0 (all units equal) .. (n−1)/n → 1 (one unit has everything).
 * With values sorted ascending x₁ ≤ … ≤ xₙ and S = Σ xᵢ:
 *   G = (2 · Σ i·xᵢ) / (n · S) − (n + 1) / n
 * (the mean absolute difference over twice the mean). Defined for non-negative values only:
 * NaN when any value is negative or there are no values; 0 when all values are 0 (no gap).
 */
export function giniCoefficient(values: ArrayLike<number>): number {
  return giniOfSorted(sortedFinite(values));
}

/** `giniCoefficient` of values already finite and sorted ascending (see sortedFromSharedOrder). */
export function giniOfSorted(x: Float64Array): number {
  const n = x.length;
  if (n === 0 || x[0]! < 0) return NaN;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i]!;
    weighted += (i + 1) * x[i]!;
  }
  if (sum === 0) return 0;
  const g = (2 * weighted) / (n * sum) - (n + 1) / n;
  // Rounding can push an all-equal input a hair below 0.
  return Math.min(1, Math.max(0, g));
}

/** hi / lo with the conventions shared by the ratio statistics below. */
function ratioOf(hi: number, lo: number): number {
  if (Number.isNaN(hi) || Number.isNaN(lo) || lo < 0) return NaN;
  if (hi === lo) return 1; // includes all-zero: no gap at all
  if (lo === 0) return Infinity; // callers say "最低为0"
  return hi / lo;
}

/**
 * Highest / lowest value (倍, ≥ 1). Infinity when the lowest is 0 and the highest is not
 * (callers should say "最低为0" rather than print ∞); 1 when all values are equal (also all 0);
 * NaN with no values or a negative minimum.
 */
export function maxMinRatio(values: ArrayLike<number>): number {
  return maxMinOfSorted(sortedFinite(values));
}

/** `maxMinRatio` of values already finite and sorted ascending. */
export function maxMinOfSorted(x: Float64Array): number {
  if (x.length === 0) return NaN;
  return ratioOf(x[x.length - 1]!, x[0]!);
}

/**
 * 90th / 10th percentile (倍, ≥ 1), percentiles by linear interpolation (type 7, as Excel
 * PERCENTILE.INC). Less sensitive to one extreme unit than max/min. Same zero / NaN conventions as
 * `maxMinRatio`.
 */
export function p90p10Ratio(values: ArrayLike<number>): number {
  return p90p10OfSorted(sortedFinite(values));
}

/** `p90p10Ratio` of values already finite and sorted ascending. */
export function p90p10OfSorted(x: Float64Array): number {
  if (x.length === 0) return NaN;
  return ratioOf(quantile(x, 0.9), quantile(x, 0.1));
}
