import { describe, expect, it } from 'vitest';
import { QUALIFIER_CODE } from '../../src/data/dataset/dataset';
import { periodValues, sharedZeros } from '../../src/analysis/period-values';
import { metricColumns, periodSlot } from '../../src/analysis/metric-index';
import { arr, makeDataset, months, type ObsRow } from './analysis-fixtures';
import { modelOf } from './model-of';

const N = NaN;

describe('periodValues: flow', () => {
  const ds = makeDataset(['甲社区', '乙社区', '丙社区'], [
    ...months(0, 'reemployed', 2024, [1, 2, 3, 4, 5, 6]),
    ...months(1, 'reemployed', 2024, [1, N, 3, 0, 0, 0]),
    // 丙: February reported as '—' (missing), never zero.
    [2, '2024-01', 'reemployed', 5],
    [2, '2024-02', 'reemployed', N, 'missing'],
    [2, '2024-03', 'reemployed', 7],
  ]);
  it.each([
    ['2024-Q1', [6, 4, 12], [0, 1, 1]],
    ['2024-Q2', [15, 0, N], [0, 0, 0]],
    ['2024-H1', [21, 4, 12], [0, 1, 1]],
    ['2024-Q3', [N, N, N], [0, 0, 0]],
    ['2024', [21, 4, 12], [1, 1, 1]],
    ['2024-02', [2, N, N], [0, 0, 0]],
    ['2024-C02', [3, 1, 5], [0, 1, 1]],
  ])('%s sums the months that exist', (period, values, partial) => {
    const pv = periodValues(modelOf(ds), 'reemployed', period);
    expect(arr(pv.values)).toEqual(values);
    expect(arr(pv.partial)).toEqual(partial);
  });
  it('zeros are values, not missing', () => {
    const pv = periodValues(modelOf(ds), 'reemployed', '2024-Q2');
    expect(pv.values[1]).toBe(0);
    expect(pv.qualifiers[1]).toBe(QUALIFIER_CODE.exact);
    expect(pv.qualifiers[2]).toBe(QUALIFIER_CODE.missing);
  });
});

describe('periodValues: stored key wins, finest complete cover otherwise', () => {
  const ds = makeDataset(['甲', '乙'], [
    ...months(0, 'reemployed', 2024, [1, 2, 3, 4, 5, 6]),
    [0, '2024-H1', 'reemployed', 100],
    [1, '2024-Q1', 'reemployed', 10],
    [1, '2024-Q2', 'reemployed', 20],
    [1, '2024-04', 'reemployed', 4],
  ]);
  it('a value stored at exactly the key wins over its months', () => {
    expect(periodValues(modelOf(ds), 'reemployed', '2024-H1').values[0]).toBe(100);
    expect(periodValues(modelOf(ds), 'reemployed', '2024-Q1').values[0]).toBe(6);
  });
  it('quarters cover a half when months do not', () => {
    const pv = periodValues(modelOf(ds), 'reemployed', '2024-H1');
    expect(pv.values[1]).toBe(30);
    expect(pv.partial[1]).toBe(0);
  });
  it('a year with only its first half is partial, from the finest pieces (months over the stored H1)', () => {
    const pv = periodValues(modelOf(ds), 'reemployed', '2024');
    expect(arr(pv.values)).toEqual([21, 30]);
    expect(arr(pv.partial)).toEqual([1, 1]);
  });
});

describe('periodValues: stored columns', () => {
  // 乙 gives January, February and 1–3月累计, not March: its March is C03 − (Jan + Feb).
  // Each test its own dataset, so its own model: what one test's calls leave in the model is not the other's to count.
  const fresh = () => {
    const ds = makeDataset(['甲', '乙'], [
      ...months(0, 'reemployed', 2024, [1, 2, 3, 4]),
      ...months(1, 'reemployed', 2024, [5, 6]), [1, '2024-C03', 'reemployed', 20],
    ]);
    const column = (key: string) => metricColumns(modelOf(ds), ds.metrics.findIndex((d) => d.id === 'reemployed')).byPeriod[periodSlot(ds, key)]!;
    return { ds, column };
  };
  it('a stored month that needs nothing else is the metric column itself: the model holds no copy', () => {
    const { ds, column } = fresh();
    column('2024-02');
    sharedZeros(modelOf(ds));
    const before = modelOf(ds).usage().bytes;
    const feb = periodValues(modelOf(ds), 'reemployed', '2024-02');
    expect(feb.values).toBe(column('2024-02').values);
    expect(feb.qualifiers).toBe(column('2024-02').qualifiers);
    expect(arr(feb.values)).toEqual([2, 6]);
    expect(periodValues(modelOf(ds), 'reemployed', '2024-04').values).toBe(column('2024-04').values);
    // Two entries that point at the column (64 bytes each counted, 8 for the one column each read), none holding a copy of it.
    expect(modelOf(ds).usage().bytes - before).toBe(2 * (64 + 8));
  });
  it('a stored month that a cumulative difference completes is computed and kept', () => {
    const { ds, column } = fresh();
    // The metric's columns and the shared zeros first, as a view has them before it asks for a period.
    column('2024-03');
    sharedZeros(modelOf(ds));
    const before = modelOf(ds).usage().computed;
    const mar = periodValues(modelOf(ds), 'reemployed', '2024-03');
    expect(arr(mar.values)).toEqual([3, 9]);
    expect(mar.values).not.toBe(column('2024-03').values);
    expect(arr(column('2024-03').values)).toEqual([3, N]);
    // March itself and the January–February roll-up (the virtual C02) it subtracts.
    expect(modelOf(ds).usage().computed).toBe(before + 2);
    expect(periodValues(modelOf(ds), 'reemployed', '2024-03')).toBe(mar);
  });
});

describe('periodValues: cumulative keys', () => {
  const ds = makeDataset(['甲', '乙'], [
    [0, '2024-C03', 'reemployed', 30],
    [0, '2024-C06', 'reemployed', 70],
    [0, '2024-C09', 'reemployed', 100],
    [1, '2024-C06', 'reemployed', 50],
    [1, '2024-C12', 'reemployed', 90],
  ]);
  it.each([
    ['2024-Q1', [30, N], [0, 0]],
    ['2024-Q2', [40, N], [0, 0]],
    ['2024-Q3', [30, N], [0, 0]],
    ['2024-H1', [70, 50], [0, 0]],
    ['2024-H2', [30, 40], [1, 0]],
    ['2024', [100, 90], [1, 0]],
    ['2024-C09', [100, 50], [0, 1]],
  ])('%s from differences of cumulative values', (period, values, partial) => {
    const pv = periodValues(modelOf(ds), 'reemployed', period);
    expect(arr(pv.values)).toEqual(values);
    expect(arr(pv.partial)).toEqual(partial);
  });
  it('a cumulative value combines with the complete months before it (Q2 = C06 − Q1 months)', () => {
    const mixed = makeDataset(['甲', '乙'], [
      ...months(0, 'reemployed', 2024, [5, 6, 9]), [0, '2024-C06', 'reemployed', 50],
      // 乙 lacks February, so its January–March cannot be subtracted.
      [1, '2024-01', 'reemployed', 5], [1, '2024-03', 'reemployed', 9], [1, '2024-C06', 'reemployed', 50],
    ]);
    expect(arr(periodValues(modelOf(mixed), 'reemployed', '2024-Q2').values)).toEqual([30, N]);
    expect(arr(periodValues(modelOf(mixed), 'reemployed', '2024-H1').values)).toEqual([50, 50]);
    expect(arr(periodValues(modelOf(mixed), 'reemployed', '2024-H1').partial)).toEqual([0, 0]);
    expect(arr(periodValues(modelOf(mixed), 'reemployed', '2024-05').values)).toEqual([N, N]);
  });
  it('a count never rolls up to a negative difference of contradictory year-to-date values: the months are left uncovered', () => {
    // 甲's 1-6月累计 (26) is below its 1-3月累计 (50): no second quarter can be 26 − 50 people.
    const bad = makeDataset(['甲', '乙'], [
      [0, '2025-C03', 'reemployed', 50], [0, '2025-C06', 'reemployed', 26], [0, '2025-06', 'reemployed', 4],
      [1, '2025-C03', 'reemployed', 20], [1, '2025-C06', 'reemployed', 50], [1, '2025-06', 'reemployed', 9],
    ]);
    const q2 = periodValues(modelOf(bad), 'reemployed', '2025-Q2');
    // 甲: only June is left (partial); 乙: C06 − C03 = 30, as before.
    expect(arr(q2.values)).toEqual([4, 30]);
    expect(arr(q2.partial)).toEqual([1, 0]);
    expect(arr(periodValues(modelOf(bad), 'reemployed', '2025-H1').values)).toEqual([26, 50]);
    // The same with months 1-3 (60 in all) and a 1-6月累计 of 40: C06 − (Jan + Feb + Mar) is checked too.
    const prefix = makeDataset(['甲'], [...months(0, 'reemployed', 2025, [30, 20, 10]), [0, '2025-C06', 'reemployed', 40]]);
    expect(arr(periodValues(modelOf(prefix), 'reemployed', '2025-Q2').values)).toEqual([N]);
    // A metric whose values may fall (a custom 净增户数, no count unit) keeps its difference.
    const net = makeDataset(['甲'], [[0, '2025-C03', 'custom:净增户数', 5], [0, '2025-C06', 'custom:净增户数', 2]]);
    expect(arr(periodValues(modelOf(net), 'custom:净增户数', '2025-Q2').values)).toEqual([-3]);
    // So does an amount (元) with a cumulative that fell: also never negative.
    const money = makeDataset(['甲'], [[0, '2025-C03', 'donations', 500], [0, '2025-C06', 'donations', 300]]);
    expect(arr(periodValues(modelOf(money), 'donations', '2025-Q2').values)).toEqual([N]);
  });
  it('a cumulative stock is the stock at its last month', () => {
    const st = makeDataset(['甲'], [[0, '2024-C06', 'volunteers', 80], [0, '2024-C09', 'volunteers', 85]]);
    expect(periodValues(modelOf(st), 'volunteers', '2024-H1').values[0]).toBe(80);
    expect(periodValues(modelOf(st), 'volunteers', '2024-Q3').values[0]).toBe(85);
  });
});

describe('periodValues: stock', () => {
  const ds = makeDataset(['甲', '乙', '丙'], [
    ...months(0, 'unemployed', 2024, [10, 12, 11, 9, 9, 8]),
    ...months(1, 'unemployed', 2024, [20, 22, N, N, 21]),
    [2, '2024-H1', 'unemployed', 40],
    [2, '2024-Q1', 'unemployed', 44],
  ]);
  it.each([
    ['2024-Q1', [11, 22, 44], [0, 1, 0]],
    ['2024-Q2', [8, 21, 40], [0, 1, 0]],
    ['2024-H1', [8, 21, 40], [0, 1, 0]],
    ['2024', [8, 21, 40], [1, 1, 1]],
    // A stock at the end of Q1 is the stock at the end of March.
    ['2024-03', [11, N, 44], [0, 0, 0]],
  ])('%s takes the value at the period end', (period, values, partial) => {
    const pv = periodValues(modelOf(ds), 'unemployed', period);
    expect(arr(pv.values)).toEqual(values);
    expect(arr(pv.partial)).toEqual(partial);
  });
});

describe('periodValues: ratio', () => {
  // 甲: reemployed 1, 2, 3; unemployed 10, 12, 11. Q1 rate = 6 / 11 = 54.55 %, while the mean of the
  // monthly rates (10 %, 16.7 %, 27.3 %) would be 17.98 %.
  const rows: ObsRow[] = [
    ...months(0, 'reemployed', 2024, [1, 2, 3]),
    ...months(0, 'unemployed', 2024, [10, 12, 11]),
    ...months(1, 'reemployed', 2024, [0, 0, 0]),
    ...months(1, 'unemployed', 2024, [0, 0, 0]),
    ...months(2, 'reemployed', 2024, [4, 4]),
    ...months(2, 'unemployed', 2024, [50, 40, 40]),
  ];
  const ds = makeDataset(['甲', '乙', '丙'], rows);
  it('is recomputed from the rolled-up numerator and denominator, never averaged', () => {
    const pv = periodValues(modelOf(ds), 'reemployment_rate', '2024-Q1');
    expect(pv.values[0]).toBeCloseTo((6 / 11) * 100, 10);
    expect(pv.values[0]).not.toBeCloseTo(((1 / 10 + 2 / 12 + 3 / 11) / 3) * 100, 1);
  });
  it('a zero denominator gives no rate, flagged as an error, not 0 %', () => {
    const pv = periodValues(modelOf(ds), 'reemployment_rate', '2024-Q1');
    expect(pv.values[1]).toBeNaN();
    expect(pv.qualifiers[1]).toBe(QUALIFIER_CODE.error);
  });
  it('a partial numerator makes the rate partial', () => {
    const pv = periodValues(modelOf(ds), 'reemployment_rate', '2024-Q1');
    expect(pv.values[2]).toBeCloseTo(20, 10);
    expect(pv.partial[2]).toBe(1);
  });
  it('a stored rate at the exact key wins; elsewhere the stored parts are used', () => {
    const withRate = makeDataset(['甲'], [...rows.filter((r) => r[0] === 0), [0, '2024-Q1', 'reemployment_rate', 50]]);
    expect(periodValues(modelOf(withRate), 'reemployment_rate', '2024-Q1').values[0]).toBe(50);
    expect(periodValues(modelOf(withRate), 'reemployment_rate', '2024-03').values[0]).toBeCloseTo(300 / 11, 10);
  });
  it('monthly rates alone cannot give a quarter', () => {
    const only = makeDataset(['甲'], [[0, '2024-01', 'reemployment_rate', 10], [0, '2024-02', 'reemployment_rate', 20], [0, '2024-03', 'reemployment_rate', 30]]);
    expect(periodValues(modelOf(only), 'reemployment_rate', '2024-Q1').values[0]).toBeNaN();
    expect(periodValues(modelOf(only), 'reemployment_rate', '2024-02').values[0]).toBe(20);
  });
});

describe('periodValues: qualifiers carry the loosest component', () => {
  const ds = makeDataset(['甲', '乙', '丙'], [
    [0, '2024-01', 'donations', 100], [0, '2024-02', 'donations', 3500, 'gt'], [0, '2024-03', 'donations', 10],
    [1, '2024-01', 'donations', 100, 'gt'], [1, '2024-02', 'donations', 900, 'approx_lt'],
    [2, '2024-C03', 'donations', 300], [2, '2024-C06', 'donations', 500, 'gt'], [2, '2024-C02', 'donations', 200, 'gt'],
  ]);
  it.each([
    ['2024-Q1', 0, 'gt'], ['2024-Q1', 1, 'approx'], ['2024-Q2', 2, 'gt'], ['2024-03', 2, 'lt'],
  ] as const)('%s unit %i → %s', (period, unit, q) => {
    expect(periodValues(modelOf(ds), 'donations', period).qualifiers[unit]).toBe(QUALIFIER_CODE[q]);
  });
});

describe('periodValues: edge cases', () => {
  it('duplicate cells: a value beats a missing cell, then the later line wins, whatever the order', () => {
    const a = makeDataset(['甲'], [[0, '2024-01', 'lectures', 3], [0, '2024-01', 'lectures', N, 'missing']]);
    const b = makeDataset(['甲'], [[0, '2024-01', 'lectures', N, 'missing'], [0, '2024-01', 'lectures', 3]]);
    expect(periodValues(modelOf(a), 'lectures', '2024-01').values[0]).toBe(3);
    expect(periodValues(modelOf(b), 'lectures', '2024-01').values[0]).toBe(3);
  });
  it('an unknown metric gives all NaN', () => {
    const ds = makeDataset(['甲'], [[0, '2024-01', 'lectures', 3]]);
    expect(arr(periodValues(modelOf(ds), 'nope', '2024-01').values)).toEqual([N]);
    expect(arr(periodValues(modelOf(ds), 'reemployment_rate', '2024-01').values)).toEqual([N]);
  });
  it('throws on a malformed period key', () => {
    const ds = makeDataset(['甲'], [[0, '2024-01', 'lectures', 3]]);
    expect(() => periodValues(modelOf(ds), 'lectures', '2024-13')).toThrow(/2024-13/);
  });
  it('a range kept at the exact key keeps its qualifier when nothing else gives a value', () => {
    const ds = makeDataset(['甲'], [[0, '2024-Q1', 'lectures', N, 'range']]);
    expect(periodValues(modelOf(ds), 'lectures', '2024-Q1').qualifiers[0]).toBe(QUALIFIER_CODE.range);
  });
  it('custom metrics roll up as flows', () => {
    const ds = makeDataset(['甲'], months(0, 'custom:巡逻次数', 2024, [1, 1, 1]));
    expect(periodValues(modelOf(ds), 'custom:巡逻次数', '2024-Q1').values[0]).toBe(3);
  });
});

describe('periodValues: a roll-up of three stored pieces', () => {
  // Quarters 1–3 stored (Q4 not yet): the year is three pieces that leave months uncovered.
  const ds = makeDataset(['甲社区', '乙社区', '丙社区'], [
    [0, '2024-Q1', 'reemployed', 1], [0, '2024-Q2', 'reemployed', 2], [0, '2024-Q3', 'reemployed', 4, 'approx'],
    [1, '2024-Q1', 'reemployed', 10], [1, '2024-Q3', 'reemployed', 30, 'gt'],
    [2, '2024-Q1', 'reemployed', 0], [2, '2024-Q2', 'reemployed', 0], [2, '2024-Q3', 'reemployed', 0],
  ]);
  it('sums them, marks every unit partial, and carries the loosest qualifier', () => {
    const pv = periodValues(modelOf(ds), 'reemployed', '2024');
    expect(arr(pv.values)).toEqual([7, 40, 0]);
    expect(arr(pv.partial)).toEqual([1, 1, 1]);
    expect(arr(pv.qualifiers)).toEqual([QUALIFIER_CODE.approx, QUALIFIER_CODE.gt, QUALIFIER_CODE.exact]);
  });
  it('months of a quarter: complete when all three are there', () => {
    const m = makeDataset(['甲社区', '乙社区'], [...months(0, 'reemployed', 2024, [1, 2, 3]), ...months(1, 'reemployed', 2024, [4, N, 6])]);
    const pv = periodValues(modelOf(m), 'reemployed', '2024-Q1');
    expect(arr(pv.values)).toEqual([6, 10]);
    expect(arr(pv.partial)).toEqual([0, 1]);
  });
});
