/**
 * What the 排行 view's 综合指数 mode draws for a query and chosen weights: the composite index of
 * the units, the metrics it uses and the exported table. Pure: analysis model + query → data.
 */
import { compositeIndex, type CompositeMethod, type CompositeResult } from '../../../analysis/composite-index';
import type { Lang } from '../../../analysis/format-number';
import type { Analysis } from '../../../analysis/model/analysis';
import type { TableSpec } from '../../../charts/chart-spec';
import { chartWords } from '../../../charts/chart-words';
import { parentText, perText, sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { viewQueryOptions } from '../../api/view-query-options';
import { messagesFor } from '../../i18n/use-t';
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
  const t = messagesFor(lang);
  const c = t.composite;
  const l = t.league;
  const defs = new Map<string, MetricDef>(compositeCandidates(metricOptions(model.cube)).map((m) => [m.id, m]));
  const chosen = weights.map((w) => defs.get(w.id)!).filter(Boolean);
  const result = compositeIndex(model, { metrics: weights, period: query.period, method, per: query.per, parent: query.parent || undefined });
  const name = (m: MetricDef) => (lang === 'en' ? m.en : m.zh);
  const table: TableSpec = {
    ...(lang === 'en' ? { lang } : {}),
    title: l.compositeTitle(query.parent),
    subtitle: `${formatPeriodLabel(query.period, lang)} · ${parentText(query.parent, lang)} · ${perText(query.per, lang)} · ${method === 'percentile' ? c.methodPercentile : c.methodZ}`,
    source: sourceLine(model.cube, lang),
    columns: [
      { key: 'rank', label: l.rank, numeric: true }, { key: 'name', label: l.community }, { key: 'parent', label: l.parent },
      { key: 'score', label: c.score, numeric: true },
      ...chosen.map((m) => ({ key: m.id, label: c.scoreOf(name(m)), numeric: true })),
      { key: 'mark', label: chartWords(lang).colMark },
    ],
    rows: result.rows.map((r) => [
      r.rank, r.name, r.parent, r.score, ...r.parts.map((p) => (Number.isFinite(p.score) ? p.score : null)),
      // What the method note calls 表中已标注: the metrics a score is without, and why.
      [r.missing.length > 0 ? c.missingCount(r.missing.length) : '', r.partial.length > 0 ? c.partialCount(r.partial.length) : ''].join('').trim(),
    ]),
    notes: [lang === 'en' ? result.methodNoteEn : result.methodNote],
  };
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
