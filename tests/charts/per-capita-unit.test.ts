/**
 * A metric that is not shown per capita keeps its own unit: with 每千名常住人口 chosen, the 均衡
 * view still shows 再就业率 as a percentage and 常住人口 as people, but its exported laggard table
 * headed them 数值（%/千人） and 数值（人/千人）.
 */
import { describe, expect, it } from 'vitest';
import type { MetricImbalance } from '../../src/analysis/imbalance';
import { buildLaggardTableSpec } from '../../src/charts/imbalance-specs';
import { valueUnit } from '../../src/charts/spec-text';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const imb = (metric: string): MetricImbalance => ({
  metric: canonicalMetric(metric)!, period: '2024-Q4', n: 5, cv: 0.5, gini: 0.3, maxMin: 2, p90p10: 2,
  theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2, laggardCount: 0, laggards: [], outliers: [],
  median: 20, mean: 20, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true,
});

describe('the value unit per 1,000 residents', () => {
  it.each([
    ['reemployment_rate', '1000', '%'], ['residents', '1000', '人'], ['households', '100hh', '户'],
    ['reemployed', '1000', '人/千人'], ['reemployed', 'none', '人'],
  ] as const)('%s with %s: %s', (id, per, unit) => {
    expect(valueUnit(canonicalMetric(id)!, per)).toBe(unit);
  });
  it('the 均衡 laggard table of 再就业率 per 1,000 residents is headed 数值（%）', () => {
    const spec = buildLaggardTableSpec(imb('reemployment_rate'), [], 0.5, { periodLabel: '2024年第四季度', parent: '', per: '1000', source: 's' });
    expect(spec.columns.find((c) => c.key === 'value')!.label).toBe('数值（%）');
    expect(spec.notes![0]).toContain('（中位数20%）');
  });
});
