/**
 * Resolves the URL query against a dataset: a metric, period or street the data does not have
 * falls back to the default, so every view receives values it can draw. Composite weights of
 * metrics the data lacks are left out; when none is left, the 综合指数 starts from its default.
 */
import { availablePeriods, defaultPeriod } from '../analysis/available-periods';
import { parents } from '../analysis/find-units';
import { perBaseOf } from '../analysis/per-capita';
import type { Dataset } from '../data/dataset/dataset';
import { defaultMetricId, metricOptions } from './metric-options';
import type { PerBase, ViewQuery } from './view-query';
import { compositeCandidates } from './views/league/composite-weights';

/** Whether the dataset has the base of a per-capita choice (常住人口 for 每千人, 户数 for 每百户); 'none' always. */
export function hasPerBase(ds: Dataset, per: PerBase): boolean {
  const base = perBaseOf(per);
  return base === undefined || ds.metrics.some((m) => m.id === base.metric);
}

/** The query with every value the dataset can show (see the module comment). */
export function resolveViewQuery(ds: Dataset, q: ViewQuery): ViewQuery {
  const metrics = metricOptions(ds);
  const metric = metrics.find((m) => m.id === q.metric) ?? metrics.find((m) => m.id === defaultMetricId(ds));
  const periods = new Set<string>(availablePeriods(ds));
  const period = periods.has(q.period) ? q.period : defaultPeriod(ds);
  const compare = periods.has(q.compare) && q.compare !== period ? q.compare : '';
  const parent = parents(ds).includes(q.parent) ? q.parent : '';
  // Ratios are already relative: per-capita makes no sense for them; nor does it without the base.
  const per = metric?.kind === 'ratio' || !hasPerBase(ds, q.per) ? 'none' : q.per;
  const known = new Set(compositeCandidates(metrics).map((m) => m.id));
  const kept = q.weights?.filter((w) => known.has(w.metric));
  // A choice of no metric stays; a choice of metrics none of which the data has is no choice.
  const weights = kept?.length === 0 && q.weights?.length !== 0 ? undefined : kept;
  return { ...q, metric: metric?.id ?? '', period, compare, parent, per, weights };
}
