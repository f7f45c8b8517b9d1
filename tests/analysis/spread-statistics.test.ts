import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coefficientOfVariation, giniCoefficient, maxMinRatio, p90p10Ratio } from '../../src/analysis/spread-statistics';
import { sortedFinite } from '../../src/analysis/statistics-basics';

const f = (xs: number[]) => Float64Array.from(xs);

describe('coefficientOfVariation', () => {
  it.each([
    ['textbook', [2, 4, 4, 4, 5, 5, 7, 9], 0.4],
    ['missing ignored', [1, NaN, 3], 0.5],
    ['all equal', [7, 7, 7], 0],
    ['single unit', [3], 0],
    ['zeros with one value', [0, 0, 0, 4], Math.sqrt(3)],
  ])('%s', (_name, xs, expected) => {
    expect(coefficientOfVariation(f(xs))).toBeCloseTo(expected, 12);
  });
  it.each([
    ['empty', []], ['all missing', [NaN, NaN]], ['mean zero', [-1, 1]], ['all zero', [0, 0]],
  ])('is NaN for %s', (_name, xs) => {
    expect(coefficientOfVariation(f(xs))).toBeNaN();
  });
});

describe('giniCoefficient', () => {
  it.each([
    // Σ i·xᵢ = 30, S = 10, n = 4 → 60/40 − 5/4; equals mean |xᵢ − xⱼ| / 2μ = 20/80.
    ['1..4', [4, 1, 3, 2], 0.25],
    ['one unit has all', [0, 0, 0, 10], 0.75],
    ['ties', [5, 5, 5], 0],
    ['all zero', [0, 0], 0],
    ['missing ignored', [NaN, 1, 3], 0.25],
    ['single unit', [9], 0],
  ])('%s', (_name, xs, expected) => {
    expect(giniCoefficient(f(xs))).toBeCloseTo(expected, 12);
  });
  it('is NaN for negatives and for no values', () => {
    expect(giniCoefficient(f([-1, 2]))).toBeNaN();
    expect(giniCoefficient(f([]))).toBeNaN();
  });
});

describe('maxMinRatio and p90p10Ratio', () => {
  it.each([
    [[2, 10, NaN], 5],
    [[0, 5], Infinity],
    [[0, 0], 1],
    [[4, 4], 1],
  ])('maxMin %j = %s', (xs, expected) => {
    expect(maxMinRatio(f(xs))).toBe(expected);
  });
  it('maxMin is NaN without values or with a negative minimum', () => {
    expect(maxMinRatio(f([]))).toBeNaN();
    expect(maxMinRatio(f([-1, 3]))).toBeNaN();
  });
  it('p90/p10 uses type-7 percentiles', () => {
    // 1..11: P90 = x[9] = 10, P10 = x[1] = 2.
    expect(p90p10Ratio(f([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))).toBeCloseTo(5, 12);
    // 1..5: P90 = 4 + 0.6 = 4.6, P10 = 1 + 0.4 = 1.4.
    expect(p90p10Ratio(f([1, 2, 3, 4, 5]))).toBeCloseTo(4.6 / 1.4, 12);
    expect(p90p10Ratio(f([0, 0, 0, 5]))).toBe(Infinity);
  });
  it('sortedFinite drops NaN and infinities', () => {
    expect(Array.from(sortedFinite([3, NaN, 1, Infinity, 2]))).toEqual([1, 2, 3]);
  });
});

// Subnormal values lose precision when scaled; unit counts never come near them.
const nonNeg = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x)), { minLength: 1, maxLength: 60 });

describe('invariants', () => {
  it('Gini lies in [0, 1]', () => {
    fc.assert(fc.property(nonNeg, (xs) => {
      const g = giniCoefficient(f(xs));
      return g >= 0 && g <= 1;
    }));
  });
  it('CV and Gini are scale-invariant', () => {
    fc.assert(fc.property(nonNeg, fc.double({ min: 0.01, max: 1000, noNaN: true }), (xs, k) => {
      const cv = coefficientOfVariation(f(xs));
      const cvK = coefficientOfVariation(f(xs.map((x) => x * k)));
      const g = giniCoefficient(f(xs));
      const gK = giniCoefficient(f(xs.map((x) => x * k)));
      if (Math.abs(g - gK) > 1e-9) return false;
      if (Number.isNaN(cv)) return Number.isNaN(cvK);
      return Math.abs(cv - cvK) <= 1e-9 * Math.max(1, cv);
    }));
  });
  it('shuffling changes nothing', () => {
    fc.assert(fc.property(nonNeg, fc.integer(), (xs, seed) => {
      const shuffled = [...xs];
      let s = seed >>> 0;
      for (let i = shuffled.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) >>> 0;
        const j = s % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const same = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
      return same(giniCoefficient(f(xs)), giniCoefficient(f(shuffled)))
        && same(coefficientOfVariation(f(xs)), coefficientOfVariation(f(shuffled)))
        && maxMinRatio(f(xs)) === maxMinRatio(f(shuffled));
    }));
  });
});
