import { describe, expect, it } from 'vitest';
import type { MetricImbalance } from '../../src/analysis/imbalance';
import type { PercentileMatrix } from '../../src/analysis/heatmap';
import type { SpreadTrend } from '../../src/analysis/spread-trend';
import {
  buildHeatmapTableSpec, buildLaggardTableSpec, buildSpreadTableSpec, buildSpreadTrendSpec, roundOrNull, type ImbalanceSpecContext,
} from '../../src/charts/imbalance-specs';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { formatNumber, formatShare } from '../../src/analysis/format-number';
import { cellText } from '../../src/export/table-cell-text';

const reemployed = canonicalMetric('reemployed')!;
const unemployed = canonicalMetric('unemployed')!;
const ctx: ImbalanceSpecContext = { periodLabel: '2024年第四季度', parent: '', per: 'none', source: '示例数据' };

/** A hand-made imbalance row: Theil total 0.2 = between 0.05 + within 0.15. */
function imb(over: Partial<MetricImbalance> = {}): MetricImbalance {
  const m = {
    metric: reemployed, period: '2024-Q4', n: 5, cv: 0.51234, gini: 0.27777, maxMin: 20, p90p10: 6.666,
    theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2,
    laggards: [{ unit: 4, name: '戊社区', parent: '二街道', value: 3, qualifier: 0, shareOfMedian: 0.1 }],
    outliers: [], median: 30, mean: 33, partial: false, partialLeftOut: 0, partialMeaning: 'low' as const, sparse: false, ranked: true, ...over,
  };
  return { ...m, laggardCount: over.laggardCount ?? m.laggards.length };
}

describe('roundOrNull', () => {
  it.each<[number, number, number | null]>([[0.51234, 3, 0.512], [6.666, 2, 6.67], [NaN, 2, null], [Infinity, 1, null], [-1.25, 1, -1.2]])('%d to %d digits → %s', (x, d, out) => {
    expect(roundOrNull(x, d)).toBe(out);
  });
});

describe('buildSpreadTableSpec', () => {
  it('one row per metric with numbers as numbers, Theil shares of the total, tags as text', () => {
    const spec = buildSpreadTableSpec([imb(), imb({ metric: unemployed, ranked: false, sparse: true, partial: true, theil: { total: 0, between: 0, within: 0 }, laggards: [] })], ctx);
    expect(spec.title).toBe('各社区各指标差距');
    expect(spec.subtitle).toBe('2024年第四季度 · 全部街道/镇 · 绝对值');
    expect(spec.columns.map((c) => c.key)).toEqual(['metric', 'n', 'cv', 'gini', 'maxMin', 'p90p10', 'between', 'within', 'laggards', 'note']);
    expect(spec.rows[0]).toEqual(['再就业人数', 5, 0.51, 0.28, 20, 6.7, 25, 75, 1, '']);
    // No inequality to split (total 0): shares are empty, never 0 or NaN.
    // A sparse count is 数值过小, not 基础指标.
    expect(spec.rows[1]).toEqual(['下岗失业人员', 5, 0.51, 0.28, 20, 6.7, null, null, 0, '数值过小、不完整']);
  });
  it('a slide reads the CV, Gini and shares the page shows (0.7149 is 0.71 on both, not 0.72 on the slide)', () => {
    const m = imb({ cv: 0.7149, gini: 0.3649, theil: { total: 1, between: 0.1149, within: 0.8851 } });
    const spec = buildSpreadTableSpec([m], ctx);
    const slide = (key: string) => cellText(spec.rows[0]![spec.columns.findIndex((c) => c.key === key)]!, spec.columns.find((c) => c.key === key)!);
    // What SpreadTable.tsx shows: formatNumber(x, 2 digits) and formatShare (whole percent).
    expect([slide('cv'), slide('gini')]).toEqual([formatNumber(0.7149, 'zh', { digits: 2 }), formatNumber(0.3649, 'zh', { digits: 2 })]);
    expect([slide('between'), slide('within')]).toEqual(['11', '89']);
    expect(formatShare(0.1149)).toBe('11%');
  });
  it('a coefficient with a trailing zero reads 0.70 on the slide, on the page and in the narrative, not 0.7', () => {
    const spec = buildSpreadTableSpec([imb({ cv: 0.6998, gini: 0.3 })], ctx);
    const slide = (key: string) => cellText(spec.rows[0]![spec.columns.findIndex((c) => c.key === key)]!, spec.columns.find((c) => c.key === key)!);
    expect([slide('cv'), slide('gini')]).toEqual(['0.70', '0.30']);
    // What SpreadTable.tsx shows.
    expect([formatNumber(0.6998, 'zh', { digits: 2, fixed: true }), formatNumber(0.3, 'en', { digits: 2, fixed: true })]).toEqual(['0.70', '0.30']);
    // The XLSX keeps the number.
    expect(spec.rows[0]![spec.columns.findIndex((c) => c.key === 'cv')]).toBe(0.7);
  });
  it('says 最低为0 where the lowest value is 0, as the page does, instead of an empty —', () => {
    const spec = buildSpreadTableSpec([imb({ maxMin: Infinity, p90p10: Infinity })], ctx);
    const at = (key: string) => spec.rows[0]![spec.columns.findIndex((c) => c.key === key)];
    expect([at('maxMin'), at('p90p10')]).toEqual(['最低为0', '最低为0']);
    expect(buildSpreadTableSpec([imb({ maxMin: Infinity })], { ...ctx, lang: 'en' }).rows[0]![4]).toBe('lowest is 0');
    expect(buildSpreadTableSpec([imb({ maxMin: NaN })], ctx).rows[0]![4]).toBeNull();
  });
  it.each([
    ['residents', false, '基础指标'], ['households', false, '基础指标'], ['dibao_households', false, '背景指标'],
    ['lectures', true, '数值过小'], ['reemployed', false, ''],
  ])('tags %s (sparse %s) as “%s”: 基础指标 only for the base figures', (id, sparse, tag) => {
    const ranked = tag === '';
    const spec = buildSpreadTableSpec([imb({ metric: canonicalMetric(id)!, ranked, sparse })], ctx);
    expect(spec.rows[0]![9]).toBe(tag);
  });
  it('speaks English with lang en', () => {
    const spec = buildSpreadTableSpec([imb()], { ...ctx, parent: '咸水沽镇', lang: 'en' });
    expect(spec.lang).toBe('en');
    expect(spec.title).toBe('Spread of each metric across communities of 咸水沽镇');
    expect(spec.rows[0]![0]).toBe('Re-employed');
  });
});

describe('buildLaggardTableSpec', () => {
  it('lists laggards with value, share of the median and their lagging run', () => {
    const spec = buildLaggardTableSpec(imb(), [{ unit: 4, name: '戊社区', parent: '二街道', run: 4, periods: [] }], 0.5, { ...ctx, granularity: 'Q' });
    expect(spec.title).toBe('各社区再就业人数明显落后的单位');
    expect(spec.columns.map((c) => c.label)).toEqual(['单位', '街道/镇', '数值（人）', '标注', '为中位数的（%）', '持续靠后']);
    expect(spec.rows).toEqual([['戊社区', '二街道', 3, '', 10, '连续4期靠后']]);
    expect(spec.notes![0]).toBe('落后标准：低于中位数的50%（中位数30人）。“为中位数的”为该单位数值 ÷ 中位数。');
    expect(spec.notes).toContain('“持续靠后”：连续3期及以上处于后25%（按季度计，截至2024年第四季度）。');
  });
  it('a slide reads the share of the median the page shows (0.1249 is 12% on the page, 12 under （%） on the slide, not 13)', () => {
    const l = { unit: 4, name: '戊社区', parent: '二街道', value: 3, qualifier: 0, shareOfMedian: 0.1249 };
    const spec = buildLaggardTableSpec(imb({ laggards: [l] }), [], 0.5, ctx);
    const k = spec.columns.findIndex((c) => c.key === 'share');
    expect(cellText(spec.rows[0]![k]!, spec.columns[k]!)).toBe('12');
    expect(formatShare(0.1249)).toBe('12%');
  });
  it('for a lower-is-better metric the criterion reads as a multiple above the median', () => {
    const spec = buildLaggardTableSpec(imb({ metric: unemployed, laggards: [] }), [], 0.5, ctx);
    expect(spec.rows).toEqual([]);
    expect(spec.notes![0]).toMatch(/^落后标准：高于中位数的2倍/);
    expect(spec.notes).toContain('没有明显落后的单位。');
  });
});

describe('buildSpreadTrendSpec', () => {
  const trend: SpreadTrend = {
    points: [
      { period: '2024-Q1', cv: 0.5, gini: 0.25, n: 5 },
      { period: '2024-Q2', cv: 0.55555, gini: 0.3, n: 5 },
    ],
    slope: 0.05555, trend: 'widening',
  } as SpreadTrend;
  it('draws CV and Gini per period as two lines with the direction in the note', () => {
    const spec = buildSpreadTrendSpec(trend, { ...ctx, metric: reemployed, periodName: (k) => k.replace('-', '年'), granularityLabel: '季度' });
    expect(spec.kind).toBe('line');
    expect(spec.title).toBe('再就业人数：各社区差距变化');
    expect(spec.subtitle).toBe('季度 · 全部街道/镇 · 绝对值');
    expect(spec.categories).toEqual(['2024年Q1', '2024年Q2']);
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([['变异系数', [0.5, 0.5556]], ['基尼系数', [0.25, 0.3]]]);
    expect(spec.notes![0]).toMatch(/^差距在扩大（变异系数每期\+0\.056/);
  });
});

describe('buildHeatmapTableSpec', () => {
  it('one row per unit, percentiles 0–100 per metric, blank where there is no value', () => {
    const matrix: PercentileMatrix = {
      units: [1, 0], metrics: ['reemployed', 'unemployed'],
      pct: Float64Array.from([1, NaN, 0.254, 0.5]), value: (r, j) => [10, 2, NaN, 5][r * 2 + j]!, qualifier: () => 0, partial: () => false, partialLeftOut: [0, 0], partialMeanings: ['low', 'low'], partialMeaning: () => 'low',
    };
    const units = [{ name: '甲社区', parent: '一街道' }, { name: '乙社区', parent: '二街道' }];
    const spec = buildHeatmapTableSpec(matrix, units, [reemployed, unemployed], ctx);
    expect(spec.columns.map((c) => c.label)).toEqual(['单位', '街道/镇', '再就业人数（百分位）', '下岗失业人员（百分位）']);
    expect(spec.rows).toEqual([['乙社区', '二街道', 100, 25], ['甲社区', '一街道', null, 50]]);
  });
  it('throws when the metric definitions do not match the matrix', () => {
    const matrix: PercentileMatrix = { units: [], metrics: ['a', 'b'], pct: new Float64Array(0), value: () => NaN, qualifier: () => 0, partial: () => false, partialLeftOut: [0, 0], partialMeanings: ['low', 'low'], partialMeaning: () => 'low' };
    expect(() => buildHeatmapTableSpec(matrix, [], [reemployed], ctx)).toThrow(/1 metric defs for 2/);
  });
});
