/**
 * Direction-aware percentile positions: 1 = best unit, 0 = worst, ties share the average.
 * Used by the heatmap colours and the composite index.
 */
import type { Direction } from '../data/vocabulary/metric-catalog';
import { countable, finiteOrder, SPAN, type FiniteSpan } from './value-order';

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
  // A percentile p scores base + sign × p: 1 − p for 'lower' metrics, p otherwise (the same doubles).
  // Arithmetic rather than a branch in the loop: a branch first taken in a later call (the first
  // 'lower' metric counted) made V8 drop the optimised loop in the middle of a 均衡 switch.
  const base = direction === 'lower' ? 1 : 0;
  const sign = direction === 'lower' ? -1 : 1;
  if (n === 1) out[order[0]!] = 0.5;
  for (let first = 0; n > 1 && first < n;) {
    const v = values[order[first]!]!;
    let last = first;
    while (last + 1 < n && values[order[last + 1]!] === v) last++;
    const score = base + sign * ((first + last) / 2 / (n - 1));
    for (let k = first; k <= last; k++) out[order[k]!] = score;
    first = last + 1;
  }
}

/**
 * `percentileScoresInto` for values that are counted rather than sorted (countable(span): small
 * integers): each unit's tie group is read off the counts of the values below and at its own, the
 * positions the order would give it, so no order is needed. Writes out[u] for the finite values, as
 * percentileScoresInto does.
 */
export function percentileScoresByCounting(values: Float64Array, direction: Direction, span: FiniteSpan, out: Float64Array): void {
  if (!countable(span)) throw new Error(`percentileScoresByCounting: values of ${span[SPAN.count]} that are not small integers (${span[SPAN.min]}..${span[SPAN.max]})`);
  const n = span[SPAN.count]!;
  const min = span[SPAN.min]!;
  // Scored as in percentileScoresInto: base + sign × p.
  const base = direction === 'lower' ? 1 : 0;
  const sign = direction === 'lower' ? -1 : 1;
  // start[b]: how many values are below min + b (the first position of their tie group).
  const start = new Int32Array(span[SPAN.max]! - min + 2);
  for (let u = 0; u < values.length; u++) {
    const v = values[u]!;
    if (Number.isFinite(v)) start[(v - min + 1) | 0]!++;
  }
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  for (let u = 0; u < values.length; u++) {
    const v = values[u]!;
    if (!Number.isFinite(v)) continue;
    const b = (v - min) | 0;
    out[u] = base + sign * ((start[b]! + start[b + 1]! - 1) / 2 / (n - 1));
  }
}
