/**
 * What the 总览 view draws for a query: the period's headline totals and findings, and the table
 * its export menu sends. Pure: analysis model + query → data.
 */
import { previousKey, sameLastYearKey } from '../../../analysis/available-periods';
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import { buildOverview, type Overview } from '../../../analysis/overview';
import { resolveMetric } from '../../../analysis/resolve-metric';
import type { TableSpec } from '../../../charts/chart-spec';
import { buildOverviewTableSpec } from '../../../charts/overview-table-spec';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { viewQueryOptions } from '../../api/view-query-options';
import type { ViewQuery } from '../../view-query';

export interface OverviewViewModel {
  readonly overview: Overview;
  readonly table: TableSpec;
}

/** The overview of `query.period`; null without a period. */
export function overviewViewModel(model: Analysis, query: Pick<ViewQuery, 'period'>, lang: Lang): OverviewViewModel | null {
  if (!query.period) return null;
  const ds = model.cube;
  const overview = buildOverview(model, query.period, lang);
  const table = buildOverviewTableSpec(overview, {
    periodLabel: formatPeriodLabel(query.period, lang), lang,
    // The totals, their 环比 and 同比 bases, of every metric the table lists.
    source: sourceLine(ds, lang, sourceFiles(model, {
      metrics: overview.families.flatMap((f) => f.metrics.map((m) => m.id)),
      periods: [query.period, previousKey(query.period), sameLastYearKey(query.period)].filter((k) => k !== ''),
      ratios: 'parts',
    })),
    unitEn: (id) => resolveMetric(ds, id)?.unitEn,
  });
  return { overview, table };
}

/** The 总览 view's query. */
export function getOverviewQueryOptions(model: Analysis, query: Pick<ViewQuery, 'period'>, lang: Lang) {
  return viewQueryOptions('overview', model, [query.period, lang], () => overviewViewModel(model, query, lang));
}
