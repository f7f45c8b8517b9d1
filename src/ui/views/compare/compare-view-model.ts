/**
 * What the 对比 view draws for a query: the main period's units (compareUnits), the comparison
 * period's values by unit, the period choices for the 对比期间 control, and the chart specs (bars,
 * or small multiples by street, and the histogram shown at city scale). Pure: analysis model +
 * query → data.
 */
import { availablePeriods, previousKey, sameLastYearKey, type RollUpGranularity } from '../../../analysis/available-periods';
import { compareUnits, type CompareResult } from '../../../analysis/compare-units';
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import type { ChartSpec } from '../../../charts/chart-spec';
import { buildCompareBarsSpec, type OtherPeriod } from '../../../charts/compare-bars-spec';
import type { CompareSpecContext } from '../../../charts/compare-chart-spec';
import { buildDistributionSpec, type HistogramBin } from '../../../charts/distribution-spec';
import { buildSmallMultiples, type SmallMultiples } from '../../../charts/small-multiples-spec';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { Direction } from '../../../data/vocabulary/metric-catalog';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';

/**
 * More units with a value than this and the chart shows only the first and last TOP_BOTTOM. 津南区's
 * 154 communities (two periods: 308 bars) still show in full; recharts slows past a few hundred marks.
 */
export const CITY_SCALE = 200;
/** Bars at each end at city scale. */
export const TOP_BOTTOM = 15;
/** Small multiples draw every unit: above this many, ask for a street first. */
export const SMALL_MULTIPLES_MAX = 400;

export type CompareViewQuery = Pick<ViewQuery, 'metric' | 'period' | 'compare' | 'parent' | 'per'>;

export interface CompareData {
  readonly result: CompareResult;
  /** The comparison period's values, when `compare` is set and has data. */
  readonly other: OtherPeriod | undefined;
  /** Periods of the same granularity as the main one (without it), chronological. */
  readonly choices: readonly string[];
  /** 上期 / 去年同期 keys when the data has them, else ''. */
  readonly previous: string;
  readonly lastYear: string;
}

export interface CompareViewModel {
  readonly data: CompareData;
  readonly ctx: CompareSpecContext & { direction: Direction };
  /** More units with a value than CITY_SCALE: bars for the ends only, and the histogram. */
  readonly city: boolean;
  /** The bars (absent when small multiples are drawn instead). */
  readonly bars?: ChartSpec;
  /** Where every unit lies (drawn at city scale under the bars). */
  readonly distribution?: ChartSpec & { bins: HistogramBin[] };
  /** One small chart per street (分街道显示, up to SMALL_MULTIPLES_MAX units). */
  readonly smallMultiples?: SmallMultiples;
}

/** The 对比 view of a query; null when the metric or period is not set. */
export function compareViewModel(model: Analysis, query: CompareViewQuery, lang: Lang, byStreet = false): CompareViewModel | null {
  const ds = model.cube;
  const metric = metricOptions(ds).find((m) => m.id === query.metric);
  const { period, compare, parent, per } = query;
  if (!metric || !period) return null;
  const scope = { metric: metric.id, parent: parent || undefined, per };
  const result = compareUnits(model, { ...scope, period });
  const g = parsePeriodKey(period)?.granularity;
  const choices = g && g !== 'C' ? availablePeriods(ds, g as RollUpGranularity).filter((k) => k !== period) : [];
  const has = (k: string) => choices.includes(k);
  const prev = g && g !== 'C' ? previousKey(period) : '';
  const last = g && g !== 'C' ? sameLastYearKey(period) : '';
  let other: OtherPeriod | undefined;
  if (compare && compare !== period) {
    const r = compareUnits(model, { ...scope, period: compare });
    other = {
      label: formatPeriodLabel(compare, lang),
      values: new Map(r.items.map((it) => [it.unit, { value: it.value, qualifier: it.qualifier, partial: it.partial }])),
    };
  }
  const data: CompareData = { result, other, choices, previous: has(prev) ? prev : '', lastYear: has(last) ? last : '' };
  const ctx = {
    metric, periodLabel: formatPeriodLabel(period, lang), parent, per, source: sourceLine(ds, lang, sourceFiles(model, { metrics: [metric.id], periods: other ? [period, compare] : [period], parent, per })), direction: metric.direction, lang,
  };
  const city = result.items.length > CITY_SCALE;
  if (result.items.length === 0) return { data, ctx, city };
  if (byStreet && result.items.length <= SMALL_MULTIPLES_MAX) {
    return { data, ctx, city, smallMultiples: buildSmallMultiples(result, ctx, other) };
  }
  return {
    data, ctx, city,
    bars: buildCompareBarsSpec(result, ctx, { other, topBottom: city ? TOP_BOTTOM : undefined }),
    distribution: buildDistributionSpec(result.items.map((it) => it.value), ctx, undefined, result.median),
  };
}

/** The 对比 view's query. */
export function getCompareQueryOptions(model: Analysis, query: CompareViewQuery, lang: Lang, byStreet = false) {
  const { metric, period, compare, parent, per } = query;
  return viewQueryOptions('compare', model, [metric, period, compare, parent, per, lang, byStreet],
    () => compareViewModel(model, query, lang, byStreet));
}
