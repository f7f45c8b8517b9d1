/**
 * Is the gap between units widening or narrowing? The coefficient of variation (and Gini) per
 * period of one granularity, and the least-squares slope of the CV over those periods.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import { modelPeriods, type RollUpGranularity } from './available-periods';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { IMB, imbalanceNumbers } from './imbalance-numbers';
import { requireMetric } from './resolve-metric';
import type { UnitValueOptions } from './unit-values';
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
  const def = requireMetric(model.cube, metric);
  const points: SpreadPoint[] = [];
  const keys = modelPeriods(model, granularity);
  const end = opts.upTo !== undefined && keys.includes(opts.upTo) ? keys.indexOf(opts.upTo) + 1 : keys.length;
  // Newest first, only until the points to keep are found: a monthly trend reads 12 of 36 months.
  const keep = opts.maxPoints ?? 12;
  for (let i = end - 1; i >= 0 && points.length < keep; i--) {
    const point = spreadPoint(model, def, keys[i]!, opts);
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
 * partial value, no CV): read off the period's imbalance numbers (imbalanceNumbers), which the
 * model holds for every metric and period once the worker's roll-ups are in.
 */
export function spreadPoint(model: Analysis, def: MetricDef, period: PeriodKey, opts: UnitValueOptions = {}): SpreadPoint | null {
  const x = imbalanceNumbers(model, def, period, opts);
  const n = x[IMB.n]!;
  const cv = x[IMB.cv]!;
  if (x[IMB.partial] === 1 || n < 2 || Number.isNaN(cv)) return null;
  return { period, cv, gini: x[IMB.gini]!, n };
}
