/**
 * One spec of every chart kind and table the views export, built from the committed sample
 * (data/sample-jinnan-long.csv, 154 communities in 15 streets) by the same pure builders the
 * views call. Used by the slide-claims and golden tests and by `npm run check:exports`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareUnits } from '../src/analysis/compare-units';
import { createAnalysis } from '../src/analysis/model/analysis';
import { buildLeagueTable } from '../src/analysis/league-table';
import { percentileMatrix } from '../src/analysis/heatmap';
import { spreadTrend } from '../src/analysis/spread-trend';
import { trendSeries } from '../src/analysis/trend-series';
import type { ChartSpec, TableSpec } from '../src/charts/chart-spec';
import { buildCompareBarsSpec } from '../src/charts/compare-bars-spec';
import type { CompareSpecContext } from '../src/charts/compare-chart-spec';
import { buildDistributionSpec } from '../src/charts/distribution-spec';
import { buildHeatmapTableSpec, buildSpreadTrendSpec } from '../src/charts/imbalance-specs';
import { buildLeagueTableSpec } from '../src/charts/league-table-spec';
import { buildScatterSpec } from '../src/charts/scatter-spec';
import { buildSmallMultiples } from '../src/charts/small-multiples-spec';
import { buildTrendChartSpec } from '../src/charts/trend-chart-spec';
import type { Dataset } from '../src/data/dataset/dataset';
import { formatPeriodLabel } from '../src/data/vocabulary/format-period-label';
import { importFiles } from '../src/data/pipeline/import-files';
import { canonicalMetric, type MetricDef } from '../src/data/vocabulary/metric-catalog';
import { parsePeriodKey } from '../src/data/vocabulary/period';
import { leagueRuns } from '../src/ui/views/league/league-view-model';
import { scatterData } from '../src/ui/views/scatter/scatter-data';

/** The sample dataset through the real import pipeline. */
export function loadSample(): Dataset {
  // Under vitest's jsdom environment the module URL is not a file: URL; tests run from the root.
  const url = new URL('../data/sample-jinnan-long.csv', import.meta.url);
  const bytes = readFileSync(url.protocol === 'file:' ? fileURLToPath(url.href) : join(process.cwd(), 'data/sample-jinnan-long.csv'));
  const r = importFiles([{ name: 'sample-jinnan-long.csv', bytes: new Uint8Array(bytes) }], { isSample: true, id: 'sample', createdAt: '2024-07-05T00:00:00Z' });
  if (r.dataset === null) throw new Error('sample import blocked');
  return r.dataset;
}

const metric = (id: string): MetricDef => {
  const m = canonicalMetric(id);
  if (m === undefined) throw new Error(`unknown metric ${id}`);
  return m;
};

export interface SampleSpecs {
  readonly compare: ChartSpec;
  readonly twoPeriods: ChartSpec;
  readonly streets: ChartSpec;
  readonly distribution: ChartSpec;
  readonly trend: ChartSpec;
  readonly scatter: ChartSpec;
  readonly spreadTrend: ChartSpec;
  readonly league: TableSpec;
  readonly heatmap: TableSpec;
}

/** Every export spec of the sample for period 2024-Q2 (compared with 2024-Q1), in Chinese. */
export function sampleSpecs(ds: Dataset = loadSample()): SampleSpecs {
  const model = createAnalysis(ds);
  const period = '2024-Q2';
  const m = metric('reemployed');
  const source = '示例数据（合成数据，非真实统计）';
  const ctx: CompareSpecContext & { direction: MetricDef['direction'] } = {
    metric: m, periodLabel: formatPeriodLabel(period, 'zh'), parent: '', per: 'none', source, direction: m.direction,
  };
  const result = compareUnits(model, { metric: m.id, period, per: 'none' });
  const prev = compareUnits(model, { metric: m.id, period: '2024-Q1', per: 'none' });
  const other = { label: formatPeriodLabel('2024-Q1', 'zh'), values: new Map(prev.items.map((it) => [it.unit, { value: it.value, qualifier: it.qualifier }])) };
  const units = result.items.slice(0, 3).map((it) => it.unit);
  const trend = trendSeries(model, { metric: m.id, granularity: 'Q', units, per: 'none' });
  const x = metric('unemployed');
  const sd = scatterData(model, { x, y: m, period, parent: '', per: 'none' });
  const st = spreadTrend(model, m.id, 'Q', { upTo: period, per: 'none' });
  const league = buildLeagueTable(model, { metric: m.id, period, per: 'none' });
  // The 持续靠后 runs, as the 排行 view passes them (leagueViewModel).
  const runs = leagueRuns(model, m.id, period, { per: 'none' });
  const lagging = { runs: league.rows.map((r) => runs.get(r.unit) ?? null), granularity: parsePeriodKey(period)?.granularity };
  const heatIds = ['reemployed', 'volunteers', 'cultural_events', 'people_visited'];
  const matrix = percentileMatrix(model, period, heatIds, { per: 'none' });
  const imb = { periodLabel: ctx.periodLabel, parent: '', per: 'none' as const, source };
  return {
    compare: buildCompareBarsSpec(result, ctx),
    twoPeriods: buildCompareBarsSpec(result, ctx, { other }),
    streets: buildSmallMultiples(result, ctx).combined,
    distribution: buildDistributionSpec(result.items.map((it) => it.value), ctx),
    trend: buildTrendChartSpec(trend, { metric: m, per: 'none', parent: '', source, periodLabel: (k) => formatPeriodLabel(k, 'zh'), granularityLabel: '季度' }),
    scatter: buildScatterSpec(sd.points, {
      x, y: m, per: 'none', xPer: sd.xPer, yPer: sd.yPer, periodLabel: ctx.periodLabel, parent: '', source,
      missingCount: sd.missingX.length + sd.missingY.length,
    }),
    spreadTrend: buildSpreadTrendSpec(st, { ...imb, metric: m, periodName: (k) => formatPeriodLabel(k, 'zh'), granularityLabel: '季度' }),
    league: buildLeagueTableSpec(league.rows, { metric: m, periodLabel: ctx.periodLabel, previousLabel: formatPeriodLabel(league.previous, 'zh'), parent: '', per: 'none', source }, lagging),
    heatmap: buildHeatmapTableSpec(matrix, ds.units, heatIds.map(metric), imb),
  };
}
