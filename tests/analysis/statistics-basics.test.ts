import { describe, expect, it } from 'vitest';
import { mean, median, quantile } from '../../src/analysis/statistics-basics';

const N = NaN;

describe('median and mean ignore missing values', () => {
  it.each([
    [[3, 1, 2], 2, 2],
    [[4, 1, 3, 2], 2.5, 2.5],
    [[N, 5, N, 1], 3, 3],
    [[0, 0, 9], 0, 3],
    [[7], 7, 7],
    [[], N, N],
    [[N, N], N, N],
  ])('%j → median %d, mean %d', (values, med, avg) => {
    expect(median(values)).toEqual(med);
    expect(mean(values)).toEqual(avg);
  });
  it('works on typed arrays', () => {
    expect(median(Float64Array.from([10, N, 30, 20]))).toBe(20);
  });
});

describe('quantile (type 7, linear)', () => {
  // h = (n − 1)·q; for [1, 2, 3, 4, 10]: q 0.9 → h 3.6 → 4 + 0.6·6 = 7.6.
  it.each([
    [[1, 2, 3, 4, 10], 0, 1],
    [[1, 2, 3, 4, 10], 1, 10],
    [[1, 2, 3, 4, 10], 0.5, 3],
    [[1, 2, 3, 4, 10], 0.9, 7.6],
    [[1, 2, 3, 4, 10], 0.1, 1.4],
    [[1, 2], 0.25, 1.25],
    [[5], 0.9, 5],
  ])('%j at %d → %d', (sorted, q, want) => {
    expect(quantile(sorted, q)).toBeCloseTo(want, 12);
  });
  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('throws on q outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(/1.5/);
  });
});
