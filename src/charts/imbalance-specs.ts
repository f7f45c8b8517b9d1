/**
 * Export specs of the 均衡 view: the spread table, the laggard list and the percentile heatmap as
 * TableSpecs, and the spread over time (CV and Gini per period) as a line ChartSpec. Pure: the
 * view draws the same numbers and the export menu sends these to CSV/XLSX/PPTX/PNG.
 */
import { formatNumber, formatRatio, formatShare, qualifierMark, shareDigits } from '../analysis/format-number';
import { heatmapRows, percentileAt, type PercentileMatrix } from '../analysis/heatmap';
import { isRankedForImbalance, type MetricImbalance } from '../analysis/imbalance';
import { combinePartialMeanings, type PartialMeaning } from '../analysis/partial-meaning';
import type { PersistentLaggard } from '../analysis/persistent-laggards';
import type { SpreadTrend } from '../analysis/spread-trend';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { Granularity } from '../data/vocabulary/period';
import type { ChartSpec, SpecLang, TableSpec } from './chart-spec';
import { chartWords, metricName } from './chart-words';
import { laggingRule } from './league-table-spec';
import { SERIES_PALETTE } from './palette';
import { finiteOrNull, parentText, perText, valueUnit, type PerBaseText } from './spec-text';
import { tableWords } from './table-words';

/** What every 均衡 spec needs besides its data. */
export interface ImbalanceSpecContext {
  /** `2024年第四季度`. */
  readonly periodLabel: string;
  /** Street filter ('' = all). */
  readonly parent: string;
  readonly per: PerBaseText;
  /** sourceLine of the files its figures come from (sourceFiles). */
  readonly source: string;
  readonly lang?: SpecLang;
  /** The granularity of the period, which 持续靠后 runs are counted in (absent: none). */
  readonly granularity?: Granularity | undefined;
}

/** A finite number rounded to `digits` decimals, else null (an empty cell, never 0). */
export function roundOrNull(x: number, digits: number): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const langOf = (lang?: SpecLang) => (lang ? { lang } : {});

function subtitle(ctx: ImbalanceSpecContext): string {
  return `${ctx.periodLabel} · ${parentText(ctx.parent, ctx.lang)} · ${perText(ctx.per, ctx.lang)}`;
}

/**
 * Why a metric is left out of the "most unequal" ranking, as its tag: 基础指标 only for the base
 * figures (人口, 户数), 数值过小 for sparse counts, 背景指标 for other neutral metrics; '' when ranked.
 */
export function unrankedTag(m: Pick<MetricImbalance, 'ranked' | 'sparse' | 'metric'>, w: { baseTag: string; sparseTag: string; contextTag: string }): string {
  if (m.ranked) return '';
  if (m.metric.family === 'base') return w.baseTag;
  return m.sparse ? w.sparseTag : w.contextTag;
}

/**
 * 落后单位 of a spread row as the table holds it (the page writes it, a slide shows it): the count,
 * or null (—) for a metric with no better or worse (base 常住人口, 户数; neutral context 低保户数),
 * of which no unit lags however far below the median it is (isRankedForImbalance).
 */
export function spreadLaggards(m: Pick<MetricImbalance, 'metric' | 'laggardCount'>): number | null {
  return isRankedForImbalance(m.metric) ? m.laggardCount : null;
}

/**
 * Fraction digits of the spread table's figures, trailing zeros kept: the page writes them (0.70,
 * 5.3倍) and a slide shows the same number (0.70, 5.3 under 倍); CSV/XLSX hold it rounded so.
 */
const SPREAD_DIGITS = { cv: 2, gini: 2, maxMin: 1, p90p10: 1 } as const;

/** A figure of the spread table: a coefficient (CV, Gini) or a ratio (最高/最低, P90/P10). */
export type SpreadFigure = keyof typeof SPREAD_DIGITS;

/**
 * One figure of a metric's spread row as the exported table holds it: rounded to its digits (the
 * page writes this number, spreadFigureText); an infinite ratio (lowest is 0) in words as on the
 * page (最低为0), not left as —; null when there is none.
 */
export function spreadFigure(m: MetricImbalance, key: SpreadFigure, lang: SpecLang = 'zh'): number | string | null {
  const x = m[key];
  if (x === Infinity && (key === 'maxMin' || key === 'p90p10')) return formatRatio(x, lang);
  return roundOrNull(x, SPREAD_DIGITS[key]);
}

/** A figure as the page writes it: the exported cell's number in the digits a slide shows it with, a ratio with 倍. */
export function spreadFigureText(m: MetricImbalance, key: SpreadFigure, lang: SpecLang = 'zh'): string {
  const v = spreadFigure(m, key, lang);
  if (typeof v !== 'number') return v ?? '—';
  const digits = { digits: SPREAD_DIGITS[key], fixed: true };
  return key === 'cv' || key === 'gini' ? formatNumber(v, lang, digits) : formatRatio(v, lang, digits);
}

/** A percentage as the page writes it: the number with %, one decimal under 1% (formatShare's rule). */
function percentText(v: number | null, lang: SpecLang): string {
  return v === null ? '—' : `${formatNumber(v, lang, { digits: shareDigits(v) })}%`;
}

/** A percentage 0–100 rounded as formatShare writes it (71, 0.4), null when there is none. */
function percentFigure(x: number): number | null {
  return roundOrNull(x * 100, shareDigits(x * 100));
}

/**
 * The share of a metric's Theil index between or within streets, as the exported table holds it: a
 * percentage (71) under 占比（%）; null when there is no gap to split or it is not split (unsplit).
 */
export function theilShare(m: MetricImbalance, part: 'between' | 'within'): number | null {
  return m.theil.total > 0 ? percentFigure(m.theil[part] / m.theil.total) : null;
}

/** That share as the page writes it: 71%, or — . */
export function theilShareText(m: MetricImbalance, part: 'between' | 'within', lang: SpecLang = 'zh'): string {
  return percentText(theilShare(m, part), lang);
}

/** 各指标差距: one row per metric, in the view's order (by CV, base metrics last). */
export function buildSpreadTableSpec(rows: readonly MetricImbalance[], ctx: ImbalanceSpecContext): TableSpec {
  const w = tableWords(ctx.lang);
  const figure = (m: MetricImbalance, key: SpreadFigure) => spreadFigure(m, key, ctx.lang);
  return {
    ...langOf(ctx.lang),
    title: w.spreadTitle(w.scope(ctx.parent)),
    subtitle: subtitle(ctx),
    source: ctx.source,
    columns: [
      { key: 'metric', label: w.colMetric },
      { key: 'n', label: w.colN, numeric: true },
      { key: 'cv', label: w.colCv, numeric: true, fractionDigits: SPREAD_DIGITS.cv },
      { key: 'gini', label: w.colGini, numeric: true, fractionDigits: SPREAD_DIGITS.gini },
      { key: 'maxMin', label: w.colMaxMin, numeric: true, fractionDigits: SPREAD_DIGITS.maxMin },
      { key: 'p90p10', label: w.colP90, numeric: true, fractionDigits: SPREAD_DIGITS.p90p10 },
      { key: 'between', label: w.colBetween, numeric: true },
      { key: 'within', label: w.colWithin, numeric: true },
      { key: 'laggards', label: w.colLaggards, numeric: true },
      { key: 'note', label: w.colNote },
    ],
    rows: rows.map((m) => [
      metricName(m.metric, ctx.lang), m.n, figure(m, 'cv'), figure(m, 'gini'),
      figure(m, 'maxMin'), figure(m, 'p90p10'), theilShare(m, 'between'), theilShare(m, 'within'),
      spreadLaggards(m), [unrankedTag(m, w), m.partial ? w.partialTag : ''].filter(Boolean).join(ctx.lang === 'en' ? ', ' : '、'),
    ]),
    notes: [w.noteSpread, ...(rows.some(unsplit) ? [w.noteNoStreetSplit] : []), ...partialNotes(rows, ctx.lang)],
  };
}

/** A metric whose gap is not split by street: some unit with a value has no street (MetricImbalance.theil). */
export const unsplit = (m: MetricImbalance): boolean => m.theil.total > 0 && Number.isNaN(m.theil.between);

/**
 * What the 不完整 tags of the spread table mean: per metric, how many units were left out for partial
 * data (or that all its values are partial), one note per distinct wording.
 */
function partialNotes(rows: readonly MetricImbalance[], lang: SpecLang | undefined): string[] {
  const w = tableWords(lang);
  const byNote = new Map<string, string[]>();
  for (const m of rows) {
    if (!m.partial) continue;
    const note = w.partialNote(m.partialLeftOut, m.partialMeaning);
    byNote.set(note, [...(byNote.get(note) ?? []), metricName(m.metric, lang)]);
  }
  return [...byNote].map(([note, names]) => w.partialOf(names.join(w.nameSep), note));
}

/** The laggard criterion as the page's slider and the exported note say it: 50% of the median, or 2倍 where lower is better. */
export function laggardCriterionText(lower: boolean, share: number, lang: SpecLang = 'zh'): string {
  return lower ? formatRatio(1 / share, lang) : formatShare(share);
}

/**
 * A laggard's value ÷ the median as the exported table holds it: a percentage (45) where higher is
 * better, a ratio to one digit (2.9) where lower is better; null when there is none.
 */
function shareOfMedianFigure(lower: boolean, x: number): number | null {
  return lower ? roundOrNull(x, 1) : percentFigure(x);
}

/** That figure as the page writes it: the exported cell's number with % (45%), or with 倍 in the slide's digits (2.9倍, 2.0倍). */
export function shareOfMedianText(lower: boolean, x: number, lang: SpecLang = 'zh'): string {
  const v = shareOfMedianFigure(lower, x);
  if (v === null) return '—';
  return lower ? formatRatio(v, lang, { digits: 1, fixed: true }) : percentText(v, lang);
}

/** Names in the 持续靠后 and outlier lists before “…, N in all”. */
export const NAMES_SHOWN = 20;

/** The first NAMES_SHOWN items joined, and how many there are when some are left out (等，共45个). */
export function nameList(items: readonly string[], lang?: SpecLang): string {
  const w = tableWords(lang);
  return items.length <= NAMES_SHOWN ? items.join(w.nameSep) : items.slice(0, NAMES_SHOWN).join(w.nameSep) + w.andMore(items.length);
}

/** The units with a 连续N期靠后 run as the page's 名单 and the slide's note list them: 乙社区（4期）、… */
export function persistentNames(persistent: readonly PersistentLaggard[], lang?: SpecLang): string {
  return nameList(persistent.map((p) => tableWords(lang).laggingItem(p.name, p.run)), lang);
}

/**
 * What the 持续靠后 count counts, when the laggard table does not list them all: of the units with a
 * run (all of the scope's), how many are far behind and in the table; null when it lists them all.
 */
export function persistentListedNote(m: MetricImbalance, persistent: readonly PersistentLaggard[], lang?: SpecLang): string | null {
  const listed = new Set(m.laggards.map((l) => l.unit));
  const k = persistent.filter((p) => listed.has(p.unit)).length;
  return k === persistent.length ? null : tableWords(lang).laggingListed(k, persistent.length);
}

/** 明显落后的单位 of one metric, with the 连续N期靠后 run where there is one. */
export function buildLaggardTableSpec(m: MetricImbalance, allRuns: readonly PersistentLaggard[], share: number, ctx: ImbalanceSpecContext): TableSpec {
  const w = tableWords(ctx.lang);
  // A metric with no better or worse: no laggards, no runs, no criterion; the note says why.
  const judged = isRankedForImbalance(m.metric);
  const laggards = judged ? m.laggards : [];
  const persistent = judged ? allRuns : [];
  const lang = ctx.lang ?? 'zh';
  const unit = valueUnit(m.metric, ctx.per, ctx.lang);
  const lower = m.metric.direction === 'lower';
  const runOf = new Map(persistent.map((p) => [p.unit, p.run]));
  const notes = judged ? [w.noteLaggards(lower, laggardCriterionText(lower, share, lang), formatNumber(m.median, lang, { unit }))] : [w.notJudged(metricName(m.metric, ctx.lang))];
  const runs = laggards.some((l) => runOf.has(l.unit));
  // The page's 持续靠后 words, and what they mean with the granularity and cutoff, as the 排行 page
  // says it; then as many units as the page counts (every one of the scope with a run, not only
  // the rows here), by name, and how many of them the table lists.
  if (persistent.length > 0) {
    notes.push(laggingRule(ctx.granularity, ctx.periodLabel, lang) + w.laggingEnd, w.laggingAll(persistent.length, persistentNames(persistent, lang)));
    const listed = persistentListedNote(m, persistent, lang);
    if (listed !== null) notes.push(listed);
  }
  if (judged && laggards.length === 0) notes.push(w.noLaggards);
  if (m.partial) notes.push(w.partialNote(m.partialLeftOut, m.partialMeaning));
  const marks = laggards.map((l) => qualifierMark(l.qualifier).mark);
  if (marks.some((x) => x !== '')) notes.push(chartWords(ctx.lang).noteMarkColumn);
  return {
    ...langOf(ctx.lang),
    title: w.laggardTitle(w.scope(ctx.parent), metricName(m.metric, ctx.lang)),
    subtitle: subtitle(ctx),
    source: ctx.source,
    columns: [
      { key: 'name', label: w.colUnit },
      { key: 'parent', label: w.colParent },
      { key: 'value', label: w.colValue(unit), numeric: true, valueDigits: true, exact: laggards.map((l) => finiteOrNull(l.value)) },
      { key: 'mark', label: w.colMark },
      { key: 'share', label: w.colShare(lower), numeric: true, ...(lower ? { fractionDigits: 1 } : {}) },
      ...(runs ? [{ key: 'lagging', label: w.laggingCol }] : []),
    ],
    rows: laggards.map((l, i) => {
      const run = runOf.get(l.unit);
      return [l.name, l.parent, roundOrNull(l.value, 4), marks[i]!, shareOfMedianFigure(lower, l.shareOfMedian), ...(runs ? [run ? w.laggingRun(run) : ''] : [])];
    }),
    notes,
  };
}

/** The spread-over-time chart's texts besides the data. */
export interface SpreadTrendSpecContext extends ImbalanceSpecContext {
  readonly metric: MetricDef;
  /** Period key → label. */
  readonly periodName: (key: string) => string;
  /** `季度`, `Quarterly`. */
  readonly granularityLabel: string;
}

/** CV (solid, blue) and Gini (orange) per period: is the gap widening? */
export function buildSpreadTrendSpec(trend: SpreadTrend, ctx: SpreadTrendSpecContext): ChartSpec {
  const w = tableWords(ctx.lang);
  const cw = chartWords(ctx.lang);
  const lang = ctx.lang ?? 'zh';
  const direction = trend.trend === 'widening' ? w.trendWidening : trend.trend === 'narrowing' ? w.trendNarrowing : w.trendStable;
  const slope = `${trend.slope >= 0 ? '+' : ''}${formatNumber(trend.slope, lang, { digits: 3 })}`;
  const words = ctx.lang === 'en' ? { cv: 'CV', gini: 'Gini' } : { cv: '变异系数', gini: '基尼系数' };
  return {
    kind: 'line',
    ...langOf(ctx.lang),
    title: w.trendTitle(metricName(ctx.metric, ctx.lang)),
    subtitle: w.trendSubtitle(ctx.granularityLabel, parentText(ctx.parent, ctx.lang), perText(ctx.per, ctx.lang)),
    source: ctx.source,
    categories: trend.points.map((p) => ctx.periodName(p.period)),
    series: [
      { name: words.cv, values: trend.points.map((p) => roundOrNull(p.cv, 4)), color: SERIES_PALETTE[0] },
      { name: words.gini, values: trend.points.map((p) => roundOrNull(p.gini, 4)), color: SERIES_PALETTE[1] },
    ],
    unit: w.trendUnit,
    notes: [w.trendNote(direction, slope), ...(trend.points.some((p) => !Number.isFinite(p.cv)) ? [cw.noteGaps] : [])],
  };
}

/** Rows the heatmap shows at most: a street's communities all fit; of a whole city, those furthest behind. */
export const HEATMAP_ROWS = 60;

/**
 * The heatmap's rows (indices into matrix.units) as the page draws them and the export holds them:
 * every unit in dataset order when they fit, else the HEATMAP_ROWS furthest behind, worst first (heatmapRows).
 */
export function heatmapShownRows(matrix: PercentileMatrix): number[] {
  return heatmapRows(matrix, HEATMAP_ROWS);
}

/** Row r's percentile on metric j as the page writes it and a slide shows it: 0–100 (null: none) and its value's mark (≈, ＞, ＜). */
export function heatCell(matrix: PercentileMatrix, r: number, j: number): { readonly pct: number | null; readonly mark: string } {
  const pct = roundOrNull(percentileAt(matrix, r, j) * 100, 0);
  return { pct, mark: pct === null ? '' : qualifierMark(matrix.qualifier(r, j)).mark };
}

/**
 * The heatmap's notes the page and the export both write: how many units it lists of how many and in
 * what order (when not all fit), and what a mark after a percentile means (when a shown cell has one).
 */
export function heatmapNotes(matrix: PercentileMatrix, shown: readonly number[], lang?: SpecLang): string[] {
  const w = tableWords(lang);
  const total = matrix.units.length;
  const marked = shown.some((r) => matrix.metrics.some((_, j) => heatCell(matrix, r, j).mark !== ''));
  return [
    ...(shown.length < total ? [w.heatSubset(shown.length, total)] : []),
    ...(marked ? [w.heatMarks] : []),
  ];
}

/**
 * The heatmap as a table: the page's rows in its order (heatmapShownRows), one percentile (0–100)
 * column per metric; CSV/XLSX hold every unit (allRows).
 */
export function buildHeatmapTableSpec(
  matrix: PercentileMatrix,
  units: readonly { readonly name: string; readonly parent: string }[],
  metrics: readonly MetricDef[],
  ctx: ImbalanceSpecContext,
): TableSpec {
  const w = tableWords(ctx.lang);
  const m = matrix.metrics.length;
  if (metrics.length !== m) throw new Error(`buildHeatmapTableSpec: ${metrics.length} metric defs for ${m} matrix columns`);
  // The rows, their cells and notes are found when an export reads them, not on every period
  // switch of the 均衡 view (a whole city's 5,617 units are ranked to find those furthest behind).
  let shown: number[] | undefined;
  const shownRows = () => (shown ??= heatmapShownRows(matrix));
  let cells: { readonly pct: number | null; readonly mark: string }[][] | undefined;
  const cellsOf = () => (cells ??= shownRows().map((r) => metrics.map((_, j) => heatCell(matrix, r, j))));
  let rows: TableSpec['rows'] | undefined;
  let allRows: TableSpec['rows'] | undefined;
  const rowOf = (r: number, pcts: readonly (number | null)[]): (string | number | null)[] => {
    const unit = units[matrix.units[r]!];
    if (unit === undefined) throw new Error(`buildHeatmapTableSpec: unit index ${matrix.units[r]} out of range`);
    return [unit.name, unit.parent, ...pcts];
  };
  return {
    ...langOf(ctx.lang),
    title: w.heatTitle(w.scope(ctx.parent)),
    subtitle: subtitle(ctx),
    source: ctx.source,
    columns: [
      { key: 'name', label: w.colUnit },
      { key: 'parent', label: w.colParent },
      ...metrics.map((d, j) => ({
        key: d.id, label: w.heatColumn(metricName(d, ctx.lang)), numeric: true, heat: true,
        get marks() { return cellsOf().map((row) => row[j]!.mark); },
      })),
    ],
    get rows() {
      rows ??= shownRows().map((r, i) => rowOf(r, cellsOf()[i]!.map((c) => c.pct)));
      return rows;
    },
    // The data files hold every unit, in the dataset's order.
    get allRows() {
      allRows ??= matrix.units.map((_, r) => rowOf(r, metrics.map((_d, j) => heatCell(matrix, r, j).pct)));
      return allRows;
    },
    get notes() { return [w.heatNote, ...heatmapNotes(matrix, shownRows(), ctx.lang), ...heatPartialNotes(matrix, w.heatPartial)]; },
  };
}

/**
 * The heatmap's note on partial values left out of the percentiles, in `words` (the page's or the
 * export's), saying what they lack together over its metrics (PercentileMatrix.partialMeanings);
 * none when none was left out.
 */
export function heatPartialNotes(matrix: Pick<PercentileMatrix, 'partialLeftOut' | 'partialMeanings'>, words: (m: PartialMeaning) => string): string[] {
  const left = matrix.partialMeanings.filter((_, j) => matrix.partialLeftOut[j]! > 0);
  return left.length === 0 ? [] : [words(combinePartialMeanings(left))];
}
