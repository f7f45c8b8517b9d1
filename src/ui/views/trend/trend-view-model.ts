/**
 * What the 趋势 view draws for a query: the units drawn (the URL's, else the three leading units
 * of the period), their series against the median, which points are partial, and the line chart
 * spec. Pure: analysis model + query → data.
 */
import { modelPeriods, type RollUpGranularity } from '../../../analysis/available-periods';
import { leadingUnits } from '../../../analysis/compare-units';
import { findUnitsByName } from '../../../analysis/find-units';
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import { perCapita } from '../../../analysis/per-capita';
import { hasValues, latestWithValues } from '../../../analysis/period-values';
import { trendSeries, type TrendResult } from '../../../analysis/trend-series';
import { scopeMask } from '../../../analysis/unit-scope';
import type { ChartSpec } from '../../../charts/chart-spec';
import { sourceLine } from '../../../charts/spec-text';
import { buildTrendChartSpec } from '../../../charts/trend-chart-spec';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { messagesFor } from '../../i18n/use-t';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';

/** Lines drawn when the URL names no unit. */
export const DEFAULT_COUNT = 3;

export type TrendViewQuery = Pick<ViewQuery, 'metric' | 'period' | 'parent' | 'per' | 'units'>;

/** The granularities of the 时间粒度 choice, finest first. */
const GRANULARITIES: readonly RollUpGranularity[] = ['M', 'Q', 'H', 'Y'];

/** Points a line needs to show a trend: two points are one change, not a trend. */
const TREND_POINTS = 3;

/**
 * The granularities a trend of `metricId` can be drawn in: those with three periods with values
 * at least (six months are six points by month, two by quarter; one quarter of months three by
 * month, one by quarter); when none has three, those with the most there are (two, or one: a
 * metric only in a year's file is that year's point, not an empty chart of quarters).
 */
export function trendGranularities(model: Analysis, metricId: string): RollUpGranularity[] {
  const counts = GRANULARITIES.map((g) => withValues(model, metricId, g, TREND_POINTS));
  const least = Math.min(TREND_POINTS, Math.max(1, ...counts));
  return GRANULARITIES.filter((_, k) => counts[k]! >= least);
}

/** How many periods of granularity `g` have values of the metric, counted from the latest and no further than `enough`. */
function withValues(model: Analysis, metricId: string, g: RollUpGranularity, enough: number): number {
  const keys = modelPeriods(model, g);
  let n = 0;
  for (let k = keys.length - 1; k >= 0 && n < enough; k--) if (hasValues(model, metricId, keys[k]!)) n++;
  return n;
}

export interface TrendViewModel {
  /**
   * The granularity the series run in: the period's (months for a cumulative one), or the finest
   * offered when the period's is not (it would draw fewer than three points).
   */
  readonly granularity: RollUpGranularity;
  /** What the 时间粒度 choice offers (trendGranularities). */
  readonly granularities: readonly RollUpGranularity[];
  /** Names of the units drawn. */
  readonly chosen: readonly string[];
  readonly result: TrendResult & { readonly seriesPartial: boolean[][] };
  readonly spec: ChartSpec;
}

/** The trend of a query; null when the metric is not set. */
export function trendViewModel(model: Analysis, query: TrendViewQuery, lang: Lang): TrendViewModel | null {
  const ds = model.cube;
  const metric = metricOptions(ds).find((m) => m.id === query.metric);
  if (!metric) return null;
  const g = parsePeriodKey(query.period)?.granularity;
  const granularities = trendGranularities(model, metric.id);
  const asked: RollUpGranularity = g === undefined || g === 'C' ? 'M' : g;
  const granularity = granularities.includes(asked) || granularities.length === 0 ? asked : granularities[0]!;
  const parent = query.parent || undefined;
  // The leading units of the URL's period; of the latest drawn period with values when the metric has none there.
  const lead = query.period && hasValues(model, metric.id, query.period) ? query.period
    : latestWithValues(model, metric.id, modelPeriods(model, granularity)) ?? '';
  const chosen = query.units.length > 0
    ? query.units.filter((n) => findUnitsByName(model, [n]).length > 0)
    : lead
      ? leadingUnits(model, { metric: metric.id, period: lead, parent, per: query.per }, DEFAULT_COUNT).map((u) => ds.units[u]!.name)
      : [];
  const r = trendSeries(model, { metric: metric.id, granularity, units: findUnitsByName(model, chosen), parent, per: query.per });
  // Per unit and period: is this value partial? (trendSeries flags a period when any drawn unit is.)
  const seriesPartial = r.series.map((s) => r.periods.map((key, i) => r.partial[i] === true && perCapita(model, metric.id, key, query.per).partial[s.unit] === 1));
  const result = { ...r, seriesPartial };
  // Each line's street, for two drawn units of one name (东湖社区 of two streets).
  // The figures are the drawn lines (a same-named unit of another street among them) and the median of the street's units.
  const street = parent ? scopeMask(model, parent) : undefined;
  const units = street ? [...r.series.map((s) => s.unit), ...ds.units.flatMap((_, u) => (street[u] === 1 ? [u] : []))] : undefined;
  const source = sourceLine(ds, lang, sourceFiles(model, { metrics: [metric.id], periods: r.periods, units, per: query.per }));
  const spec = buildTrendChartSpec({ ...result, series: r.series.map((s) => ({ ...s, parent: ds.units[s.unit]?.parent ?? '' })) }, {
    metric, per: query.per, parent: query.parent, source,
    periodLabel: (k) => formatPeriodLabel(k, lang), granularityLabel: messagesFor(lang).granularity[granularity], lang,
  });
  return { granularity, granularities, chosen, result, spec };
}

/** The 趋势 view's query. */
export function getTrendQueryOptions(model: Analysis, query: TrendViewQuery, lang: Lang) {
  const { metric, period, parent, per, units } = query;
  return viewQueryOptions('trend', model, [metric, period, parent, per, units, lang], () => trendViewModel(model, query, lang));
}
