/**
 * 连续N期靠后: units in the bottom quartile of a metric for N or more consecutive periods up to
 * the latest one. One bad quarter is noise; three in a row is a pattern a leader should act on.
 */
import type { Dataset } from '../data/dataset';
import type { PeriodKey } from '../data/period';
import { availablePeriods, type RollUpGranularity } from './available-periods';
import { quartileOf, sharedRanks } from './rank-values';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import type { UnitValueOptions } from './unit-values';

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
  ds: Dataset, metric: string, granularity: RollUpGranularity, n = 3, opts: PersistentLaggardOptions = {},
): PersistentLaggard[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`persistentLaggards: n must be a positive integer, got ${n}`);
  const def = requireMetric(ds, metric);
  if (def.direction === 'neutral') return [];
  const keys = availablePeriods(ds, granularity);
  const end = opts.upTo !== undefined && keys.includes(opts.upTo) ? keys.indexOf(opts.upTo) + 1 : keys.length;
  const run = new Int32Array(ds.units.length);
  const alive = new Uint8Array(ds.units.length).fill(1);
  const periods = keys.slice(0, end);
  // Walk back from the latest period; a unit's run stops at its first period outside the bottom quartile.
  for (let p = periods.length - 1; p >= 0; p--) {
    const v = scopedValues(ds, metric, periods[p]!, opts);
    const ranks = sharedRanks(v.values, def.direction);
    let ranked = 0;
    for (let u = 0; u < ranks.length; u++) if (ranks[u]! > 0) ranked++;
    let any = false;
    for (let u = 0; u < ranks.length; u++) {
      if (alive[u] === 0) continue;
      const r = ranks[u]!;
      if (r > 0 && ranked >= 4 && quartileOf(r, ranked) === 4) { run[u]!++; any = true; }
      else alive[u] = 0;
    }
    if (!any) break;
  }
  const out: PersistentLaggard[] = [];
  for (let u = 0; u < run.length; u++) {
    const r = run[u]!;
    if (r >= n) {
      const unit = ds.units[u]!;
      out.push({ unit: u, name: unit.name, parent: unit.parent, run: r, periods: periods.slice(periods.length - r) });
    }
  }
  return out.sort((a, b) => b.run - a.run || a.name.localeCompare(b.name, 'zh-CN'));
}
