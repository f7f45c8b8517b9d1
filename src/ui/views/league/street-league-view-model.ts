/**
 * What the 排行 view's 街道/镇 mode draws: streets ranked as groups, and the exported table.
 * Pure: analysis model + query → data.
 */
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import { buildStreetLeague, type StreetRow } from '../../../analysis/street-league';
import type { TableSpec } from '../../../charts/chart-spec';
import { sourceLine } from '../../../charts/spec-text';
import { buildStreetLeagueTableSpec } from '../../../charts/street-league-spec';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { PeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';

export type StreetLeagueViewQuery = Pick<ViewQuery, 'metric' | 'period' | 'per' | 'compare'>;

export interface StreetLeagueViewModel {
  readonly league: { readonly rows: StreetRow[]; readonly previous: PeriodKey };
  /** Some street has a rank in the comparison period. */
  readonly hasPrevious: boolean;
  readonly table: TableSpec;
}

/** The street league of `query.metric` in `query.period`; null when the metric or period is not set. */
export function streetLeagueViewModel(model: Analysis, query: StreetLeagueViewQuery, lang: Lang): StreetLeagueViewModel | null {
  const metric = metricOptions(model.cube).find((m) => m.id === query.metric);
  if (!metric || !query.period) return null;
  const league = buildStreetLeague(model, { metric: metric.id, period: query.period, per: query.per, compare: query.compare || undefined });
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const table = buildStreetLeagueTableSpec(league.rows, {
    metric, periodLabel: formatPeriodLabel(query.period, lang), previousLabel: hasPrevious ? formatPeriodLabel(league.previous, lang) : '',
    per: query.per, lang,
    source: sourceLine(model.cube, lang, sourceFiles(model, {
      metrics: [metric.id], periods: hasPrevious ? [query.period, league.previous] : [query.period], per: query.per, ratios: 'parts',
    })),
  });
  return { league, hasPrevious, table };
}

/** The 排行 view's query in 街道/镇 mode. */
export function getStreetLeagueQueryOptions(model: Analysis, query: StreetLeagueViewQuery, lang: Lang) {
  const { metric, period, per, compare } = query;
  return viewQueryOptions('street-league', model, [metric, period, per, compare, lang], () => streetLeagueViewModel(model, query, lang));
}
