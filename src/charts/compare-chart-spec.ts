/**
 * Compare chart spec: one metric × one period, units as horizontal bars sorted best → worst,
 * median and mean as reference lines, approximate values marked. Pure: the same spec is drawn
 * by SpecBarChart and exported to PNG/PPTX.
 */
import { qualifierMark } from '../analysis/format-number';
import type { Qualifier } from '../data/dataset';
import type { MetricDef } from '../data/metric-catalog';
import type { ChartSpec, ReferenceLine } from './chart-spec';
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
  readonly mean: number;
}

export interface CompareSpecContext {
  readonly metric: MetricDef;
  /** `2024年第二季度`. */
  readonly periodLabel: string;
  readonly parent: string;
  readonly per: PerBaseText;
  /** From sourceLine(ds). */
  readonly source: string;
}

export function buildCompareChartSpec(result: CompareResultLike, ctx: CompareSpecContext): ChartSpec {
  const { items } = result;
  const names = uniqueNames(items).map((n, i) => (items[i]!.partial ? `${n}*` : n));
  const marks = items.map((it) => qualifierMark(it.qualifier).mark);
  const references: ReferenceLine[] = [];
  if (Number.isFinite(result.median)) references.push({ label: '中位数', value: result.median, color: REFERENCE_COLOR });
  if (Number.isFinite(result.mean)) references.push({ label: '平均值', value: result.mean, color: REFERENCE_COLOR_2 });
  const notes: string[] = [];
  if (marks.some((m) => m === '≈')) notes.push('带“≈”的数值为约数（原表写作“约”“近”）。');
  if (marks.some((m) => m === '＞' || m === '＜')) notes.push('带“＞”“＜”的数值为下限或上限（原表写作“余”“以上”“不足”）。');
  if (items.some((it) => it.partial)) notes.push('带“*”的单位在该期间缺少部分月份的数据，数值偏低。');
  if (result.missing.length > 0) notes.push(`另有${result.missing.length}个单位无数据，未列入图中（不按0计）。`);
  const scope = ctx.parent === '' ? '各社区' : `${ctx.parent}各社区`;
  return {
    kind: 'bar',
    horizontal: true,
    title: `${scope}${ctx.metric.zh}对比`,
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent)} · ${perText(ctx.per)}（${valueUnit(ctx.metric, ctx.per) || '无单位'}）`,
    source: ctx.source,
    categories: names,
    series: [{ name: ctx.metric.zh, values: items.map((it) => it.value), marks, color: SERIES_PALETTE[0] }],
    references,
    unit: valueUnit(ctx.metric, ctx.per),
    notes,
  };
}
