/**
 * 连续N期靠后: units in the bottom quartile of a metric for N or more consecutive periods up to
 * the latest one. One bad quarter is noise; three in a row is a pattern a leader should act on.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import { modelPeriods, type RollUpGranularity } from './available-periods';
import type { Direction } from '../data/vocabulary/metric-catalog';
import { quartileOf, sharedRanks, ties, TIE_TOLERANCE } from './rank-values';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { unitNameOrder } from './unit-scope';
import { countBelow, sharedFiniteOrder } from './value-order';
import type { KeyedValues, UnitValueOptions } from './unit-values';
import type { Analysis } from './model/analysis';

/** The run that earns "连续N期靠后" in the 排行 and 均衡 views and the narrative: three periods. */
export const PERSISTENT_RUN = 3;

export interface PersistentLaggard {
  readonly unit: number;
  readonly name: string;
  readonly parent: string;
  /** Consecutive periods in the bottom quartile, ending at the latest period (≥ n). */
  readonly run: number;
  /** Those periods, oldest first. */
  readonly periods: readonly PeriodKey[];
}

export interface PersistentLaggardOptions extends UnitValueOptions {
  /** Last period to look at (default: the latest of the granularity). */
  readonly upTo?: PeriodKey;
}

/**
 * Units in the bottom quartile (direction-aware: for 'lower' metrics the highest values) for `n`
 * or more consecutive periods of `granularity` ending at the latest (or `upTo`). A period in which
 * the unit has no value breaks the run. Empty for neutral metrics, which have no "behind".
 * Sorted by run length, longest first, then by name.
 */
export function persistentLaggards(
  model: Analysis, metric: string, granularity: RollUpGranularity, n = 3, opts: PersistentLaggardOptions = {},
): readonly PersistentLaggard[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`persistentLaggards: n must be a positive integer, got ${n}`);
  const walk = runPeriods(model, metric, granularity, opts);
  if (!walk) return [];
  const { periods, direction, latest } = walk;
  // The latest period's values stand for (dataset, metric, granularity, street, per-capita base):
  // the 排行 and 均衡 views ask for the same list, so it is computed once.
  return model.memo(`persistent|${granularity}|${n}|${latest.key}`, () => {
    const ds = model.cube;
    const all = new Int32Array(ds.units.length);
    for (let u = 0; u < all.length; u++) all[u] = u;
    return listOf(model, runsOf(model, metric, direction, periods, opts, all), periods, n);
  });
}

/**
 * The run of each of `units` (ds.units indexes): how many consecutive periods of `granularity`,
 * ending at the latest (or `upTo`), it has been in the bottom quartile, as persistentLaggards
 * counts them (0 for neutral metrics). For a few units (the narrative names three) the walk back
 * stops as soon as their runs have ended.
 */
export function persistentRuns(
  model: Analysis, metric: string, granularity: RollUpGranularity, units: readonly number[], opts: PersistentLaggardOptions = {},
): Int32Array {
  const walk = runPeriods(model, metric, granularity, opts);
  const ids = Int32Array.from(units);
  if (!walk) return new Int32Array(ids.length);
  const run = runsOf(model, metric, walk.direction, walk.periods, opts, Int32Array.from(ids));
  return ids.map((u) => run[u]!);
}

/** The periods a run is counted over (oldest first) and the latest one's values; null when there is nothing to count. */
function runPeriods(
  model: Analysis, metric: string, granularity: RollUpGranularity, opts: PersistentLaggardOptions,
): { periods: readonly PeriodKey[]; direction: Direction; latest: KeyedValues } | null {
  const ds = model.cube;
  const def = requireMetric(ds, metric);
  if (def.direction === 'neutral') return null;
  const keys = modelPeriods(model, granularity);
  const end = opts.upTo !== undefined && keys.includes(opts.upTo) ? keys.indexOf(opts.upTo) + 1 : keys.length;
  const periods = keys.slice(0, end);
  if (periods.length === 0) return null;
  return { periods, direction: def.direction, latest: scopedValues(model, metric, periods[periods.length - 1]!, opts) };
}

/**
 * Run lengths per unit (ds.units index) for the units in `alive` (which it overwrites): walking
 * back from the latest period, a unit's run stops at its first period outside the bottom quartile.
 * Only the units still in a run are looked at (about a quarter after the first period).
 */
function runsOf(
  model: Analysis, metric: string, direction: Direction, periods: readonly PeriodKey[], opts: UnitValueOptions, alive: Int32Array,
): Int32Array {
  const run = new Int32Array(model.cube.units.length);
  let aliveCount = alive.length;
  for (let p = periods.length - 1; p >= 0 && aliveCount > 0; p--) {
    const sv = scopedValues(model, metric, periods[p]!, opts);
    const v = sv.values;
    const cut = bottomQuartileCut(model, sv, direction);
    let kept = 0;
    for (let k = 0; k < aliveCount; k++) {
      const u = alive[k]!;
      if (inBottomQuartile(cut, v[u]!, u)) {
        run[u]!++;
        alive[kept++] = u;
      }
    }
    aliveCount = kept;
  }
  return run;
}

/** The units with a run of `n` or more: longest run first, then by name. */
function listOf(model: Analysis, run: Int32Array, periods: readonly PeriodKey[], n: number): readonly PersistentLaggard[] {
  const ds = model.cube;
  // The units taken in name order, bucketed by run length.
  const { unitAt } = unitNameOrder(model);
  const byRun = new Int32Array(periods.length + 2);
  let count = 0;
  for (let u = 0; u < run.length; u++) {
    if (run[u]! >= n) {
      byRun[periods.length - run[u]! + 1]!++;
      count++;
    }
  }
  for (let r = 1; r < byRun.length; r++) byRun[r]! += byRun[r - 1]!;
  const out = new Array<PersistentLaggard>(count);
  const tails = new Map<number, readonly PeriodKey[]>();
  for (let k = 0; k < unitAt.length; k++) {
    const u = unitAt[k]!;
    const r = run[u]!;
    if (r < n) continue;
    let tail = tails.get(r);
    if (!tail) {
      tail = periods.slice(periods.length - r);
      tails.set(r, tail);
    }
    const unit = ds.units[u]!;
    out[byRun[periods.length - r]!++] = { unit: u, name: unit.name, parent: unit.parent, run: r, periods: tail };
  }
  return out;
}

/**
 * Where the bottom quartile of one period's values begins (see bottomQuartileCut): nobody (fewer
 * than 4 values), from the value t on, past t's tie group, or by full ranks (near-ties at t).
 */
export interface QuartileCut {
  readonly kind: 'none' | 'from' | 'past' | 'ranks';
  /** The value at the boundary. */
  readonly t: number;
  readonly lower: boolean;
  /** Ranks and their count, for kind 'ranks'. */
  readonly ranks?: Int32Array;
  readonly ranked: number;
}

/**
 * The bottom quartile of `values`: the units with quartileOf(rank, ranked) === 4 for the ranks of
 * rankValues(values, direction) (ties share the best rank), never with fewer than 4 ranked values.
 * The boundary needs one order statistic, not every rank: the value t at best-first position
 * K = ⌈3N/4⌉ (read off the shared sort of the values) decides, unless a value within the tie tolerance
 * of t but not equal to it lies on the better side, when tie groups could chain across the
 * boundary and the ranks are computed in full. Kept in the model under the values' key.
 */
export function bottomQuartileCut(model: Analysis, v: KeyedValues, direction: Direction): QuartileCut {
  return model.memo(`quartile-cut|${direction}|${v.key}`, () => computeCut(model, v, direction));
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

function computeCut(model: Analysis, v: KeyedValues, direction: Direction): QuartileCut {
  const { values } = v;
  const lower = direction === 'lower';
  // Ascending order of the finite values, shared with the ranks, median and spread of these values.
  const order = sharedFiniteOrder(model, v);
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
  if (nearTie) return { kind: 'ranks', t, lower, ranks: sharedRanks(model, v, direction), ranked: n };
  // t first appears at position K and opens its tie group: t and everything after it are in the
  // bottom quartile. Otherwise t's group opened before K, so only values past that group are.
  return { kind: strictlyBetter === k ? 'from' : 'past', t, lower, ranked: n };
}
