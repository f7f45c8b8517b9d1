import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { makeDataset, months } from './analysis-fixtures';
import { modelOf } from './model-of';

const N = NaN;
const units = [
  { name: 'A社区', parent: '东街' }, { name: 'B社区', parent: '东街' }, { name: 'C社区', parent: '东街' },
  { name: 'D社区', parent: '西街' }, { name: 'E社区', parent: '东街' },
];
// Q1 sums: A 10, B 25, C —, D 15. Q2 sums: A 30, B 20, C 20, D 10. E never reports.
const ds = makeDataset(units, [
  ...months(0, 'reemployed', 2024, [3, 3, 4, 10, 10, 10]),
  ...months(1, 'reemployed', 2024, [5, 10, 10, 5, 5, 10]),
  ...months(2, 'reemployed', 2024, [N, N, N, 10, 5, 5]),
  ...months(3, 'reemployed', 2024, [5, 5, 5, 2, 3, 5]),
  ...months(0, 'unemployed', 2024, [9, 9, 9, 9, 9, 5]),
  ...months(1, 'unemployed', 2024, [9, 9, 9, 9, 9, 8]),
  ...months(2, 'unemployed', 2024, [9, 9, 9, 9, 9, 8]),
]);

const pick = (rows: ReturnType<typeof buildLeagueTable>['rows']) =>
  rows.map((r) => [r.name, r.rank, r.value, r.prevRank, r.rankChange, r.change, r.isNew, r.quartile]);

describe('buildLeagueTable', () => {
  it('ranks with ties (1, 2, 2, 4), changes against the previous quarter, no-value units last', () => {
    const t = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q2' });
    expect(t.previous).toBe('2024-Q1');
    expect(t.rankedCount).toBe(4);
    expect(t.metric.id).toBe('reemployed');
    expect(pick(t.rows)).toEqual([
      ['A社区', 1, 30, 3, 2, 20, false, 1],
      ['B社区', 2, 20, 1, -1, -5, false, 2],
      ['C社区', 2, 20, null, null, N, true, 2],
      ['D社区', 4, 10, 2, -2, -5, false, 4],
      ['E社区', null, N, null, null, N, false, null],
    ]);
  });
  it('ranks lower-is-better metrics ascending', () => {
    const t = buildLeagueTable(modelOf(ds), { metric: 'unemployed', period: '2024-Q2' });
    expect(t.rows.map((r) => [r.name, r.rank])).toEqual([
      ['A社区', 1], ['B社区', 2], ['C社区', 2], ['D社区', null], ['E社区', null],
    ]);
  });
  it('ranks within a street when filtered', () => {
    const t = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q1', parent: '东街' });
    expect(t.rows.map((r) => [r.name, r.rank])).toEqual([['B社区', 1], ['A社区', 2], ['C社区', null], ['E社区', null]]);
    expect(t.rankedCount).toBe(2);
  });
  it('ranks a single-unit street as 1, with no quarter and no rank change (one of one says nothing)', () => {
    const t = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q2', parent: '西街' });
    expect(t.rows.map((r) => [r.name, r.rank, r.quartile, r.rankChange])).toEqual([['D社区', 1, null, null]]);
  });
  it('tells no rank change when one community has reported against four before', () => {
    const one = makeDataset(units, [...months(0, 'reemployed', 2024, [3, 3, 4, 10, N, N]), ...months(1, 'reemployed', 2024, [5, 10, 10, N, N, N]),
      ...months(2, 'reemployed', 2024, [1, 1, 1, N, N, N]), ...months(3, 'reemployed', 2024, [5, 5, 5, N, N, N])]);
    const t = buildLeagueTable(modelOf(one), { metric: 'reemployed', period: '2024-04' });
    expect(t.rankedCount).toBe(1);
    expect(t.rows.filter((r) => r.rank !== null).map((r) => [r.name, r.rank, r.prevRank, r.rankChange, r.quartile])).toEqual([['A社区', 1, 3, null, null]]);
  });
  it('compares with any given period', () => {
    const t = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q2', compare: '2023-Q2' });
    expect(t.previous).toBe('2023-Q2');
    expect(t.rows.filter((r) => r.rank !== null).every((r) => r.isNew && Number.isNaN(r.change))).toBe(true);
  });
  it('does not rank a partial value against complete ones, but lists it with its value', () => {
    const p = makeDataset(['甲', '乙', '丙'], [
      ...months(0, 'lectures', 2024, [1, 1, 1]),
      ...months(1, 'lectures', 2024, [2, 2, 2]),
      ...months(2, 'lectures', 2024, [N, 1, 1]),
    ]);
    const t = buildLeagueTable(modelOf(p), { metric: 'lectures', period: '2024-Q1' });
    expect(t.rows.map((r) => [r.name, r.rank, r.value, r.partial])).toEqual([
      ['乙', 1, 6, false], ['甲', 2, 3, false], ['丙', null, 2, true],
    ]);
    expect(t.partialUnranked).toBe(1);
  });
  it('ranks partial values among themselves when the whole period is partial', () => {
    const p = makeDataset(['甲', '乙'], [[0, '2024-10', 'lectures', 4], [1, '2024-10', 'lectures', 5]]);
    const t = buildLeagueTable(modelOf(p), { metric: 'lectures', period: '2024-Q4' });
    expect(t.rows.map((r) => [r.name, r.rank, r.partial])).toEqual([['乙', 1, true], ['甲', 2, true]]);
  });
  it('ranks all-equal values and zeros together', () => {
    const z = makeDataset(['甲', '乙', '丙'], [[0, '2024-Q1', 'lectures', 0], [1, '2024-Q1', 'lectures', 0], [2, '2024-Q1', 'lectures', 0]]);
    const t = buildLeagueTable(modelOf(z), { metric: 'lectures', period: '2024-Q1' });
    expect(t.rows.map((r) => [r.rank, r.quartile])).toEqual([[1, null], [1, null], [1, null]]);
  });
  it('ranks per capita, listing units without a base', () => {
    const pc = makeDataset(['甲', '乙', '丙'], [
      [0, '2024-Q1', 'lectures', 10], [1, '2024-Q1', 'lectures', 3], [2, '2024-Q1', 'lectures', 50],
      [0, '2024-Q1', 'residents', 5000], [1, '2024-Q1', 'residents', 1000],
    ]);
    const t = buildLeagueTable(modelOf(pc), { metric: 'lectures', period: '2024-Q1', per: '1000' });
    expect(t.rows.map((r) => [r.name, r.rank, r.value, r.noBase])).toEqual([
      ['乙', 1, 3, false], ['甲', 2, 2, false], ['丙', null, N, true],
    ]);
  });
  it('throws for a metric the dataset cannot provide', () => {
    expect(() => buildLeagueTable(modelOf(ds), { metric: 'volunteer_rate', period: '2024-Q2' })).toThrow(/volunteer_rate/);
  });
});
