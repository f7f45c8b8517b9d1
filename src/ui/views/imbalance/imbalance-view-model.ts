/**
 * What the 均衡 view draws for a query and laggard share: every metric's spread (the table), the
 * selected metric's laggards, 连续N期靠后 list and spread trend, the percentile heatmap, the
 * narrative, and the specs its export menus send. Pure: analysis model + query → data.
 */
import type { Lang } from '../../../analysis/format-number';
import { percentileMatrix, type PercentileMatrix } from '../../../analysis/heatmap';
import { imbalanceOverview, type MetricImbalance } from '../../../analysis/imbalance';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import { buildNarrative, type NarrativeSentence } from '../../../analysis/narrative';
import { PERSISTENT_RUN, persistentLaggards, type PersistentLaggard } from '../../../analysis/persistent-laggards';
import { resolveMetric } from '../../../analysis/resolve-metric';
import { spreadTrend, type SpreadTrend } from '../../../analysis/spread-trend';
import type { ChartSpec, TableSpec } from '../../../charts/chart-spec';
import { buildHeatmapTableSpec, buildLaggardTableSpec, buildSpreadTableSpec, buildSpreadTrendSpec } from '../../../charts/imbalance-specs';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { messagesFor } from '../../i18n/use-t';
import type { ViewQuery } from '../../view-query';

export type ImbalanceViewQuery = Pick<ViewQuery, 'metric' | 'period' | 'parent' | 'per'>;

export interface ImbalanceViewModel {
  /** Every metric with values, most unequal first (the spread table). */
  readonly rows: readonly MetricImbalance[];
  /** The metric the lower panels show: the query's, else the most unequal ranked one. */
  readonly selected: MetricImbalance;
  /** Its spread over the periods of the granularity; null for a cumulative period. */
  readonly trend: SpreadTrend | null;
  readonly persistent: readonly PersistentLaggard[];
  /** The metrics of the heatmap (ranked ones). */
  readonly heatIds: readonly string[];
  readonly matrix: PercentileMatrix;
  readonly narrative: readonly NarrativeSentence[];
  readonly spreadTable: TableSpec;
  readonly laggardTable: TableSpec;
  /** Absent with fewer than two points. */
  readonly trendSpec?: ChartSpec;
  /** Absent when no unit has a value. */
  readonly heatTable?: TableSpec;
}

/** The 均衡 view of a query; null when no metric has values in the period. */
export function imbalanceViewModel(model: Analysis, query: ImbalanceViewQuery, share: number, lang: Lang): ImbalanceViewModel | null {
  const ds = model.cube;
  const { period } = query;
  if (!period) return null;
  const parent = query.parent || undefined;
  const opts = { parent, per: query.per, laggardShare: share };
  const rows = imbalanceOverview(model, period, opts);
  const selected = rows.find((r) => r.metric.id === query.metric) ?? rows.find((r) => r.ranked) ?? rows[0];
  if (!selected) return null;
  const granularity = parsePeriodKey(period)?.granularity;
  const rollUp = granularity && granularity !== 'C' ? granularity : undefined;
  const metricId = selected.metric.id;
  const trend = rollUp ? spreadTrend(model, metricId, rollUp, { upTo: period, parent, per: query.per }) : null;
  const persistent = rollUp ? persistentLaggards(model, metricId, rollUp, PERSISTENT_RUN, { upTo: period, parent, per: query.per }) : [];
  const heatIds = rows.filter((r) => r.ranked).map((r) => r.metric.id);
  const matrix = percentileMatrix(model, period, heatIds, { parent, per: query.per });
  const narrative = buildNarrative(model, period, lang, { ...opts, focusMetric: metricId }).sentences;
  // Each table or chart names the files of what it shows.
  const source = (metrics: readonly string[], periods: readonly string[]) => sourceLine(ds, lang, sourceFiles(model, { metrics, periods, parent, per: query.per }));
  const ctx = { periodLabel: formatPeriodLabel(period, lang), parent: query.parent, per: query.per, source: source([metricId], [period]), lang, granularity };
  const spreadTable = buildSpreadTableSpec(rows, { ...ctx, source: source(rows.map((r) => r.metric.id), [period]) });
  const laggardTable = buildLaggardTableSpec(selected, persistent, share, { ...ctx, source: source([metricId], [period, ...persistent.flatMap((p) => p.periods)]) });
  const trendSpec = trend && rollUp && trend.points.length >= 2
    ? buildSpreadTrendSpec(trend, {
      ...ctx, source: source([metricId], trend.points.map((p) => p.period)), metric: selected.metric, periodName: (k) => formatPeriodLabel(k, lang), granularityLabel: messagesFor(lang).granularity[rollUp],
    })
    : undefined;
  const defs = matrix.metrics.map((id) => resolveMetric(ds, id));
  const heatTable = matrix.units.length === 0 || defs.some((d) => d === undefined)
    ? undefined
    : buildHeatmapTableSpec(matrix, ds.units, defs.map((d) => d!), { ...ctx, source: source(matrix.metrics, [period]) });
  return { rows, selected, trend, persistent, heatIds, matrix, narrative, spreadTable, laggardTable, trendSpec, heatTable };
}

/** The 均衡 view's query. */
export function getImbalanceQueryOptions(model: Analysis, query: ImbalanceViewQuery, share: number, lang: Lang) {
  const { metric, period, parent, per } = query;
  return viewQueryOptions('imbalance', model, [metric, period, parent, per, share, lang], () => imbalanceViewModel(model, query, share, lang));
}
