import { describe, expect, it } from 'vitest';
import { buildTrendChartSpec } from '../../src/charts/trend-chart-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const ctx = {
  metric: canonicalMetric('volunteers')!, per: 'none' as const, parent: '', source: 's',
  periodLabel: (k: string) => `L${k}`, granularityLabel: '季度',
};

describe('buildTrendChartSpec', () => {
  it('draws one line per unit plus a dashed median, and marks partial periods (hollow points, * in the label)', () => {
    const spec = buildTrendChartSpec({
      periods: ['2024-Q1', '2024-Q2', '2024-Q3'],
      series: [{ name: '甲社区', values: [1, null, 3] }, { name: '乙社区', values: [2, 2, 2] }],
      median: [1.5, 2, 2.5],
      partial: [false, false, true],
    }, ctx);
    expect(spec.kind).toBe('line');
    expect(spec.title).toBe('注册志愿者变化趋势');
    expect(spec.subtitle).toBe('季度 · 全部街道/镇 · 绝对值（人）');
    expect(spec.categories).toEqual(['L2024-Q1', 'L2024-Q2', 'L2024-Q3*']);
    expect(spec.series.map((s) => [s.name, s.reference ?? false])).toEqual([['甲社区', false], ['乙社区', false], ['全部社区中位数', true]]);
    expect(spec.series[0]!.values).toEqual([1, null, 3]);
    expect(spec.series[0]!.color).not.toBe(spec.series[1]!.color);
    // Without per-series flags, every drawn series is hollow at the partial period.
    expect(spec.series[0]!.partial).toEqual([false, false, true]);
    expect(spec.series[1]!.partial).toEqual([false, false, true]);
    expect(spec.series[2]!.partial).toBeUndefined();
    expect(spec.notes).toEqual(['空心点为不完整期间（尚无期末数据），所示为期间内较早月份的数；期间名后带“*”。', '折线中断处为无数据的期间（不按0计）。']);
  });

  it('names two drawn units of one name with their streets (two 东湖社区 are two lines, not one name twice)', () => {
    const spec = buildTrendChartSpec({
      periods: ['2024-01', '2024-02'], median: [1, 2], partial: [false, false],
      series: [{ name: '东湖社区', parent: '双林街道', values: [1, 2] }, { name: '光明社区', parent: '双林街道', values: [1, 2] }, { name: '东湖社区', parent: '八里台镇', values: [null, 3] }],
    }, ctx);
    expect(spec.series.map((s) => s.name)).toEqual(['东湖社区（双林街道）', '光明社区', '东湖社区（八里台镇）', '全部社区中位数']);
  });

  it('takes per-series partial flags, and says nothing when the only partial point is a gap', () => {
    const base = { periods: ['2024-Q1', '2024-Q2'], median: [1, 2], partial: [false, true] };
    const spec = buildTrendChartSpec({
      ...base,
      series: [{ name: '甲社区', values: [1, 2] }, { name: '乙社区', values: [1, 2] }],
      seriesPartial: [[false, false], [false, true]],
    }, ctx);
    expect(spec.series.map((s) => s.partial)).toEqual([[false, false], [false, true], undefined]);
    expect(spec.notes?.[0]).toMatch(/^空心点为不完整期间/);
    const gapOnly = buildTrendChartSpec({ ...base, series: [{ name: '甲社区', values: [1, null] }], seriesPartial: [[false, true]] }, ctx);
    expect(gapOnly.notes).toEqual(['折线中断处为无数据的期间（不按0计）。']);
  });

  it('names the median after the street when filtered', () => {
    const spec = buildTrendChartSpec({ periods: ['2024'], series: [], median: [null], partial: [false] }, { ...ctx, parent: '小站镇' });
    expect(spec.series.map((s) => s.name)).toEqual(['小站镇中位数']);
    expect(spec.notes).toEqual([]);
  });
});
