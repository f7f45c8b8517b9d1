/**
 * Direction-aware percentile positions: 1 = best unit, 0 = worst, ties share the average.
 * Used by the heatmap colours and the composite index.
 */
import type { Direction } from '../data/metric-catalog';

/**
 * Per input position, (r − 1) / (n − 1) where r is the unit's ascending mid-rank among the n finite
 * values (ties get the average of their ranks); inverted (1 − …) for 'lower' metrics so that 1 is
 * always best. Neutral metrics count as higher = further right. A single value scores 0.5; NaN stays NaN.
 */
export function percentileScores(values: ArrayLike<number>, direction: Direction): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) idx.push(i);
  const n = idx.length;
  if (n === 0) return out;
  if (n === 1) { out[idx[0]!] = 0.5; return out; }
  idx.sort((a, b) => values[a]! - values[b]!);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[idx[j + 1]!] === values[idx[i]!]) j++;
    const midRank = (i + j) / 2; // 0-based mid-rank of the tie block
    const pct = midRank / (n - 1);
    for (let k = i; k <= j; k++) out[idx[k]!] = direction === 'lower' ? 1 - pct : pct;
    i = j + 1;
  }
  return out;
}
