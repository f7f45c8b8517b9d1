/**
 * What a partial value shown per capita lacks. A per-capita value is partial when its count or its
 * base (常住人口, 户数: a stock) is: a flow short of months over a full base is low; a full count
 * over a base taken before the period end is not low, only over an earlier base. partialMeaning
 * cannot tell them apart from the metric alone ('mixed'); the values can.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import type { Analysis } from './model/analysis';
import { combinePartialMeanings, partialMeaning, type PartialMeaning } from './partial-meaning';
import { isScalable, type PerBase } from './per-capita';
import { periodValues } from './period-values';
import type { UnitValues } from './unit-values';

/**
 * What one partial per-capita value lacks: the count's own meaning `own` (partialMeaning of the
 * metric: `low` for a flow, `earlier` for a stock) when the count is partial, else `earlier` (only
 * the base is from before the period end).
 */
function perCapitaMeaning(own: PartialMeaning, countPartial: boolean): PartialMeaning {
  return countPartial ? own : 'earlier';
}

/**
 * What unit `u`'s partial value of `def` in `period` shown `per` lacks (perCapitaMeaning);
 * partialMeaning(def, per) when the value is not per capita.
 */
export function unitPartialMeaning(a: Analysis, def: MetricDef, period: PeriodKey, per: PerBase, u: number): PartialMeaning {
  if (per === 'none' || !isScalable(def)) return partialMeaning(def, per);
  return perCapitaMeaning(partialMeaning(def), periodValues(a, def.id, period).partial[u] === 1);
}

/**
 * What the partial values among `v` (values of `def` in `period` shown `per`, as scopedValues gives
 * them) lack, together: one meaning when they all lack the same, else `mixed`; partialMeaning(def, per)
 * when none is partial or the values are not per capita.
 */
export function partialMeaningOfValues(a: Analysis, def: MetricDef, period: PeriodKey, per: PerBase, v: UnitValues): PartialMeaning {
  if (per === 'none' || !isScalable(def)) return partialMeaning(def, per);
  const count = periodValues(a, def.id, period).partial;
  const { values, partial } = v;
  const own = partialMeaning(def);
  const seen = new Set<PartialMeaning>();
  for (let u = 0; u < values.length; u++) {
    if (partial[u] !== 1 || Number.isNaN(values[u]!)) continue;
    seen.add(perCapitaMeaning(own, count[u] === 1));
  }
  return seen.size === 0 ? partialMeaning(def, per) : combinePartialMeanings(seen);
}
