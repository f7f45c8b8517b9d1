import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/analysis/compare-units';
import { makeDataset } from './analysis-fixtures';
import { modelOf } from './model-of';

const ds = makeDataset([
  { name: '甲', parent: '东街' }, { name: '乙', parent: '东街' }, { name: '丙', parent: '西街' }, { name: '丁', parent: '西街' },
], [
  [0, '2024-Q1', 'unemployed', 30], [1, '2024-Q1', 'unemployed', 10, 'approx'], [2, '2024-Q1', 'unemployed', 20],
  [0, '2024-Q1', 'lectures', 4], [1, '2024-Q1', 'lectures', 0], [3, '2024-Q1', 'lectures', 9],
  [0, '2024-Q1', 'residents', 2000], [3, '2024-Q1', 'residents', 3000],
]);

describe('compareUnits', () => {
  it('sorts lower-is-better ascending, lists missing units apart, marks median and mean', () => {
    const c = compareUnits(modelOf(ds), { metric: 'unemployed', period: '2024-Q1' });
    expect(c.items.map((i) => [i.name, i.value, i.qualifier])).toEqual([['乙', 10, 'approx'], ['丙', 20, 'exact'], ['甲', 30, 'exact']]);
    expect(c.missing.map((m) => [m.name, m.noBase])).toEqual([['丁', false]]);
    expect(c.median).toBe(20);
    expect(c.mean).toBe(20);
  });
  it('sorts higher-is-better descending with zeros as values, within a street', () => {
    const c = compareUnits(modelOf(ds), { metric: 'lectures', period: '2024-Q1', parent: '东街' });
    expect(c.items.map((i) => [i.name, i.value])).toEqual([['甲', 4], ['乙', 0]]);
    expect(c.median).toBe(2);
  });
  it('per capita: units without a base are listed as such', () => {
    const c = compareUnits(modelOf(ds), { metric: 'lectures', period: '2024-Q1', per: '1000' });
    expect(c.items.map((i) => [i.name, i.value])).toEqual([['丁', 3], ['甲', 2]]);
    // Pinyin order: 丙 bǐng before 乙 yǐ.
    expect(c.missing.map((m) => [m.name, m.noBase])).toEqual([['丙', true], ['乙', true]]);
  });
  it('an empty period gives no items and NaN statistics', () => {
    const c = compareUnits(modelOf(ds), { metric: 'lectures', period: '2023-Q1' });
    expect(c.items).toEqual([]);
    expect(c.missing).toHaveLength(4);
    expect(c.median).toBeNaN();
  });
});
