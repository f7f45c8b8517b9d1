/**
 * A bound against the number it bounds: 35余 (＞35) is certainly more than an exact 35, and 近35 or
 * 不足35 (＜35) certainly less, so they do not tie with it in a ranking; a bound against any other
 * number is ordered by the numbers as before (＞35 below 36).
 */
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { placeRestsOnBound, rankValues } from '../../src/analysis/rank-values';
import { QUALIFIER_CODE as Q } from '../../src/data/dataset/dataset';
import type { Direction } from '../../src/data/vocabulary/metric-catalog';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';

const rank = (values: number[], qualifiers: number[], direction: Direction = 'higher'): number[] =>
  Array.from(rankValues(Float64Array.from(values), direction, undefined, Uint8Array.from(qualifiers)));

describe('rankValues with qualifiers: a bound breaks a tie with the number it bounds', () => {
  it.each<[string, number[], number[], Direction, number[]]>([
    ['＞35 above 35, 35 and 35 tie below it', [35, 35, 35], [Q.gt, Q.exact, Q.exact], 'higher', [1, 2, 2]],
    ['＜35 (不足) and 近35 below 35, tied with each other', [35, 35, 35], [Q.lt, Q.exact, Q.approx_lt], 'higher', [2, 1, 2]],
    ['＞35, 35, ＜35: three places', [35, 35, 35, 36], [Q.lt, Q.exact, Q.gt, Q.exact], 'higher', [4, 3, 2, 1]],
    ['35以上 (≥35) may be 35: ties with 35, and with ＞35', [35, 35, 35], [Q.gte, Q.exact, Q.gt], 'higher', [1, 2, 1]],
    ['35以上 above ＜35', [35, 35], [Q.gte, Q.lt], 'higher', [1, 2]],
    ['约35 is taken as written: ties with 35', [35, 35], [Q.approx, Q.exact], 'higher', [1, 1]],
    ['two 35余 tie', [35, 35, 34], [Q.gt, Q.gt, Q.exact], 'higher', [1, 1, 3]],
    ['＞35 against 36 stays below it', [35, 36], [Q.gt, Q.exact], 'higher', [2, 1]],
    ['lower is better: ＜35 first, then 35, then ＞35', [35, 35, 35], [Q.gt, Q.exact, Q.lt], 'lower', [3, 2, 1]],
    ['lower is better: 35以上 ties 35', [35, 35, 35], [Q.gte, Q.exact, Q.gt], 'lower', [1, 1, 2]],
  ])('%s', (_, values, qualifiers, direction, want) => {
    expect(rank(values, qualifiers, direction)).toEqual(want);
  });
  it('placeRestsOnBound agrees: 近35 below 35 is certain, 近35 against 34 is not', () => {
    const rests = (values: number[], qualifiers: number[]) => {
      const v = Float64Array.from(values);
      const q = Uint8Array.from(qualifiers);
      return placeRestsOnBound(v, q, rankValues(v, 'higher', undefined, q), 0);
    };
    expect(rests([35, 35], [Q.approx_lt, Q.exact])).toBe(false);
    expect(rests([35, 34], [Q.approx_lt, Q.exact])).toBe(true);
    expect(rests([35, 35], [Q.gt, Q.exact])).toBe(false);
    expect(rests([35, 36], [Q.gt, Q.exact])).toBe(true);
  });
});

const CSV = [
  '街道,社区,期间,指标,数值',
  '甲街道,祥福里社区,2024年4月,再就业人数,35余',
  '甲街道,中山路社区,2024年4月,再就业人数,35',
  '乙街道,花园路社区,2024年4月,再就业人数,近35',
  '乙街道,滨西社区,2024年4月,再就业人数,40',
].join('\n');

describe('排行: 35余, 35 and 近35', () => {
  const ds = importFiles([{ name: '2024年4月.csv', bytes: new TextEncoder().encode(CSV) }]).dataset!;
  it('rank in the order the bounds state, not as a tie', () => {
    const table = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-04' });
    expect(table.rows.map((r) => [r.name, r.rank])).toEqual([
      ['滨西社区', 1], ['祥福里社区', 2], ['中山路社区', 3], ['花园路社区', 4],
    ]);
  });
});

const STREETS = [
  '街道,社区,期间,指标,数值',
  '甲街道,祥福里社区,2024年4月,再就业人数,35余',
  '乙街道,花园路社区,2024年4月,再就业人数,35',
].join('\n');

describe('街道排名: a street summing to ＞35 against one of 35', () => {
  const ds = importFiles([{ name: '2024年4月.csv', bytes: new TextEncoder().encode(STREETS) }]).dataset!;
  it('ranks above it', () => {
    const { rows } = buildStreetLeague(modelOf(ds), { metric: 'reemployed', period: '2024-04' });
    expect(rows.map((r) => [r.parent, r.rank])).toEqual([['甲街道', 1], ['乙街道', 2]]);
  });
});
