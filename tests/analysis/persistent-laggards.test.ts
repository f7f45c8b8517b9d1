/**
 * persistentRuns (the runs of a few named units, as the narrative tells them) against the runs of
 * the full persistentLaggards list, on seeded data full of ties so that runs are long.
 */
import { describe, expect, it } from 'vitest';
import { persistentLaggards, persistentRuns } from '../../src/analysis/persistent-laggards';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { makeDataset, months, type ObsRow } from './analysis-fixtures';

function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** 40 units in 3 streets, 24 months of two metrics: small counts (many ties), some months missing. */
function dataset(seed: number) {
  const next = seeded(seed);
  const units = Array.from({ length: 40 }, (_, u) => ({ name: `社区${u}`, parent: `街道${u % 3}` }));
  const rows: ObsRow[] = [];
  for (let u = 0; u < units.length; u++) {
    // A unit's level persists: weak units stay weak, so runs last several periods.
    const level = Math.floor(next() * 8) * 2;
    for (const metric of ['reemployed', 'zero_employment_households']) {
      for (const year of [2023, 2024]) {
        rows.push(...months(u, metric, year, Array.from({ length: 12 }, () => (next() < 0.03 ? NaN : level + Math.floor(next() * 3)))));
      }
    }
  }
  return makeDataset(units, rows);
}

describe('persistentRuns', () => {
  it.each([1, 2, 3])('equals the runs of persistentLaggards(…, 1) for every unit and for a few (seed %i)', (seed) => {
    const ds = dataset(seed);
    const model = createAnalysis(ds);
    const all = ds.units.map((_, u) => u);
    for (const metric of ['reemployed', 'zero_employment_households']) {
      for (const [granularity, upTo] of [['M', undefined], ['M', '2024-05'], ['Q', undefined], ['Q', '2023-Q4'], ['H', undefined]] as const) {
        for (const parent of [undefined, '街道1']) {
          const opts = { upTo, parent };
          const listed = new Map(persistentLaggards(model, metric, granularity, 1, opts).map((p) => [p.unit, p.run]));
          const expected = all.map((u) => listed.get(u) ?? 0);
          expect(Array.from(persistentRuns(model, metric, granularity, all, opts))).toEqual(expected);
          // A fresh model, a few units: the walk stops early but counts the same.
          const few = [7, 0, 31];
          expect(Array.from(persistentRuns(createAnalysis(ds), metric, granularity, few, opts))).toEqual(few.map((u) => expected[u]));
        }
      }
    }
    // Runs of three or more exist, so the comparison is not all zeros.
    expect(persistentLaggards(model, 'reemployed', 'M', 3).length).toBeGreaterThan(0);
  });
  it('is all zeros for a neutral metric and for no periods', () => {
    const ds = makeDataset(['甲', '乙', '丙', '丁'], [[0, '2024-01', 'residents', 5], [1, '2024-01', 'residents', 1], [2, '2024-01', 'residents', 2], [3, '2024-01', 'residents', 3]]);
    expect(Array.from(persistentRuns(createAnalysis(ds), 'residents', 'M', [0, 1, 2, 3]))).toEqual([0, 0, 0, 0]);
    expect(Array.from(persistentRuns(createAnalysis(ds), 'residents', 'Q', [1]))).toEqual([0]);
  });
  it('a month never imported between two that were ends every run (1-3月 and 6月: 6月 is no fourth month in a row)', () => {
    const rows: [number, string, string, number][] = [];
    for (const period of ['2024-01', '2024-02', '2024-03', '2024-06']) [10, 20, 30, 40, 50, 60, 70, 1].forEach((v, u) => rows.push([u, period, 'reemployed', v]));
    const ds = makeDataset(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'], rows);
    const model = createAnalysis(ds);
    expect(persistentLaggards(model, 'reemployed', 'M', 1).find((p) => p.name === '辛')).toMatchObject({ run: 1, periods: ['2024-06'] });
    expect(persistentLaggards(model, 'reemployed', 'M', 3, { upTo: '2024-03' }).map((p) => [p.name, p.run])).toEqual([['甲', 3], ['辛', 3]]);
    expect(Array.from(persistentRuns(createAnalysis(ds), 'reemployed', 'M', [7]))).toEqual([1]);
  });
});
