/**
 * Scatter of two metrics over the units of scope (e.g. 下岗失业人员 → X, 再就业人数 → Y), with the
 * median of each as quadrant lines and outliers labelled. Units lacking either value are not drawn
 * (listed under the chart). Export convention: series[0] = X values, series[1] = Y values.
 */
import { formatNumber } from '../analysis/format-number';
import type { MetricDef } from '../data/metric-catalog';
import type { ChartSpec } from './chart-spec';
import { fitLine, quadrants, scatterOutliers, type OutlierReason } from './scatter-stats';
import { SERIES_PALETTE } from './palette';
import { parentText, perText, uniqueNames, valueUnit, type PerBaseText } from './spec-text';

export interface ScatterPointLike {
  readonly name: string;
  readonly parent: string;
  readonly x: number;
  readonly y: number;
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
}

const REASON_TEXT: Record<OutlierReason, string> = { x: '横轴', y: '纵轴', line: '偏离趋势线' };

/** `下岗失业人员（人/千人）`. */
export function axisTitle(m: MetricDef, per: PerBaseText): string {
  const u = valueUnit(m, per);
  return u ? `${m.zh}（${u}）` : m.zh;
}

export function buildScatterSpec(points: readonly ScatterPointLike[], ctx: ScatterSpecContext): ChartSpec & { reasons: readonly OutlierReason[] } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xTitle = axisTitle(ctx.x, ctx.xPer);
  const yTitle = axisTitle(ctx.y, ctx.yPer);
  const xUnit = valueUnit(ctx.x, ctx.xPer);
  const yUnit = valueUnit(ctx.y, ctx.yPer);
  const outliers = scatterOutliers(xs, ys);
  const q = points.length > 0 ? quadrants(xs, ys) : null;
  const fmt = (v: number, u: string) => `${formatNumber(v, 'zh')}${u}`;
  const names = uniqueNames(points);
  const notes: string[] = [];
  if (q) {
    notes.push(`虚线为中位数：${ctx.x.zh} ${fmt(q.medianX, xUnit)}，${ctx.y.zh} ${fmt(q.medianY, yUnit)}；四个象限的单位数：右上${q.counts.highHigh}、左上${q.counts.lowHigh}、左下${q.counts.lowLow}、右下${q.counts.highLow}（落在虚线上的计入右侧或上方）。`);
  }
  if (fitLine(xs, ys)) notes.push('灰色点线为最小二乘趋势线（纵轴对横轴的直线拟合）。');
  if (outliers.length > 0) {
    notes.push(`标注名称的为离群单位（稳健z值绝对值大于3.5：${outliers.map((o) => `${names[o.index]}（${REASON_TEXT[o.reason]}）`).join('、')}）。`);
  }
  if (ctx.missingCount > 0) notes.push(`另有${ctx.missingCount}个单位缺少其中一项数据，未画出（列在图下）。`);
  return {
    kind: 'scatter',
    title: `${ctx.y.zh}与${ctx.x.zh}`,
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent)} · ${perText(ctx.per)} · ${points.length}个单位`,
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
