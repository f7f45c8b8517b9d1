/**
 * What a click costs in each view: the analysis a view recomputes when the user picks another
 * metric or another period. Each view's calls mirror its useMemo hooks (what a change of metric or
 * of period invalidates):
 * - 对比 (src/ui/views/compare/use-compare-data.ts): compareUnits for the period;
 * - 排行 (src/ui/views/LeagueView.tsx): buildLeagueTable, and persistentLaggards for the 连续N期靠后 column;
 * - 趋势 (src/ui/views/TrendView.tsx): leadingUnits (the default lines), trendSeries of the granularity;
 * - 均衡 (src/ui/views/ImbalanceView.tsx): on a metric switch spreadTrend, persistentLaggards and the
 *   narrative for the focus metric; on a period switch also the overview of every metric and the
 *   percentile heatmap (the overview and heatmap do not depend on the chosen metric).
 * Two states of the dataset, each view on its own copy so one view's caches do not help another:
 * - `views`: prepared as the app prepares every dataset before showing it (prepareDatasetStep to
 *   the end: index pass, name order, then every metric in every quarter, year, half and month,
 *   src/ui/api/prepare-for-showing.ts), i.e. any click a user can make;
 * - `index`: only the index pass done, for comparison: what a click would cost with every
 *   roll-up, sort and statistic computed on the click (the app no longer shows a dataset so).
 * Every switch goes to a metric or period not shown before in that view, after a collection. On the
 * prepared dataset the views also switch to months, the 趋势 and 连续N期靠后 parts then at month
 * granularity (whose 连续N期靠后 lists are not prepared ahead: only the default granularity's are).
 */
import type { Dataset } from '../src/data/dataset/dataset';
import type { TargetModule } from './load-targets';
import { gc, median } from './measure';

export type PreparedStage = 'views' | 'index';

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

type Compute = (ds: Dataset, metric: string, period: string, kind: ViewSwitch['kind']) => void;

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
  for (const prepared of ['views', 'index'] as const) {
    for (const [view, compute] of Object.entries(views(mod)) as [ViewSwitch['view'], Compute][]) {
      const byMetric: number[] = [];
      const byPeriod: number[] = [];
      const byMonth: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const ds: Dataset = { ...base };
        mod.prepareDatasetStep(ds, Infinity, prepared);
        compute(ds, 'reemployed', latest, 'period'); // the view as first opened
        for (const metric of metrics.slice(0, 8)) {
          gc();
          const t0 = performance.now();
          compute(ds, metric, latest, 'metric');
          byMetric.push(performance.now() - t0);
        }
        for (const period of earlier) {
          gc();
          const t0 = performance.now();
          compute(ds, 'reemployed', period, 'period');
          byPeriod.push(performance.now() - t0);
        }
        if (prepared === 'views') {
          for (const month of months) {
            gc();
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

/** Times the two preparation stages on fresh copies of `base` and measures what they hold. */
export function benchPreparation(mod: TargetModule, base: Dataset, rounds = 3): Preparation {
  const indexMs: number[] = [];
  const viewsMs: number[] = [];
  let indexBytes = NaN;
  let viewsBytes = NaN;
  for (let round = 0; round < rounds; round++) {
    let ds: Dataset | null = { ...base };
    const h0 = heldBytes();
    const t0 = performance.now();
    mod.prepareDatasetStep(ds, Infinity, 'index');
    const t1 = performance.now();
    const h1 = heldBytes();
    const t2 = performance.now();
    mod.prepareDatasetStep(ds);
    const t3 = performance.now();
    const h2 = heldBytes();
    indexMs.push(t1 - t0);
    viewsMs.push(t3 - t2);
    if (round === 0) {
      indexBytes = h1 - h0;
      viewsBytes = h2 - h1;
    }
    ds = null;
  }
  const obs = base.obs.value.length;
  return {
    indexMs: median(indexMs), viewsMs: median(viewsMs),
    indexBytesPerObservation: indexBytes / obs, viewsBytesPerObservation: viewsBytes / obs,
  };
}
