/**
 * Resolves the URL query against the data: a metric, period or street the data does not have
 * falls back to the default, so every view receives values it can draw. The opening metric and
 * period have values together: 再就业人数 only in a year's file beside quarterly workbooks opens on
 * a metric the quarter has, and a metric chosen without a period on its latest period with values.
 * Composite weights of metrics the data lacks are left out; when none is left, the 综合指数
 * starts from its default.
 */
import { availablePeriods, defaultPeriod } from '../analysis/available-periods';
import { parents } from '../analysis/find-units';
import type { Analysis } from '../analysis/model/analysis';
import { perBaseOf } from '../analysis/per-capita';
import { hasValues, latestWithValues } from '../analysis/period-values';
import type { Dataset } from '../data/dataset/dataset';
import { parsePeriodKey, type PeriodKey } from '../data/vocabulary/period';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { metricOptions } from './metric-options';
import type { PerBase, ViewQuery } from './view-query';
import { compositeCandidates } from './views/league/composite-weights';

/** Whether the dataset has the base of a per-capita choice (常住人口 for 每千人, 户数 for 每百户); 'none' always. */
export function hasPerBase(ds: Dataset, per: PerBase): boolean {
  const base = perBaseOf(per);
  return base === undefined || ds.metrics.some((m) => m.id === base.metric);
}

/**
 * The period a view opens on (the URL names none the data has): `first` (defaultPeriod); for a
 * metric that period lacks, its latest period of that granularity with values, else its latest
 * period with values at all.
 */
function openingPeriod(model: Analysis, periods: readonly PeriodKey[], metric: MetricDef | undefined, first: PeriodKey): PeriodKey {
  if (metric === undefined || first === '' || hasValues(model, metric.id, first)) return first;
  const g = parsePeriodKey(first)?.granularity;
  return latestWithValues(model, metric.id, periods.filter((k) => parsePeriodKey(k)?.granularity === g)) ?? latestWithValues(model, metric.id, periods) ?? first;
}

/**
 * The metric a view opens on (the URL names none the data has): 再就业人数, else the first non-base
 * one, else the first; one with values in the opening period `first` when there is one. Chosen
 * for that period, not the URL's, so choosing another period does not change the metric shown.
 */
function openingMetric(model: Analysis, metrics: readonly MetricDef[], first: PeriodKey): MetricDef | undefined {
  const order = [...metrics.filter((m) => m.id === 'reemployed'), ...metrics.filter((m) => m.id !== 'reemployed' && m.family !== 'base'), ...metrics.filter((m) => m.family === 'base')];
  return (first === '' ? undefined : order.find((m) => hasValues(model, m.id, first))) ?? order[0];
}

/** The query with every value the data can show (see the module comment). */
export function resolveViewQuery(model: Analysis, q: ViewQuery): ViewQuery {
  const ds = model.cube;
  const metrics = metricOptions(ds);
  const listed = availablePeriods(ds);
  const periods = new Set<string>(listed);
  const first = defaultPeriod(ds);
  const metric = metrics.find((m) => m.id === q.metric) ?? openingMetric(model, metrics, first);
  const period = periods.has(q.period) ? q.period : openingPeriod(model, listed, metric, first);
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
