import { describe, expect, it } from 'vitest';
import { QUALIFIER_CODE } from '../../src/data/dataset/dataset';
import { perCapita } from '../../src/analysis/per-capita';
import { arr, makeDataset } from './analysis-fixtures';
import { modelOf } from './model-of';

const N = NaN;
// 甲 base 2000 residents / 400 households; 乙 no base; 丙 base 0; 丁 base but no value.
const ds = makeDataset(['甲', '乙', '丙', '丁', '戊'], [
  [0, '2024-Q1', 'reemployed', 10], [1, '2024-Q1', 'reemployed', 10], [2, '2024-Q1', 'reemployed', 10],
  [4, '2024-Q1', 'reemployed', 30, 'gt'],
  [0, '2024-Q1', 'residents', 2000], [2, '2024-Q1', 'residents', 0], [3, '2024-Q1', 'residents', 1000],
  [4, '2024-01', 'residents', 3000],
  [0, '2024-Q1', 'households', 400],
  [0, '2024-Q1', 'unemployed', 40],
]);

describe('perCapita', () => {
  it('divides by residents × 1,000 and marks units without a base', () => {
    const pc = perCapita(modelOf(ds), 'reemployed', '2024-Q1', '1000');
    expect(arr(pc.values)).toEqual([5, N, N, N, 10]);
    expect(arr(pc.noBase)).toEqual([0, 1, 1, 0, 0]);
  });
  it('divides by households × 100', () => {
    expect(perCapita(modelOf(ds), 'reemployed', '2024-Q1', '100hh').values[0]).toBe(2.5);
  });
  it('a base taken before the period end makes the value partial; qualifiers carry', () => {
    const pc = perCapita(modelOf(ds), 'reemployed', '2024-Q1', '1000');
    expect(pc.partial[4]).toBe(1);
    expect(pc.qualifiers[4]).toBe(QUALIFIER_CODE.gt);
  });
  it('leaves ratios and the bases themselves unscaled', () => {
    expect(perCapita(modelOf(ds), 'reemployment_rate', '2024-Q1', '1000').values[0]).toBe(25);
    expect(arr(perCapita(modelOf(ds), 'residents', '2024-Q1', '1000').values)).toEqual([2000, N, 0, 1000, 3000]);
    expect(arr(perCapita(modelOf(ds), 'residents', '2024-Q1', '1000').noBase)).toEqual([0, 0, 0, 0, 0]);
  });
  it("per 'none' is the plain value", () => {
    const pc = perCapita(modelOf(ds), 'reemployed', '2024-Q1', 'none');
    expect(arr(pc.values)).toEqual([10, 10, 10, N, 30]);
    expect(arr(pc.noBase)).toEqual([0, 0, 0, 0, 0]);
  });
});
