/**
 * The shared, read-only form of `unitValues`: one value per unit for a metric and period, optionally
 * per capita and limited to one street/town, kept in the analysis model, so that a statistic
 * computed on it (its sort, its ranks) is computed once per switch.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import type { Analysis } from './model/analysis';
import { perCapita } from './per-capita';
import { periodValues } from './period-values';
import type { KeyedValues, UnitValueOptions } from './unit-values';

/** Same values as `unitValues(a, metricId, period, opts)` but shared: do not mutate. */
export function scopedValues(a: Analysis, metricId: string, period: PeriodKey, opts: UnitValueOptions = {}): KeyedValues {
  const per = opts.per ?? 'none';
  const src = per === 'none' ? periodValues(a, metricId, period) : perCapita(a, metricId, period, per);
  const parent = opts.parent ?? '';
  if (parent === '') return src;
  const key = `scoped|${src.key}|${parent}`;
  return a.memo(key, () => {
    const units = a.cube.units;
    const values = Float64Array.from(src.values);
    const partial = Uint8Array.from(src.partial);
    for (let u = 0; u < values.length; u++) {
      if (units[u]!.parent !== parent) { values[u] = NaN; partial[u] = 0; }
    }
    return { key, values, qualifiers: src.qualifiers, partial };
  }, (v) => 64 + v.values.byteLength + v.partial.byteLength);
}
