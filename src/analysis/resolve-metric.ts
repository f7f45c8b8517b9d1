/**
 * Which metric definition applies to an id in a dataset. Derived ratios (再就业率 = 再就业人数 ÷
 * 下岗失业人员) need not be stored: they are available whenever their numerator and denominator are.
 */
import type { Dataset } from '../data/dataset/dataset';
import { CANONICAL_METRICS, canonicalMetric, type MetricDef } from '../data/vocabulary/metric-catalog';

function storedMetric(ds: Dataset, id: string): MetricDef | undefined {
  return ds.metrics.find((m) => m.id === id);
}

/**
 * The definition of `id` in this dataset: the stored one (completed with the canonical numerator and
 * denominator when a stored ratio lacks them), else a canonical ratio whose numerator and
 * denominator are both stored. Undefined when the dataset cannot provide the metric.
 */
export function resolveMetric(ds: Dataset, id: string): MetricDef | undefined {
  const stored = storedMetric(ds, id);
  const canonical = canonicalMetric(id);
  if (stored) {
    if (stored.kind === 'ratio' && stored.numerator === undefined && canonical?.numerator !== undefined) {
      return { ...stored, numerator: canonical.numerator, denominator: canonical.denominator };
    }
    return stored;
  }
  if (canonical && canonical.kind === 'ratio' && isDerivable(ds, canonical)) return canonical;
  return undefined;
}

/** Like resolveMetric, but throws: for callers that were handed an id from availableMetrics. */
export function requireMetric(ds: Dataset, id: string): MetricDef {
  const def = resolveMetric(ds, id);
  if (!def) throw new Error(`metric not available in dataset ${ds.id}: ${JSON.stringify(id)}`);
  return def;
}

/** Stored metrics in dataset order, then the canonical ratios derivable from them. */
export function availableMetrics(ds: Dataset): MetricDef[] {
  const out: MetricDef[] = ds.metrics.map((m) => resolveMetric(ds, m.id) ?? m);
  for (const def of CANONICAL_METRICS) {
    if (def.kind === 'ratio' && !storedMetric(ds, def.id) && isDerivable(ds, def)) out.push(def);
  }
  return out;
}

/** The metric ids a ratio is recomputed from: numerator ÷ denominator × 100. */
export interface RatioParts {
  readonly numerator: string;
  readonly denominator: string;
}

/** A ratio's parts; undefined for a metric that is no ratio, or a ratio given without its parts. */
export function ratioParts(def: MetricDef): RatioParts | undefined {
  return def.kind === 'ratio' && def.numerator !== undefined && def.denominator !== undefined
    ? { numerator: def.numerator, denominator: def.denominator }
    : undefined;
}

function isDerivable(ds: Dataset, def: MetricDef): boolean {
  return def.numerator !== undefined && def.denominator !== undefined
    && storedMetric(ds, def.numerator) !== undefined && storedMetric(ds, def.denominator) !== undefined;
}
