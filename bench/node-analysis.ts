/**
 * Analysis speed on an imported Dataset: our periodValues + buildLeagueTable + imbalanceForMetric
 * for one metric and period, cold (fresh dataset identity, so every lazy index is rebuilt), warm
 * (the same query again) and switch (another metric on an already indexed dataset, which is
 * what a click in the UI costs), against arquero doing the same roll-up, ranking and spread
 * statistics on the same observations.
 */
import * as aq from 'arquero';
import type { Dataset } from '../src/data/dataset/dataset';
import type { TargetModule } from './load-targets';
import { gc, median } from './measure';
import { benchModelMemory, benchViewSwitches, type ModelMemory, type Preparation, type ViewSwitch } from './view-switch';
import type { Analysis } from '../src/analysis/model/analysis';

const { op } = aq;

/** The query the bench times. */
export const ANALYSIS_QUERY = { metric: 'reemployed', period: '2024-Q2', month: '2024-06', previous: '2024-Q1' } as const;
/** Metrics a user switches to (each first-time on an indexed dataset). */
const SWITCH_METRICS = ['jobs_developed', 'employment_training', 'people_visited', 'cultural_events', 'volunteer_hours', 'lectures', 'donations'];

/** Median times (ms) of one pipeline, per step and in total. */
export interface StepTimes {
  readonly periodValuesQuarter: number;
  readonly periodValuesMonth: number;
  readonly leagueTable: number;
  readonly imbalance: number;
  readonly total: number;
  readonly runs: number;
}

export interface AnalysisResult {
  readonly observations: number;
  readonly units: number;
  readonly query: typeof ANALYSIS_QUERY;
  readonly ours: {
    readonly cold: StepTimes; readonly warm: StepTimes;
    /** League + imbalance for a new metric once the index pass has run. */
    readonly switchMs: number; readonly switchRuns: number;
    /** Every metric's columns read by a fresh model (before issue 17: the one-time index pass). */
    readonly indexPassMs?: number;
    /** League + imbalance for a new metric whose columns are not read yet (read on demand). */
    readonly switchBeforeIndexMs?: number;
  };
  readonly arquero: { readonly setupMs: number; readonly first: StepTimes; readonly repeated: StepTimes };
  /** Per view, what a metric or period switch recomputes (see view-switch.ts). */
  readonly views?: readonly ViewSwitch[];
  /** The preparation done before a dataset was shown (results from before the analysis model). */
  readonly preparation?: Preparation;
  /** What the analysis model holds after the view switches (see view-switch.ts). */
  readonly model?: ModelMemory;
  /** Largest |ours − arquero| over units for the quarter roll-up: both computed the same thing. */
  readonly maxAbsDiff: number;
  readonly error?: string;
  /** Set when kept from an earlier run (bench/run.ts carryOver). */
  readonly carriedFrom?: string;
}

type Steps = [number, number, number, number];

function stepTimes(list: readonly Steps[]): StepTimes {
  const col = (k: number): number => median(list.map((s) => s[k]!));
  return {
    periodValuesQuarter: col(0), periodValuesMonth: col(1), leagueTable: col(2), imbalance: col(3),
    total: median(list.map((s) => s[0] + s[1] + s[2] + s[3])), runs: list.length,
  };
}

function lap(t: { last: number }): number {
  const now = performance.now();
  const dt = now - t.last;
  t.last = now;
  return dt;
}

function oursOnce(mod: TargetModule, ds: Analysis): { steps: Steps; quarter: Float64Array } {
  const q = ANALYSIS_QUERY;
  const t = { last: performance.now() };
  const quarter = mod.periodValues(ds, q.metric, q.period).values;
  const a = lap(t);
  mod.periodValues(ds, q.metric, q.month);
  const b = lap(t);
  mod.buildLeagueTable(ds, { metric: q.metric, period: q.period });
  const c = lap(t);
  mod.imbalanceForMetric(ds, q.metric, q.period);
  const d = lap(t);
  return { steps: [a, b, c, d], quarter };
}

/** Observations as an arquero user would hold them after loading the CSV. */
function arqueroTable(ds: Dataset): aq.ColumnTable {
  const n = ds.obs.value.length;
  const code = new Array<string>(n);
  const period = new Array<string>(n);
  const metric = new Array<string>(n);
  const { unit, period: per, metric: met, value } = ds.obs;
  for (let i = 0; i < n; i++) {
    code[i] = ds.units[unit[i]!]!.code;
    period[i] = ds.periods[per[i]!]!;
    metric[i] = ds.metrics[met[i]!]!.id;
  }
  return aq.table({ code, period, metric, value });
}

function monthsOf(quarter: string): [string, string] {
  const [y, qs] = quarter.split('-Q') as [string, string];
  const q = Number(qs);
  return [`${y}-${String(q * 3 - 2).padStart(2, '0')}`, `${y}-${String(q * 3).padStart(2, '0')}`];
}

function arqAgg(t: aq.ColumnTable, metric: string, from: string, to: string): aq.ColumnTable {
  return t.params({ m: metric, a: from, b: to })
    .filter((d: { metric: string; period: string }, $: { m: string; a: string; b: string }) => d.metric === $.m && d.period >= $.a && d.period <= $.b)
    .groupby('code')
    .rollup({ v: op.sum('value') });
}

function arqueroOnce(t: aq.ColumnTable): { steps: Steps; quarter: aq.ColumnTable } {
  const q = ANALYSIS_QUERY;
  const tm = { last: performance.now() };
  const quarter = arqAgg(t, q.metric, ...monthsOf(q.period));
  const a = lap(tm);
  arqAgg(t, q.metric, q.month, q.month);
  const b = lap(tm);
  const ranked = (x: aq.ColumnTable): aq.ColumnTable => x.orderby(aq.desc('v')).derive({ rank: () => op.rank() });
  const prev = arqAgg(t, q.metric, ...monthsOf(q.previous)).rename({ v: 'pv' });
  ranked(quarter)
    .join_left(ranked(prev.rename({ pv: 'v' })).rename({ v: 'pv', rank: 'prank' }), 'code')
    .derive({ change: (d: { v: number; pv: number }) => d.v - d.pv, rankChange: (d: { rank: number; prank: number }) => d.prank - d.rank })
    .orderby('rank')
    .objects();
  const c = lap(tm);
  quarter.rollup({
    n: op.count(), mean: op.mean('v'), sd: op.stdev('v'), median: op.median('v'),
    p90: op.quantile('v', 0.9), p10: op.quantile('v', 0.1), max: op.max('v'), min: op.min('v'),
  }).objects();
  const d = lap(tm);
  return { steps: [a, b, c, d], quarter };
}

/** Runs the analysis bench on `ds`; `runs` cold/first and repeated runs (repeated ×4). */
export function benchAnalysis(mod: TargetModule, ds: Dataset, runs: number): AnalysisResult {
  const q = ANALYSIS_QUERY;
  const cold: Steps[] = [];
  let quarter: Float64Array = new Float64Array(0);
  for (let i = 0; i < runs; i++) {
    // A fresh analysis model holds nothing, as after an import.
    const fresh = mod.createAnalysis({ ...ds });
    gc();
    const r = oursOnce(mod, fresh);
    cold.push(r.steps);
    quarter = r.quarter;
  }
  const warm: Steps[] = [];
  const model = mod.createAnalysis({ ...ds });
  oursOnce(mod, model);
  for (let i = 0; i < runs * 4; i++) warm.push(oursOnce(mod, model).steps);

  // A switch on a model that has read only the first query's metric (each new metric reads its own observations)…
  const cold1 = mod.createAnalysis({ ...ds });
  mod.periodValues(cold1, q.metric, q.period);
  const switchesBeforeIndex: number[] = [];
  for (const m of SWITCH_METRICS.slice(0, Math.max(3, runs + 2))) {
    if (!ds.metrics.some((d) => d.id === m)) continue;
    const t0 = performance.now();
    mod.buildLeagueTable(cold1, { metric: m, period: q.period });
    mod.imbalanceForMetric(cold1, m, q.period);
    switchesBeforeIndex.push(performance.now() - t0);
  }
  // …reading every metric's columns (what the import worker could hand over instead, issue 17 item 1)…
  const passes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = mod.createAnalysis({ ...ds });
    gc();
    const t0 = performance.now();
    ds.metrics.forEach((_, m) => mod.metricColumns(fresh, m));
    passes.push(performance.now() - t0);
  }
  // …and a switch once they are read.
  ds.metrics.forEach((_, m) => mod.metricColumns(model, m));
  const switches: number[] = [];
  for (const m of SWITCH_METRICS.slice(0, Math.max(3, runs + 2))) {
    if (!ds.metrics.some((d) => d.id === m)) continue;
    const t0 = performance.now();
    mod.buildLeagueTable(model, { metric: m, period: q.period });
    mod.imbalanceForMetric(model, m, q.period);
    switches.push(performance.now() - t0);
  }

  // Arquero's table of every observation (4 million rows of strings at city scale) is built and
  // dropped inside arqueroRuns: kept alive, it made every collection during the view switches
  // below mark a JS heap the app does not have.
  const { setupMs, first, repeated, maxAbsDiff } = arqueroRuns(ds, runs, quarter);

  const memory = benchModelMemory(mod, ds);
  const views = benchViewSwitches(mod, ds);
  return {
    observations: ds.obs.value.length, units: ds.units.length, query: q, views, model: memory,
    ours: {
      cold: stepTimes(cold), warm: stepTimes(warm), switchMs: median(switches), switchRuns: switches.length,
      indexPassMs: median(passes), switchBeforeIndexMs: median(switchesBeforeIndex),
    },
    arquero: { setupMs, first: stepTimes([first]), repeated: stepTimes(repeated) },
    maxAbsDiff,
  };
}

/** Arquero's first and repeated runs on its own table of `ds`, and the largest |ours − arquero| of the quarter roll-up. */
function arqueroRuns(ds: Dataset, runs: number, quarter: Float64Array): { setupMs: number; first: Steps; repeated: Steps[]; maxAbsDiff: number } {
  gc();
  const s0 = performance.now();
  const table = arqueroTable(ds);
  const setupMs = performance.now() - s0;
  const first = arqueroOnce(table);
  const repeated: Steps[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    repeated.push(arqueroOnce(table).steps);
  }

  // Same numbers? Compare the quarter roll-up unit by unit.
  const byCode = new Map<string, number>();
  const codes = first.quarter.array('code') as ArrayLike<string>;
  const sums = first.quarter.array('v') as ArrayLike<number>;
  for (let i = 0; i < codes.length; i++) byCode.set(codes[i]!, sums[i]!);
  let maxAbsDiff = 0;
  for (let u = 0; u < ds.units.length; u++) {
    const a = quarter[u]!;
    const b = byCode.get(ds.units[u]!.code);
    if (b === undefined || Number.isNaN(a)) continue;
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(a - b));
  }
  return { setupMs, first: first.steps, repeated, maxAbsDiff };
}
