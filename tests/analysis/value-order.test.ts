/**
 * The radix argsort (value-order.ts) and what is built on it — ranks without binary search, the
 * compare order, the bottom-quartile test of 连续N期靠后 by one order statistic — against the
 * straightforward computations, on values full of ties, near-ties within the rank tolerance,
 * zeros of both signs, NaN and ±Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/data/vocabulary/metric-catalog';
import { bottomQuartileCut, inBottomQuartile } from '../../src/analysis/quartile-cut';
import { countLaggards, findLaggardsBelow, laggardsOfOrder } from '../../src/analysis/laggards';
import { median, selectKth, sharedMedian } from '../../src/analysis/statistics-basics';
import { maskOrder, quartileOf, rankValues, ranksFromOrder } from '../../src/analysis/rank-values';
import { finiteOrder, firstOfTieGroup, gatherValues, sharedFiniteOrder } from '../../src/analysis/value-order';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import type { Dataset } from '../../src/data/dataset/dataset';
import type { KeyedValues } from '../../src/analysis/unit-values';

/** A fresh analysis model (of an empty cube: these tests hand it values directly). */
function freshModel(): Analysis {
  return createAnalysis({ id: 't', createdAt: '', obs: { value: new Float64Array(0) } } as unknown as Dataset);
}

/** `values` as kept values under key `k`. */
function keyed(values: Float64Array, k = 'v'): KeyedValues {
  return { key: k, values, qualifiers: new Uint8Array(values.length), partial: new Uint8Array(values.length) };
}

const special = fc.constantFrom(NaN, 0, -0, Infinity, -Infinity, 1, 1 + 1e-10, 1 - 1e-10, 1 + 3e-9, 25, 30 / 120 * 100, 0.1 + 0.2, 0.3, -5e-324, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE);
const value = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ noNaN: false }), special, fc.double({ min: 0, max: 1000, noNaN: true }));
const direction = fc.constantFrom<Direction>('higher', 'lower', 'neutral');

/** Unit indices of the finite (and unmasked) values, stably sorted by value with −0 before +0. */
function naiveOrder(values: number[], mask?: number[]): number[] {
  const key = (v: number): number => (Object.is(v, -0) ? -Number.MIN_VALUE / 2 : v);
  return [...values.keys()].filter((u) => Number.isFinite(values[u]!) && (!mask || mask[u] !== 0))
    .sort((a, b) => (values[a]! === values[b]! && !Object.is(values[a], -0) !== !Object.is(values[b], -0)
      ? (Object.is(values[a], -0) ? -1 : 1) : key(values[a]!) - key(values[b]!)) || a - b);
}

/** rankValues as first written: a sorted copy, each element's first position by binary search. */
function naiveRanks(values: number[], dir: Direction, mask?: number[]): number[] {
  const sorted = values.filter((v, u) => Number.isFinite(v) && (!mask || mask[u] !== 0)).sort((a, b) => a - b);
  const best = dir === 'lower' ? sorted : [...sorted].reverse();
  const rankAt: number[] = [];
  let anchor = NaN;
  let groupRank = 0;
  best.forEach((v, k) => {
    const tie = v === anchor || Math.abs(v - anchor) <= 1e-9 * Math.max(Math.abs(v), Math.abs(anchor));
    if (k === 0 || !tie) { anchor = v; groupRank = k + 1; }
    rankAt.push(groupRank);
  });
  return values.map((v, u) => (Number.isFinite(v) && (!mask || mask[u] !== 0) ? rankAt[best.indexOf(v)]! : 0));
}

describe('finiteOrder', () => {
  it('is a stable ascending argsort of the finite values, −0 before +0, masked units left out', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 300 }), fc.option(fc.array(fc.constantFrom(0, 1), { minLength: 300, maxLength: 300 })), (values, mask) => {
      const m = mask ?? undefined;
      expect(Array.from(finiteOrder(Float64Array.from(values), m ? Uint8Array.from(m) : undefined))).toEqual(naiveOrder(values, m));
    }), { numRuns: 400 });
  });
  it('sorts a city-sized column of reals and of counts like the native sort', () => {
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const gen of [() => next() * 1e4 - 50, () => Math.floor(next() * 40), () => (next() < 0.1 ? NaN : Math.round(next() * 1e6) / 100)]) {
      const values = Float64Array.from({ length: 5617 }, gen);
      expect(Array.from(gatherValues(values, finiteOrder(values)))).toEqual(Array.from(values.filter(Number.isFinite).sort()));
    }
  });
  it('sorts a city-sized column of amounts (integers too wide to count, keyed by their offset) like the native sort', () => {
    let seed = 5;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const gen of [() => Math.floor(next() * 90_000) - 300, () => (next() < 0.5 ? 0 : Math.floor(next() * 2 ** 30))]) {
      const values = Float64Array.from({ length: 5617 }, gen);
      expect(Array.from(gatherValues(values, finiteOrder(values)))).toEqual(Array.from(values.filter(Number.isFinite).sort()));
    }
  });
  it('sorts reals that share their first 40 bits (long runs after the prefix passes) stably, with a mask', () => {
    let seed = 11;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = Array.from({ length: 5617 }, (_, u) => (u % 97 === 0 ? 2 : u % 89 === 0 ? NaN : 1 + Math.floor(next() * 500) * 2 ** -40));
    const mask = values.map((_, u) => (u % 7 === 0 ? 0 : 1));
    expect(Array.from(finiteOrder(Float64Array.from(values)))).toEqual(naiveOrder(values));
    expect(Array.from(finiteOrder(Float64Array.from(values), Uint8Array.from(mask)))).toEqual(naiveOrder(values, mask));
    // Short runs: reals spread over a few units, with exact ties.
    const spread = Array.from({ length: 5617 }, () => Math.round(next() * 1e5) / 1e3 + (next() < 0.01 ? -0 : 0));
    expect(Array.from(finiteOrder(Float64Array.from(spread)))).toEqual(naiveOrder(spread));
  });
  it('sorts small integers (a counting pass) and wide-ranging ones alike, ties in index order, with a mask', () => {
    const int = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.integer({ min: -2e9, max: 2e9 }), fc.constantFrom(NaN, 0, -0, 4096, 2 ** 31, -(2 ** 31)));
    fc.assert(fc.property(fc.array(int, { maxLength: 200 }), fc.array(fc.constantFrom(0, 1, 1), { minLength: 200, maxLength: 200 }), (values, mask) => {
      expect(Array.from(finiteOrder(Float64Array.from(values)))).toEqual(naiveOrder(values));
      expect(Array.from(finiteOrder(Float64Array.from(values), Uint8Array.from(mask)))).toEqual(naiveOrder(values, mask));
    }), { numRuns: 400 });
  });
  it('keeps one order per values key in the model', () => {
    const model = freshModel();
    const v = keyed(Float64Array.of(3, 1, 2));
    expect(sharedFiniteOrder(model, v)).toBe(sharedFiniteOrder(model, v));
    expect(Array.from(sharedFiniteOrder(model, v))).toEqual([1, 2, 0]);
    expect(sharedFiniteOrder(freshModel(), v)).not.toBe(sharedFiniteOrder(model, v));
  });
});

describe('firstOfTieGroup', () => {
  it('is the lowest unit index with a value equal (===) to the one at each position of the order, zeros of both signs included', () => {
    const tied = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(NaN, 0, -0, -0, 0.5, Infinity));
    fc.assert(fc.property(fc.array(tied, { maxLength: 60 }), (values) => {
      const v = Float64Array.from(values);
      const order = finiteOrder(v);
      order.forEach((u, k) => {
        expect(firstOfTieGroup(v, order, k)).toBe(values.findIndex((x) => x === values[u]));
      });
    }), { numRuns: 500 });
  });
});

describe('ranks from the order', () => {
  it('equal the binary-search ranks, with and without a mask', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 200 }), direction, fc.array(fc.constantFrom(0, 1, 1), { minLength: 200, maxLength: 200 }), (values, dir, mask) => {
      const v = Float64Array.from(values);
      expect(Array.from(rankValues(v, dir))).toEqual(naiveRanks(values, dir));
      expect(Array.from(rankValues(v, dir, Uint8Array.from(mask)))).toEqual(naiveRanks(values, dir, mask));
      expect(Array.from(ranksFromOrder(v, dir, maskOrder(finiteOrder(v), Uint8Array.from(mask))))).toEqual(naiveRanks(values, dir, mask));
    }), { numRuns: 400 });
  });
});

describe('bottomQuartileCut', () => {
  it('agrees with quartileOf(rank) === 4 for every value, ties and near-ties included', () => {
    const near = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(NaN, 2 + 1e-10, 2 - 1e-10, 2 + 2.5e-9, 3 - 1.5e-9, -0, Infinity), fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(fc.property(fc.array(near, { maxLength: 80 }), direction, (values, dir) => {
      const v = Float64Array.from(values);
      const ranks = naiveRanks(values, dir);
      const ranked = ranks.filter((r) => r > 0).length;
      const cut = bottomQuartileCut(freshModel(), keyed(v), dir);
      expect(values.map((x, u) => inBottomQuartile(cut, x, u))).toEqual(ranks.map((r) => ranked >= 4 && r > 0 && quartileOf(r, ranked) === 4));
    }), { numRuns: 1000 });
  });
  it('selectKth finds the k-th smallest, duplicates included', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 120 }), fc.nat(), (values, k0) => {
      const k = k0 % values.length;
      const sorted = [...values].sort((a, b) => a - b);
      expect(selectKth(Float64Array.from(values), 0, values.length - 1, k) === sorted[k]).toBe(true);
    }), { numRuns: 500 });
  });
  it('sharedMedian by selection equals the median of a sort', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 120 }), (values) => {
      const v = keyed(Float64Array.from(values));
      const got = sharedMedian(freshModel(), v);
      expect(Object.is(got, median(values)) || got === median(values)).toBe(true);
    }), { numRuns: 500 });
  });
  it('sharedMedian is kept in the model under the values key', () => {
    const model = freshModel();
    expect(sharedMedian(model, keyed(Float64Array.of(1, 5, 3)))).toBe(3);
    // Same key, so the kept median (values under one key never change in the app).
    expect(sharedMedian(model, keyed(Float64Array.of(9, 9, 9)))).toBe(3);
    expect(sharedMedian(model, keyed(Float64Array.of(9, 9, 9), 'w'))).toBe(9);
  });
});

describe('laggardsOfOrder', () => {
  it('counts as many laggards as findLaggardsBelow lists (countLaggards, by binary search in the order)', () => {
    const share = fc.constantFrom(0.5, 0.25, 0.8, 0.999);
    fc.assert(fc.property(fc.array(value, { maxLength: 150 }), direction, share, (values, dir, sh) => {
      const v = Float64Array.from(values);
      const med = median(values);
      expect(countLaggards(v, finiteOrder(v), dir, sh, med)).toBe(findLaggardsBelow(values, dir, sh, med).length);
    }), { numRuns: 500 });
  });
  it('equals findLaggardsBelow (the list sorted furthest behind first) for every direction and share', () => {
    const share = fc.constantFrom(0.5, 0.25, 0.8, 0.999);
    fc.assert(fc.property(fc.array(value, { maxLength: 150 }), direction, share, (values, dir, sh) => {
      const v = Float64Array.from(values);
      const med = median(values);
      expect(laggardsOfOrder(v, finiteOrder(v), dir, sh, med)).toEqual(findLaggardsBelow(v, dir, sh, med));
    }), { numRuns: 1000 });
  });
  it('with `first`, is the first `first` of that list (zeros of both signs at the cut included)', () => {
    const share = fc.constantFrom(0.5, 0.25, 0.8, 0.999);
    const small = fc.oneof(fc.constantFrom(0, -0, 0, -0, 1, 2, 9, NaN), value);
    fc.assert(fc.property(fc.array(small, { maxLength: 150 }), direction, share, fc.integer({ min: 0, max: 6 }), (values, dir, sh, first) => {
      const v = Float64Array.from(values);
      const med = median(values);
      expect(laggardsOfOrder(v, finiteOrder(v), dir, sh, med, first)).toEqual(findLaggardsBelow(v, dir, sh, med).slice(0, first));
    }), { numRuns: 1000 });
    // −0 before +0 in the order, the list in index order: the first two of the zeros are units 1 and 2.
    const v = Float64Array.of(5, 0, -0, 0, -0, 5, 5, 5, 5, 5);
    expect(laggardsOfOrder(v, finiteOrder(v), 'higher', 0.5, 5, 2).map((l) => l.index)).toEqual([1, 2]);
  });
});
