import { describe, expect, it } from 'vitest';
import { availablePeriods, defaultPeriod, previousKey, sameLastYearKey } from '../../src/analysis/available-periods';
import { makeDataset, type ObsRow } from './analysis-fixtures';

const at = (...periods: string[]) => makeDataset(['甲'], periods.map((p): ObsRow => [0, p, 'lectures', 1]));

describe('availablePeriods', () => {
  const ds = at('2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05');
  it.each([
    ['M', ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05']],
    ['Q', ['2023-Q4', '2024-Q1', '2024-Q2']],
    ['H', ['2023-H2', '2024-H1']],
    ['Y', ['2023', '2024']],
  ] as const)('%s from months', (g, want) => {
    expect(availablePeriods(ds, g)).toEqual(want);
  });
  it('mixes granularities chronologically without one', () => {
    expect(availablePeriods(at('2024-01', '2024-02'))).toEqual(['2024-01', '2024-02', '2024-Q1', '2024-H1', '2024']);
  });
  it('turns cumulative keys into the periods between them', () => {
    const c = at('2024-C03', '2024-C06', '2024-C09');
    expect(availablePeriods(c, 'Q')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(availablePeriods(c, 'M')).toEqual([]);
    expect(availablePeriods(at('2024-C01', '2024-C02'), 'M')).toEqual(['2024-01', '2024-02']);
  });
  it('combines months with a later cumulative value', () => {
    expect(availablePeriods(at('2024-01', '2024-02', '2024-03', '2024-C06'), 'Q')).toEqual(['2024-Q1', '2024-Q2']);
    expect(defaultPeriod(at('2024-01', '2024-02', '2024-03', '2024-C06'))).toBe('2024-Q2');
  });
  it('does not split a stored half into quarters', () => {
    expect(availablePeriods(at('2024-H1'), 'Q')).toEqual([]);
    expect(availablePeriods(at('2024-H1'), 'Y')).toEqual(['2024']);
  });
});

describe('defaultPeriod', () => {
  it.each([
    [['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'], '2024-Q1'],
    [['2024-Q1', '2024-Q2'], '2024-Q2'],
    [['2024-H1'], '2024-H1'],
    [['2023', '2024'], '2024'],
    [['2024-C03', '2024-C06'], '2024-Q2'],
    [['2024-01', '2024-02'], '2024-02'],
    [['2024-H1', '2024-H2', '2024-10', '2024-11', '2024-12'], '2024-Q4'],
  ])('%j → %s', (periods, want) => {
    expect(defaultPeriod(at(...periods))).toBe(want);
  });
  it("is '' for a dataset without periods", () => {
    expect(defaultPeriod(makeDataset(['甲'], []))).toBe('');
  });
});

describe('previousKey and sameLastYearKey', () => {
  it.each([
    ['2024-01', '2023-12', '2023-01'], ['2024-Q1', '2023-Q4', '2023-Q1'], ['2024-H2', '2024-H1', '2023-H2'],
    ['2024', '2023', '2023'], ['2024-C09', '2023-C09', '2023-C09'],
  ])('%s → 环比 %s, 同比 %s', (key, prev, yoy) => {
    expect(previousKey(key)).toBe(prev);
    expect(sameLastYearKey(key)).toBe(yoy);
  });
  it('throws on a malformed key', () => {
    expect(() => previousKey('2024Q1')).toThrow(/2024Q1/);
  });
});
