import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { theilIndex } from '../../src/analysis/theil-index';

const f = (xs: number[]) => Float64Array.from(xs);
const LN2 = Math.log(2);

describe('theilIndex', () => {
  it('decomposes a hand example', () => {
    // μ = 2; T = ¼[2·½ln½ + 0 + 2ln2] = ln2/4. Group A (1,1) μ=1, B (2,4) μ=3.
    const t = theilIndex(f([1, 1, 2, 4]), ['A', 'A', 'B', 'B']);
    expect(t.total).toBeCloseTo(LN2 / 4, 12);
    expect(t.between).toBeCloseTo(0.5 * 0.5 * Math.log(0.5) + 0.5 * 1.5 * Math.log(1.5), 12);
    const tB = 0.5 * ((2 / 3) * Math.log(2 / 3) + (4 / 3) * Math.log(4 / 3));
    expect(t.within).toBeCloseTo(0.75 * tB, 12);
  });
  it('handles zeros by 0·ln0 = 0 (one unit has everything → ln N)', () => {
    const t = theilIndex(f([0, 4]), ['A', 'B']);
    expect(t.total).toBeCloseTo(LN2, 12);
    expect(t.between).toBeCloseTo(LN2, 12);
    expect(t.within).toBeCloseTo(0, 12);
  });
  it('single-unit streets: everything is between', () => {
    const t = theilIndex(f([1, 2, 3]), Int32Array.from([0, 1, 2]));
    expect(t.within).toBe(0);
    expect(t.between).toBeCloseTo(t.total, 12);
  });
  it('one street: everything is within', () => {
    const t = theilIndex(f([1, 2, 3]), ['A', 'A', 'A']);
    expect(t.between).toBeCloseTo(0, 12);
    expect(t.within).toBeCloseTo(t.total, 12);
  });
  it('all equal is 0; missing values drop out with their group', () => {
    expect(theilIndex(f([3, 3, 3]), ['A', 'B', 'B']).total).toBeCloseTo(0, 12);
    const withMissing = theilIndex(f([1, 1, 2, 4, NaN]), ['A', 'A', 'B', 'B', 'C']);
    expect(withMissing.total).toBeCloseTo(LN2 / 4, 12);
  });
  it('is NaN for no values, all zeros and negatives', () => {
    expect(theilIndex(f([]), []).total).toBeNaN();
    expect(theilIndex(f([0, 0]), ['A', 'B']).total).toBeNaN();
    expect(theilIndex(f([-1, 3]), ['A', 'B']).between).toBeNaN();
  });
  it('throws on mismatched lengths (a programmer error)', () => {
    expect(() => theilIndex(f([1, 2]), ['A'])).toThrow(/2 values but 1 groups/);
  });
  it('between + within = total, all parts ≥ 0', () => {
    fc.assert(fc.property(
      // Subnormal doubles (5e-323) make x/mean meaningless in floating point; no statistic is that
      // small, so tiny values are snapped to 0 as in the spread-statistics properties.
      fc.array(fc.tuple(fc.double({ min: 0, max: 1e5, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x)), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 80 }),
      (rows) => {
        const t = theilIndex(f(rows.map((r) => r[0])), Int32Array.from(rows.map((r) => r[1])));
        if (Number.isNaN(t.total)) return rows.every((r) => r[0] === 0);
        return Math.abs(t.between + t.within - t.total) <= 1e-9 * Math.max(1, t.total)
          && t.between >= -1e-12 && t.within >= -1e-12 && t.total <= Math.log(rows.length) + 1e-9;
      },
    ));
  });
});
