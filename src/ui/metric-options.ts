/**
 * The metrics a person can pick, grouped by family with Chinese group labels: the dataset's own
 * metrics plus canonical ratios whose numerator and denominator are both present.
 */
import type { Dataset } from '../data/dataset/dataset';
import { availableMetrics } from '../analysis/resolve-metric';
import { CANONICAL_METRICS, FAMILIES, type MetricDef, type MetricFamily } from '../data/vocabulary/metric-catalog';

/** Family group labels in Chinese (the default); the UI passes the current catalogue's `families`. */
export const FAMILY_LABELS: Readonly<Record<MetricFamily, string>> = {
  base: '基础数据',
  employment: '就业',
  aid: '救助帮扶',
  events: '活动',
  volunteers: '志愿服务',
  derived: '比率',
  custom: '其他指标',
};

/** Every metric that can be shown for this dataset, in catalogue order, then custom ones. */
export function metricOptions(ds: Dataset): MetricDef[] {
  const all = availableMetrics(ds);
  const order = new Map(CANONICAL_METRICS.map((m, i) => [m.id, i]));
  const rank = (m: MetricDef) => order.get(m.id) ?? CANONICAL_METRICS.length;
  // Catalogue order for canonical metrics, then custom ones in dataset order (stable sort).
  return [...all].sort((a, b) => rank(a) - rank(b));
}

/** metricOptions grouped by family in display order, empty groups left out. */
export function groupedMetricOptions(
  ds: Dataset, labels: Readonly<Record<MetricFamily, string>> = FAMILY_LABELS,
): { family: MetricFamily; label: string; metrics: MetricDef[] }[] {
  const all = metricOptions(ds);
  return FAMILIES.map((family) => ({ family, label: labels[family], metrics: all.filter((m) => m.family === family) }))
    .filter((g) => g.metrics.length > 0);
}
