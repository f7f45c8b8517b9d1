/**
 * 趋势: a metric over consecutive periods for chosen units, against the median of all units in scope.
 */
import { monthRange, parsePeriodKey, type Period, type PeriodKey } from '../data/vocabulary/period';
import { modelPeriods, type RollUpGranularity } from './available-periods';
import { comparableValues } from './comparable-values';
import { MISSING_CODE } from './combine-qualifiers';
import { perCapita, type PerBase } from './per-capita';
import { scopedValues } from './scoped-values';
import { sharedMedian } from './statistics-basics';
import { scopeMask } from './unit-scope';
import { sharedZeros } from './period-values';
import type { Analysis } from './model/analysis';

export interface TrendQuery {
  metric: string;
  granularity: RollUpGranularity;
  /** Units (ds.units indexes) to draw as lines. */
  units: readonly number[];
  /** The median is taken over this street's units (all units when absent). */
  parent?: string;
  per?: PerBase;
  /** Keep periods that start no earlier than this period starts. */
  from?: PeriodKey;
  /** Keep periods that end no later than this period ends. */
  to?: PeriodKey;
}

export interface TrendResult {
  /** Chronological. */
  periods: PeriodKey[];
  /** One per requested unit; values[i] is for periods[i], null when the unit has no value. */
  series: { unit: number; name: string; values: (number | null)[]; qualifiers: number[] }[];
  /** Median over the units in scope, per period; null when none has a value. */
  median: (number | null)[];
  /** Per period: some drawn unit's value is partial (months missing). */
  partial: boolean[];
  /** Per period: some unit in the median's scope is partial. */
  medianPartial?: boolean[];
  /** Per period: partial values left out of the median because complete ones exist (0 when none). */
  medianLeftOut?: number[];
}

/** Throws on a malformed from/to key; an unknown metric gives all-null series. */
export function trendSeries(model: Analysis, q: TrendQuery): TrendResult {
  const ds = model.cube;
  const from = q.from !== undefined ? toMonths(q.from) : undefined;
  const to = q.to !== undefined ? toMonths(q.to) : undefined;
  const periods = modelPeriods(model, q.granularity).filter((key) => {
    const [start, end] = toMonths(key);
    return (!from || start >= from[0]) && (!to || end <= to[1]);
  });
  const scope = scopeMask(model, q.parent);
  const series = q.units.map((unit) => ({ unit, name: ds.units[unit]?.name ?? '', values: [] as (number | null)[], qualifiers: [] as number[] }));
  const medians: (number | null)[] = [];
  const partial: boolean[] = [];
  const medianPartial: boolean[] = [];
  const medianLeftOut: number[] = [];
  for (const key of periods) {
    const pv = perCapita(model, q.metric, key, q.per ?? 'none');
    let anyPartial = false;
    for (const s of series) {
      const v = pv.values[s.unit];
      s.values.push(v === undefined || Number.isNaN(v) ? null : v);
      s.qualifiers.push(v === undefined || Number.isNaN(v) ? MISSING_CODE : pv.qualifiers[s.unit]!);
      if (pv.partial[s.unit] === 1) anyPartial = true;
    }
    partial.push(anyPartial);
    // Most values share the model's all-zero partial array: nothing to look at then.
    const scopePartial = pv.partial !== sharedZeros(model) && anyPartialIn(pv.partial, scope);
    // The median over the scope's units (NaN outside scope), by selection, kept in the model.
    // Of the complete values when there are any (comparableValues), as the 对比 chart's median is.
    const comparable = comparableValues(model, scopedValues(model, q.metric, key, { parent: q.parent, per: q.per }));
    const m = sharedMedian(model, comparable);
    medians.push(Number.isNaN(m) ? null : m);
    medianPartial.push(scopePartial);
    medianLeftOut.push(comparable.partialLeftOut);
  }
  return { periods, series, median: medians, partial, medianPartial, medianLeftOut };
}

/** Absolute first and last month (year × 12 + month) of a key. */
function toMonths(key: PeriodKey): [number, number] {
  const p: Period | null = parsePeriodKey(key);
  if (!p) throw new Error(`not a canonical period key: ${JSON.stringify(key)}`);
  const [s, e] = monthRange(p);
  return [p.year * 12 + s, p.year * 12 + e];
}

/** Whether some unit of `scope` has a partial value (a linear pass over the units). */
function anyPartialIn(partial: Uint8Array, scope: Uint8Array): boolean {
  for (let u = 0; u < scope.length; u++) {
    if (scope[u] === 1 && partial[u] === 1) return true;
  }
  return false;
}
