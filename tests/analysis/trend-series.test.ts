import { describe, expect, it } from 'vitest';
import { trendSeries } from '../../src/analysis/trend-series';
import { makeDataset, months } from './analysis-fixtures';
import { modelOf } from './model-of';

const N = NaN;
const ds = makeDataset([
  { name: '甲', parent: '东街' }, { name: '乙', parent: '东街' }, { name: '丙', parent: '西街' },
], [
  ...months(0, 'lectures', 2024, [1, 1, 1, 2, 2, 2, 3]),
  ...months(1, 'lectures', 2024, [3, 3, 3, 4, N, 4]),
  ...months(2, 'lectures', 2024, [5, 5, 5, 0, 0, 0]),
]);

describe('trendSeries', () => {
  it('rolls up each period and sets the median of all units against the chosen ones', () => {
    const t = trendSeries(modelOf(ds), { metric: 'lectures', granularity: 'Q', units: [0] });
    expect(t.periods).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(t.series).toEqual([{ unit: 0, name: '甲', values: [3, 6, 3], qualifiers: [0, 0, 0] }]);
    // Q1: 3, 9, 15 → 9; Q2: 6, 0 → 3 (8 is partial, left out while complete values exist); Q3: only 甲 3, partial.
    expect(t.median).toEqual([9, 3, 3]);
    expect(t.partial).toEqual([false, false, true]);
    expect(t.medianPartial).toEqual([false, true, true]);
  });
  it('filters periods by from/to and takes the median within a street', () => {
    const t = trendSeries(modelOf(ds), { metric: 'lectures', granularity: 'M', units: [1, 2], parent: '东街', from: '2024-04', to: '2024-Q2' });
    expect(t.periods).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(t.series.map((s) => s.values)).toEqual([[4, null, 4], [0, 0, 0]]);
    expect(t.median).toEqual([3, 2, 3]);
  });
});
