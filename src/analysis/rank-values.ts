/**
 * Direction-aware standard competition ranking ("1224"): tied values share the best rank and the
 * next rank skips (1, 2, 2, 4). Units without a value are unranked (0), never ranked as zero.
 */
import { QUALIFIER_CODE } from '../data/dataset/dataset';
import { valueBounds, type Bounds } from '../data/dataset/value-bounds';
import type { Direction } from '../data/vocabulary/metric-catalog';
import type { Analysis } from './model/analysis';
import type { KeyedValues } from './unit-values';
import { finiteOrder, sharedFiniteOrder } from './value-order';

/**
 * Values closer than this relative tolerance tie: a rate recomputed as 30/120 and one stored as 25
 * must tie even when floating point differs in the 16th digit.
 */
export const TIE_TOLERANCE = 1e-9;

/** Whether two finite values tie for ranking (equal within TIE_TOLERANCE, relative). */
export function ties(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Rank per element (1 = best). 'higher' and 'neutral' rank the largest value first, 'lower' the
 * smallest. NaN (or ±Infinity) and elements with mask[i] === 0 get 0 (unranked).
 * The result depends only on each element's value (and qualifier), never on its position among
 * equal values. With `qualifiers`, a bound breaks a tie with the number it bounds (see boundSide).
 */
export function rankValues(values: Float64Array, direction: Direction, mask?: Uint8Array, qualifiers?: Uint8Array): Int32Array {
  return ranksFromOrder(values, direction, finiteOrder(values, mask), qualifiers);
}

/**
 * Where a qualified value lies against an exact one of the same number, for breaking ties: 35余
 * (＞35) is certainly above 35 (2), 不足35 and 近35 certainly below (0); 35以上 (≥35) may be 35 and
 * 约35 is taken as written (1). Within a tie group a unit's rank is the group's rank plus the
 * members certainly better than it: ＞35 beats 35 and ＜35, 35 and ≥35 beat ＜35, ≥35 ties both 35
 * and ＞35 (so ＞35, ≥35, 35 rank 1, 1, 2).
 */
function boundSide(q: number): 0 | 1 | 2 {
  if (q === QUALIFIER_CODE.gt) return 2;
  if (q === QUALIFIER_CODE.lt || q === QUALIFIER_CODE.approx_lt) return 0;
  return 1;
}

/**
 * `rankValues` from the ascending order of the ranked elements (finiteOrder(values, mask), or the
 * shared order filtered by a mask): one linear pass, no search. Elements not in `order` get 0.
 * With `qualifiers`, a tie group holding a bound is ranked again by breakTie.
 */
export function ranksFromOrder(values: Float64Array, direction: Direction, order: Int32Array, qualifiers?: Uint8Array): Int32Array {
  const ranks = new Int32Array(values.length);
  const count = order.length;
  const lower = direction === 'lower';
  // Best first; a tie group is anchored at its first (best) value so that near-ties cannot chain
  // across a group, and equal values (adjacent in the order) always share their group's rank.
  let groupValue = NaN;
  let groupRank = 0;
  let bounded = false;
  for (let k = 0; k < count; k++) {
    const u = order[lower ? k : count - 1 - k]!;
    const v = values[u]!;
    if (k === 0 || !ties(v, groupValue)) {
      if (bounded) breakTie(ranks, order, groupRank - 1, k, lower, qualifiers!);
      groupValue = v;
      groupRank = k + 1;
      bounded = false;
    }
    ranks[u] = groupRank;
    if (qualifiers !== undefined && boundSide(qualifiers[u]!) !== 1) bounded = true;
  }
  if (bounded) breakTie(ranks, order, groupRank - 1, count, lower, qualifiers!);
  return ranks;
}

/**
 * Ranks the tie group at best-first positions [from, to) of `order` by boundSide: each member's rank
 * is the group's plus the members certainly better than it. ≥35 is certainly better than ＜35 only,
 * and certainly worse than nothing ('higher'); 'lower' turns the sides round (＜35 best, ＞35 behind
 * 35 and ＜35 but not ≥35, which may be 35).
 */
function breakTie(ranks: Int32Array, order: Int32Array, from: number, to: number, lower: boolean, qualifiers: Uint8Array): void {
  const count = order.length;
  const at = (k: number): number => order[lower ? k : count - 1 - k]!;
  let above = 0;
  let middle = 0;
  let atLeast = 0;
  for (let k = from; k < to; k++) {
    const q = qualifiers[at(k)]!;
    const side = boundSide(q);
    if (side === 2) above++;
    else if (side === 1) middle++;
    if (q === QUALIFIER_CODE.gte) atLeast++;
  }
  const below = to - from - above - middle;
  for (let k = from; k < to; k++) {
    const u = at(k);
    const q = qualifiers[u]!;
    const side = boundSide(q);
    let better: number;
    if (!lower) better = side === 2 || q === QUALIFIER_CODE.gte ? 0 : side === 1 ? above : above + middle;
    else better = side === 0 ? 0 : side === 1 ? below : below + middle - atLeast;
    ranks[u] = from + 1 + better;
  }
}

/** The units of `order` with mask[u] ≠ 0, in the same order (a sorted order stays sorted). */
export function maskOrder(order: Int32Array, mask: Uint8Array): Int32Array {
  let n = 0;
  for (let k = 0; k < order.length; k++) if (mask[order[k]!] !== 0) n++;
  if (n === order.length) return order;
  const out = new Int32Array(n);
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    const u = order[k]!;
    if (mask[u] !== 0) out[j++] = u;
  }
  return out;
}

/** Fewer ranked units than this have no quarters: 第1位 of 1 is no strength, and no one is behind. */
export const MIN_RANKED = 4;

/**
 * prevRank − rank (positive: moved up) when the two ranks compare: each period ranked two units or
 * more, and the one ranked at least half as many as the other (第1位 of the one community that has
 * reported April did not rise from 第3位 of five in March); null otherwise.
 */
export function rankChangeOf(rank: number | null, prevRank: number | null, rankedCount: number, prevRankedCount: number): number | null {
  if (rank === null || prevRank === null) return null;
  const [few, many] = rankedCount < prevRankedCount ? [rankedCount, prevRankedCount] : [prevRankedCount, rankedCount];
  return few >= 2 && 2 * few >= many ? prevRank - rank : null;
}

/**
 * Quartile of a rank among `rankedCount` ranked units, 1 = top quarter: the rank's position
 * (rank − 1) / rankedCount falls in [0, ¼) → 1, [¼, ½) → 2, [½, ¾) → 3, [¾, 1) → 4.
 * A single ranked unit is in the top quarter; tied units share a quartile. Null when unranked.
 */
export function quartileOf(rank: number, rankedCount: number): 1 | 2 | 3 | 4 | null {
  if (!(rank >= 1) || rank > rankedCount || rankedCount < MIN_RANKED) return null;
  return (Math.floor((4 * (rank - 1)) / rankedCount) + 1) as 1 | 2 | 3 | 4;
}

/**
 * `rankValues(v.values, direction)` (no mask) kept in the model under the values' key, for values
 * that are never mutated (kept analysis results); the result is read-only.
 */
export function sharedRanks(a: Analysis, v: KeyedValues, direction: Direction): Int32Array {
  return a.memo(`ranks|${direction}|${v.key}`, () => ranksFromOrder(v.values, direction, sharedFiniteOrder(a, v)));
}

/**
 * Whether unit `u`'s own value is a bound (＞/＜) on which its place among the ranked units (ranks
 * > 0) rests: some other ranked unit's value could lie on the other side of it, or break their tie
 * (＞35 against 36: 35余 may be 37). Only u's own bound is looked at: another unit's 12余 at the
 * bottom would, read strictly as unbounded, unsettle every place above it, though no clerk writes
 * 12余 for 41. Approximate values (约) are taken as written. A linear pass: for the few units a
 * sentence names; a whole table asks placesRestingOnBound.
 */
export function placeRestsOnBound(values: Float64Array, qualifiers: Uint8Array, ranks: Int32Array, u: number): boolean {
  // An exact (or approximate) value is no bound: no pass over the others (most units, most metrics).
  if (!isBound(qualifiers[u]!) || !Number.isFinite(values[u]!)) return false;
  return restsOnBound(boundExtremes(values, qualifiers, ranks), values[u]!, qualifiers[u]!, u);
}

/** ＞, ≥ or ＜: a value that bounds the number rather than states it. */
function isBound(q: number): boolean {
  return boundSide(q) !== 1 || q === QUALIFIER_CODE.gte;
}

/** placeRestsOnBound for every unit (1 = rests on its bound) in two linear passes. */
export function placesRestingOnBound(values: Float64Array, qualifiers: Uint8Array, ranks: Int32Array): Uint8Array {
  const out = new Uint8Array(values.length);
  let ext: BoundExtremes | undefined;
  for (let u = 0; u < values.length; u++) {
    const q = qualifiers[u]!;
    if (!isBound(q) || !Number.isFinite(values[u]!)) continue;
    ext ??= boundExtremes(values, qualifiers, ranks);
    out[u] = restsOnBound(ext, values[u]!, q, u) ? 1 : 0;
  }
  return out;
}

/** Per side, the two ranked units reaching furthest (highest upper bound, lowest lower bound; closed before open). */
interface BoundExtremes {
  readonly top: [number, number];
  readonly bottom: [number, number];
  readonly boundsOf: (v: number) => Bounds;
}

function boundExtremes(values: Float64Array, qualifiers: Uint8Array, ranks: Int32Array): BoundExtremes {
  const top: [number, number] = [-1, -1];
  const bottom: [number, number] = [-1, -1];
  // Keys as (bound, closed): a higher upper bound reaches further up, and at the same bound a closed one.
  const upKey = (v: number): [number, boolean] => { const b = valueBounds(values[v]!, qualifiers[v]!); return [b.hi, !b.hiOpen]; };
  const downKey = (v: number): [number, boolean] => { const b = valueBounds(values[v]!, qualifiers[v]!); return [-b.lo, !b.loOpen]; };
  const further = (key: (v: number) => [number, boolean], v: number, w: number): boolean => {
    if (w < 0) return true;
    const [a, ac] = key(v);
    const [b, bc] = key(w);
    return a > b || (a === b && ac && !bc);
  };
  for (let v = 0; v < ranks.length; v++) {
    if (ranks[v]! <= 0) continue;
    for (const [best, key] of [[top, upKey], [bottom, downKey]] as const) {
      if (further(key, v, best[0])) [best[1], best[0]] = [best[0], v];
      else if (further(key, v, best[1])) best[1] = v;
    }
  }
  return { top, bottom, boundsOf: (v) => valueBounds(values[v]!, qualifiers[v]!) };
}

/**
 * Whether a bound x (qualifier q) of unit u may lie on the other side of some other ranked unit's
 * value or tie it: ＞x or ≥x against the highest other upper bound, ＜x against the lowest lower one.
 */
function restsOnBound(ext: BoundExtremes, x: number, q: number, u: number): boolean {
  const a = valueBounds(x, q);
  if (a.lo === a.hi) return false;
  if (a.hi === Infinity) {
    const v = ext.top[0] === u ? ext.top[1] : ext.top[0];
    if (v < 0) return false;
    const b = ext.boundsOf(v);
    return b.hi > a.lo || (b.hi === a.lo && !a.loOpen && !b.hiOpen);
  }
  const v = ext.bottom[0] === u ? ext.bottom[1] : ext.bottom[0];
  if (v < 0) return false;
  const b = ext.boundsOf(v);
  return b.lo < a.hi || (b.lo === a.hi && !a.hiOpen && !b.loOpen);
}
