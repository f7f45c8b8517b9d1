/**
 * Trend chart spec: one line per chosen unit over periods, against the median of all units
 * (dashed). A unit's value that covers only part of a period is drawn as a hollow point (and the
 * period gets a `*`, which survives export), with a note; gaps stay gaps (no value is never 0).
 */
import { qualifierMark } from '../analysis/format-number';
import { partialMeaning } from '../analysis/partial-meaning';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { ChartSeries, ChartSpec, SpecLang } from './chart-spec';
import { chartWords, metricName } from './chart-words';
import { REFERENCE_COLOR, seriesColor } from './palette';
import { parentText, perText, uniqueNames, valueUnit, type PerBaseText } from './spec-text';

/** What the spec needs from trendSeries' result. */
export interface TrendResultLike {
  readonly periods: readonly string[];
  /** `parent`: the unit's street, named beside a name two drawn units share. */
  readonly series: readonly {
    readonly name: string; readonly parent?: string; readonly values: readonly (number | null)[];
    /** QUALIFIERS codes parallel to values (35余 is 'gt'); absent: exact. */
    readonly qualifiers?: readonly number[];
  }[];
  readonly median: readonly (number | null)[];
  readonly partial: readonly boolean[];
  /**
   * Optional, per series and period: that unit's value is partial. Without it every drawn series
   * is marked partial at the periods flagged in `partial`.
   */
  readonly seriesPartial?: readonly (readonly boolean[])[];
  /** Per period: some unit in the median's scope is partial (trendSeries' medianPartial). */
  readonly medianPartial?: readonly boolean[];
  /** Per period: partial values the median leaves out (trendSeries' medianLeftOut). */
  readonly medianLeftOut?: readonly number[];
}

export interface TrendSpecContext {
  readonly metric: MetricDef;
  readonly per: PerBaseText;
  readonly parent: string;
  readonly source: string;
  /** Period key → label (`2024年第一季度`). */
  readonly periodLabel: (key: string) => string;
  /** `月度`, `季度`, … */
  readonly granularityLabel: string;
  /** Language of the texts (absent: zh). */
  readonly lang?: SpecLang;
}

export function buildTrendChartSpec(result: TrendResultLike, ctx: TrendSpecContext): ChartSpec {
  const categories = result.periods.map((p, i) => `${ctx.periodLabel(p)}${result.partial[i] ? '*' : ''}`);
  // Two 东湖社区 of two streets are two lines: each is named with its street.
  const names = uniqueNames(result.series.map((s) => ({ name: s.name, parent: s.parent ?? '' })), ctx.lang);
  const series: ChartSeries[] = result.series.map((s, i) => ({
    name: names[i]!, values: s.values, color: seriesColor(i),
    partial: result.seriesPartial?.[i] ?? result.partial,
    ...(s.qualifiers ? { marks: s.values.map((v, k) => (v === null ? '' : qualifierMark(s.qualifiers![k] ?? 0).mark)) } : {}),
  }));
  const { lang } = ctx;
  const w = chartWords(lang);
  const unit = valueUnit(ctx.metric, ctx.per, lang);
  const medianName = ctx.parent === '' ? w.trendMedianAll : w.trendMedianParent(ctx.parent);
  series.push({ name: medianName, values: result.median, color: REFERENCE_COLOR, reference: true });
  const notes: string[] = [];
  const marks = series.flatMap((s) => s.marks ?? []);
  if (marks.some((m) => m === '≈')) notes.push(w.noteApprox);
  if (marks.some((m) => m === '＞' || m === '＜')) notes.push(w.noteBounds);
  if (series.some((s) => s.partial?.some((p, i) => p && s.values[i] !== null))) {
    notes.push(w.notePartialPoints[partialMeaning(ctx.metric, ctx.per)]);
  }
  // The median line is of the complete units where there are any, and of the partial ones where
  // every unit of the period is partial: say which periods are which.
  const withMedian = (f: (i: number) => boolean) => result.periods.filter((_, i) => result.median[i] !== null && f(i)).map(ctx.periodLabel).join(w.listSep);
  const leftOut = withMedian((i) => (result.medianLeftOut?.[i] ?? 0) > 0);
  const allPartial = withMedian((i) => result.medianPartial?.[i] === true && (result.medianLeftOut?.[i] ?? 0) === 0);
  if (leftOut) notes.push(w.noteMedianComplete(medianName, leftOut));
  if (allPartial) notes.push(w.noteMedianAllPartial(medianName, allPartial));
  if (result.series.some((s) => s.values.some((v) => v === null))) notes.push(w.noteGaps);
  return {
    kind: 'line',
    ...(lang ? { lang } : {}),
    title: w.trendTitle(metricName(ctx.metric, lang)),
    subtitle: w.trendSubtitle(ctx.granularityLabel, parentText(ctx.parent, lang), perText(ctx.per, lang), unit || w.noUnit),
    source: ctx.source,
    categories,
    series,
    unit,
    notes,
  };
}
