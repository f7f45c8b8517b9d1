/**
 * Compare chart spec: one metric × one period, units as horizontal bars sorted best → worst,
 * median and mean as reference lines, approximate values marked. Pure: the same spec is drawn
 * by SpecBarChart and exported to PNG/PPTX.
 */
import { partialMeaning } from '../analysis/partial-meaning';
import { qualifierMark } from '../analysis/format-number';
import type { Qualifier } from '../data/dataset/dataset';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { ChartSpec, ReferenceLine, SpecLang } from './chart-spec';
import { chartWords, metricName } from './chart-words';
import { REFERENCE_COLOR, REFERENCE_COLOR_2, SERIES_PALETTE } from './palette';
import { parentText, perText, uniqueNames, valueUnit, type PerBaseText } from './spec-text';

/** What the spec needs from compareUnits' result (structural, so tests can hand-build it). */
export interface CompareResultLike {
  readonly items: readonly {
    readonly name: string;
    readonly parent: string;
    readonly value: number;
    readonly qualifier: Qualifier | number;
    readonly partial: boolean;
  }[];
  readonly missing: readonly { readonly name: string }[];
  /** NaN when there are no values. */
  readonly median: number;
  /** Partial items the median and mean leave out (compareUnits' referencePartialLeftOut). */
  readonly referencePartialLeftOut?: number;
  readonly mean: number;
  /** Qualifier codes of the median and mean (absent: exact). */
  readonly medianQualifier?: number;
  readonly meanQualifier?: number;
}

/** The median and mean lines of a compare result, each with its qualifier (none when NaN). */
export function compareReferences(
  result: Pick<CompareResultLike, 'median' | 'mean' | 'medianQualifier' | 'meanQualifier'>, lang: SpecLang | undefined,
): ReferenceLine[] {
  const w = chartWords(lang);
  const q = (code: number | undefined) => (code !== undefined && code !== 0 ? { qualifier: code } : {});
  const references: ReferenceLine[] = [];
  if (Number.isFinite(result.median)) references.push({ label: w.median, value: result.median, color: REFERENCE_COLOR, ...q(result.medianQualifier) });
  if (Number.isFinite(result.mean)) references.push({ label: w.mean, value: result.mean, color: REFERENCE_COLOR_2, ...q(result.meanQualifier) });
  return references;
}

export interface CompareSpecContext {
  readonly metric: MetricDef;
  /** `2024年第二季度`. */
  readonly periodLabel: string;
  readonly parent: string;
  readonly per: PerBaseText;
  /** sourceLine of the files its figures come from (sourceFiles). */
  readonly source: string;
  /** Language of the texts (absent: zh). */
  readonly lang?: SpecLang;
}

export function buildCompareChartSpec(result: CompareResultLike, ctx: CompareSpecContext): ChartSpec {
  const { items } = result;
  const { lang } = ctx;
  const w = chartWords(lang);
  const metric = metricName(ctx.metric, lang);
  const unit = valueUnit(ctx.metric, ctx.per, lang);
  const names = uniqueNames(items, lang).map((n, i) => (items[i]!.partial ? `${n}*` : n));
  const marks = items.map((it) => qualifierMark(it.qualifier).mark);
  const references = compareReferences(result, lang);
  const notes: string[] = [];
  if (marks.some((m) => m === '≈')) notes.push(w.noteApprox);
  if (marks.some((m) => m === '＞' || m === '＜')) notes.push(w.noteBounds);
  if (items.some((it) => it.partial)) notes.push(w.notePartialUnits[partialMeaning(ctx.metric, ctx.per)]);
  if ((result.referencePartialLeftOut ?? 0) > 0 && references.length > 0) notes.push(w.noteReferencesComplete(...references.map((r) => r.label)));
  if (result.missing.length > 0) notes.push(w.noteMissing(result.missing.length));
  return {
    kind: 'bar',
    ...(lang ? { lang } : {}),
    horizontal: true,
    title: w.compareTitle(ctx.parent, metric),
    subtitle: w.subtitle(ctx.periodLabel, parentText(ctx.parent, lang), perText(ctx.per, lang), unit || w.noUnit),
    source: ctx.source,
    categories: names,
    series: [{ name: metric, values: items.map((it) => it.value), marks, color: SERIES_PALETTE[0] }],
    references,
    unit,
    notes,
    ranked: true,
  };
}
