/**
 * 连续N期靠后: units in the bottom quartile of a metric for N or more consecutive periods up to
 * the latest one. One bad quarter is noise; three in a row is a pattern a leader should act on.
 */
import { formatPeriodKey, parsePeriodKey, previousPeriod, type PeriodKey } from '../data/vocabulary/period';
import { modelPeriods, type RollUpGranularity } from './available-periods';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { comparableValues } from './comparable-values';
import { IMB, imbalanceNumbers } from './imbalance-numbers';
import { bottomQuartileCut, CUT_KINDS, inBottomQuartile, type QuartileCut } from './quartile-cut';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { unitNameOrder } from './unit-scope';
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
  const { periods, def, latest } = walk;
  // The latest period's values stand for (dataset, metric, granularity, street, per-capita base):
  // the 排行 and 均衡 views ask for the same list, so it is computed once.
  return model.memo(`persistent|${granularity}|${n}|${latest.key}`, () => {
    const ds = model.cube;
    const all = new Int32Array(ds.units.length);
    for (let u = 0; u < all.length; u++) all[u] = u;
    return listOf(model, runsOf(model, def, periods, opts, all), periods, n);
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
  const run = runsOf(model, walk.def, walk.periods, opts, Int32Array.from(ids));
  return ids.map((u) => run[u]!);
}

/** The periods a run is counted over (oldest first) and the latest one's values; null when there is nothing to count. */
function runPeriods(
  model: Analysis, metric: string, granularity: RollUpGranularity, opts: PersistentLaggardOptions,
): { periods: readonly PeriodKey[]; def: MetricDef; latest: KeyedValues } | null {
  const ds = model.cube;
  const def = requireMetric(ds, metric);
  if (def.direction === 'neutral') return null;
  const keys = modelPeriods(model, granularity);
  const end = opts.upTo !== undefined && keys.includes(opts.upTo) ? keys.indexOf(opts.upTo) + 1 : keys.length;
  const periods = keys.slice(0, end);
  if (periods.length === 0) return null;
  return { periods, def, latest: scopedValues(model, metric, periods[periods.length - 1]!, opts) };
}

/**
 * Run lengths per unit (ds.units index) for the units in `alive` (which it overwrites): walking
 * back from the latest period, a unit's run stops at its first period outside the bottom quartile.
 * Only the units still in a run are looked at (about a quarter after the first period).
 */
function runsOf(
  model: Analysis, def: MetricDef, periods: readonly PeriodKey[], opts: UnitValueOptions, alive: Int32Array,
): Int32Array {
  const run = new Int32Array(model.cube.units.length);
  let aliveCount = alive.length;
  for (let p = periods.length - 1; p >= 0 && aliveCount > 0; p--) {
    // A period never imported between two that were (April and May missing before June) ends every run.
    if (p < periods.length - 1 && !justBefore(periods[p]!, periods[p + 1]!)) break;
    // A partial value beside complete ones is not ranked (comparableValues): it ends the run, as no value does.
    const v = comparableValues(model, scopedValues(model, def.id, periods[p]!, opts)).values;
    const cut = quartileCut(model, def, periods[p]!, opts);
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

/** Whether period `a` is the one right before `b` (2024-05 before 2024-06, 2024-Q1 before 2024-Q2). */
function justBefore(a: PeriodKey, b: PeriodKey): boolean {
  const next = parsePeriodKey(b);
  return next !== null && formatPeriodKey(previousPeriod(next)) === a;
}

/**
 * The bottom quartile of `def` in `period`: read off the period's imbalance numbers (which the
 * model holds for every metric and period once the worker's roll-ups are in), and from the full
 * ranks (bottomQuartileCut) only when near-ties at the boundary need them.
 */
function quartileCut(model: Analysis, def: MetricDef, period: PeriodKey, opts: UnitValueOptions): QuartileCut {
  const x = imbalanceNumbers(model, def, period, opts);
  const kind = CUT_KINDS[x[IMB.cutKind]!]!;
  if (kind === 'ranks') return bottomQuartileCut(model, comparableValues(model, scopedValues(model, def.id, period, opts)), def.direction);
  return { kind, t: x[IMB.cutT]!, lower: def.direction === 'lower', ranked: x[IMB.n]! };
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
