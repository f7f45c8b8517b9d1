/**
 * 单位画像 on the hand-built five-unit dataset (tests/ui/small-dataset.ts, numbers worked out there)
 * and, as an invariant, on the sample district: every rank, street rank, quartile and rank change of
 * every profile equals the 排行 table's.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { PERSISTENT_RUN, persistentLaggards } from '../../src/analysis/persistent-laggards';
import { buildUnitProfile, ProfileContext, weakestMetrics } from '../../src/analysis/unit-profile';
import { importFiles } from '../../src/data/pipeline/import-files';
import type { Dataset } from '../../src/data/dataset/dataset';
import { smallDataset } from '../ui/small-dataset';
import { modelOf } from './model-of';

const ds = smallDataset();
const unit = (name: string) => ds.units.findIndex((u) => u.name === name);
const metricOf = (p: ReturnType<typeof buildUnitProfile>, id: string) => p.metrics.find((m) => m.metric.id === id)!;

describe('buildUnitProfile (small dataset, 2024-Q2)', () => {
  it('gives 丁社区 its value, per-capita value, ranks, percentile and changes', () => {
    const m = metricOf(buildUnitProfile(modelOf(ds), unit('丁社区'), '2024-Q2'), 'reemployed');
    // Q2: 甲90 乙60 丙60 丁≈30 → 丁 4th of 4; in 二街道: 丙60 丁30 (戊 has none) → 2nd of 2.
    expect([m.value, m.rank, m.rankedCount, m.streetRank, m.streetCount, m.quartile]).toEqual([30, 4, 4, 2, 2, 4]);
    expect(m.qualifier).toBe(4); // approx (约30)
    // 30 people for 1,500 residents = 20 per 1,000.
    expect(m.perThousand).toBe(20);
    // Ascending mid-ranks of 30, 60, 60, 90: 丁 at position 0 of 3 → percentile 0.
    expect(m.percentile).toBe(0);
    // Q1 丁 had 24 and rank 3: about +6 (约30 − 24), down one place.
    expect(m.previous).toEqual({ period: '2024-Q1', value: 24, partial: false, change: 6, changeQualifier: 4, rank: 3, rankChange: -1, bounded: false });
    // No 2023-Q2 in the data.
    expect(m.lastYear.period).toBe('2023-Q2');
    expect(m.lastYear.rank).toBeNull();
    expect(Number.isNaN(m.lastYear.change)).toBe(true);
    expect(m.median).toBe(60);
  });

  it('gives tied units the same rank and percentile (乙, 丙 at 60)', () => {
    const a = metricOf(buildUnitProfile(modelOf(ds), unit('乙社区'), '2024-Q2'), 'reemployed');
    const b = metricOf(buildUnitProfile(modelOf(ds), unit('丙社区'), '2024-Q2'), 'reemployed');
    expect([a.rank, a.percentile, a.quartile]).toEqual([2, 0.5, 2]);
    expect([b.rank, b.percentile, b.quartile]).toEqual([2, 0.5, 2]);
    // Within their streets: 乙 behind 甲 in 一街道, 丙 first in 二街道.
    expect([a.streetRank, b.streetRank]).toEqual([2, 1]);
    expect(b.previous.rankChange).toBe(2);
  });

  it('leaves a unit without a value unranked, never ranked as zero', () => {
    const m = metricOf(buildUnitProfile(modelOf(ds), unit('戊社区'), '2024-Q2'), 'reemployed');
    expect(m.rank).toBeNull();
    expect(m.quartile).toBeNull();
    expect(Number.isNaN(m.percentile)).toBe(true);
  });

  it('ranks on the per-capita basis when asked', () => {
    // Per 1,000: 甲 90, 乙 30, 丙 20, 丁 20 → 丁 shares 3rd with 丙.
    const m = metricOf(buildUnitProfile(modelOf(ds), unit('丁社区'), '2024-Q2', '1000'), 'reemployed');
    expect([m.value, m.rank]).toEqual([20, 3]);
  });

  it('lists the weakest judged metrics first and leaves neutral ones (常住人口) out', () => {
    const weak = weakestMetrics(buildUnitProfile(modelOf(ds), unit('丁社区'), '2024-Q2'));
    expect(weak.map((m) => m.metric.id)).toEqual(['reemployed']);
  });

  it('throws on a unit index that does not exist', () => {
    expect(() => new ProfileContext(modelOf(ds), '2024-Q2').profile(99)).toThrow(/no unit 99/);
  });
});

describe('profiles agree with the 排行 table (sample district)', () => {
  let sample: Dataset;
  beforeAll(() => {
    const bytes = new Uint8Array(readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url)));
    sample = importFiles([{ name: 'sample-jinnan-long.csv', bytes }]).dataset!;
  });

  it('has, for every unit and metric, the league rank, quartile, rank change and street rank', () => {
    const period = '2024-Q2';
    const ctx = new ProfileContext(modelOf(sample), period);
    const profiles = sample.units.map((_, u) => ctx.profile(u));
    for (const m of profiles[0]!.metrics) {
      const table = buildLeagueTable(modelOf(sample), { metric: m.metric.id, period });
      for (const row of table.rows) {
        const pm = profiles[row.unit]!.metrics.find((x) => x.metric.id === m.metric.id)!;
        expect([pm.rank, pm.quartile, pm.previous.rankChange]).toEqual([row.rank, row.quartile, row.rankChange]);
      }
    }
    const street = sample.units[0]!.parent;
    const streetTable = buildLeagueTable(modelOf(sample), { metric: 'reemployed', period, parent: street });
    for (const row of streetTable.rows) {
      expect(profiles[row.unit]!.metrics.find((x) => x.metric.id === 'reemployed')!.streetRank).toBe(row.rank);
    }
  });

  it('marks exactly the units of the 连续N期靠后 list', () => {
    const ctx = new ProfileContext(modelOf(sample), '2024-Q4');
    const list = persistentLaggards(modelOf(sample), 'volunteers', 'Q', PERSISTENT_RUN, { upTo: '2024-Q4' });
    const marked = sample.units.map((_, u) => ctx.profile(u).metrics.find((m) => m.metric.id === 'volunteers')!.laggingRun)
      .flatMap((run, u) => (run > 0 ? [[u, run]] : []));
    expect(marked).toEqual(list.map((l) => [l.unit, l.run]).sort((a, b) => a[0]! - b[0]!));
    expect(marked.length).toBeGreaterThan(0);
  });

  it('keeps percentiles in [0, 1] and ordered like the ranks', () => {
    const ctx = new ProfileContext(modelOf(sample), '2024-Q2');
    const rows = sample.units.map((_, u) => ctx.profile(u).metrics.find((m) => m.metric.id === 'volunteer_hours')!);
    for (const a of rows) {
      if (a.rank === null) continue;
      expect(a.percentile).toBeGreaterThanOrEqual(0);
      expect(a.percentile).toBeLessThanOrEqual(1);
      for (const b of rows) if (b.rank !== null && a.rank < b.rank) expect(a.percentile).toBeGreaterThan(b.percentile);
    }
  });
});
