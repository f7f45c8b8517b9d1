/**
 * Direction-aware percentile positions: 1 = best unit, 0 = worst, ties share the average.
 * Used by the heatmap colours and the composite index.
 */
import type { Direction } from '../data/vocabulary/metric-catalog';
import { finiteOrder } from './value-order';

/**
 * Per input position, (r − 1) / (n − 1) where r is the unit's ascending mid-rank among the n finite
 * values (ties get the average of their ranks); inverted (1 − …) for 'lower' metrics so that 1 is
 * always best. Neutral metrics count as higher = further right. A single value scores 0.5; NaN stays NaN.
 */
export function percentileScores(values: ArrayLike<number>, direction: Direction): Float64Array {
  const v = values instanceof Float64Array ? values : Float64Array.from(values);
  return percentileScoresOfOrder(v, direction, finiteOrder(v));
}

/**
 * `percentileScores` from the ascending order of the finite values (finiteOrder /
 * sharedFiniteOrder): tie blocks are adjacent in the order, so one linear pass scores every unit.
 */
export function percentileScoresOfOrder(values: Float64Array, direction: Direction, order: Int32Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  percentileScoresInto(values, direction, order, out);
  return out;
}

/** Writes each scored unit u's percentile to out[u] and leaves the other entries alone. */
export function percentileScoresInto(values: Float64Array, direction: Direction, order: Int32Array, out: Float64Array): void {
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
}
