/**
 * 对比: one metric × one period, the units of scope as bars sorted best → worst, with the median and
 * mean to mark, and the units without a value listed apart (never drawn as zero).
 */
import { QUALIFIERS, type Dataset, type Qualifier } from '../data/dataset';
import type { MetricDef } from '../data/metric-catalog';
import type { PeriodKey } from '../data/period';
import { perCapita, type PerBase } from './per-capita';
import { requireMetric } from './resolve-metric';
import { mean, median } from './statistics-basics';
import { scopeMask, ZH_COLLATOR } from './unit-scope';

export interface CompareItem {
  unit: number;
  name: string;
  parent: string;
  /** In the metric's unit, or per 1,000 residents / 100 households. */
  value: number;
  qualifier: Qualifier;
  /** The value does not cover the whole period: mark it, do not compare it silently. */
  partial: boolean;
}

export interface CompareMissing {
  unit: number;
  name: string;
  parent: string;
  /** No value because the per-capita base is unknown (rather than the metric itself). */
  noBase: boolean;
}

export interface CompareResult {
  /** Best → worst by the metric's direction; neutral metrics high → low; ties by name. */
  items: CompareItem[];
  /** Units in scope without a value, by name. */
  missing: CompareMissing[];
  /** Median of the items' values (NaN when there are none). */
  median: number;
  /** Mean of the items' values (NaN when there are none). */
  mean: number;
  metric: MetricDef;
  /** Items whose value is partial. */
  partialCount?: number;
}

/** Throws when the metric is not available in the dataset. */
export function compareUnits(
  ds: Dataset, q: { metric: string; period: PeriodKey; parent?: string; per?: PerBase },
): CompareResult {
  const metric = requireMetric(ds, q.metric);
  const pv = perCapita(ds, q.metric, q.period, q.per ?? 'none');
  const scope = scopeMask(ds, q.parent);
  const items: CompareItem[] = [];
  const missing: CompareMissing[] = [];
  let partialCount = 0;
  for (let u = 0; u < scope.length; u++) {
    if (scope[u] !== 1) continue;
    const { name, parent } = ds.units[u]!;
    const value = pv.values[u]!;
    if (Number.isNaN(value)) {
      missing.push({ unit: u, name, parent, noBase: pv.noBase[u] === 1 });
      continue;
    }
    const partial = pv.partial[u] === 1;
    if (partial) partialCount++;
    items.push({ unit: u, name, parent, value, qualifier: QUALIFIERS[pv.qualifiers[u]!] ?? 'exact', partial });
  }
  const sign = metric.direction === 'lower' ? 1 : -1;
  items.sort((a, b) => sign * (a.value - b.value) || ZH_COLLATOR.compare(a.name, b.name) || a.unit - b.unit);
  missing.sort((a, b) => ZH_COLLATOR.compare(a.name, b.name) || a.unit - b.unit);
  const values = Float64Array.from(items, (i) => i.value);
  return { items, missing, median: median(values), mean: mean(values), metric, partialCount };
}
