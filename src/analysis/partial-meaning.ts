/**
 * What a partial value of a metric is, so that the notes explaining `*` and 不完整 say the truth:
 * a flow summed over fewer months than the period is low; a stock (常住人口, 低保户数) is taken at the
 * period end, and one reported before it is only earlier, not low; a rate or a per-capita value
 * may be either, as its parts are.
 */
import { canonicalMetric, type MetricDef } from '../data/vocabulary/metric-catalog';
import { isScalable, type PerBase } from './per-capita';

/** `low`: months missing from a sum; `earlier`: a stock from before the period end; `mixed`: either. */
export type PartialMeaning = 'low' | 'earlier' | 'mixed';

/** The meaning of a partial value of `metric` shown `per` (a per-capita base is a stock). */
export function partialMeaning(metric: MetricDef, per: PerBase = 'none'): PartialMeaning {
  switch (metric.kind) {
    case 'stock':
      return 'earlier';
    case 'flow':
      return per === 'none' || !isScalable(metric) ? 'low' : 'mixed';
    case 'ratio': {
      const parts = [metric.numerator, metric.denominator].map((id) => (id === undefined ? undefined : canonicalMetric(id)));
      return parts.every((p) => p?.kind === 'stock') ? 'earlier' : 'mixed';
    }
    default: {
      const never: never = metric.kind;
      throw new Error(`unknown aggregation kind: ${String(never)}`);
    }
  }
}
