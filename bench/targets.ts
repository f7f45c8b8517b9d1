/**
 * The project functions the bench measures, in one entry point so `load-targets.ts` can bundle
 * them the way a production build does (no tsx/esbuild keepNames wrappers in hot loops).
 */
export { createImportSession, feedFile, importFiles } from '../src/data/pipeline/import-files';
export { periodValues } from '../src/analysis/period-values';
export { metricColumns } from '../src/analysis/metric-index';
export { createAnalysis } from '../src/analysis/model/analysis';
export { packCube } from '../src/analysis/model/cube';
export { rollUpCube } from '../src/analysis/model/roll-up-cube';
export { buildLeagueTable } from '../src/analysis/league-table';
export { imbalanceForMetric } from '../src/analysis/imbalance';
export { rankValues } from '../src/analysis/rank-values';
export { FILE_LIMITS } from '../src/data/decode/file-limits';
export { compareUnits } from '../src/analysis/compare-units';
export { persistentLaggards } from '../src/analysis/persistent-laggards';
export { spreadTrend } from '../src/analysis/spread-trend';
export { imbalanceOverview } from '../src/analysis/imbalance';
export { percentileMatrix } from '../src/analysis/heatmap';
export { buildNarrative } from '../src/analysis/narrative';
export { trendSeries } from '../src/analysis/trend-series';
export { availablePeriods } from '../src/analysis/available-periods';
export { leadingUnits } from '../src/analysis/compare-units';
export { PERSISTENT_RUN } from '../src/analysis/persistent-laggards';
export { commitImport, loadDataset, loadDatasetWithCube, closeStore } from '../src/storage/dataset-store';
