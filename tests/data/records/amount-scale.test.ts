/** AmountScale: the median without a sort, and the cells about 1万 times from it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountScale, medianOf } from '../../../src/data/records/amount-scale';

describe('medianOf', () => {
  it('is the sorted middle (the mean of the two middles for an even count), with duplicates among the values', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 80 }), (xs) => {
      const sorted = [...xs].sort((p, q) => p - q);
      const h = sorted.length >> 1;
      expect(medianOf(Float64Array.from(xs))).toBe(sorted.length % 2 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2);
    }), { numRuns: 500, seed: 7 });
  });
});

describe('AmountScale', () => {
  it('lists the cells 2000 to 50000 times above or below the median of the nonzero amounts, in the order added', () => {
    const a = new AmountScale();
    [15000, 16000, 1.7, 18000, 0, 150000000, 17000, -16000].forEach((v, k) => a.add(v, k + 2));
    expect(a.outliers()).toEqual({ typical: 16000, up: false, cells: [{ value: 1.7, line: 4 }, { value: 150000000, line: 7 }] });
  });

  it('says nothing of fewer than three amounts, nor of a hundredfold spread', () => {
    const two = new AmountScale();
    [1.5, 17000].forEach((v, k) => two.add(v, k + 2));
    expect(two.outliers()).toBeNull();
    const spread = new AmountScale();
    [1.5, 160, 1.7, 0.2].forEach((v, k) => spread.add(v, k + 2));
    expect(spread.outliers()).toBeNull();
  });
});
