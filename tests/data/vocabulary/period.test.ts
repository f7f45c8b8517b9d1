import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriodKey, monthsOf, parsePeriodKey, previousPeriod, sameLastYear } from '../../../src/data/vocabulary/period';

describe('period keys', () => {
  it.each(['2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q4', '2024-01', '2024-12', '2024-C09'])('round-trips %s', (key) => {
    expect(formatPeriodKey(parsePeriodKey(key)!)).toBe(key);
  });
  it.each(['1000', '2024-13', '2024-Q5', '2024-H3', '24-01', '2024-C00', 'abc', ''])('rejects %s', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });
  it('orders chronologically by end month, shorter first', () => {
    const keys = ['2024', '2024-H1', '2024-06', '2024-Q2', '2023-12', '2024-C09'];
    const sorted = keys.map((k) => parsePeriodKey(k)!).sort(comparePeriods).map(formatPeriodKey);
    expect(sorted).toEqual(['2023-12', '2024-06', '2024-Q2', '2024-H1', '2024-C09', '2024']);
  });
  it('steps back for 环比 and 同比', () => {
    expect(formatPeriodKey(previousPeriod(parsePeriodKey('2024-01')!))).toBe('2023-12');
    expect(formatPeriodKey(previousPeriod(parsePeriodKey('2024-Q1')!))).toBe('2023-Q4');
    expect(formatPeriodKey(previousPeriod(parsePeriodKey('2024-H2')!))).toBe('2024-H1');
    expect(formatPeriodKey(sameLastYear(parsePeriodKey('2024-Q3')!))).toBe('2023-Q3');
  });
  it('lists covered months', () => {
    expect(monthsOf(parsePeriodKey('2024-Q2')!)).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(monthsOf(parsePeriodKey('2024-C03')!)).toEqual(['2024-01', '2024-02', '2024-03']);
  });
});
