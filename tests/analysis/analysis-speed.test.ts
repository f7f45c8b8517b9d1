/**
 * City-scale timing (天津市: 5,617 units × 36 months × 20 metrics ≈ 4 million observations).
 * Prints timings; asserts only that the answers are sane, since machine speed varies.
 */
import { describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { CANONICAL_METRICS } from '../../src/data/vocabulary/metric-catalog';
import { compareUnits } from '../../src/analysis/compare-units';
import { imbalanceForMetric, imbalanceOverview } from '../../src/analysis/imbalance';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { metricColumns } from '../../src/analysis/metric-index';
import { packCube } from '../../src/analysis/model/cube';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { buildNarrative } from '../../src/analysis/narrative';
import { buildOverview } from '../../src/analysis/overview';
import { periodValues } from '../../src/analysis/period-values';
import { availableMetrics } from '../../src/analysis/resolve-metric';
import { persistentLaggards } from '../../src/analysis/persistent-laggards';
import { spreadTrend } from '../../src/analysis/spread-trend';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { modelOf } from './model-of';

const UNITS = 5617;
const MONTHS = 36;

function cityDataset() {
  const b = new DatasetBuilder();
  b.addFile({ name: 'bench.csv', encoding: 'utf-8', bytes: 0 });
  for (let u = 0; u < UNITS; u++) {
    b.addUnit({ code: String(120000000000 + u), name: `社区${u}`, parent: `街道${u % 250}`, district: `区${u % 16}` });
  }
  const metrics = CANONICAL_METRICS.filter((m) => m.kind !== 'ratio').slice(0, 20).map((m) => b.addMetric(m));
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  for (let month = 0; month < MONTHS; month++) {
    const period = `${2022 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const metric of metrics) {
      for (let u = 0; u < UNITS; u++) {
        b.add({ unit: u, period, metric, value: next() < 0.02 ? NaN : Math.floor(next() * 1000), line: u + 2 });
      }
    }
  }
  return b.build({ id: 'bench', name: 'bench' });
}

const ms = (t0: number): string => `${(performance.now() - t0).toFixed(1)} ms`;

/** A city of 4 million observations is built and read whole: minutes on a busy 2-core machine, seconds on a quiet one. */
const CITY_TIMEOUT_MS = 180_000;

describe('analysis speed at city scale', () => {
  it('switches metric and period in a few milliseconds (timings printed, not asserted)', () => {
    let t0 = performance.now();
    const ds = cityDataset();
    const build = ms(t0);
    t0 = performance.now();
    periodValues(modelOf(ds), 'reemployed', '2024-Q2');
    const cold = ms(t0);
    t0 = performance.now();
    periodValues(modelOf(ds), 'unemployed', '2024-Q2');
    const second = ms(t0);
    const switches: string[] = [];
    for (const [metric, period] of [
      ['reemployed', '2024-Q3'], ['reemployed', '2024-H2'], ['reemployed', '2022'],
      ['reemployment_rate', '2023-Q4'], ['unemployed', '2023-H1'],
    ] as const) {
      t0 = performance.now();
      const pv = periodValues(modelOf(ds), metric, period);
      const a = ms(t0);
      t0 = performance.now();
      const table = buildLeagueTable(modelOf(ds), { metric, period });
      const b = ms(t0);
      t0 = performance.now();
      buildStreetLeague(modelOf(ds), { metric, period });
      const c = ms(t0);
      switches.push(`${metric} ${period}: periodValues ${a}, league (incl. previous period) ${b}, street league ${c}`);
      expect(Number.isNaN(pv.values[0]!) || pv.values[0]! >= 0).toBe(true);
      expect(table.rows).toHaveLength(UNITS);
      expect(table.rankedCount).toBeGreaterThan(UNITS / 2);
    }
    // Steady state once the JIT is warm: a league (two periods, two rankings) per switch.
    const times: number[] = [];
    for (const period of ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']) {
      for (const metric of ['lectures', 'donations', 'volunteers']) {
        t0 = performance.now();
        buildLeagueTable(modelOf(ds), { metric, period });
        times.push(performance.now() - t0);
      }
    }
    times.sort((x, y) => x - y);
    switches.push(`steady state, ${times.length} metric/period switches: league median ${times[times.length >> 1]!.toFixed(1)} ms, fastest ${times[0]!.toFixed(1)} ms`);
    console.log([
      `city dataset ${UNITS} units × ${MONTHS} months × 20 metrics = ${ds.obs.value.length} observations, built in ${build}`,
      `first periodValues (index pass not run: reads one metric's observations): ${cold}`,
      `first periodValues of a second metric (its observations only): ${second}`,
      ...switches,
    ].join('\n'));
  }, CITY_TIMEOUT_MS);

  it('reads each metric\'s columns once, then answers each view\'s switch (timings printed, not asserted)', () => {
    const base = cityDataset();
    let t0 = performance.now();
    const firstQuery = { ...base };
    periodValues(modelOf(firstQuery), 'reemployed', '2024-Q2');
    const firstSwitch = ms(t0);
    const ds = { ...base };
    t0 = performance.now();
    ds.metrics.forEach((_, m) => metricColumns(modelOf(ds), m));
    const allColumns = ms(t0);
    // What the import worker does instead (packColumns), and a first switch on a model started with it.
    t0 = performance.now();
    const packed = packCube(base);
    const packMs = ms(t0);
    const started = createAnalysis({ ...base }, { cube: packed });
    t0 = performance.now();
    buildLeagueTable(started, { metric: 'reemployed', period: '2024-Q2' });
    const firstWithColumns = ms(t0);
    const median = (xs: number[]): string => `${[...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(2)} ms`;
    const metrics = ds.metrics.map((m) => m.id);
    const quarters = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2'];
    const views: Record<string, (metric: string, period: string) => void> = {
      'compare (compareUnits)': (metric, period) => { compareUnits(modelOf(ds), { metric, period }); },
      'league (buildLeagueTable incl. previous period)': (metric, period) => { buildLeagueTable(modelOf(ds), { metric, period }); },
      'imbalance (imbalanceForMetric + spreadTrend)': (metric, period) => {
        imbalanceForMetric(modelOf(ds), metric, period);
        spreadTrend(modelOf(ds), metric, 'Q', { upTo: period });
      },
    };
    const lines: string[] = [];
    for (const [name, view] of Object.entries(views)) {
      const times: number[] = [];
      // Every (metric, quarter) pair once: each call is a first-time switch for that view.
      for (const period of quarters) {
        for (const metric of metrics) {
          t0 = performance.now();
          view(metric, period);
          times.push(performance.now() - t0);
        }
      }
      lines.push(`${name}: median ${median(times)} over ${times.length} first-time switches, slowest ${Math.max(...times).toFixed(1)} ms`);
    }
    const once = (label: string, f: () => unknown): void => {
      t0 = performance.now();
      f();
      lines.push(`${label}: ${ms(t0)}`);
    };
    once('imbalanceOverview 2024-Q3 (all metrics, new period)', () => imbalanceOverview(modelOf(ds), '2024-Q3'));
    once('persistentLaggards, every metric', () => metrics.forEach((m) => persistentLaggards(modelOf(ds), m, 'Q', 3)));
    once('buildNarrative 2024-Q3', () => buildNarrative(modelOf(ds), '2024-Q3', 'zh'));
    once('buildOverview 2024-Q4 (new period, with its narrative)', () => buildOverview(modelOf(ds), '2024-Q4', 'zh'));
    const overview = imbalanceOverview(modelOf(ds), '2024-Q4');
    expect(overview.length).toBe(availableMetrics(ds).length);
    console.log([
      `first query of a new model (one metric's columns and one roll-up): ${firstSwitch}`,
      `every metric's columns, from all ${ds.obs.value.length} observations: ${allColumns}`,
      `the same packed by the import worker (packCube, off the page): ${packMs}; first league switch on a model started with them: ${firstWithColumns}`,
      ...lines,
    ].join('\n'));
  }, CITY_TIMEOUT_MS);
});
