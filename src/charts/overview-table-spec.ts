/**
 * 总览 as a table: the period's headline total of every metric, by family, with 环比 and 同比
 * (percent, or percentage points for ratios) as numbers. Pure: the same figures as the cards.
 */
import { percentPointsUnit, qualifierMark } from '../analysis/format-number';
import type { Overview, OverviewMetric } from '../analysis/overview';
import type { SpecLang, TableSpec } from './chart-spec';
import { chartWords } from './chart-words';
import { roundOrNull } from './imbalance-specs';
import { changeText } from './league-text';
import { tableWords } from './table-words';

export interface OverviewSpecContext {
  readonly periodLabel: string;
  readonly source: string;
  readonly lang?: SpecLang;
  /** English unit of a metric id (the overview carries only the Chinese one); absent: the Chinese unit. */
  readonly unitEn?: (metricId: string) => string | undefined;
}

/** A change as shown on the cards: percentage points for ratios, else percent; null when none. */
export function overviewChange(pct: number, pp: number): number | null {
  return Number.isFinite(pp) ? roundOrNull(pp, 1) : roundOrNull(pct * 100, 1);
}

/**
 * Whether a change shown as 0 reads 持平 (chartWords changeFlat): exact, or about (≈0); not a bound,
 * since more than 0 (3500余 against 3500) is a rise of unknown size (＞0%, as the 排行 page's ＞0).
 */
export function zeroReadsFlat(q: number): boolean {
  const mark = qualifierMark(q).mark;
  return mark !== '＞' && mark !== '＜';
}

/**
 * That change as the cards write it, the exported cell's number as its slide writes it (signed,
 * as every change): `＞+6.5%`, `−1.2个百分点`; a change of 0 no percentage but 持平 with its mark
 * (`持平`, `≈持平`; the slide writes 持平, its mark in 环比标注), or `＞0%`; null when there is none.
 */
export function overviewChangeText(pct: number, pp: number, q: number, lang: SpecLang = 'zh'): string | null {
  const v = overviewChange(pct, pp);
  if (v === null) return null;
  if (v === 0 && zeroReadsFlat(q)) return `${qualifierMark(q).mark}${chartWords(lang).changeFlat}`;
  return `${changeText(v, lang, q)}${Number.isFinite(pp) ? percentPointsUnit(lang) : '%'}`;
}

/** A change column's flatZero: true when every row's zero reads 持平, else per row (zeroReadsFlat). */
function flatZeros(qualifiers: readonly number[]): boolean | boolean[] {
  const flags = qualifiers.map(zeroReadsFlat);
  return flags.every(Boolean) || flags;
}

export function buildOverviewTableSpec(overview: Overview, ctx: OverviewSpecContext): TableSpec {
  const w = tableWords(ctx.lang);
  const en = ctx.lang === 'en';
  // A change shown against a partial base: 环比 against the previous period, 同比 against last year.
  const momBasePartial = (m: OverviewMetric) => m.prevPartial && overviewChange(m.changePct, m.changePp) !== null;
  const yoyBasePartial = (m: OverviewMetric) => m.lastYearPartial && overviewChange(m.yoyPct, m.yoyPp) !== null;
  const note = (m: OverviewMetric) => [
    m.partial ? w.partial : '',
    momBasePartial(m) ? w.prevPartial : '',
    yoyBasePartial(m) ? w.lastYearPartial : '',
    !m.changeComparable || !m.yoyComparable ? w.notComparable : '',
  ].filter(Boolean).join(en ? ', ' : '、');
  const metrics = overview.families.flatMap((f) => f.metrics);
  // A change's mark gets its own column only when some change has one.
  const momMarks = metrics.some((m) => overviewChange(m.changePct, m.changePp) !== null && qualifierMark(m.changeQualifier).mark !== '');
  const yoyMarks = metrics.some((m) => overviewChange(m.yoyPct, m.yoyPp) !== null && qualifierMark(m.yoyQualifier).mark !== '');
  const markOf = (change: number | null, q: number) => (change === null ? '' : qualifierMark(q).mark);
  const rows = overview.families.flatMap((f) => f.metrics.map((m) => {
    const mom = overviewChange(m.changePct, m.changePp);
    const yoy = overviewChange(m.yoyPct, m.yoyPp);
    return [
      w.families[f.family], en ? m.labelEn : m.label, roundOrNull(m.total, 4),
      en ? (ctx.unitEn?.(m.id) ?? m.unit) : m.unit, qualifierMark(m.qualifier).mark,
      mom, ...(momMarks ? [markOf(mom, m.changeQualifier)] : []),
      yoy, ...(yoyMarks ? [markOf(yoy, m.yoyQualifier)] : []), note(m),
    ];
  }));
  const notes = [w.noteOverview];
  if (rows.some((r) => r[4] !== '')) notes.push(chartWords(ctx.lang).noteMarkColumn);
  if (momMarks || yoyMarks) notes.push(w.noteChangeMarks);
  if (metrics.some((m) => momBasePartial(m) || yoyBasePartial(m))) notes.push(w.noteBasePartial);
  return {
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    title: w.overviewTitle(ctx.periodLabel),
    subtitle: w.overviewSubtitle(ctx.periodLabel),
    source: ctx.source,
    columns: [
      { key: 'family', label: w.colFamily },
      { key: 'metric', label: w.colMetric },
      { key: 'total', label: w.colTotal, numeric: true, compact: true },
      { key: 'unit', label: w.colUnitName },
      { key: 'mark', label: w.colMark },
      { key: 'mom', label: w.colMom, numeric: true, signed: true, flatZero: flatZeros(metrics.map((m) => m.changeQualifier)) },
      ...(momMarks ? [{ key: 'momMark', label: w.colMomMark }] : []),
      { key: 'yoy', label: w.colYoy, numeric: true, signed: true, flatZero: flatZeros(metrics.map((m) => m.yoyQualifier)) },
      ...(yoyMarks ? [{ key: 'yoyMark', label: w.colYoyMark }] : []),
      { key: 'note', label: w.colNote },
    ],
    rows,
    notes,
  };
}
