/**
 * What the 散点 view draws for a query: the X metric (the URL's `metric2`, else a natural partner
 * of Y), the points and the units missing a value, and the scatter spec. Pure: analysis model +
 * query → data.
 */
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { hasValues } from '../../../analysis/period-values';
import { sourceFiles } from '../../../analysis/source-files';
import type { ChartSpec } from '../../../charts/chart-spec';
import { buildScatterSpec } from '../../../charts/scatter-spec';
import type { OutlierReason } from '../../../charts/scatter-stats';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { viewQueryOptions } from '../../api/view-query-options';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';
import { defaultXMetric, scatterData, type ScatterData } from './scatter-data';

export type ScatterViewQuery = Pick<ViewQuery, 'metric' | 'metric2' | 'period' | 'parent' | 'per'>;

export interface ScatterViewModel {
  readonly x: MetricDef;
  readonly y: MetricDef;
  readonly data: ScatterData;
  readonly spec: ChartSpec & { reasons: readonly OutlierReason[] };
}

/** The scatter of a query; null when a metric or the period is not set. */
export function scatterViewModel(model: Analysis, query: ScatterViewQuery, lang: Lang): ScatterViewModel | null {
  const ds = model.cube;
  const options = metricOptions(ds);
  const y = options.find((m) => m.id === query.metric);
  const xId = query.metric2 && query.metric2 !== query.metric && options.some((m) => m.id === query.metric2)
    ? query.metric2
    : defaultXMetric(options, query.metric, (id) => query.period !== '' && hasValues(model, id, query.period));
  const x = options.find((m) => m.id === xId);
  if (!x || !y || !query.period) return null;
  const data = scatterData(model, { x, y, period: query.period, parent: query.parent, per: query.per });
  const missingCount = new Set([...data.missingX, ...data.missingY].map((m) => `${m.parent}\u0000${m.name}`)).size;
  const spec = buildScatterSpec(data.points, {
    x, y, per: query.per, xPer: data.xPer, yPer: data.yPer,
    periodLabel: formatPeriodLabel(query.period, lang), parent: query.parent, source: sourceLine(ds, lang, sourceFiles(model, { metrics: [x.id, y.id], periods: [query.period], parent: query.parent, per: query.per })), missingCount, lang,
  });
  return { x, y, data, spec };
}

/** The 散点 view's query. */
export function getScatterQueryOptions(model: Analysis, query: ScatterViewQuery, lang: Lang) {
  const { metric, metric2, period, parent, per } = query;
  return viewQueryOptions('scatter', model, [metric, metric2 ?? '', period, parent, per, lang], () => scatterViewModel(model, query, lang));
}
