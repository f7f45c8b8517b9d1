/**
 * The shared, read-only form of `unitValues`: one value per unit for a metric and period, optionally
 * per capita and limited to one street/town, cached alongside the periodValues result it comes
 * from, so that a statistic computed on it (its sort, its ranks) is computed once per switch.
 */
import type { Dataset } from '../data/dataset/dataset';
import type { PeriodKey } from '../data/vocabulary/period';
import { perCapita } from './per-capita';
import { periodValues } from './period-values';
import type { UnitValueOptions, UnitValues } from './unit-values';

const SCOPED = new WeakMap<object, Map<string, UnitValues>>();

/**
 * Same values as `unitValues(ds, metricId, period, opts)` but shared: do not mutate. Lives as long
 * as the underlying periodValues / perCapita cache entry.
 */
export function scopedValues(ds: Dataset, metricId: string, period: PeriodKey, opts: UnitValueOptions = {}): UnitValues {
  const per = opts.per ?? 'none';
  const src = per === 'none' ? periodValues(ds, metricId, period) : perCapita(ds, metricId, period, per);
  const parent = opts.parent ?? '';
  if (parent === '') return src;
  let byParent = SCOPED.get(src);
  if (!byParent) {
    byParent = new Map();
    SCOPED.set(src, byParent);
  }
  let hit = byParent.get(parent);
  if (!hit) {
    const values = Float64Array.from(src.values);
    const partial = Uint8Array.from(src.partial);
    for (let u = 0; u < values.length; u++) {
      if (ds.units[u]!.parent !== parent) { values[u] = NaN; partial[u] = 0; }
    }
    hit = { values, qualifiers: src.qualifiers, partial };
    byParent.set(parent, hit);
  }
  return hit;
}
