/**
 * What a click costs in each view: the analysis a view recomputes when the user picks another
 * metric or another period, on a dataset prepared as the app prepares it after an import (index
 * pass, name order and street ids, in idle time). Each view's calls mirror its useMemo hooks:
 * - 对比 (src/ui/views/compare/use-compare-data.ts): compareUnits for the period;
 * - 排行 (src/ui/views/LeagueView.tsx): buildLeagueTable, and persistentLaggards for the 连续N期靠后 column;
 * - 趋势 (src/ui/views/TrendView.tsx): compareUnits (the leading units), trendSeries of the granularity;
 * - 均衡 (src/ui/views/ImbalanceView.tsx): on a metric switch spreadTrend, persistentLaggards and the
 *   narrative for the focus metric; on a period switch also the overview of every metric and the
 *   percentile heatmap (20 metrics' roll-up, sort and spread statistics).
 * Every switch goes to a metric or period not shown before in that view (nothing cached for it), on
 * its own copy of the dataset per view, after a collection, so one view's caches do not help another.
 */
import type { Dataset } from '../src/data/dataset';
import type { TargetModule } from './load-targets';
import { gc, median } from './measure';

export interface ViewSwitch {
  readonly view: 'compare' | 'league' | 'trend' | 'imbalance';
  readonly kind: 'metric' | 'period';
  readonly medianMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

type Compute = (ds: Dataset, metric: string, period: string) => void;

const LAGGING_RUN = 3;

function views(mod: TargetModule): Record<ViewSwitch['view'], Compute> {
  return {
    compare: (ds, metric, period) => {
      mod.compareUnits(ds, { metric, period });
    },
    league: (ds, metric, period) => {
      mod.buildLeagueTable(ds, { metric, period });
      mod.persistentLaggards(ds, metric, 'Q', LAGGING_RUN, { upTo: period });
    },
    trend: (ds, metric, period) => {
      const leading = mod.compareUnits(ds, { metric, period }).items.slice(0, 3).map((it) => it.unit);
      mod.trendSeries(ds, { metric, granularity: 'Q', units: leading });
    },
    imbalance: (ds, metric, period) => {
      const rows = mod.imbalanceOverview(ds, period, {});
      mod.percentileMatrix(ds, period, rows.filter((r) => r.ranked).map((r) => r.metric.id), {});
      mod.spreadTrend(ds, metric, 'Q', { upTo: period });
      mod.persistentLaggards(ds, metric, 'Q', 3, { upTo: period });
      mod.buildNarrative(ds, period, 'zh', { focusMetric: metric });
    },
  };
}

/** Metric and period switches per view, `rounds` fresh datasets each (medians over all switches). */
export function benchViewSwitches(mod: TargetModule, base: Dataset, rounds = 2): ViewSwitch[] {
  const quarters = mod.availablePeriods(base, 'Q');
  const latest = quarters.at(-1)!;
  const metrics = base.metrics.map((d) => d.id).filter((m) => m !== 'reemployed' && m !== 'residents' && m !== 'households');
  const earlier = quarters.slice(0, -1).reverse().slice(0, 7);
  const out: ViewSwitch[] = [];
  for (const [view, compute] of Object.entries(views(mod)) as [ViewSwitch['view'], Compute][]) {
    const byMetric: number[] = [];
    const byPeriod: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const ds: Dataset = { ...base };
      mod.prepareDatasetStep(ds);
      compute(ds, 'reemployed', latest); // the view as first opened
      for (const metric of metrics.slice(0, 8)) {
        gc();
        const t0 = performance.now();
        compute(ds, metric, latest);
        byMetric.push(performance.now() - t0);
      }
      for (const period of earlier) {
        gc();
        const t0 = performance.now();
        compute(ds, 'reemployed', period);
        byPeriod.push(performance.now() - t0);
      }
    }
    out.push({ view, kind: 'metric', medianMs: median(byMetric), maxMs: Math.max(...byMetric), runs: byMetric.length });
    out.push({ view, kind: 'period', medianMs: median(byPeriod), maxMs: Math.max(...byPeriod), runs: byPeriod.length });
  }
  return out;
}
