/**
 * Is the gap between units widening or narrowing? The coefficient of variation (and Gini) per
 * period of one granularity, and the least-squares slope of the CV over those periods.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import { modelPeriods, type RollUpGranularity } from './available-periods';
import { scopedValues } from './scoped-values';
import { coefficientOfVariation, giniOfSorted } from './spread-statistics';
import { sortedFromSharedOrder } from './statistics-basics';
import { anyPartial, type KeyedValues, type UnitValueOptions } from './unit-values';
import { sharedZeros } from './period-values';
import type { Analysis } from './model/analysis';

export type SpreadDirection = 'widening' | 'narrowing' | 'stable';

export interface SpreadPoint {
  readonly period: PeriodKey;
  readonly cv: number;
  readonly gini: number;
  /** Units with a value. */
  readonly n: number;
}

export interface SpreadTrend {
  /** Complete periods in chronological order (partial periods skipped). */
  readonly points: readonly SpreadPoint[];
  /** Least-squares slope of CV per period step (CV is dimensionless); NaN with fewer than 2 points. */
  readonly slope: number;
  readonly trend: SpreadDirection;
}

export interface SpreadTrendOptions extends UnitValueOptions {
  /** Only periods up to and including this one (default: all). */
  readonly upTo?: PeriodKey;
  /** Keep at most this many latest periods (default 12). */
  readonly maxPoints?: number;
}

/**
 * A trend counts as widening or narrowing only when the fitted line moves the CV by at least 10%
 * of its mean over the whole span (|slope| · (k − 1) ≥ 0.1 · mean CV); smaller drifts are noise
 * in a handful of periods and are called stable.
 */
export const STABLE_RELATIVE_CHANGE = 0.1;

/** Least-squares slope of ys against 0, 1, 2, … */
export function leastSquaresSlope(ys: readonly number[]): number {
  const k = ys.length;
  if (k < 2) return NaN;
  const xMean = (k - 1) / 2;
  const yMean = ys.reduce((a, b) => a + b, 0) / k;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => { num += (x - xMean) * (y - yMean); den += (x - xMean) ** 2; });
  return num / den;
}

/**
 * The spread of `metric` across units over the periods of `granularity`. A period where any unit's
 * value is partial (months still missing) is skipped: an open quarter would look artificially
 * unequal next to complete ones. Periods with fewer than 2 units with values are skipped too.
 */
export function spreadTrend(model: Analysis, metric: string, granularity: RollUpGranularity, opts: SpreadTrendOptions = {}): SpreadTrend {
  const points: SpreadPoint[] = [];
  const keys = modelPeriods(model, granularity);
  const end = opts.upTo !== undefined && keys.includes(opts.upTo) ? keys.indexOf(opts.upTo) + 1 : keys.length;
  // Newest first, only until the points to keep are found: a monthly trend reads 12 of 36 months.
  const keep = opts.maxPoints ?? 12;
  for (let i = end - 1; i >= 0 && points.length < keep; i--) {
    const point = spreadPoint(model, scopedValues(model, metric, keys[i]!, opts), keys[i]!);
    if (point) points.push(point);
  }
  const kept = points.reverse();
  const cvs = kept.map((p) => p.cv);
  const slope = leastSquaresSlope(cvs);
  let trend: SpreadDirection = 'stable';
  if (Number.isFinite(slope)) {
    const meanCv = cvs.reduce((a, b) => a + b, 0) / cvs.length;
    const change = slope * (cvs.length - 1);
    if (Math.abs(change) >= STABLE_RELATIVE_CHANGE * meanCv) trend = change > 0 ? 'widening' : 'narrowing';
  }
  return { points: kept, slope, trend };
}

/**
 * One period's point of the trend, or null when the period is skipped (fewer than 2 values, a
 * partial value, no CV). Kept in the model under the values' key, so that moving through the
 * metrics of the 均衡 view recomputes no period it has seen.
 */
export function spreadPoint(model: Analysis, v: KeyedValues, period: PeriodKey): SpreadPoint | null {
  return model.memo(`spread-point|${period}|${v.key}`, () => {
    // Most values share the model's all-zero partial array: nothing to look at then.
    if (v.partial !== sharedZeros(model) && anyPartial(v)) return null;
    // The finite values sorted (the shared sort, which the ranks and quartile cut use too): n and Gini.
    const sorted = sortedFromSharedOrder(model, v);
    const n = sorted.length;
    if (n < 2) return null;
    const cv = coefficientOfVariation(v.values);
    return Number.isNaN(cv) ? null : { period, cv, gini: giniOfSorted(sorted), n };
  });
}
