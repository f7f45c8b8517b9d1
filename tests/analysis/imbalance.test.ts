import { describe, expect, it } from 'vitest';
import { imbalanceForMetric, imbalanceOverview } from '../../src/analysis/imbalance';
import { persistentLaggards } from '../../src/analysis/persistent-laggards';
import { spreadTrend, leastSquaresSlope } from '../../src/analysis/spread-trend';
import { percentileMatrix } from '../../src/analysis/heatmap';
import { percentileScores } from '../../src/analysis/percentile-scores';
import { buildFixture, datasetOf } from './imbalance-fixture';
import { modelOf } from './model-of';
import { makeDataset } from './analysis-fixtures';

const ds = buildFixture();

describe('imbalanceForMetric', () => {
  const m = imbalanceForMetric(modelOf(ds), 'reemployed', '2024-Q4');
  it('computes the spread statistics of the period', () => {
    expect(m.n).toBe(8);
    expect(m.mean).toBe(37);
    expect(m.median).toBe(40);
    expect(m.cv).toBeCloseTo(Math.sqrt(738 / 8) / 37, 12);
    expect(m.maxMin).toBeCloseTo(44 / 12, 12);
    expect(m.theil.between + m.theil.within).toBeCloseTo(m.theil.total, 12);
    expect(m.groups).toBe(2);
    expect(m.highest?.name).toBe('甲4社区');
    expect(m.lowest).toMatchObject({ name: '乙3社区', value: 12, qualifier: 1 });
  });
  it('lists the laggard with its street and share of the median', () => {
    expect(m.laggards).toEqual([{ unit: 6, name: '乙3社区', parent: '乙街道', value: 12, qualifier: 1, shareOfMedian: 0.3 }]);
  });
  it('flags 乙3 as a low outlier by MAD', () => {
    // median 40, |dev| 0,2,2,4,0,1,28,1 → sorted 0,0,1,1,2,2,4,28 → MAD 1.5; z = 0.6745·(−28)/1.5 = −12.6.
    expect(m.outliers.map((o) => [o.name, o.side])).toEqual([['乙3社区', 'low']]);
    expect(m.outliers[0]!.z).toBeCloseTo((-0.6745 * 28) / 1.5, 10);
  });
  it('adjusts the laggard threshold and filters by street', () => {
    expect(imbalanceForMetric(modelOf(ds), 'reemployed', '2024-Q4', { laggardShare: 0.99 }).laggards.map((l) => l.name))
      .toEqual(['乙3社区', '甲3社区', '乙4社区']);
    const yi = imbalanceForMetric(modelOf(ds), 'reemployed', '2024-Q4', { parent: '甲街道' });
    expect(yi.n).toBe(4);
    expect(yi.laggards).toEqual([]);
    expect(yi.theil.between).toBeCloseTo(0, 12);
  });
});

describe('the Theil split by street when some units have no street', () => {
  // Six communities whose files named no street and two of 甲街道: the unknown ones are no street,
  // and reading them as one would claim most of the gap lies 街道内部.
  const rows = [['a社区', '', 10], ['b社区', '', 40], ['c社区', '', 12], ['d社区', '', 35], ['e社区', '', 20], ['f社区', '', 28], ['g社区', '甲街道', 30], ['h社区', '甲街道', 90]] as const;
  it('leaves 街道间/街道内 unsplit (NaN), the total kept', () => {
    const mixed = imbalanceForMetric(modelOf(datasetOf(rows.map(([u, p, v]) => [u, p, '2024-03', 'reemployed', v] as const))), 'reemployed', '2024-03');
    expect(mixed.theil.total).toBeGreaterThan(0);
    expect([mixed.theil.between, mixed.theil.within]).toEqual([NaN, NaN]);
  });
  it('splits when every unit with a value has its street (a streetless unit without a value does not count)', () => {
    const known = [...rows.slice(6), ['i社区', '乙街道', 10], ['j社区', '乙街道', 20]] as const;
    const d = datasetOf([...known.map(([u, p, v]) => [u, p, '2024-03', 'reemployed', v] as const), ['a社区', '', '2024-03', 'volunteers', 5] as const]);
    const m = imbalanceForMetric(modelOf(d), 'reemployed', '2024-03');
    expect(m.theil.between + m.theil.within).toBeCloseTo(m.theil.total, 12);
    expect(m.theil.between).toBeGreaterThan(0);
  });
  it('leaves it unsplit when no unit has a street', () => {
    const none = imbalanceForMetric(modelOf(datasetOf(rows.slice(0, 6).map(([u, , v]) => [u, '', '2024-03', 'reemployed', v] as const))), 'reemployed', '2024-03');
    expect(none.theil.total).toBeGreaterThan(0);
    expect(Number.isNaN(none.theil.within)).toBe(true);
  });
});

describe('imbalanceOverview', () => {
  it('sorts ranked metrics by CV and puts base metrics last', () => {
    const d = datasetOf([
      ['A', 'x', '2024', 'residents', 100], ['B', 'x', '2024', 'residents', 9000], ['C', 'x', '2024', 'residents', 500],
      ['A', 'x', '2024', 'lectures', 10], ['B', 'x', '2024', 'lectures', 30], ['C', 'x', '2024', 'lectures', 20],
      ['A', 'x', '2024', 'volunteers', 10], ['B', 'x', '2024', 'volunteers', 12], ['C', 'x', '2024', 'volunteers', 11],
    ]);
    const ids = imbalanceOverview(modelOf(d), '2024').map((m) => [m.metric.id, m.ranked]);
    expect(ids).toEqual([['volunteer_rate', true], ['lectures', true], ['volunteers', true], ['residents', false]]);
  });
});

describe('spreadTrend', () => {
  it('fits the least-squares slope of CV over complete quarters', () => {
    const t = spreadTrend(modelOf(ds), 'reemployed', 'Q');
    expect(t.points.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(t.slope).toBeCloseTo(leastSquaresSlope(t.points.map((p) => p.cv)), 12);
    expect(t.trend).toBe('widening');
  });
  it('computes a hand slope', () => {
    // x = 0..3, y = 1,3,2,6: Σ(x−1.5)(y−3) = (−1.5)(−2)+(−.5)(0)+(.5)(−1)+(1.5)(3) = 7, Σ(x−1.5)² = 5.
    expect(leastSquaresSlope([1, 3, 2, 6])).toBeCloseTo(1.4, 12);
    expect(leastSquaresSlope([1])).toBeNaN();
  });
  it('calls an all-equal history stable and skips a partial quarter', () => {
    const rows: [string, string, string, string, number][] = [];
    for (const month of ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']) {
      rows.push(['A', 'x', month, 'lectures', 2], ['B', 'x', month, 'lectures', 4]);
    }
    const t = spreadTrend(modelOf(datasetOf(rows)), 'lectures', 'Q');
    expect(t.points.map((p) => p.period)).toEqual(['2024-Q1']); // Q2 has April and May only
    expect(t.trend).toBe('stable');
    const monthly = spreadTrend(modelOf(datasetOf(rows)), 'lectures', 'M');
    expect(monthly.points).toHaveLength(5);
    expect(monthly.slope).toBeCloseTo(0, 12);
    expect(monthly.trend).toBe('stable');
  });
});

describe('persistentLaggards', () => {
  it('finds 乙3社区 in the bottom quartile for the last 3 quarters', () => {
    expect(persistentLaggards(modelOf(ds), 'reemployed', 'Q', 3)).toEqual([
      { unit: 6, name: '乙3社区', parent: '乙街道', run: 3, periods: ['2024-Q2', '2024-Q3', '2024-Q4'] },
    ]);
    expect(persistentLaggards(modelOf(ds), 'reemployed', 'Q', 4)).toEqual([]);
    // Up to Q3: 乙3 (Q2, Q3) and 甲1 (Q3 only, 7th of 8).
    expect(persistentLaggards(modelOf(ds), 'reemployed', 'Q', 1, { upTo: '2024-Q3' }).map((p) => [p.name, p.run]))
      .toEqual([['乙3社区', 2], ['甲1社区', 1]]);
  });
  it('is direction-aware: for lower-is-better the highest values lag', () => {
    // 零就业家庭 = 10,12,11,9,10,10,11,10 every quarter: 甲2 (12) is worst, rank 8 → bottom quartile.
    expect(persistentLaggards(modelOf(ds), 'zero_employment_households', 'Q', 4).map((p) => p.name)).toEqual(['甲2社区']);
  });
});

describe('percentile scores and the heatmap', () => {
  it.each([
    ['higher', [10, 20, 30, NaN], [0, 0.5, 1, NaN]],
    ['lower', [10, 20, 30], [1, 0.5, 0]],
    ['higher', [5, 5, 9], [0.25, 0.25, 1]],
    ['higher', [7], [0.5]],
  ] as const)('%s %j', (direction, values, expected) => {
    expect(Array.from(percentileScores(Float64Array.from(values), direction))).toEqual(expected);
  });
  it('builds a units × metrics matrix', () => {
    const h = percentileMatrix(modelOf(ds), '2024-Q4', ['reemployed', 'zero_employment_households']);
    expect(h.units).toHaveLength(8);
    // 乙3: worst in 再就业人数 (0); 甲4 has the fewest zero-employment households (9) → best (1).
    expect(h.pct[0 * 8 + 6]).toBe(0);
    expect(h.value(6, 0)).toBe(12);
    expect(h.qualifier(6, 0)).toBe(1);
    expect(h.pct[1 * 8 + 3]).toBe(1);
  });
});

describe('highest, lowest and streets of imbalanceForMetric, read off the shared sort', () => {
  it('equal a plain loop over the units (first unit on ties), negatives and gaps included', () => {
    let seed = 5;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 40; trial++) {
      const units = Array.from({ length: 30 }, (_, u) => ({ name: `社区${u}`, parent: `街道${Math.floor(next() * 5)}` }));
      const pick = [() => Math.floor(next() * 4), () => Math.floor(next() * 7) - 2, () => next() * 10];
      const gen = pick[trial % 3]!;
      const values = units.map(() => (next() < 0.2 ? NaN : gen()));
      const ds = makeDataset(units, values.flatMap((v, u) => (Number.isNaN(v) ? [] : [[u, '2024-01', 'reemployed', v] as const])));
      const m = imbalanceForMetric(modelOf(ds), 'reemployed', '2024-01');
      let hi = -1;
      let lo = -1;
      const streets = new Set<string>();
      values.forEach((x, u) => {
        if (!Number.isFinite(x)) return;
        streets.add(units[u]!.parent);
        if (hi < 0 || x > values[hi]!) hi = u;
        if (lo < 0 || x < values[lo]!) lo = u;
      });
      expect([m.highest?.unit ?? -1, m.lowest?.unit ?? -1, m.groups]).toEqual([hi, lo, streets.size]);
    }
  });
});
