import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../src/analysis/overview';
import { buildFixture, datasetOf } from './imbalance-fixture';
import { modelOf } from './model-of';

describe('buildOverview', () => {
  const o = buildOverview(modelOf(buildFixture()), '2024-Q4');
  const metric = (id: string) => o.families.flatMap((f) => f.metrics).find((m) => m.id === id)!;
  it('sums flows over units with 环比 and an approximate qualifier', () => {
    const re = metric('reemployed');
    expect(re.total).toBe(296);
    expect(re.prev).toBe(20 + 42 + 38 + 44 + 40 + 41 + 14 + 39);
    expect(re.changePct).toBeCloseTo(18 / 278, 12);
    expect(re.qualifier).toBe(1); // includes 12余
    expect(re.yoy).toBeNaN(); // no 2023-Q4
    expect(re.changeComparable).toBe(true);
    expect(re.yoyComparable).toBe(false);
  });
  it('groups by family in display order and gives three linked findings', () => {
    expect(o.families.map((f) => f.family)).toEqual(['employment', 'volunteers']);
    expect(o.findings).toHaveLength(3);
    expect(o.findings[0]!.text.startsWith('各社区工作开展还不平衡')).toBe(true);
    expect(o.findings.every((f) => f.link !== undefined)).toBe(true);
  });
  it('recomputes ratios from summed parts and reports 百分点', () => {
    const d = datasetOf([
      ['A', 'x', '2024', 'reemployed', 1], ['A', 'x', '2024', 'unemployed', 10],
      ['B', 'x', '2024', 'reemployed', 9], ['B', 'x', '2024', 'unemployed', 10],
      ['A', 'x', '2023', 'reemployed', 1], ['A', 'x', '2023', 'unemployed', 10],
      ['B', 'x', '2023', 'reemployed', 3], ['B', 'x', '2023', 'unemployed', 10],
    ]);
    const rate = buildOverview(modelOf(d), '2024').families.find((f) => f.family === 'derived')!.metrics[0]!;
    expect(rate.total).toBeCloseTo(50, 12); // Σ10 / Σ20
    expect(rate.prev).toBeCloseTo(20, 12);
    expect(rate.changePp).toBeCloseTo(30, 12);
    expect(rate.changePct).toBeNaN();
    // Unit rates 50% and 10%: their mean would be 30%; the honest total is Σ10 / Σ92.
    const skew = datasetOf([
      ['A', 'x', '2024', 'reemployed', 1], ['A', 'x', '2024', 'unemployed', 2],
      ['B', 'x', '2024', 'reemployed', 9], ['B', 'x', '2024', 'unemployed', 90],
    ]);
    expect(buildOverview(modelOf(skew), '2024').families.at(-1)!.metrics[0]!.total).toBeCloseTo((10 / 92) * 100, 12);
  });
  it('says 口径不一 when as many units report in both periods but not the same ones (中北镇: -2社区 missing March, 西姜井村 February)', () => {
    const d = datasetOf([
      ['甲社区', '中北镇', '2024-02', 'reemployed', 8], ['乙社区', '中北镇', '2024-02', 'reemployed', 5],
      ['甲社区', '中北镇', '2024-03', 'reemployed', 7], ['丙社区', '中北镇', '2024-03', 'reemployed', 6],
    ]);
    const re = buildOverview(modelOf(d), '2024-03').families.flatMap((f) => f.metrics).find((m) => m.id === 'reemployed')!;
    expect([re.total, re.prev, re.n]).toEqual([13, 13, 2]);
    expect(re.changeComparable).toBe(false);
    const same = datasetOf([
      ['甲社区', '中北镇', '2024-02', 'reemployed', 8], ['乙社区', '中北镇', '2024-02', 'reemployed', 5],
      ['甲社区', '中北镇', '2024-03', 'reemployed', 7], ['乙社区', '中北镇', '2024-03', 'reemployed', 6],
    ]);
    expect(buildOverview(modelOf(same), '2024-03').families[0]!.metrics[0]!.changeComparable).toBe(true);
  });
});
