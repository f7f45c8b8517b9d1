/**
 * Composite index over several metrics with editable weights: each metric is turned into a
 * direction-aware score (percentile 0–100, or z-score), then weighted. The method and weights are
 * stated in a sentence shown under the table, so the ranking is never a black box.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import { comparableValues } from './comparable-values';
import { formatShare } from './format-number';
import type { PerBase } from './per-capita';
import { percentileScores } from './percentile-scores';
import { rankValues } from './rank-values';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import type { Analysis } from './model/analysis';

export type CompositeMethod = 'percentile' | 'zscore';

export interface CompositeOptions {
  /** Metrics and their weights (relative; normalised to sum 1; weights ≤ 0 leave a metric out). */
  readonly metrics: readonly { readonly id: string; readonly weight: number }[];
  readonly period: PeriodKey;
  readonly method: CompositeMethod;
  readonly per?: PerBase;
  readonly parent?: string;
}

export interface CompositeRow {
  readonly unit: number;
  readonly name: string;
  readonly parent: string;
  /** Percentile method: 0..100 (100 = best on everything). z-score method: weighted mean z (0 = average). */
  readonly score: number;
  /** Competition rank by score (1, 2, 2, 4). */
  readonly rank: number;
  /** Per-metric score on the same scale as `score`; NaN where the unit has no value. */
  readonly parts: readonly { readonly metric: string; readonly score: number }[];
  /** Metrics the unit lacks; non-empty means its score uses renormalised weights (flag it in the table). */
  readonly missing: readonly string[];
  /**
   * Metrics whose value the unit has but only partly (months missing, a stock before the period
   * end) while other units' are complete: not scored (comparableValues), its weight renormalised.
   */
  readonly partial: readonly string[];
}

export interface CompositeResult {
  /** Best first. Units without a value on any chosen metric are left out. */
  readonly rows: readonly CompositeRow[];
  /** Method, weights and the missing-metric rule, in Chinese, shown under the table. */
  readonly methodNote: string;
  readonly methodNoteEn: string;
}

function zScores(values: Float64Array, lowerIsBetter: boolean): Float64Array {
  let n = 0;
  let sum = 0;
  for (const v of values) if (Number.isFinite(v)) { n++; sum += v; }
  const out = new Float64Array(values.length).fill(NaN);
  if (n === 0) return out;
  const mu = sum / n;
  let ss = 0;
  for (const v of values) if (Number.isFinite(v)) ss += (v - mu) ** 2;
  const sd = Math.sqrt(ss / n);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const z = sd === 0 ? 0 : (v - mu) / sd; // all equal: everyone is average
    out[i] = lowerIsBetter ? -z : z;
  }
  return out;
}

export function compositeIndex(model: Analysis, opts: CompositeOptions): CompositeResult {
  const ds = model.cube;
  const used = opts.metrics.filter((m) => Number.isFinite(m.weight) && m.weight > 0);
  const totalWeight = used.reduce((a, m) => a + m.weight, 0);
  const cols = used.map((m) => {
    const def = requireMetric(ds, m.id);
    // A partial value neither sets the percentiles or the mean the complete ones are scored
    // against nor is scored as the worst for lack of months: left out as the 均衡 numbers leave it.
    const scoped = scopedValues(model, m.id, opts.period, { per: opts.per, parent: opts.parent });
    const v = comparableValues(model, scoped);
    const score = opts.method === 'percentile'
      ? percentileScores(v.values, def.direction).map((p) => p * 100)
      : zScores(v.values, def.direction === 'lower');
    return { id: m.id, def, w: m.weight / totalWeight, score, left: v.partialLeftOut > 0 ? scoped.values : undefined };
  });
  const rows: { unit: number; score: number; parts: { metric: string; score: number }[]; missing: string[]; partial: string[] }[] = [];
  let allPartial = 0;
  for (let u = 0; u < ds.units.length; u++) {
    if (opts.parent && ds.units[u]!.parent !== opts.parent) continue;
    let wSum = 0;
    let acc = 0;
    const parts = cols.map((c) => ({ metric: c.id, score: c.score[u]! }));
    const missing: string[] = [];
    const partial: string[] = [];
    for (const c of cols) {
      const s = c.score[u]!;
      if (Number.isFinite(s)) { acc += c.w * s; wSum += c.w; } else if (c.left !== undefined && !Number.isNaN(c.left[u]!)) partial.push(c.id);
      else missing.push(c.id);
    }
    if (wSum === 0) {
      if (partial.length > 0) allPartial++;
      continue;
    }
    rows.push({ unit: u, score: acc / wSum, parts, missing, partial });
  }
  // Round before ranking so that float noise does not split true ties.
  const ranks = rankValues(Float64Array.from(rows, (r) => Math.round(r.score * 1e9) / 1e9), 'higher');
  const out: CompositeRow[] = rows.map((r, i) => ({
    ...r, rank: ranks[i]!, name: ds.units[r.unit]!.name, parent: ds.units[r.unit]!.parent,
  }));
  out.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'));
  const incomplete = out.filter((r) => r.missing.length > 0).length;
  const partial = out.filter((r) => r.partial.length > 0).length;
  return { rows: out, ...methodNotes(opts, cols, { incomplete, partial, allPartial }) };
}

function methodNotes(
  opts: CompositeOptions,
  cols: readonly { def: { zh: string; en: string; direction: string }; w: number }[],
  counts: { readonly incomplete: number; readonly partial: number; readonly allPartial: number },
): { methodNote: string; methodNoteEn: string } {
  const { incomplete, partial, allPartial } = counts;
  if (cols.length === 0) {
    return { methodNote: '未选择权重大于0的指标，无法计算综合指数。', methodNoteEn: 'No metric with a positive weight is selected.' };
  }
  const weightsZh = cols.map((c) => `${c.def.zh}${formatShare(c.w)}`).join('、');
  const weightsEn = cols.map((c) => `${c.def.en} ${formatShare(c.w)}`).join(', ');
  const perZh = opts.per === '1000' ? '各指标按每千名常住人口计算；' : opts.per === '100hh' ? '各指标按每百户计算；' : '';
  const perEn = opts.per === '1000' ? ' Metrics are per 1,000 residents.' : opts.per === '100hh' ? ' Metrics are per 100 households.' : '';
  let zh: string;
  let en: string;
  if (opts.method === 'percentile') {
    zh = `综合指数采用百分位法：${perZh}各指标先换算为0—100的百分位得分（越低越好的指标反向计分），再按权重加权平均。`;
    en = `Composite index by percentiles:${perEn} each metric becomes a 0–100 percentile score (reversed for lower-is-better metrics), then a weighted mean.`;
  } else {
    zh = `综合指数采用标准分法：${perZh}各指标减去均值后除以标准差（越低越好的指标取相反数），再按权重加权平均，0表示平均水平。`;
    en = `Composite index by z-scores:${perEn} each metric is centred on its mean and divided by its standard deviation (sign reversed for lower-is-better metrics), then a weighted mean; 0 is average.`;
  }
  zh += `权重：${weightsZh}。`;
  en += ` Weights: ${weightsEn}.`;
  if (cols.some((c) => c.def.direction === 'neutral')) {
    zh += '无方向的指标按数值越大得分越高计。';
    en += ' Metrics without a direction score higher when larger.';
  }
  if (incomplete > 0) {
    zh += `${incomplete}个单位缺少部分指标，按其已有指标的权重重新归一计算，表中已标注。`;
    en += ` ${incomplete} unit${incomplete === 1 ? '' : 's'} lack some metrics; their scores use the available weights, renormalised, and are flagged.`;
  }
  if (partial > 0) {
    zh += `${partial}个单位有指标本期数据不完整，该指标不与完整数据一起计分，按其余指标的权重重新归一计算，表中已标注。`;
    en += ` ${partial === 1 ? '1 unit has' : `${partial} units have`} incomplete data this period on some metric: that metric is not scored against complete data, and its score uses the other weights, renormalised, flagged in the table.`;
  }
  if (allPartial > 0) {
    zh += `另有${allPartial}个单位所选指标本期数据均不完整，未计算综合得分。`;
    en += ` ${allPartial} more unit${allPartial === 1 ? ' has' : 's have'} only incomplete data this period on the chosen metrics and ${allPartial === 1 ? 'is' : 'are'} not scored.`;
  }
  return { methodNote: zh, methodNoteEn: en };
}
