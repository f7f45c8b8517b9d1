/**
 * Compare bars for the 对比 view beyond the single-period chart: two periods side by side
 * (grouped bars sorted by the main period, with the change as ↑/↓), and at city scale only the
 * first and last n units with a `⋯` gap row between them, so the chart never draws thousands of
 * marks. Pure: the same spec is drawn by SpecBarChart and exported to PNG/PPTX.
 */
import { qualifierMark } from '../analysis/format-number';
import type { Qualifier } from '../data/dataset';
import type { ChartSeries, ChartSpec, ReferenceLine } from './chart-spec';
import type { CompareSpecContext } from './compare-chart-spec';
import { COMPARE_PERIOD_COLOR, REFERENCE_COLOR, REFERENCE_COLOR_2, SERIES_PALETTE } from './palette';
import { parentText, perText, uniqueNames, valueUnit } from './spec-text';

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
}

/** The comparison period: its label and its values by unit index. */
export interface OtherPeriod {
  /** `2023年上半年`. */
  readonly label: string;
  readonly values: ReadonlyMap<number, { readonly value: number; readonly qualifier: Qualifier | number }>;
}

export interface CompareBarsOptions {
  readonly other?: OtherPeriod;
  /** Show only the first n and last n units (when there are more than 2n). */
  readonly topBottom?: number;
  /** Title override (small multiples use the street name). */
  readonly title?: string;
  /** Reference lines override (small multiples draw the overall median only). */
  readonly references?: readonly ReferenceLine[];
}

/** Index lists of the rows shown: all, or the first n and last n with a gap between (null). */
export function topBottomRows(count: number, n: number | undefined): (number | null)[] {
  if (n === undefined || count <= 2 * n) return Array.from({ length: count }, (_, i) => i);
  const head = Array.from({ length: n }, (_, i) => i);
  const tail = Array.from({ length: n }, (_, i) => count - n + i);
  return [...head, null, ...tail];
}

/** `⋯ 中间5,587个单位未显示 ⋯`: the label of the gap row. */
export function gapLabel(hidden: number): string {
  return `⋯ 中间${hidden.toLocaleString('zh-CN')}个单位未显示 ⋯`;
}

export function buildCompareBarsSpec(result: CompareBarsResult, ctx: CompareSpecContext, opts: CompareBarsOptions = {}): ChartSpec {
  const { items } = result;
  const rows = topBottomRows(items.length, opts.topBottom);
  const shown = rows.filter((r): r is number => r !== null).map((r) => items[r]!);
  const names = uniqueNames(shown).map((n, i) => (shown[i]!.partial ? `${n}*` : n));
  const hidden = items.length - shown.length;
  const categories: string[] = [];
  const categoryUnits: (string | null)[] = [];
  let k = 0;
  for (const r of rows) {
    if (r === null) {
      categories.push(gapLabel(hidden));
      categoryUnits.push(null);
    } else {
      categories.push(names[k]!);
      categoryUnits.push(shown[k]!.name);
      k++;
    }
  }
  const at = <T,>(f: (it: CompareBarItem) => T, gap: T): T[] => rows.map((r) => (r === null ? gap : f(items[r]!)));
  const other = opts.other;
  const otherOf = (it: CompareBarItem) => other?.values.get(it.unit);
  const main: ChartSeries = {
    name: other ? ctx.periodLabel : ctx.metric.zh,
    values: at((it) => it.value, null),
    marks: at((it) => qualifierMark(it.qualifier).mark, ''),
    color: SERIES_PALETTE[0],
    ...(other ? { deltas: at((it) => { const o = otherOf(it); return o === undefined ? null : it.value - o.value; }, null) } : {}),
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
  const references: ReferenceLine[] = opts.references ? [...opts.references] : [];
  if (!opts.references) {
    if (Number.isFinite(result.median)) references.push({ label: '中位数', value: result.median, color: REFERENCE_COLOR });
    if (Number.isFinite(result.mean)) references.push({ label: '平均值', value: result.mean, color: REFERENCE_COLOR_2 });
  }
  const allMarks = series.flatMap((s) => s.marks ?? []);
  const notes: string[] = [];
  if (hidden > 0) {
    notes.push(`共${items.length.toLocaleString('zh-CN')}个单位，仅显示前${opts.topBottom}名和后${opts.topBottom}名；完整名单见“排行”页，整体分布见下方分布图。`);
  }
  if (other) {
    notes.push(`每个单位两根条形：上为${ctx.periodLabel}（蓝），下为${other.label}（灰）；按${ctx.periodLabel}排序。“↑”“↓”及正负号为与${other.label}相比的增减。`);
    const noOther = shown.filter((it) => otherOf(it) === undefined).length;
    if (noOther > 0) notes.push(`${noOther}个单位在${other.label}无数据，只画一根条形（不按0计）。`);
  }
  if (allMarks.some((m) => m === '≈')) notes.push('带“≈”的数值为约数（原表写作“约”“近”）。');
  if (allMarks.some((m) => m === '＞' || m === '＜')) notes.push('带“＞”“＜”的数值为下限或上限（原表写作“余”“以上”“不足”）。');
  if (shown.some((it) => it.partial)) notes.push('带“*”的单位在该期间缺少部分月份的数据，数值偏低。');
  if (result.missing.length > 0) notes.push(`另有${result.missing.length}个单位无数据，未列入图中（不按0计）。`);
  const scope = ctx.parent === '' ? '各社区' : `${ctx.parent}各社区`;
  const periods = other ? `${ctx.periodLabel} 对比 ${other.label}` : ctx.periodLabel;
  return {
    kind: 'bar',
    horizontal: true,
    title: opts.title ?? `${scope}${ctx.metric.zh}对比`,
    subtitle: `${periods} · ${parentText(ctx.parent)} · ${perText(ctx.per)}（${valueUnit(ctx.metric, ctx.per) || '无单位'}）`,
    source: ctx.source,
    categories,
    categoryUnits,
    series,
    references,
    unit: valueUnit(ctx.metric, ctx.per),
    notes,
  };
}
