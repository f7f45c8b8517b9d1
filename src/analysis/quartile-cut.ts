/**
 * The bottom quartile of one period's values (连续N期靠后 counts the periods a unit spends there):
 * where it begins, found from one order statistic of the shared sort, and whether a value lies in it.
 */
import type { Direction } from '../data/vocabulary/metric-catalog';
import type { Analysis } from './model/analysis';
import { quartileOf, sharedRanks, ties, TIE_TOLERANCE } from './rank-values';
import type { KeyedValues } from './unit-values';
import { countBelow, sharedFiniteOrder } from './value-order';

/**
 * Where the bottom quartile of one period's values begins (see bottomQuartileCut): nobody (fewer
 * than 4 values), from the value t on, past t's tie group, or by full ranks (near-ties at t).
 */
export interface QuartileCut {
  readonly kind: CutKind;
  /** The value at the boundary. */
  readonly t: number;
  readonly lower: boolean;
  /** Ranks and their count, for kind 'ranks'. */
  readonly ranks?: Int32Array;
  readonly ranked: number;
}

export type CutKind = 'none' | 'from' | 'past' | 'ranks';

/** The kinds in the order their codes number them (ImbalanceNumbers keep a cut as its code and t). */
export const CUT_KINDS: readonly CutKind[] = ['none', 'from', 'past', 'ranks'];

/**
 * The bottom quartile of `values`: the units with quartileOf(rank, ranked) === 4 for the ranks of
 * rankValues(values, direction) (ties share the best rank), never with fewer than 4 ranked values.
 * The boundary needs one order statistic, not every rank: the value t at best-first position
 * K = ⌈3N/4⌉ (read off the shared sort of the values) decides, unless a value within the tie tolerance
 * of t but not equal to it lies on the better side, when tie groups could chain across the
 * boundary and the ranks are computed in full. Kept in the model under the values' key.
 */
export function bottomQuartileCut(model: Analysis, v: KeyedValues, direction: Direction): QuartileCut {
  return model.memo(`quartile-cut|${direction}|${v.key}`, () => {
    const cut = quartileCutOfOrder(v.values, sharedFiniteOrder(model, v), direction);
    return cut.kind === 'ranks' ? { ...cut, ranks: sharedRanks(model, v, direction) } : cut;
  });
}

/**
 * The cut of bottomQuartileCut from the ascending order of the finite values (finiteOrder), without
 * the ranks a 'ranks' cut needs (the caller adds them).
 */
export function quartileCutOfOrder(values: Float64Array, order: Int32Array, direction: Direction): QuartileCut {
  const lower = direction === 'lower';
  const n = order.length;
  if (n < 4) return { kind: 'none', t: NaN, lower, ranked: n };
  const k = Math.ceil((3 * n) / 4);
  const t = values[order[lower ? k : n - 1 - k]!]!;
  // Values strictly better than t: below t's tie group for 'lower' metrics, above it otherwise.
  const below = countBelow(values, order, t);
  const strictlyBetter = lower ? below : n - countBelow(values, order, t, true);
  // The better value nearest t is the only one that can be within the tie tolerance of it: the
  // distance grows faster than the tolerance further away.
  const nearest = strictlyBetter === 0 ? NaN : values[order[lower ? below - 1 : n - strictlyBetter]!]!;
  const nearTie = Math.abs(nearest - t) <= 4 * TIE_TOLERANCE * Math.max(Math.abs(nearest), Math.abs(t));
  if (nearTie) return { kind: 'ranks', t, lower, ranked: n };
  // t first appears at position K and opens its tie group: t and everything after it are in the
  // bottom quartile. Otherwise t's group opened before K, so only values past that group are.
  return { kind: strictlyBetter === k ? 'from' : 'past', t, lower, ranked: n };
}

/** Whether value v (of unit u) lies in the bottom quartile described by `cut`. */
export function inBottomQuartile(cut: QuartileCut, v: number, u: number): boolean {
  switch (cut.kind) {
    case 'none':
      return false;
    case 'from':
      return Number.isFinite(v) && (cut.lower ? v >= cut.t : v <= cut.t);
    case 'past':
      return Number.isFinite(v) && (cut.lower ? v > cut.t : v < cut.t) && !ties(v, cut.t);
    case 'ranks': {
      const r = cut.ranks![u]!;
      return r > 0 && quartileOf(r, cut.ranked) === 4;
    }
  }
}
