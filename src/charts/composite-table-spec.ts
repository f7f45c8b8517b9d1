/**
 * The 综合指数 table for export (CSV/XLSX/PPTX): rank, unit, street, the composite score and each
 * metric's score as numbers, and a 标注 column with the marks the method note calls 表中已标注
 * (缺N项, N项不完整). Its words are the ones the page's table uses (tableWords), so both say the same.
 */
import type { CompositeMethod, CompositeResult } from '../analysis/composite-index';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { SpecLang, TableSpec } from './chart-spec';
import { chartWords, metricName } from './chart-words';
import { parentText, perText, type PerBaseText } from './spec-text';
import { tableWords } from './table-words';

export interface CompositeSpecContext {
  readonly periodLabel: string;
  readonly parent: string;
  readonly per: PerBaseText;
  readonly method: CompositeMethod;
  readonly source: string;
  /** The metrics with a weight, in the order of each row's parts. */
  readonly chosen: readonly MetricDef[];
  readonly lang?: SpecLang;
}

/** `（缺1项）（2项不完整）`: the metrics a unit's score is without, and those left out as partial. */
export function compositeMarkText(r: { readonly missing: readonly unknown[]; readonly partial: readonly unknown[] }, lang?: SpecLang): string {
  const w = tableWords(lang);
  return [r.missing.length > 0 ? w.compositeMissing(r.missing.length) : '', r.partial.length > 0 ? w.compositePartial(r.partial.length) : '']
    .filter(Boolean).join(lang === 'en' ? ' ' : '');
}

export function buildCompositeTableSpec(result: CompositeResult, ctx: CompositeSpecContext): TableSpec {
  const { lang } = ctx;
  const w = tableWords(lang);
  const cw = chartWords(lang);
  return {
    ...(lang === 'en' ? { lang } : {}),
    title: w.compositeTitle(ctx.parent),
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent, lang)} · ${perText(ctx.per, lang)} · ${ctx.method === 'percentile' ? w.methodPercentile : w.methodZ}`,
    source: ctx.source,
    columns: [
      { key: 'rank', label: cw.colRank, numeric: true }, { key: 'name', label: cw.colCommunity }, { key: 'parent', label: cw.colParent },
      { key: 'score', label: w.compositeScore, numeric: true },
      ...ctx.chosen.map((m) => ({ key: m.id, label: w.compositeScoreOf(metricName(m, lang)), numeric: true })),
      { key: 'mark', label: cw.colMark },
    ],
    rows: result.rows.map((r) => [
      r.rank, r.name, r.parent, r.score, ...r.parts.map((p) => (Number.isFinite(p.score) ? p.score : null)),
      compositeMarkText(r, lang),
    ]),
    notes: [lang === 'en' ? result.methodNoteEn : result.methodNote],
  };
}
