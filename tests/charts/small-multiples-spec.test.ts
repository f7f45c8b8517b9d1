import { describe, expect, it } from 'vitest';
import type { CompareBarItem } from '../../src/charts/compare-bars-spec';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const it_ = (unit: number, name: string, parent: string, value: number): CompareBarItem => ({ unit, name, parent, value, qualifier: 'exact', partial: false });
// compareUnits order (best → worst): 甲 90 (一), 丙 70 (二), 乙 20 (一), 丁 10 (二), 戊 5 (二).
const items = [it_(0, '甲社区', '一街道', 90), it_(2, '丙社区', '二街道', 70), it_(1, '乙社区', '一街道', 20), it_(3, '丁社区', '二街道', 10), it_(4, '戊社区', '二街道', 5)];
const result = { items, missing: [], median: 20, mean: 39 };
const base = { periodLabel: '2024年上半年', parent: '', per: 'none' as const, source: 's' };

describe('buildSmallMultiples', () => {
  it('makes one panel per street, bars in value order, streets by median best first', () => {
    const sm = buildSmallMultiples(result, { ...base, metric: canonicalMetric('reemployed')!, direction: 'higher' });
    // 一街道 median (90+20)/2 = 55; 二街道 median of 70,10,5 = 10.
    expect(sm.panels.map((p) => [p.parent, p.count, p.median])).toEqual([['一街道', 2, 55], ['二街道', 3, 10]]);
    expect(sm.panels[0]!.spec.categories).toEqual(['甲社区', '乙社区']);
    expect(sm.panels[1]!.spec.categories).toEqual(['丙社区', '丁社区', '戊社区']);
    expect(sm.panels[0]!.spec.title).toBe('一街道');
    // Every panel draws the same overall median (20), not its own.
    expect(sm.panels.map((p) => p.spec.references)).toEqual([[expect.objectContaining({ label: '全部中位数', value: 20 })], [expect.objectContaining({ value: 20 })]]);
  });

  it('puts lagging streets first for lower-is-better metrics', () => {
    const sm = buildSmallMultiples(result, { ...base, metric: canonicalMetric('unemployed')!, direction: 'lower' });
    expect(sm.panels.map((p) => p.parent)).toEqual(['二街道', '一街道']);
  });

  it('shares one nice scale over both periods and combines every bar for export', () => {
    const other = { label: '2023年上半年', values: new Map([[0, { value: 130, qualifier: 'exact' as const }]]) };
    const sm = buildSmallMultiples(result, { ...base, metric: canonicalMetric('reemployed')!, direction: 'higher' }, other);
    // Max 130 (the other period) → nice step 50 → [0, 150].
    expect(sm.domain).toEqual([0, 150]);
    expect(sm.combined.categories).toEqual(['一街道｜甲社区', '一街道｜乙社区', '二街道｜丙社区', '二街道｜丁社区', '二街道｜戊社区']);
    expect(sm.combined.series.map((s) => s.values)).toEqual([[90, 20, 70, 10, 5], [130, null, null, null, null]]);
    expect(sm.combined.series[0]!.deltas).toEqual([-40, null, null, null, null]);
    expect(sm.combined.title).toBe('再就业人数分街道对比');
  });

  it('says what its median leaves out once for the chart, not on every panel, and of the median drawn', () => {
    const partial = items.map((x) => (x.unit === 1 || x.unit === 3 ? { ...x, partial: true } : x));
    const sm = buildSmallMultiples({ ...result, items: partial, referencePartialLeftOut: 2 }, { ...base, metric: canonicalMetric('reemployed')!, direction: 'higher' });
    expect(sm.panels.map((p) => p.spec.notes ?? [])).toEqual([[], []]);
    const notes = sm.combined.notes ?? [];
    // Each panel's 中位数 (its heading) and the street order leave the * units out too: 乙 in 一街道, 丁 in 二街道.
    expect(sm.panels.map((p) => [p.parent, p.median])).toEqual([['一街道', 90], ['二街道', 70 / 2 + 5 / 2]]);
    expect(notes.filter((n) => n.includes('中位数'))).toEqual(['全部中位数、各街道中位数只计数据完整的单位，不含带“*”的单位。']);
    // The exported picture names the line the panels draw, and no mean.
    expect(sm.combined.references).toEqual(sm.panels[0]!.spec.references);
  });

  it('says the street medians leave out the * units in English too', () => {
    const partial = items.map((x) => (x.unit === 1 ? { ...x, partial: true } : x));
    const sm = buildSmallMultiples({ ...result, items: partial, referencePartialLeftOut: 1 }, { ...base, lang: 'en', metric: canonicalMetric('reemployed')!, direction: 'higher' });
    expect((sm.combined.notes ?? []).filter((n) => n.includes('median'))).toEqual(['The overall median and street medians count complete units only, not those marked “*”.']);
  });

  it('names no street median when no street left a unit out (all of a street partial: its median is of them all)', () => {
    const partial = items.map((x) => (x.parent === '一街道' ? { ...x, partial: true } : x));
    const sm = buildSmallMultiples({ ...result, items: partial, referencePartialLeftOut: 2 }, { ...base, metric: canonicalMetric('reemployed')!, direction: 'higher' });
    expect(sm.panels.map((p) => [p.parent, p.median])).toEqual([['一街道', 55], ['二街道', 10]]);
    expect((sm.combined.notes ?? []).filter((n) => n.includes('中位数'))).toEqual(['全部中位数只计数据完整的单位，不含带“*”的单位。']);
  });
});

