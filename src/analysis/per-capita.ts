/**
 * Counts per 1,000 residents or per 100 households, so that a community of 9,000 people is not
 * compared with one of 900 on raw totals. The base is the residents/households stock of the same
 * period (periodValues, so a base stored only for earlier months is used and marked partial).
 */
import { isRate, type MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import { unionReads } from './metric-index';
import type { Analysis } from './model/analysis';
import { periodValues, sharedZeros, type PeriodValues } from './period-values';
import { resolveMetric } from './resolve-metric';

/** Per-capita base: absolute, per 1,000 residents, or per 100 households (same strings as src/ui/view-query.ts). */
export type PerBase = 'none' | '1000' | '100hh';

export interface PerCapitaValues extends PeriodValues {
  /** 1 = the base (residents or households) is unknown or zero for this unit, so its value is NaN. */
  readonly noBase: Uint8Array;
}

const BASES: Record<Exclude<PerBase, 'none'>, { metric: string; scale: number }> = {
  '1000': { metric: 'residents', scale: 1000 },
  '100hh': { metric: 'households', scale: 100 },
};

/** The base metric id and multiplier of a per-capita choice; undefined for 'none'. */
export function perBaseOf(per: PerBase): { metric: string; scale: number } | undefined {
  return per === 'none' ? undefined : BASES[per];
}

/**
 * Whether a metric is shown per capita at all: ratios and percentages are already relative, and the
 * bases themselves (residents, households) are not divided by themselves.
 */
export function isScalable(def: MetricDef): boolean {
  return !isRate(def) && def.id !== 'residents' && def.id !== 'households';
}

/**
 * Values of `metricId` in `period` divided by the unit's base × scale, kept in the model. Units
 * without a base get NaN with noBase = 1 (list them, do not drop them). Metrics that are not
 * scalable come back unchanged (under the key of their periodValues).
 */
export function perCapita(a: Analysis, metricId: string, period: PeriodKey, per: PerBase): PerCapitaValues {
  const raw = periodValues(a, metricId, period);
  const base = perBaseOf(per);
  const def = resolveMetric(a.cube, metricId);
  if (!base || !def || !isScalable(def)) return a.memo(`nobase|${raw.key}`, () => ({ ...raw, noBase: sharedZeros(a) }), () => 64);
  const key = `per|${metricId}|${period}|${per}`;
  return a.memo(key, () => {
    const b = periodValues(a, base.metric, period);
    const n = a.cube.units.length;
    const values = new Float64Array(n).fill(NaN);
    const qualifiers = new Uint8Array(n).fill(MISSING_CODE);
    const partial = new Uint8Array(n);
    const noBase = new Uint8Array(n);
    const { scale } = base;
    const { values: rv, qualifiers: rq, partial: rp } = raw;
    const { values: bvs, qualifiers: bq, partial: bp } = b;
    for (let u = 0; u < n; u++) {
      const bv = bvs[u]!;
      if (!(bv > 0)) {
        noBase[u] = 1;
        continue;
      }
      const v = rv[u]!;
      qualifiers[u] = rq[u]!;
      if (Number.isNaN(v)) continue;
      values[u] = (v / bv) * scale;
      qualifiers[u] = differenceQualifier(rq[u]!, bq[u]!);
      partial[u] = rp[u]! | bp[u]!;
    }
    // What both were read from: the base is read for every value divided by it.
    const reads = unionReads(raw.reads, b.reads);
    return { key, values, qualifiers, partial, noBase, reads };
  });
}
