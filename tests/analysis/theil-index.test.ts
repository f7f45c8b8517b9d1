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

/** theilIndex as first written: the textbook sums over groups numbered by first appearance, a log per unit. */
function theilOracle(values: Float64Array, groups: ArrayLike<string | number>): { total: number; between: number; within: number } {
  const code = new Map<string | number, number>();
  const gOf = new Int32Array(values.length).fill(-1);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < 0) return { total: NaN, between: NaN, within: NaN };
    if (!code.has(groups[i]!)) code.set(groups[i]!, code.size);
    gOf[i] = code.get(groups[i]!)!;
    n++;
    sum += v;
  }
  if (n === 0 || sum <= 0) return { total: NaN, between: NaN, within: NaN };
  const mu = sum / n;
  const gn = new Float64Array(code.size);
  const gsum = new Float64Array(code.size);
  for (let i = 0; i < values.length; i++) if (gOf[i]! >= 0) { gn[gOf[i]!]! += 1; gsum[gOf[i]!]! += values[i]!; }
  const gT = new Float64Array(code.size);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const g = gOf[i]!;
    const v = values[i]!;
    if (g < 0 || v === 0) continue;
    const muG = gsum[g]! / gn[g]!;
    total += (v / mu) * (Math.log(v) - Math.log(mu));
    gT[g]! += (v / muG) * (Math.log(v) - Math.log(muG));
  }
  total /= n;
  let between = 0;
  let within = 0;
  for (let g = 0; g < code.size; g++) {
    const muG = gsum[g]! / gn[g]!;
    between += (gn[g]! / n) * (muG / mu === 0 ? 0 : (muG / mu) * Math.log(muG / mu));
    within += (muG / (n * mu)) * gT[g]!;
  }
  return { total, between, within };
}

describe('theilIndex against the textbook sums', () => {
  it('gives the same doubles on street-ordered and shuffled data, counts and reals, with gaps', () => {
    let seed = 11;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const gen of [() => Math.floor(next() * 50), () => next() * 1e4, () => (next() < 0.2 ? NaN : Math.floor(next() * 9000)), () => (next() < 0.3 ? 0 : next())]) {
      for (const shuffled of [false, true]) {
        const n = 3000;
        const values = Float64Array.from({ length: n }, gen);
        // Streets of 20 units in a row (the import's order), or scattered.
        const ids = Int32Array.from({ length: n }, (_, u) => (shuffled ? Math.floor(next() * 150) : Math.floor(u / 20)));
        const expected = theilOracle(values, ids);
        for (const got of [theilIndex(values, ids), theilIndex(values, ids, 150), theilIndex(values, Array.from(ids, (g) => `街道${g}`))]) {
          expect(Object.is(got.total, expected.total) && Object.is(got.between, expected.between) && Object.is(got.within, expected.within)).toBe(true);
        }
      }
    }
  });
});
