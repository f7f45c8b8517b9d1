import { describe, expect, it } from 'vitest';
import { buildCompareChartSpec, type CompareResultLike } from '../../src/charts/compare-chart-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const metric = canonicalMetric('reemployed')!;
const ctx = { metric, periodLabel: '2024年第二季度', parent: '', per: 'none' as const, source: 'a.csv' };

const result: CompareResultLike = {
  items: [
    { name: '甲社区', parent: '一街道', value: 90, qualifier: 'exact', partial: false },
    { name: '前白庙村', parent: '小站镇', value: 60, qualifier: 'approx', partial: false },
    { name: '前白庙村', parent: '葛沽镇', value: 50, qualifier: 'gt', partial: true },
  ],
  missing: [{ name: '戊社区' }],
  median: 60,
  mean: 200 / 3,
};

describe('buildCompareChartSpec', () => {
  const spec = buildCompareChartSpec(result, ctx);

  it('keeps the order, disambiguates duplicate names by street and stars partial values', () => {
    expect(spec.categories).toEqual(['甲社区', '前白庙村（小站镇）', '前白庙村（葛沽镇）*']);
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]!.values).toEqual([90, 60, 50]);
    expect(spec.series[0]!.marks).toEqual(['', '≈', '＞']);
  });

  it('marks median and mean and titles the chart', () => {
    expect(spec).toMatchObject({ kind: 'bar', horizontal: true, title: '各社区再就业人数对比', unit: '人', source: 'a.csv' });
    expect(spec.subtitle).toBe('2024年第二季度 · 全部街道/镇 · 绝对值（人）');
    expect(spec.references).toEqual([
      { label: '中位数', value: 60, color: expect.any(String) },
      { label: '平均值', value: 200 / 3, color: expect.any(String) },
    ]);
  });

  it('explains marks, partial values and missing units in notes', () => {
    expect(spec.notes).toEqual([
      '带“≈”的数值为约数（原表写作“约”“近”）。',
      '带“＞”“＜”的数值为下限或上限（原表写作“余”“以上”“不足”）。',
      '带“*”的单位在该期间缺少部分月份的数据，数值偏低。',
      '另有1个单位无数据，未列入图中（不按0计）。',
    ]);
  });

  it('per-capita and street filter change unit, title and subtitle', () => {
    const s = buildCompareChartSpec({ ...result, missing: [] }, { ...ctx, per: '1000', parent: '小站镇' });
    expect(s.title).toBe('小站镇各社区再就业人数对比');
    expect(s.unit).toBe('人/千人');
    expect(s.subtitle).toBe('2024年第二季度 · 小站镇 · 每千名常住人口（人/千人）');
  });

  it('leaves out reference lines when there are no values', () => {
    const s = buildCompareChartSpec({ items: [], missing: [], median: NaN, mean: NaN }, ctx);
    expect(s.references).toEqual([]);
    expect(s.categories).toEqual([]);
  });
});
