/**
 * A bound against the number it bounds: 35余 (＞35) is certainly more than an exact 35, and 近35 or
 * 不足35 (＜35) certainly less, so they do not tie with it in a ranking; a bound against any other
 * number is ordered by the numbers as before (＞35 below 36).
 */
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildStreetLeague } from '../../src/analysis/street-league';
import fc from 'fast-check';
import { placeRestsOnBound, placesRestingOnBound, rankValues } from '../../src/analysis/rank-values';
import { rankChangeLabel, rankChangeText } from '../../src/charts/league-text';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { requireMetric } from '../../src/analysis/resolve-metric';
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

/** March and April of four communities: 祥福里 35 then 35余, 花园路 约100 then 112, 中山路 30 then 36, 滨西 50 both. */
const CHANGES = [
  '街道,社区,期间,指标,数值',
  '甲街道,祥福里社区,2024年3月,再就业人数,35', '甲街道,祥福里社区,2024年4月,再就业人数,35余',
  '甲街道,中山路社区,2024年3月,再就业人数,30', '甲街道,中山路社区,2024年4月,再就业人数,36',
  '乙街道,花园路社区,2024年3月,再就业人数,约100', '乙街道,花园路社区,2024年4月,再就业人数,112',
  '乙街道,滨西社区,2024年3月,再就业人数,50', '乙街道,滨西社区,2024年4月,再就业人数,50',
].join('\n');
const changesDataset = () => importFiles([{ name: '2024年3-4月.csv', bytes: new TextEncoder().encode(CHANGES) }]).dataset!;

describe('名次变化 that rests on a bound', () => {
  // 祥福里社区: 35 in March (第3位), 35余 in April against 中山路社区's 36 (第4位): ↓1, though 35余 may be 37.
  const ds = changesDataset();
  const table = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-04' });
  const row = (name: string) => table.rows.find((r) => r.name === name)!;
  it('is marked on the row whose own value is the bound, and only there', () => {
    expect([row('祥福里社区').rankChange, row('祥福里社区').rankBounded]).toEqual([-1, true]);
    expect([row('中山路社区').rankChange, row('中山路社区').rankBounded]).toEqual([1, false]);
    expect(row('滨西社区').rankBounded).toBe(false);
  });
  it('reads ≈↓1 on the page and in the export, with a note and words for screen readers', () => {
    expect(rankChangeText(row('祥福里社区'), 'zh')).toBe('≈↓1');
    expect(rankChangeText(row('中山路社区'), 'zh')).toBe('↑1');
    expect(rankChangeLabel(row('祥福里社区'), 'zh')).toBe('下降1名（数值为下限或上限，实际名次变化可能不同）');
    const spec = buildLeagueTableSpec(table.rows, { metric: table.metric, periodLabel: '2024年4月', previousLabel: '2024年3月', parent: '', per: 'none', source: '测试' });
    expect(spec.rows.find((r) => r[1] === '祥福里社区')).toContain('≈↓1');
    expect(spec.notes).toContain('名次变化标“≈”的：该单位本期或上期的数值为下限或上限（如原表的“余”“以上”“不足”），实际名次变化可能不同。');
  });
  it('a street whose ＞35 stays behind 36 has its 持平 marked too', () => {
    const csv = [
      '街道,社区,期间,指标,数值',
      '甲街道,祥福里社区,2024年3月,再就业人数,35', '甲街道,祥福里社区,2024年4月,再就业人数,35余',
      '乙街道,花园路社区,2024年3月,再就业人数,36', '乙街道,花园路社区,2024年4月,再就业人数,36',
    ].join('\n');
    const sds = importFiles([{ name: '2024年3-4月.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
    const { rows } = buildStreetLeague(modelOf(sds), { metric: 'reemployed', period: '2024-04' });
    expect(rows.map((r) => [r.parent, r.rankChange, r.rankBounded])).toEqual([['乙街道', 0, false], ['甲街道', 0, true]]);
    expect(rankChangeText({ ...rows[1]!, isNew: false }, 'zh')).toBe('≈持平');
    const spec = buildStreetLeagueTableSpec(rows, { metric: requireMetric(sds, 'reemployed'), periodLabel: '2024年4月', previousLabel: '2024年3月', per: 'none', source: '测试' });
    expect(spec.columns.map((c) => c.label)).toContain('名次变化标注');
    expect(spec.rows.map((r) => [r[1], r[5], r[6]])).toEqual([['乙街道', 0, ''], ['甲街道', 0, '≈']]);
    expect(spec.notes).toContain('名次变化标“≈”的：该单位本期或上期的数值为下限或上限（如原表的“余”“以上”“不足”），实际名次变化可能不同。');
  });
});

describe('placesRestingOnBound', () => {
  it('agrees with a unit-by-unit comparison (oracle)', () => {
    const codes = [Q.exact, Q.gt, Q.gte, Q.lt, Q.approx, Q.approx_lt];
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 30, max: 36 }), fc.constantFrom(...codes)), { maxLength: 12 }), (cells) => {
      const v = Float64Array.from(cells, (c) => c[0]);
      const q = Uint8Array.from(cells, (c) => c[1]);
      const ranks = rankValues(v, 'higher', undefined, q);
      const all = placesRestingOnBound(v, q, ranks);
      const range = (u: number) => {
        const x = v[u]!;
        const c = q[u]!;
        if (c === Q.gt) return [x, Infinity, true, false] as const;
        if (c === Q.gte) return [x, Infinity, false, false] as const;
        if (c === Q.lt || c === Q.approx_lt) return [-Infinity, x, false, true] as const;
        return [x, x, false, false] as const;
      };
      const above = (a: ReturnType<typeof range>, b: ReturnType<typeof range>) => a[0] > b[1] || (a[0] === b[1] && (a[2] || b[3]));
      for (let u = 0; u < v.length; u++) {
        const a = range(u);
        const want = a[0] !== a[1] && Array.from(v, (_, w) => w).some((w) => w !== u && !above(a, range(w)) && !above(range(w), a));
        expect(all[u] === 1).toBe(want);
      }
    }));
  });
});
