/**
 * Direction-aware standard competition ranking ("1224"): tied values share the best rank and the
 * next rank skips (1, 2, 2, 4). Units without a value are unranked (0), never ranked as zero.
 */
import type { Direction } from '../data/metric-catalog';
import { sharedSortedFinite } from './statistics-basics';

/**
 * Values closer than this relative tolerance tie: a rate recomputed as 30/120 and one stored as 25
 * must tie even when floating point differs in the 16th digit.
 */
const TIE_TOLERANCE = 1e-9;

function ties(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Rank per element (1 = best). 'higher' and 'neutral' rank the largest value first, 'lower' the
 * smallest. NaN (or ±Infinity) and elements with mask[i] === 0 get 0 (unranked).
 * The result depends only on each element's value, never on its position among equal values.
 */
export function rankValues(values: Float64Array, direction: Direction, mask?: Uint8Array): Int32Array {
  const n = values.length;
  let count = 0;
  const asc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(values[i]!) && (!mask || mask[i] !== 0)) asc[count++] = values[i]!;
  }
  // A native numeric sort (no comparator) keeps this a few milliseconds at city scale.
  return ranksFromSorted(values, direction, mask, asc.subarray(0, count).sort());
}

/**
 * `rankValues` when the ranked values are already sorted: `sorted` must hold exactly the finite
 * values with mask ≠ 0, ascending (e.g. sharedSortedFinite(values) when nothing is masked out).
 */
export function ranksFromSorted(values: Float64Array, direction: Direction, mask: Uint8Array | undefined, sorted: Float64Array): Int32Array {
  const n = values.length;
  const ranks = new Int32Array(n);
  const count = sorted.length;
  const lower = direction === 'lower';
  // rankAt[k]: rank of the k-th best value. A tie group is anchored at its first (best) value so
  // that near-ties cannot chain across a group.
  const rankAt = new Int32Array(count);
  let groupValue = NaN;
  let groupRank = 0;
  for (let k = 0; k < count; k++) {
    const v = sorted[lower ? k : count - 1 - k]!;
    if (k === 0 || !ties(v, groupValue)) {
      groupValue = v;
      groupRank = k + 1;
    }
    rankAt[k] = groupRank;
  }
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || (mask && mask[i] === 0)) continue;
    // Position of the first occurrence of v in best-first order.
    const k = lower ? lowerBound(sorted, v) : count - upperBound(sorted, v);
    ranks[i] = rankAt[k]!;
  }
  return ranks;
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quartile of a rank among `rankedCount` ranked units, 1 = top quarter: the rank's position
 * (rank − 1) / rankedCount falls in [0, ¼) → 1, [¼, ½) → 2, [½, ¾) → 3, [¾, 1) → 4.
 * A single ranked unit is in the top quarter; tied units share a quartile. Null when unranked.
 */
export function quartileOf(rank: number, rankedCount: number): 1 | 2 | 3 | 4 | null {
  if (!(rank >= 1) || rank > rankedCount) return null;
  return (Math.floor((4 * (rank - 1)) / rankedCount) + 1) as 1 | 2 | 3 | 4;
}

const SHARED = new WeakMap<Float64Array, Map<Direction, Int32Array>>();

/**
 * `rankValues(values, direction)` (no mask) computed once per array and shared, for arrays that are
 * never mutated (cached analysis results); the result is read-only.
 */
export function sharedRanks(values: Float64Array, direction: Direction): Int32Array {
  let byDirection = SHARED.get(values);
  if (!byDirection) {
    byDirection = new Map();
    SHARED.set(values, byDirection);
  }
  let ranks = byDirection.get(direction);
  if (!ranks) {
    ranks = ranksFromSorted(values, direction, undefined, sharedSortedFinite(values));
    byDirection.set(direction, ranks);
  }
  return ranks;
}
