import { describe, expect, it } from 'vitest';
import { buildCompareBarsSpec, gapLabel, topBottomRows, type CompareBarItem, type OtherPeriod } from '../../src/charts/compare-bars-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const metric = canonicalMetric('reemployed')!;
const ctx = { metric, periodLabel: '2024年上半年', parent: '', per: 'none' as const, source: 'a.csv' };
const item = (unit: number, name: string, value: number, extra: Partial<CompareBarItem> = {}): CompareBarItem =>
  ({ unit, name, parent: '一街道', value, qualifier: 'exact', partial: false, ...extra });

describe('topBottomRows', () => {
  it.each([
    [5, undefined, [0, 1, 2, 3, 4]],
    [6, 3, [0, 1, 2, 3, 4, 5]],
    [7, 3, [0, 1, 2, null, 4, 5, 6]],
    [10, 2, [0, 1, null, 8, 9]],
  ])('count %i, n %s → %j', (count, n, rows) => {
    expect(topBottomRows(count, n)).toEqual(rows);
  });
});

describe('buildCompareBarsSpec: two periods side by side', () => {
  // Sorted by the main period (2024上半年): 甲 90, 乙 60, 丙 20. 2023上半年: 甲 30, 乙 70, 丙 none.
  const result = { items: [item(0, '甲社区', 90), item(1, '乙社区', 60, { qualifier: 'approx' }), item(2, '丙社区', 20)], missing: [], median: 60, mean: 170 / 3 };
  const other: OtherPeriod = { label: '2023年上半年', values: new Map([[0, { value: 30, qualifier: 'exact' as const }], [1, { value: 70, qualifier: 'gt' as const }]]) };
  const spec = buildCompareBarsSpec(result, ctx, { other });

  it('draws two series in the main period order, the other period aligned by unit (a gap when missing)', () => {
    expect(spec.categories).toEqual(['甲社区', '乙社区', '丙社区']);
    expect(spec.categoryUnits).toEqual(['甲社区', '乙社区', '丙社区']);
    expect(spec.series.map((s) => s.name)).toEqual(['2024年上半年', '2023年上半年']);
    expect(spec.series[0]!.values).toEqual([90, 60, 20]);
    expect(spec.series[1]!.values).toEqual([30, 70, null]);
    expect(spec.series[0]!.marks).toEqual(['', '≈', '']);
    expect(spec.series[1]!.marks).toEqual(['', '＞', '']);
  });

  it('carries the change (90−30 = +60, 60−70 = −10, unknown for 丙) and says what the bars are', () => {
    expect(spec.series[0]!.deltas).toEqual([60, -10, null]);
    expect(spec.series[1]!.deltas).toBeUndefined();
    expect(spec.subtitle).toBe('2024年上半年 对比 2023年上半年 · 全部街道/镇 · 绝对值（人）');
    expect(spec.notes).toContain('1个单位在2023年上半年无数据，只画一根条形（不按0计）。');
    expect(spec.notes?.[0]).toMatch(/^每个单位两根条形：上为2024年上半年（蓝），下为2023年上半年（灰）/);
  });

  it('without another period it is the single-period chart (named after the metric, no deltas)', () => {
    const single = buildCompareBarsSpec(result, ctx);
    expect(single.series).toHaveLength(1);
    expect(single.series[0]!.name).toBe('再就业人数');
    expect(single.series[0]!.deltas).toBeUndefined();
    expect(single.references?.map((r) => [r.label, r.value])).toEqual([['中位数', 60], ['平均值', 170 / 3]]);
  });
});

describe('buildCompareBarsSpec: city scale (5,617 units)', () => {
  const N = 5617;
  const items = Array.from({ length: N }, (_, i) => item(i, `单位${i + 1}`, N - i));
  const result = { items, missing: [{ name: '无数据村' }], median: (N + 1) / 2, mean: (N + 1) / 2 };
  const other: OtherPeriod = { label: '2023年上半年', values: new Map(items.map((it) => [it.unit, { value: it.value - 1, qualifier: 'exact' as const }])) };

  it('draws the first 15 and the last 15 with one gap row: 31 rows, never thousands', () => {
    const spec = buildCompareBarsSpec(result, ctx, { topBottom: 15 });
    expect(spec.categories).toHaveLength(31);
    expect(spec.categories[0]).toBe('单位1');
    expect(spec.categories[14]).toBe('单位15');
    expect(spec.categories[15]).toBe(gapLabel(N - 30));
    expect(spec.categories[15]).toBe('…（中间5,587个单位略）');
    expect(spec.categories[30]).toBe('单位5617');
    expect(spec.categoryUnits?.[15]).toBeNull();
    expect(spec.series[0]!.values[15]).toBeNull();
    expect(spec.series[0]!.values[30]).toBe(1);
    expect(spec.notes?.[0]).toBe('共5,617个单位，仅显示前15名和后15名；完整名单见“排行”页，整体分布见下方分布图。');
    // The median still covers every unit, not just the bars drawn.
    expect(spec.references?.[0]).toMatchObject({ label: '中位数', value: 2809 });
  });

  it('with a second period still draws at most 2 × 30 bars', () => {
    const spec = buildCompareBarsSpec(result, ctx, { topBottom: 15, other });
    const bars = spec.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
    expect(bars).toBe(60);
    expect(spec.series[0]!.deltas?.filter((d) => d !== null)).toEqual(Array(30).fill(1));
  });
});
