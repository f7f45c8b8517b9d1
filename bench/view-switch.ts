/**
 * What a click costs in each view: the analysis a view recomputes when the user picks another
 * metric or another period. Each view's calls mirror what its view model asks of the analysis
 * model (what a change of metric or of period invalidates):
 * - 对比 (src/ui/views/compare/compare-view-model.ts): compareUnits for the period;
 * - 排行 (src/ui/views/LeagueView.tsx): buildLeagueTable, and persistentLaggards for the 连续N期靠后 column;
 * - 趋势 (src/ui/views/TrendView.tsx): leadingUnits (the default lines), trendSeries of the granularity;
 * - 均衡 (src/ui/views/ImbalanceView.tsx): on a metric switch spreadTrend, persistentLaggards and the
 *   narrative for the focus metric; on a period switch also the overview of every metric and the
 *   percentile heatmap (the overview and heatmap do not depend on the chosen metric).
 * Stage `model` (the app since the analysis model, issue 17): each view on a fresh analysis model
 * started with the import worker's whole cube (createAnalysis(ds, { cube, rollUps }): columns, name
 * order, street table, and the rolled-up periods the worker posts right after, with the imbalance
 * numbers of every metric × period computed from them), nothing else
 * computed ahead, so a switch pays for its own sorts and statistics, and reuses what earlier
 * switches of that view kept. Stages `views` and `index` are
 * the labels of results from before (the preparation pass, now gone). Every switch goes to a
 * metric or period not shown before in that view, after a collection and a pause (settledGc); the views also switch to
 * months, the 趋势 and 连续N期靠后 parts then at month granularity.
 */
import type { Analysis } from '../src/analysis/model/analysis';
import type { Dataset } from '../src/data/dataset/dataset';
import type { TargetModule } from './load-targets';
import { gc, median, settledGc } from './measure';

export type PreparedStage = 'views' | 'index' | 'model';

export interface ViewSwitch {
  readonly view: 'compare' | 'league' | 'trend' | 'imbalance';
  /** 'month': a period switch to a month (of a quarterly default: prepared after the quarters, years and halves). */
  readonly kind: 'metric' | 'period' | 'month';
  /** How far the preparation had gone (absent in results from before it was recorded: 'index'). */
  readonly prepared?: PreparedStage;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

/** The preparation itself: its duration and the memory its caches hold. */
export interface Preparation {
  /** Index pass + name order + street ids (prepareDatasetStep through 'index'), ms. */
  readonly indexMs: number;
  /** The views stage after it (every metric in every period), ms. */
  readonly viewsMs: number;
  /** Bytes held per observation by the index and by the views stage (heap + array buffers, after a collection). */
  readonly indexBytesPerObservation: number;
  readonly viewsBytesPerObservation: number;
}

type Compute = (ds: Analysis, metric: string, period: string, kind: ViewSwitch['kind']) => void;

/** The granularity a view's roll-up follows for a period key (months 'M', quarters 'Q'). */
const granularityOf = (period: string): 'M' | 'Q' => (/^\d{4}-\d{2}$/.test(period) ? 'M' : 'Q');

function views(mod: TargetModule): Record<ViewSwitch['view'], Compute> {
  const run = mod.PERSISTENT_RUN;
  return {
    compare: (ds, metric, period) => {
      mod.compareUnits(ds, { metric, period });
    },
    league: (ds, metric, period) => {
      mod.buildLeagueTable(ds, { metric, period });
      mod.persistentLaggards(ds, metric, granularityOf(period), run, { upTo: period });
    },
    trend: (ds, metric, period) => {
      mod.trendSeries(ds, { metric, granularity: granularityOf(period), units: mod.leadingUnits(ds, { metric, period }, 3) });
    },
    imbalance: (ds, metric, period, kind) => {
      if (kind !== 'metric') {
        const rows = mod.imbalanceOverview(ds, period, {});
        mod.percentileMatrix(ds, period, rows.filter((r) => r.ranked).map((r) => r.metric.id), {});
      }
      mod.spreadTrend(ds, metric, granularityOf(period), { upTo: period });
      mod.persistentLaggards(ds, metric, granularityOf(period), run, { upTo: period });
      mod.buildNarrative(ds, period, 'zh', { focusMetric: metric });
    },
  };
}

/** Metric and period switches per view and preparation stage, `rounds` fresh datasets each (medians over all switches). */
export function benchViewSwitches(mod: TargetModule, base: Dataset, rounds = 2): ViewSwitch[] {
  const quarters = mod.availablePeriods(base, 'Q');
  const latest = quarters.at(-1)!;
  const metrics = base.metrics.map((d) => d.id).filter((m) => m !== 'reemployed' && m !== 'residents' && m !== 'households');
  const earlier = quarters.slice(0, -1).reverse().slice(0, 7);
  const months = mod.availablePeriods(base, 'M').reverse().slice(0, 7);
  const out: ViewSwitch[] = [];
  // As after an import in the app: the model has the cube the worker built and its roll-ups.
  const cube = mod.packCube(base);
  const rollUps = mod.rollUpCube(base, cube);
  for (const prepared of ['model'] as const) {
    for (const [view, compute] of Object.entries(views(mod)) as [ViewSwitch['view'], Compute][]) {
      const byMetric: number[] = [];
      const byPeriod: number[] = [];
      const byMonth: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const ds = mod.createAnalysis({ ...base }, { cube, rollUps });
        compute(ds, 'reemployed', latest, 'period'); // the view as first opened
        for (const metric of metrics.slice(0, 8)) {
          settledGc();
          const t0 = performance.now();
          compute(ds, metric, latest, 'metric');
          byMetric.push(performance.now() - t0);
        }
        for (const period of earlier) {
          settledGc();
          const t0 = performance.now();
          compute(ds, 'reemployed', period, 'period');
          byPeriod.push(performance.now() - t0);
        }
        {
          for (const month of months) {
            settledGc();
            const t0 = performance.now();
            compute(ds, 'reemployed', month, 'month');
            byMonth.push(performance.now() - t0);
          }
        }
      }
      out.push({ view, kind: 'metric', prepared, medianMs: median(byMetric), maxMs: Math.max(...byMetric), runs: byMetric.length });
      out.push({ view, kind: 'period', prepared, medianMs: median(byPeriod), maxMs: Math.max(...byPeriod), runs: byPeriod.length });
      if (byMonth.length > 0) out.push({ view, kind: 'month', prepared, medianMs: median(byMonth), maxMs: Math.max(...byMonth), runs: byMonth.length });
    }
  }
  return out;
}

function heldBytes(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** What an analysis model holds after the view switches: its own estimate and the heap's. */
export interface ModelMemory {
  /** The worker's roll-ups (rollUpCube, with the imbalance numbers of every metric × period) after the hand-over, ms, and their packed size, bytes per observation. */
  readonly rollUpMs?: number;
  readonly rollUpBytesPerObservation?: number;
  /** Reading every metric's columns in a fresh model, ms. */
  readonly columnsMs: number;
  /** Bytes per observation held after every view's switches over 8 metrics × 8 periods (heap + array buffers, after a collection). */
  readonly heldBytesPerObservation: number;
  /** The model's own estimate of what it holds, bytes per observation, and its budget. */
  readonly modelBytesPerObservation: number;
  readonly budgetBytesPerObservation: number;
}

/** Runs every view's switches on one fresh model of `base` and measures what the model holds. */
export function benchModelMemory(mod: TargetModule, base: Dataset): ModelMemory {
  const obs = base.obs.value.length;
  const fresh = mod.createAnalysis({ ...base });
  gc();
  const t0 = performance.now();
  base.metrics.forEach((_, m) => mod.metricColumns(fresh, m));
  const columnsMs = performance.now() - t0;
  fresh.dispose();
  const h0 = heldBytes();
  const cube = mod.packCube(base);
  gc();
  const r0 = performance.now();
  const rollUps = mod.rollUpCube(base, cube);
  const rollUpMs = performance.now() - r0;
  const rollUpBytes = rollUps.values.byteLength + rollUps.qualifiers.byteLength + rollUps.partial.byteLength + (rollUps.imbalance?.byteLength ?? 0);
  let model: Analysis | null = mod.createAnalysis({ ...base }, { cube, rollUps });
  const quarters = mod.availablePeriods(base, 'Q').reverse().slice(0, 8);
  const metrics = base.metrics.map((d) => d.id).slice(0, 8);
  for (const compute of Object.values(views(mod))) {
    for (const period of quarters) for (const metric of metrics) compute(model, metric, period, 'period');
  }
  const held = heldBytes() - h0;
  const usage = model.usage();
  model = null;
  return {
    columnsMs, rollUpMs, rollUpBytesPerObservation: rollUpBytes / obs, heldBytesPerObservation: held / obs,
    modelBytesPerObservation: usage.bytes / obs, budgetBytesPerObservation: usage.budget / obs,
  };
}
