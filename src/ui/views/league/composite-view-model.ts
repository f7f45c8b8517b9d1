/**
 * What the 排行 view's 综合指数 mode draws for a query and chosen weights: the composite index of
 * the units, the metrics it uses and the exported table. Pure: analysis model + query → data.
 */
import { compositeIndex, type CompositeMethod, type CompositeResult } from '../../../analysis/composite-index';
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import type { TableSpec } from '../../../charts/chart-spec';
import { buildCompositeTableSpec } from '../../../charts/composite-table-spec';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { viewQueryOptions } from '../../api/view-query-options';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';
import { compositeCandidates } from './composite-weights';

export type CompositeViewQuery = Pick<ViewQuery, 'period' | 'parent' | 'per'>;

export interface CompositeViewModel {
  readonly result: CompositeResult;
  /** The metrics with a weight, in weight order. */
  readonly chosen: readonly MetricDef[];
  readonly table: TableSpec;
}

/** The composite index over `weights` (positive weights only); null when no metric has a weight. */
export function compositeViewModel(
  model: Analysis, query: CompositeViewQuery, weights: readonly { id: string; weight: number }[], method: CompositeMethod, lang: Lang,
): CompositeViewModel | null {
  if (weights.length === 0) return null;
  const defs = new Map<string, MetricDef>(compositeCandidates(metricOptions(model.cube)).map((m) => [m.id, m]));
  const chosen = weights.map((w) => defs.get(w.id)!).filter(Boolean);
  const result = compositeIndex(model, { metrics: weights, period: query.period, method, per: query.per, parent: query.parent || undefined });
  const table = buildCompositeTableSpec(result, {
    periodLabel: formatPeriodLabel(query.period, lang), parent: query.parent, per: query.per, method,
    source: sourceLine(model.cube, lang, sourceFiles(model, { metrics: chosen.map((m) => m.id), periods: [query.period], parent: query.parent, per: query.per })), chosen, lang,
  });
  return { result, chosen, table };
}

/** The 排行 view's query in 综合指数 mode. */
export function getCompositeQueryOptions(
  model: Analysis, query: CompositeViewQuery, weights: readonly { id: string; weight: number }[], method: CompositeMethod, lang: Lang,
) {
  const { period, parent, per } = query;
  return viewQueryOptions('composite', model, [period, parent, per, weights, method, lang],
    () => compositeViewModel(model, query, weights, method, lang));
}
