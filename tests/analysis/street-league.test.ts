import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { mean } from '../../src/analysis/statistics-basics';
import { makeDataset, type ObsRow } from './analysis-fixtures';
import { modelOf } from './model-of';

const units = [
  { name: 'x1', parent: 'X街道' }, { name: 'x2', parent: 'X街道' }, { name: 'x3', parent: 'X街道' },
  { name: 'y1', parent: 'Y镇' }, { name: 'y2', parent: 'Y镇' },
];
const q = (unit: number, metric: string, value: number, period = '2024-Q2'): ObsRow => [unit, period, metric, value];

describe('buildStreetLeague', () => {
  // X: 100 + 1 + 1 = 102; Y: 50 + 50 = 100. Community ranks x1 1, y 2, 2, x2/x3 4, 4:
  // the mean rank (X 3, Y 2) and the mean value (X 34, Y 50) would both put Y first.
  const ds = makeDataset(units, [
    q(0, 'lectures', 100), q(1, 'lectures', 1), q(2, 'lectures', 1), q(3, 'lectures', 50), q(4, 'lectures', 50),
    q(0, 'lectures', 10, '2024-Q1'), q(3, 'lectures', 60, '2024-Q1'),
  ]);
  it('sums flows across the street, not the mean of community ranks or values', () => {
    const { rows } = buildStreetLeague(modelOf(ds), { metric: 'lectures', period: '2024-Q2' });
    expect(rows.map((r) => [r.parent, r.value, r.units, r.rank, r.prevRank, r.rankChange])).toEqual([
      ['X街道', 102, 3, 1, 2, 1], ['Y镇', 100, 2, 2, 1, -1],
    ]);
    const community = buildLeagueTable(modelOf(ds), { metric: 'lectures', period: '2024-Q2' }).rows;
    const meanRank = (p: string) => mean(community.filter((r) => r.parent === p).map((r) => r.rank!));
    expect(meanRank('X街道')).toBeGreaterThan(meanRank('Y镇'));
  });
  it('tells no rank change when only one street was ranked the period before', () => {
    const one = makeDataset(units, [q(0, 'lectures', 5), q(3, 'lectures', 9), q(0, 'lectures', 10, '2024-Q1')]);
    const { rows } = buildStreetLeague(modelOf(one), { metric: 'lectures', period: '2024-Q2' });
    expect(rows.map((r) => [r.parent, r.rank, r.prevRank, r.rankChange])).toEqual([['Y镇', 1, null, null], ['X街道', 2, 1, null]]);
  });
  it('recomputes ratios from summed numerator and denominator', () => {
    // X: 10/100 and 9/10 (10 %, 90 %: mean 50 %) → 19/110 = 17.27 %; Y: 3/10 = 30 % (single unit reporting).
    const r = makeDataset(units, [
      q(0, 'reemployed', 10), q(0, 'unemployed', 100), q(1, 'reemployed', 9), q(1, 'unemployed', 10),
      q(2, 'reemployed', 5), // no denominator: cannot contribute
      q(3, 'reemployed', 3), q(3, 'unemployed', 10),
    ]);
    const { rows } = buildStreetLeague(modelOf(r), { metric: 'reemployment_rate', period: '2024-Q2' });
    expect(rows.map((s) => s.parent)).toEqual(['Y镇', 'X街道']);
    expect(rows[0]!.value).toBeCloseTo(30, 10);
    expect(rows[1]!.value).toBeCloseTo((19 / 110) * 100, 10);
    expect(rows[1]!.reporting).toBe(2);
  });
  it('per capita is the summed metric over the summed base', () => {
    // X: 10/1000 and 10/9000 → 20 per 10,000 = 2 per 1,000 (mean of per-capita 5.56); Y: 3/1000 = 3.
    const p = makeDataset(units, [
      q(0, 'lectures', 10), q(0, 'residents', 1000), q(1, 'lectures', 10), q(1, 'residents', 9000),
      q(3, 'lectures', 3), q(3, 'residents', 1000),
    ]);
    const { rows } = buildStreetLeague(modelOf(p), { metric: 'lectures', period: '2024-Q2', per: '1000' });
    expect(rows.map((s) => [s.parent, s.value, s.rank])).toEqual([['Y镇', 3, 1], ['X街道', 2, 2]]);
  });
  it('sums stocks at the period end and ranks lower-is-better ascending', () => {
    const s = makeDataset(units, [q(0, 'unemployed', 5), q(1, 'unemployed', 5), q(3, 'unemployed', 7)]);
    const { rows } = buildStreetLeague(modelOf(s), { metric: 'unemployed', period: '2024-Q2' });
    expect(rows.map((r) => [r.parent, r.value, r.rank])).toEqual([['Y镇', 7, 1], ['X街道', 10, 2]]);
  });
  it('leaves a street without any value unranked, and lists it last', () => {
    const e = makeDataset(units, [q(3, 'lectures', 1)]);
    const { rows } = buildStreetLeague(modelOf(e), { metric: 'lectures', period: '2024-Q2' });
    expect(rows.map((r) => [r.parent, r.rank, r.reporting])).toEqual([['Y镇', 1, 1], ['X街道', null, 0]]);
    expect(rows[1]!.value).toBeNaN();
  });
  it('units without a street are listed with their sum but not ranked as a street (they are no street), before or after', () => {
    // 未注明街道: x1 and a street-less unit; the group's 300 is the largest sum, yet it is no street's.
    const loose = makeDataset([...units, { name: 'z1', parent: '' }, { name: 'z2', parent: '' }], [
      q(0, 'lectures', 100), q(3, 'lectures', 50), q(5, 'lectures', 200), q(6, 'lectures', 100),
      q(0, 'lectures', 10, '2024-Q1'), q(3, 'lectures', 60, '2024-Q1'), q(5, 'lectures', 500, '2024-Q1'),
    ]);
    const { rows } = buildStreetLeague(modelOf(loose), { metric: 'lectures', period: '2024-Q2' });
    expect(rows.map((r) => [r.parent, r.value, r.rank, r.prevRank, r.rankChange])).toEqual([
      ['X街道', 100, 1, 2, 1], ['Y镇', 50, 2, 1, -1], ['', 300, null, null, null],
    ]);
  });
});
