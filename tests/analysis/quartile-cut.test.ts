/**
 * 连续N期靠后 as the period's imbalance numbers give the bottom quartile (quartileCutOfOrder, the
 * full ranks only for near-ties at the boundary) against the runs counted from the full ranks of
 * every period (rankValues + quartileOf), on values with exact ties and near-ties at the cut.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { periodValues } from '../../src/analysis/period-values';
import { persistentLaggards } from '../../src/analysis/persistent-laggards';
import { quartileOf, rankValues } from '../../src/analysis/rank-values';
import { makeDataset, months, type ObsRow } from './analysis-fixtures';

function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const LEVELS = [1, 2, 2 + 1e-12, 2 - 1e-12, 3, 5, 5 + 2e-12, 8];

describe('连续N期靠后 from the imbalance numbers', () => {
  it.each([1, 2, 3, 4])('equals the runs counted from the full ranks of every month, near-ties included (seed %i)', (seed) => {
    const next = seeded(seed);
    const units = Array.from({ length: 13 }, (_, u) => ({ name: `社区${u}`, parent: `街道${u % 2}` }));
    const rows: ObsRow[] = [];
    for (let u = 0; u < units.length; u++) {
      for (const metric of ['reemployed', 'unemployed']) {
        rows.push(...months(u, metric, 2024, Array.from({ length: 8 }, () => (next() < 0.05 ? NaN : LEVELS[Math.floor(next() * LEVELS.length)]!))));
      }
    }
    const ds = makeDataset(units, rows);
    const cube = packCube(ds);
    const months8 = Array.from({ length: 8 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
    for (const model of [createAnalysis(ds), createAnalysis(ds, { cube, rollUps: rollUpCube(ds, cube) })]) {
      for (const metric of ['reemployed', 'unemployed'] as const) {
        const direction = metric === 'unemployed' ? 'lower' : 'higher';
        const inBottom = months8.map((p) => {
          const values = periodValues(model, metric, p).values;
          const ranks = rankValues(Float64Array.from(values), direction);
          const ranked = values.filter(Number.isFinite).length;
          return ds.units.map((_, u) => ranked >= 4 && ranks[u]! > 0 && quartileOf(ranks[u]!, ranked) === 4);
        });
        const expected = ds.units.map((_, u) => {
          let run = 0;
          for (let p = months8.length - 1; p >= 0 && inBottom[p]![u]; p--) run++;
          return run;
        });
        const listed = new Map(persistentLaggards(model, metric, 'M', 1).map((l) => [l.unit, l.run]));
        expect(ds.units.map((_, u) => listed.get(u) ?? 0), metric).toEqual(expected);
      }
    }
  });
});
