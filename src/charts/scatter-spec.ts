/**
 * Scatter of two metrics over the units of scope (e.g. 下岗失业人员 → X, 再就业人数 → Y), with the
 * median of each as quadrant lines and outliers labelled. Units lacking either value are not drawn
 * (listed under the chart). Export convention: series[0] = X values, series[1] = Y values.
 */
import { formatNumber } from '../analysis/format-number';
import { partialMeaning } from '../analysis/partial-meaning';
import { referenceItems } from '../analysis/compare-units';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { ChartSpec, SpecLang } from './chart-spec';
import { chartWords, metricName, type ChartWords } from './chart-words';
import { fitLine, quadrants, scatterOutliers, type OutlierReason } from './scatter-stats';
import { SERIES_PALETTE } from './palette';
import { parentText, perText, uniqueNames, valueUnit, type PerBaseText } from './spec-text';

export interface ScatterPointLike {
  readonly name: string;
  readonly parent: string;
  readonly x: number;
  readonly y: number;
  /** Either value covers only part of the period (drawn with `*`, not a reference for the others). */
  readonly partial?: boolean;
}

export interface ScatterSpecContext {
  readonly x: MetricDef;
  readonly y: MetricDef;
  /** Per-capita choice applied to both (bases and ratios stay absolute: see xPer/yPer). */
  readonly per: PerBaseText;
  /** The per-capita base actually used for each axis (ratios are never scaled). */
  readonly xPer: PerBaseText;
  readonly yPer: PerBaseText;
  readonly periodLabel: string;
  readonly parent: string;
  readonly source: string;
  /** Units in scope missing a value on either axis. */
  readonly missingCount: number;
  /** Language of the texts (absent: zh). */
  readonly lang?: SpecLang;
}

const reasonText = (w: ChartWords, r: OutlierReason): string => (r === 'x' ? w.reasonX : r === 'y' ? w.reasonY : w.reasonLine);

/** `下岗失业人员（人/千人）` / `Laid-off and unemployed (people per 1,000 residents)`. */
export function axisTitle(m: MetricDef, per: PerBaseText, lang?: SpecLang): string {
  return chartWords(lang).axisTitle(metricName(m, lang), valueUnit(m, per, lang));
}

export function buildScatterSpec(points: readonly ScatterPointLike[], ctx: ScatterSpecContext): ChartSpec & { reasons: readonly OutlierReason[] } {
  const { lang } = ctx;
  const w = chartWords(lang);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xTitle = axisTitle(ctx.x, ctx.xPer, lang);
  const yTitle = axisTitle(ctx.y, ctx.yPer, lang);
  const xUnit = valueUnit(ctx.x, ctx.xPer, lang);
  const yUnit = valueUnit(ctx.y, ctx.yPer, lang);
  // The medians, the quadrant counts, the trend line and the outlier test are of the complete
  // points when there are any: a partial value would pull them and stand out for lack of months.
  const indexed = points.map((p, index) => ({ index, partial: p.partial === true }));
  const ref = referenceItems(indexed).map((r) => r.index);
  const rx = ref.map((i) => xs[i]!);
  const ry = ref.map((i) => ys[i]!);
  const outliers = scatterOutliers(rx, ry).map((o) => ({ ...o, index: ref[o.index]! }));
  const q = ref.length > 0 ? quadrants(rx, ry) : null;
  const fmt = (v: number, u: string) => formatNumber(v, lang ?? 'zh', { unit: u });
  const names = uniqueNames(points, lang).map((n, i) => (points[i]!.partial === true ? `${n}*` : n));
  const xName = metricName(ctx.x, lang);
  const yName = metricName(ctx.y, lang);
  const notes: string[] = [];
  if (q) {
    const c = q.counts;
    notes.push(w.noteQuadrants(xName, fmt(q.medianX, xUnit), yName, fmt(q.medianY, yUnit), [c.highHigh, c.lowHigh, c.lowLow, c.highLow]));
  }
  if (fitLine(rx, ry)) notes.push(w.noteFit);
  if (outliers.length > 0) {
    notes.push(w.noteOutliers(outliers.map((o) => `${names[o.index]}${w.paren(reasonText(w, o.reason))}`).join(w.listSep)));
  }
  if (points.some((p) => p.partial === true)) {
    const mx = partialMeaning(ctx.x, ctx.xPer);
    const my = partialMeaning(ctx.y, ctx.yPer);
    notes.push(w.notePartialUnits[mx === my ? mx : 'mixed']);
    if (ref.length < points.length) notes.push(w.noteScatterComplete);
  }
  if (ctx.missingCount > 0) notes.push(w.noteScatterMissing(ctx.missingCount));
  return {
    kind: 'scatter',
    ...(lang ? { lang } : {}),
    title: w.scatterTitle(yName, xName),
    subtitle: w.scatterSubtitle(ctx.periodLabel, parentText(ctx.parent, lang), perText(ctx.per, lang), points.length),
    source: ctx.source,
    categories: names,
    categoryUnits: points.map((p) => p.name),
    series: [
      { name: xTitle, values: xs, color: SERIES_PALETTE[0] },
      { name: yTitle, values: ys, color: SERIES_PALETTE[0] },
    ],
    unit: yUnit,
    notes,
    scatter: {
      xTitle, yTitle, xUnit,
      ...(q ? { medianX: q.medianX, medianY: q.medianY } : {}),
      labelled: outliers.map((o) => o.index),
    },
    reasons: outliers.map((o) => o.reason),
  };
}
