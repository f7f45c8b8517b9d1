import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/data/vocabulary/metric-catalog';
import { quartileOf, rankChangeOf, rankValues } from '../../src/analysis/rank-values';

const N = NaN;
const rank = (values: number[], direction: Direction, mask?: number[]): number[] =>
  Array.from(rankValues(Float64Array.from(values), direction, mask ? Uint8Array.from(mask) : undefined));

describe('rankValues', () => {
  it.each<[string, number[], Direction, number[]]>([
    ['ties share a rank and the next skips (1, 2, 2, 4)', [9, 7, 7, 3], 'higher', [1, 2, 2, 4]],
    ['order of input does not matter', [7, 3, 9, 7], 'higher', [2, 4, 1, 2]],
    ['lower is better ranks ascending', [9, 7, 7, 3], 'lower', [4, 2, 2, 1]],
    ['neutral ranks high → low', [1, 5, 3], 'neutral', [3, 1, 2]],
    ['NaN is unranked (0), not last', [N, 2, N, 5], 'higher', [0, 2, 0, 1]],
    ['NaN is unranked for lower too, not first', [N, 2, 5], 'lower', [0, 1, 2]],
    ['all equal values share rank 1', [4, 4, 4], 'higher', [1, 1, 1]],
    ['zeros are values', [0, 0, 1], 'higher', [2, 2, 1]],
    ['zeros rank first when lower is better', [0, 3, 0], 'lower', [1, 3, 1]],
    ['a single value ranks 1', [42], 'lower', [1]],
    ['empty', [], 'higher', []],
    ['negative values', [-1, -5, 2], 'higher', [2, 3, 1]],
    ['infinity is not a value', [Infinity, 1], 'higher', [0, 1]],
    ['a recomputed rate ties its stored twin', [0.1 + 0.2, 0.3, 0.2], 'higher', [1, 1, 3]],
  ])('%s', (_, values, direction, want) => {
    expect(rank(values, direction)).toEqual(want);
  });
  it('mask 0 leaves a unit unranked and out of the count', () => {
    expect(rank([9, 8, 7, 6], 'higher', [1, 0, 1, 1])).toEqual([1, 0, 2, 3]);
  });
});

describe('rankValues invariants', () => {
  const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(NaN), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const direction = fc.constantFrom<Direction>('higher', 'lower', 'neutral');
  it('a better value never has a worse rank; equal values share one', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 40 }), direction, (values, dir) => {
      const r = rank(values, dir);
      const better = (a: number, b: number): boolean => (dir === 'lower' ? a < b : a > b);
      const ranked = values.map((v, i) => ({ v, r: r[i]! })).filter((x) => !Number.isNaN(x.v));
      for (const a of ranked) {
        expect(a.r).toBeGreaterThanOrEqual(1);
        expect(a.r).toBeLessThanOrEqual(ranked.length);
        for (const b of ranked) {
          if (a.v === b.v) expect(a.r).toBe(b.r);
          else if (better(a.v, b.v) && Math.abs(a.v - b.v) > 1e-6 * Math.max(Math.abs(a.v), Math.abs(b.v))) {
            expect(a.r).toBeLessThan(b.r);
          }
        }
        // Competition ranking: rank = 1 + number of strictly better values.
        const strictlyBetter = ranked.filter((b) => better(b.v, a.v) && b.r !== a.r).length;
        expect(a.r).toBe(1 + strictlyBetter);
      }
      values.forEach((v, i) => { if (Number.isNaN(v)) expect(r[i]).toBe(0); });
    }));
  });
  it('is permutation-invariant: a value keeps its rank wherever it sits', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 40 }), direction, fc.integer(), (values, dir, seed) => {
      const order = values.map((_, i) => i);
      let s = seed >>> 0;
      for (let i = order.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        const j = s % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const r = rank(values, dir);
      const rp = rank(order.map((i) => values[i]!), dir);
      order.forEach((from, to) => expect(rp[to]).toBe(r[from]));
    }));
  });
});

describe('quartileOf', () => {
  it.each([
    [1, 4, 1], [2, 4, 2], [3, 4, 3], [4, 4, 4],
    // Fewer than four ranked have no quarters.
    [1, 1, null], [1, 3, null], [3, 3, null],
    [1, 5, 1], [2, 5, 1], [3, 5, 2], [4, 5, 3], [5, 5, 4],
    [1, 8, 1], [2, 8, 1], [3, 8, 2], [8, 8, 4],
    [0, 4, null], [5, 4, null],
  ])('rank %i of %i → %s', (r, n, q) => {
    expect(quartileOf(r, n)).toBe(q);
  });
});

describe('rankChangeOf', () => {
  it.each([
    [1, 3, 5, 5, 2], [3, 1, 4, 3, -2],
    // 第1位 of the one community that has reported April against 第3位 of five in March: no change to tell.
    [1, 3, 1, 5, null], [2, 3, 2, 5, null], [1, 1, 1, 1, null],
    [1, null, 5, 5, null], [null, 2, 5, 5, null],
  ])('rank %s (was %s), %i and %i ranked → %s', (r, p, n, pn, change) => {
    expect(rankChangeOf(r, p, n, pn)).toBe(change);
  });
});
