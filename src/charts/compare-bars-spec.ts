/**
 * Compare bars for the 对比 view beyond the single-period chart: two periods side by side
 * (grouped bars sorted by the main period, with the change as ↑/↓), and at city scale only the
 * first and last n units with a `⋯` gap row between them, so the chart never draws thousands of
 * marks. Pure: the same spec is drawn by SpecBarChart and exported to PNG/PPTX.
 */
import { differenceQualifier } from '../analysis/combine-qualifiers';
import { partialMeaning } from '../analysis/partial-meaning';
import { qualifierMark } from '../analysis/format-number';
import { QUALIFIER_CODE, type Qualifier } from '../data/dataset/dataset';
import type { ChartSeries, ChartSpec, ReferenceLine, SpecLang } from './chart-spec';
import { chartWords, countText, metricName } from './chart-words';
import { compareReferences, type CompareSpecContext } from './compare-chart-spec';
import { COMPARE_PERIOD_COLOR, SERIES_PALETTE } from './palette';
import { parentText, perText, uniqueNames, valueUnit } from './spec-text';
import { PARTIAL_MARK, PREV_PARTIAL_MARK } from './unit-marks';

/** One unit's bar (structural, a subset of compareUnits' CompareItem). */
export interface CompareBarItem {
  /** ds.units index, to find the same unit in the other period. */
  readonly unit: number;
  readonly name: string;
  readonly parent: string;
  readonly value: number;
  readonly qualifier: Qualifier | number;
  readonly partial: boolean;
}

export interface CompareBarsResult {
  /** Sorted best → worst (compareUnits' order). */
  readonly items: readonly CompareBarItem[];
  readonly missing: readonly { readonly name: string }[];
  readonly median: number;
  readonly mean: number;
  /** Qualifier codes of the median and mean (absent: exact). */
  readonly medianQualifier?: number;
  readonly meanQualifier?: number;
  /** Partial items the median and mean leave out (compareUnits' referencePartialLeftOut). */
  readonly referencePartialLeftOut?: number;
}

/** The comparison period: its label and its values by unit index. */
export interface OtherPeriod {
  /** `2023年上半年`. */
  readonly label: string;
  /** `partial`: the value covers only part of that period (the unit is marked “†”, PREV_PARTIAL_MARK). */
  readonly values: ReadonlyMap<number, { readonly value: number; readonly qualifier: Qualifier | number; readonly partial?: boolean }>;
}

export interface CompareBarsOptions {
  readonly other?: OtherPeriod;
  /** Show only the first n and last n units (when there are more than 2n). */
  readonly topBottom?: number;
  /** Title override (small multiples use the street name). */
  readonly title?: string;
  /** Reference lines override (small multiples draw the overall median only). */
  readonly references?: readonly ReferenceLine[];
  /**
   * Medians beyond the reference lines that leave out the partial units too, named after the
   * lines in the note `…只计数据完整的单位` (small multiples: the street medians of the panel headings).
   */
  readonly alsoComplete?: readonly string[];
}

/** A qualifier as its code (QUALIFIERS index). */
const code = (q: Qualifier | number): number => (typeof q === 'number' ? q : QUALIFIER_CODE[q]);

/** Index lists of the rows shown: all, or the first n and last n with a gap between (null). */
export function topBottomRows(count: number, n: number | undefined): (number | null)[] {
  if (n === undefined || count <= 2 * n) return Array.from({ length: count }, (_, i) => i);
  const head = Array.from({ length: n }, (_, i) => i);
  const tail = Array.from({ length: n }, (_, i) => count - n + i);
  return [...head, null, ...tail];
}

/** `…（中间5,587个单位略）`: the label of the gap row. */
export function gapLabel(hidden: number, lang?: SpecLang): string {
  return chartWords(lang).gapLabel(countText(hidden, lang));
}

export function buildCompareBarsSpec(result: CompareBarsResult, ctx: CompareSpecContext, opts: CompareBarsOptions = {}): ChartSpec {
  const { items } = result;
  const { lang } = ctx;
  const w = chartWords(lang);
  const metric = metricName(ctx.metric, lang);
  const unit = valueUnit(ctx.metric, ctx.per, lang);
  const rows = topBottomRows(items.length, opts.topBottom);
  const shown = rows.filter((r): r is number => r !== null).map((r) => items[r]!);
  const other = opts.other;
  const otherOf = (it: CompareBarItem) => other?.values.get(it.unit);
  const prevPartial = (it: CompareBarItem) => otherOf(it)?.partial === true;
  const names = uniqueNames(shown, lang).map((n, i) => `${n}${shown[i]!.partial ? PARTIAL_MARK : ''}${prevPartial(shown[i]!) ? PREV_PARTIAL_MARK : ''}`);
  const hidden = items.length - shown.length;
  const categories: string[] = [];
  const categoryUnits: (string | null)[] = [];
  let k = 0;
  for (const r of rows) {
    if (r === null) {
      categories.push(gapLabel(hidden, lang));
      categoryUnits.push(null);
    } else {
      categories.push(names[k]!);
      categoryUnits.push(shown[k]!.name);
      k++;
    }
  }
  const at = <T,>(f: (it: CompareBarItem) => T, gap: T): T[] => rows.map((r) => (r === null ? gap : f(items[r]!)));
  const main: ChartSeries = {
    name: other ? ctx.periodLabel : metric,
    values: at((it) => it.value, null),
    marks: at((it) => qualifierMark(it.qualifier).mark, ''),
    color: SERIES_PALETTE[0],
    ...(other ? {
      deltas: at((it) => { const o = otherOf(it); return o === undefined ? null : it.value - o.value; }, null),
      deltaMarks: at((it) => { const o = otherOf(it); return o === undefined ? '' : qualifierMark(differenceQualifier(code(it.qualifier), code(o.qualifier))).mark; }, ''),
    } : {}),
  };
  const series: ChartSeries[] = [main];
  if (other) {
    series.push({
      name: other.label,
      values: at((it) => otherOf(it)?.value ?? null, null),
      marks: at((it) => { const o = otherOf(it); return o === undefined ? '' : qualifierMark(o.qualifier).mark; }, ''),
      color: COMPARE_PERIOD_COLOR,
    });
  }
  const references: ReferenceLine[] = opts.references ? [...opts.references] : compareReferences(result, lang);
  const allMarks = series.flatMap((s) => s.marks ?? []);
  const notes: string[] = [];
  if (hidden > 0) notes.push(w.noteTopBottom(countText(items.length, lang), opts.topBottom ?? 0));
  if (other) {
    notes.push(w.noteTwoPeriods(ctx.periodLabel, other.label));
    const noOther = shown.filter((it) => otherOf(it) === undefined).length;
    if (noOther > 0) notes.push(w.noteNoOther(noOther, other.label));
  }
  if (allMarks.some((m) => m === '≈')) notes.push(w.noteApprox);
  if (allMarks.some((m) => m === '＞' || m === '＜')) notes.push(w.noteBounds);
  const markNotes: Record<string, string> = {};
  if (shown.some((it) => it.partial)) markNotes[PARTIAL_MARK] = w.notePartialUnits[partialMeaning(ctx.metric, ctx.per)];
  if (other && shown.some(prevPartial)) markNotes[PREV_PARTIAL_MARK] = w.notePrevPartialUnits(other.label, partialMeaning(ctx.metric, ctx.per));
  notes.push(...Object.values(markNotes));
  if ((result.referencePartialLeftOut ?? 0) > 0 && references.length > 0) notes.push(w.noteReferencesComplete(...references.map((r) => r.label), ...(opts.alsoComplete ?? [])));
  if (result.missing.length > 0) notes.push(w.noteMissing(result.missing.length));
  const periods = other ? w.periodsVs(ctx.periodLabel, other.label) : ctx.periodLabel;
  return {
    kind: 'bar',
    ...(lang ? { lang } : {}),
    horizontal: true,
    title: opts.title ?? w.compareTitle(ctx.parent, metric),
    subtitle: w.subtitle(periods, parentText(ctx.parent, lang), perText(ctx.per, lang), unit || w.noUnit),
    source: ctx.source,
    categories,
    categoryUnits,
    series,
    references,
    unit,
    notes,
    ...(Object.keys(markNotes).length > 0 ? { markNotes } : {}),
    ranked: true,
    ...(hidden > 0 ? { omitted: hidden } : {}),
  };
}
