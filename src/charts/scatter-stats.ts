/**
 * Statistics for the scatter of two metrics: the median quadrant lines, the least-squares line,
 * and which points to label as outliers.
 *
 * Outlier rule (documented for the notes under the chart): a point is labelled when it is a robust
 * outlier (|0.6745·(v − median)/MAD| > 3.5, Iglewicz–Hoaglin, via madOutliers) on the X metric,
 * on the Y metric, or in its distance from the least-squares line (the residual y − ŷ); at most
 * `max` labels, the most extreme |z| first.
 */
import { madOutliers } from '../analysis/laggards';
import { median } from '../analysis/statistics-basics';

export interface LineFit {
  readonly slope: number;
  readonly intercept: number;
}

/** Ordinary least squares y = a + b·x; null with fewer than 2 points or when every x is equal. */
export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) { sx += xs[i]!; sy += ys[i]!; }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export type OutlierReason = 'x' | 'y' | 'line';

export interface ScatterOutlier {
  readonly index: number;
  /** Why: extreme on X, on Y, or far from the fitted line (the strongest reason when several). */
  readonly reason: OutlierReason;
  /** The robust z-score of that reason. */
  readonly z: number;
}

/** Points to label, most extreme first (see the module comment for the rule). */
export function scatterOutliers(xs: readonly number[], ys: readonly number[], k = 3.5, max = 10): ScatterOutlier[] {
  const best = new Map<number, ScatterOutlier>();
  const consider = (reason: OutlierReason, values: readonly number[]) => {
    for (const o of madOutliers(values, k)) {
      const prev = best.get(o.index);
      if (!prev || Math.abs(o.z) > Math.abs(prev.z)) best.set(o.index, { index: o.index, reason, z: o.z });
    }
  };
  consider('x', xs);
  consider('y', ys);
  const fit = fitLine(xs, ys);
  if (fit) consider('line', xs.map((x, i) => ys[i]! - (fit.intercept + fit.slope * x)));
  return [...best.values()].sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.index - b.index).slice(0, max);
}

export interface QuadrantCounts {
  /** x ≥ median X and y ≥ median Y (points on a line count to the upper/right side). */
  readonly highHigh: number;
  /** x < median X, y ≥ median Y. */
  readonly lowHigh: number;
  readonly lowLow: number;
  /** x ≥ median X, y < median Y. */
  readonly highLow: number;
}

/** The median of each axis and how many points fall in each quadrant. */
export function quadrants(xs: readonly number[], ys: readonly number[]): { medianX: number; medianY: number; counts: QuadrantCounts } {
  const medianX = median(xs);
  const medianY = median(ys);
  const c = { highHigh: 0, lowHigh: 0, lowLow: 0, highLow: 0 };
  xs.forEach((x, i) => {
    const right = x >= medianX;
    const up = ys[i]! >= medianY;
    if (right && up) c.highHigh++;
    else if (up) c.lowHigh++;
    else if (right) c.highLow++;
    else c.lowLow++;
  });
  return { medianX, medianY, counts: c };
}
