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
import { roundOrNull } from './imbalance-specs';
import { changeText } from './league-text';
import { tableWords } from './table-words';
import { formatNumber } from '../analysis/format-number';

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

/** Fraction digits of a score at most: one for percentiles (75.3, 75), two for z-scores (+0.53). */
const SCORE_DIGITS: Readonly<Record<CompositeMethod, number>> = { percentile: 1, zscore: 2 };

/** A score as the exported table holds it: rounded to the digits the page and a slide show; null when there is none. */
function scoreFigure(x: number, method: CompositeMethod): number | null {
  return roundOrNull(x, SCORE_DIGITS[method]);
}

/**
 * A score as the page writes it, the exported cell's number as its slide writes it (signed, as a
 * change, for z-scores): `75.3`, `75`, `+0.53`, `−1.2`, `—`.
 */
export function compositeScoreText(x: number, method: CompositeMethod, lang?: SpecLang): string {
  const v = scoreFigure(x, method);
  if (v === null) return '—';
  return method === 'zscore' ? changeText(v, lang) : formatNumber(v, lang ?? 'zh', { digits: SCORE_DIGITS.percentile });
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
  // Rounded to the page's digits (scoreFigure), and a z-score signed (+0.53) on a slide as on the page.
  const score = { numeric: true, ...(ctx.method === 'zscore' ? { signed: true } : {}) };
  return {
    ...(lang === 'en' ? { lang } : {}),
    title: w.compositeTitle(ctx.parent),
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent, lang)} · ${perText(ctx.per, lang)} · ${ctx.method === 'percentile' ? w.methodPercentile : w.methodZ}`,
    source: ctx.source,
    columns: [
      { key: 'rank', label: cw.colRank, numeric: true }, { key: 'name', label: cw.colCommunity }, { key: 'parent', label: cw.colParent },
      { key: 'score', ...score, label: w.compositeScore },
      ...ctx.chosen.map((m) => ({ key: m.id, ...score, label: w.compositeScoreOf(metricName(m, lang)) })),
      { key: 'mark', label: cw.colMark },
    ],
    rows: result.rows.map((r) => [
      r.rank, r.name, r.parent, scoreFigure(r.score, ctx.method), ...r.parts.map((p) => scoreFigure(p.score, ctx.method)),
      compositeMarkText(r, lang),
    ]),
    notes: [lang === 'en' ? result.methodNoteEn : result.methodNote],
  };
}
