/**
 * Direction-aware percentile positions: 1 = best unit, 0 = worst, ties share the average.
 * Used by the heatmap colours and the composite index.
 */
import type { Direction } from '../data/metric-catalog';
import { sortedFinite } from './statistics-basics';

/**
 * Per input position, (r − 1) / (n − 1) where r is the unit's ascending mid-rank among the n finite
 * values (ties get the average of their ranks); inverted (1 − …) for 'lower' metrics so that 1 is
 * always best. Neutral metrics count as higher = further right. A single value scores 0.5; NaN stays NaN.
 */
export function percentileScores(values: ArrayLike<number>, direction: Direction): Float64Array {
  return percentileScoresOfSorted(values, direction, sortedFinite(values));
}

/**
 * `percentileScores` with `sorted` = the finite values of `values`, ascending (sharedSortedFinite):
 * a value's tie block is found by binary search instead of sorting unit indexes with a comparator.
 */
export function percentileScoresOfSorted(values: ArrayLike<number>, direction: Direction, sorted: Float64Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const n = sorted.length;
  if (n === 0) return out;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (n === 1) { out[i] = 0.5; continue; }
    // The tie block of v spans sorted[first..last]; its 0-based mid-rank is their mean.
    const first = bound(sorted, v, false);
    const last = bound(sorted, v, true) - 1;
    const pct = (first + last) / 2 / (n - 1);
    out[i] = direction === 'lower' ? 1 - pct : pct;
  }
  return out;
}

/**
 * `percentileScores` from the ascending order of the finite values (finiteOrder /
 * sharedFiniteOrder): tie blocks are adjacent in the order, so one linear pass scores every unit.
 */
export function percentileScoresOfOrder(values: Float64Array, direction: Direction, order: Int32Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const n = order.length;
  if (n === 1) out[order[0]!] = 0.5;
  for (let first = 0; n > 1 && first < n;) {
    const v = values[order[first]!]!;
    let last = first;
    while (last + 1 < n && values[order[last + 1]!] === v) last++;
    const pct = (first + last) / 2 / (n - 1);
    const score = direction === 'lower' ? 1 - pct : pct;
    for (let k = first; k <= last; k++) out[order[k]!] = score;
    first = last + 1;
  }
  return out;
}

/** First index whose value is ≥ v (or > v when `after`). */
function bound(a: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v || (after && a[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
