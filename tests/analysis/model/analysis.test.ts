/**
 * The analysis model's memo: one entry per key, computed once; a byte budget kept by evicting the
 * least recently used entries; dispose() empties it; estimateBytes counts typed arrays by their size.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysis, estimateBytes, sameCube } from '../../../src/analysis/model/analysis';
import { metricColumns } from '../../../src/analysis/metric-index';
import { packCube } from '../../../src/analysis/model/cube';
import { periodValues } from '../../../src/analysis/period-values';
import { streetIds, unitNameOrder } from '../../../src/analysis/unit-scope';
import { makeDataset, months } from '../analysis-fixtures';

const ds = makeDataset(['甲社区', '乙社区'], [
  ...months(0, 'reemployed', 2024, [1, 2, 3]),
  ...months(1, 'reemployed', 2024, [4, 5, 6]),
]);

describe('createAnalysis', () => {
  it('computes a key once and returns the kept result after', () => {
    const model = createAnalysis(ds);
    let runs = 0;
    const a = model.memo('k', () => { runs++; return { x: 1 }; });
    const b = model.memo('k', () => { runs++; return { x: 2 }; });
    expect(b).toBe(a);
    expect(runs).toBe(1);
    expect(model.usage()).toMatchObject({ entries: 1, computed: 1, evicted: 0 });
  });

  it('keeps within its budget by evicting the least recently used entries', () => {
    const model = createAnalysis(ds, { budgetBytes: 3 * 1064 });
    const big = () => new Float64Array(125); // 1,000 bytes + 64 of header
    model.memo('a', big);
    model.memo('b', big);
    model.memo('c', big);
    model.memo('a', big); // a is now the most recent
    model.memo('d', big); // over budget: b goes first
    expect(model.usage()).toMatchObject({ entries: 3, evicted: 1, bytes: 3 * 1064 });
    let recomputed = 0;
    model.memo('a', () => { recomputed++; return big(); });
    expect(recomputed).toBe(0);
    model.memo('b', () => { recomputed++; return big(); });
    expect(recomputed).toBe(1);
  });

  it('keeps a result larger than the whole budget until the next one', () => {
    const model = createAnalysis(ds, { budgetBytes: 100 });
    const v = model.memo('huge', () => new Float64Array(1000));
    expect(model.memo('huge', () => new Float64Array(1))).toBe(v);
    model.memo('next', () => new Float64Array(1000));
    expect(model.usage().entries).toBe(1);
  });

  it('dispose() drops everything; the model computes again when asked', () => {
    const model = createAnalysis(ds);
    const q1 = periodValues(model, 'reemployed', '2024-Q1');
    expect(model.usage().entries).toBeGreaterThan(0);
    model.dispose();
    expect(model.usage()).toMatchObject({ entries: 0, bytes: 0 });
    const again = periodValues(model, 'reemployed', '2024-Q1');
    expect(again).not.toBe(q1);
    expect(Array.from(again.values)).toEqual([6, 15]);
  });

  it('names the cube, not its display fields: a renamed copy is the same cube', () => {
    const model = createAnalysis(ds);
    expect(sameCube(model, { ...ds, name: '新名字' })).toBe(true);
    expect(sameCube(model, { ...ds, units: [...ds.units] })).toBe(false);
    expect(model.key).toBe(createAnalysis({ ...ds, name: '新名字' }).key);
  });
});

describe('a model started with the worker\'s cube', () => {
  it('reads them as they are: the same columns, no pass over the observations', () => {
    const model = createAnalysis(ds, { cube: packCube(ds) });
    const plain = createAnalysis(ds);
    const got = metricColumns(model, 0);
    const want = metricColumns(plain, 0);
    expect(got.byPeriod.map((c) => c && [c.period, Array.from(c.values), Array.from(c.qualifiers)]))
      .toEqual(want.byPeriod.map((c) => c && [c.period, Array.from(c.values), Array.from(c.qualifiers)]));
    expect(unitNameOrder(model)).toEqual(unitNameOrder(plain));
    expect(streetIds(model)).toEqual(streetIds(plain));
    expect(model.usage()).toMatchObject({ computed: 0, entries: 0, bytes: 0 });
    expect(model.usage().pinnedBytes).toBeGreaterThan(0);
    expect(Array.from(periodValues(model, 'reemployed', '2024-Q1').values)).toEqual([6, 15]);
  });
  it('never evicts the cube, however small the budget', () => {
    const model = createAnalysis(ds, { cube: packCube(ds), budgetBytes: 1 });
    const cols = metricColumns(model, 0);
    periodValues(model, 'reemployed', '2024-Q1');
    periodValues(model, 'reemployed', '2024-Q2');
    expect(metricColumns(model, 0)).toBe(cols);
    expect(model.usage().evicted).toBeGreaterThan(0);
  });
  it('refuses columns packed for another shape', () => {
    const other = makeDataset(['甲社区'], months(0, 'reemployed', 2024, [1]));
    expect(() => createAnalysis(ds, { cube: packCube(other) })).toThrow(/does not fit/);
  });
});

describe('estimateBytes', () => {
  it('counts typed arrays by their byte length, without calling getters', () => {
    let called = false;
    const value = {
      values: new Float64Array(100), flags: new Uint8Array(100),
      get lazy() { called = true; return new Float64Array(1e6); },
    };
    const n = estimateBytes(value);
    expect(n).toBeGreaterThanOrEqual(900);
    expect(n).toBeLessThan(2000);
    expect(called).toBe(false);
  });
});
