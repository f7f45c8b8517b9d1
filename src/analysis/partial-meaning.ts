/**
 * What a partial value of a metric is, so that the notes explaining `*` and 不完整 say the truth:
 * a flow summed over fewer months than the period is low; a stock (常住人口, 低保户数) is taken at the
 * period end, and one reported before it is only earlier, not low; a rate or a per-capita value
 * may be either, as its parts are.
 */
import { canonicalMetric, type MetricDef } from '../data/vocabulary/metric-catalog';
import type { Lang } from './format-number';
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

/** The meaning of several partial values together: theirs when they all agree, else `mixed` (also for none). */
export function combinePartialMeanings(ms: Iterable<PartialMeaning>): PartialMeaning {
  let out: PartialMeaning | undefined;
  for (const m of ms) {
    if (out === undefined) out = m;
    else if (out !== m) return 'mixed';
  }
  return out ?? 'mixed';
}

/**
 * What a partial value lacks, said after its subject and a period word (本期/该期间, or a period's
 * name): zh `缺少部分月份的数据` (a flow), `尚无期末的数据` (a stock), or both; en a verb phrase
 * agreeing with one unit or several (`lacks some months of this period`, `has not reported the end
 * of this period yet`), naming `period` (en only; absent: `this period`). The one wording of every
 * 不完整 line and tip, so none calls a stock's months missing.
 */
export function partialLack(m: PartialMeaning, lang: Lang, plural = false, period = 'this period'): string {
  if (lang === 'zh') return { low: '缺少部分月份的数据', earlier: '尚无期末的数据', mixed: '数据不完整（缺少部分月份，或尚无期末数）' }[m];
  const [has, lacks] = plural ? ['have', 'lack'] : ['has', 'lacks'];
  return {
    low: `${lacks} some months of ${period}`,
    earlier: `${has} not reported the end of ${period} yet`,
    mixed: `${has} incomplete data for ${period} (months missing, or no period-end count yet)`,
  }[m];
}

/** Why every value is partial, as a bracketed reason: zh `缺少部分月份` / `尚无期末数`; en `months missing` / `no period-end count yet`. */
export function partialReason(m: PartialMeaning, lang: Lang): string {
  if (lang === 'zh') return { low: '缺少部分月份', earlier: '尚无期末数', mixed: '缺少部分月份或尚无期末数' }[m];
  return { low: 'months missing', earlier: 'no period-end count yet', mixed: 'months missing or no period-end count yet' }[m];
}
