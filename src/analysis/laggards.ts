/**
 * Units far behind the rest: below a share of the median (the rule leaders read easily), and
 * robust outliers by the median absolute deviation (which one extreme unit cannot mask).
 */
import type { Direction } from '../data/vocabulary/metric-catalog';
import { median, quantile, sortedFinite } from './statistics-basics';
import { countBelow } from './value-order';

export interface Laggard {
  /** Index into the input array (= unit index when the input is one value per unit). */
  readonly index: number;
  readonly value: number;
  /** value / median: 0.31 means "仅为中位数的31%". */
  readonly shareOfMedian: number;
}

export interface Outlier {
  readonly index: number;
  readonly value: number;
  /** Robust z-score 0.6745 (x − median) / MAD; |z| > k marks an outlier. */
  readonly z: number;
  /** 'high' above the median, 'low' below (in value terms, not direction-aware). */
  readonly side: 'high' | 'low';
}

/**
 * Units lagging far behind the median. For 'higher' and 'neutral' metrics: value < share × median.
 * For 'lower' metrics (less is better): value > median / share. Sorted furthest behind first.
 * Empty when the median is not positive (no meaningful "share of the median").
 * @param share 0 < share < 1; 0.5 = half the median (the default).
 */
export function findLaggards(values: ArrayLike<number>, direction: Direction, share = 0.5): Laggard[] {
  return findLaggardsBelow(values, direction, share, median(values));
}

/** `findLaggards` with the median of the finite values already known (e.g. from a shared sort). */
export function findLaggardsBelow(values: ArrayLike<number>, direction: Direction, share: number, med: number): Laggard[] {
  if (!(share > 0 && share < 1)) throw new Error(`findLaggards: share must be in (0, 1), got ${share}`);
  if (!(med > 0)) return [];
  const out: Laggard[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const behind = direction === 'lower' ? v > med / share : v < share * med;
    if (behind) out.push({ index: i, value: v, shareOfMedian: v / med });
  }
  out.sort((a, b) => (direction === 'lower' ? b.value - a.value : a.value - b.value) || a.index - b.index);
  return out;
}

/**
 * `findLaggardsBelow(values, direction, share, med)` from the ascending order of the finite values
 * (finiteOrder / sharedFiniteOrder, stable by index): the laggards are a run at one end of the
 * order already, so no sort is needed (only the zeros, where the order puts −0 before +0). For
 * 'lower' metrics the run is read from the top end, tie groups kept in index order. With `first`,
 * only the first `first` of that list, and the walk stops once they are found.
 */
export function laggardsOfOrder(
  values: ArrayLike<number>, order: Int32Array, direction: Direction, share: number, med: number, first = Infinity,
): Laggard[] {
  if (!(share > 0 && share < 1)) throw new Error(`findLaggards: share must be in (0, 1), got ${share}`);
  if (!(med > 0)) return [];
  const out: Laggard[] = [];
  const row = (i: number): Laggard => ({ index: i, value: values[i]!, shareOfMedian: values[i]! / med });
  if (direction !== 'lower') {
    const limit = share * med;
    let zeros: number[] | undefined;
    for (let k = 0; k < order.length && values[order[k]!]! < limit && out.length < first; k++) {
      const i = order[k]!;
      // The order puts −0 before +0, the list holds them as one tie group in index order.
      if (values[i] === 0) (zeros ??= []).push(i);
      else {
        if (zeros) out.push(...zeros.sort((a, b) => a - b).map(row));
        zeros = undefined;
        out.push(row(i));
      }
    }
    if (zeros) out.push(...zeros.sort((a, b) => a - b).map(row));
    return out.length > first ? out.slice(0, first) : out;
  }
  const limit = med / share;
  let end = order.length;
  while (end > 0 && values[order[end - 1]!]! > limit && out.length < first) {
    let start = end - 1;
    const v = values[order[start]!]!;
    while (start > 0 && values[order[start - 1]!]! === v) start--;
    for (let k = start; k < end; k++) out.push(row(order[k]!));
    end = start;
  }
  return out.length > first ? out.slice(0, first) : out;
}

/**
 * `findLaggardsBelow(values, direction, share, med).length`, without building the list: from the
 * ascending order of the finite values (finiteOrder / sharedFiniteOrder), by binary search.
 */
export function countLaggards(values: Float64Array, order: Int32Array, direction: Direction, share: number, med: number): number {
  if (!(share > 0 && share < 1)) throw new Error(`findLaggards: share must be in (0, 1), got ${share}`);
  if (!(med > 0)) return 0;
  return direction === 'lower'
    ? order.length - countBelow(values, order, med / share, true)
    : countBelow(values, order, share * med);
}

/** Consistency constant: MAD × 1.4826 estimates the SD of normal data (0.6745 = 1 / 1.4826). */
const MAD_SCALE = 0.6745;
/** Mean absolute deviation × 1.2533 estimates the SD of normal data; used when the MAD is 0. */
const MEAN_AD_SCALE = 1.2533;

/**
 * Robust outliers: |0.6745 (x − median) / MAD| > k (Iglewicz and Hoaglin, k = 3.5). When more
 * than half the units share one value the MAD is 0; then the mean absolute deviation stands in
 * (z = (x − median) / (1.2533 · meanAD)). No outliers when every value is equal.
 * Sorted by |z|, largest first.
 */
export function madOutliers(values: ArrayLike<number>, k = 3.5): Outlier[] {
  return madOutliersOfSorted(values, sortedFinite(values), k);
}

/**
 * `madOutliers` with `x` = the finite values sorted ascending (see sortedFromSharedOrder). The absolute
 * deviations of sorted values from their median fall on either side in sorted runs, so they are
 * merged in one pass instead of sorted again.
 */
export function madOutliersOfSorted(values: ArrayLike<number>, x: Float64Array, k = 3.5): Outlier[] {
  if (x.length < 3) return [];
  const med = quantile(x, 0.5);
  let sumDev = 0;
  for (let i = 0; i < x.length; i++) sumDev += Math.abs(x[i]! - med);
  const dev = sortedDeviations(x, med);
  const mad = quantile(dev, 0.5);
  let zOf: (v: number) => number;
  if (mad > 0) zOf = (v) => (MAD_SCALE * (v - med)) / mad;
  else if (sumDev > 0) {
    const meanAd = sumDev / x.length;
    zOf = (v) => (v - med) / (MEAN_AD_SCALE * meanAd);
  } else return [];
  const out: Outlier[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const z = zOf(v);
    if (Math.abs(z) > k) out.push({ index: i, value: v, z, side: z > 0 ? 'high' : 'low' });
  }
  out.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.index - b.index);
  return out;
}

/** |x − med| of ascending `x`, ascending: a merge of the run left of the median (read backwards) and the run right of it. */
function sortedDeviations(x: Float64Array, med: number): Float64Array {
  const n = x.length;
  let split = 0;
  while (split < n && x[split]! < med) split++;
  const dev = new Float64Array(n);
  let l = split - 1;
  let r = split;
  for (let k = 0; k < n; k++) {
    const dl = l >= 0 ? Math.abs(x[l]! - med) : Infinity;
    const dr = r < n ? Math.abs(x[r]! - med) : Infinity;
    if (dl <= dr) { dev[k] = dl; l--; } else { dev[k] = dr; r++; }
  }
  return dev;
}
