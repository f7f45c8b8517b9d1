/**
 * The dataset shown in the app is a react-query query. Its first value is the saved current
 * dataset from IndexedDB, else the synthetic sample (fetched as a same-origin asset and imported in
 * the worker); an import replaces it with setQueryData. With the dataset comes its analysis model
 * (createAnalysis), which the views compute from: made when the dataset is shown (nothing is
 * computed ahead), kept across a rename, disposed when another dataset replaces it.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset/dataset';
import type { ImportReport } from '../../data/report/import-report';
import sampleUrl from '../../../data/sample-jinnan-long.csv?url';
import type { PackedCube } from '../../analysis/model/cube';
import type { PackedRollUps } from '../../analysis/model/roll-ups';
import { createAnalysis, sameCube, type Analysis } from '../../analysis/model/analysis';
import { restoreSavedDataset } from '../data-manager/persist-import';

/** A dataset to show and the report of the import that produced it. */
export interface CurrentDataset {
  readonly dataset: Dataset;
  readonly report: ImportReport | null;
  /** The cube the import worker built (packCube): the new model starts with it. */
  readonly cube?: PackedCube;
  /**
   * The cube's rolled-up periods: at hand (reopened from IndexedDB) or still coming from the import
   * worker. A promise is pinned in the model when it resolves, with no new query value: the views'
   * results are the same numbers either way, so nothing re-renders.
   */
  readonly rollUps?: PackedRollUps | Promise<PackedRollUps | undefined>;
}

/** The dataset on screen, its import report and its analysis model. */
export interface ShownDataset extends CurrentDataset {
  readonly analysis: Analysis;
}

/**
 * The query's value: a class instance, which react-query's structural sharing keeps as it is (it
 * merges only plain objects and arrays), so the dataset shown is the very object its model analyses.
 */
class Shown implements ShownDataset {
  constructor(readonly dataset: Dataset, readonly report: ImportReport | null, readonly analysis: Analysis) {}
}

/** `value` with an analysis model: `previous`'s when it analyses the same cube (a rename), else a new one. */
export function withAnalysis(value: CurrentDataset, previous?: ShownDataset): ShownDataset {
  const keep = previous !== undefined && sameCube(previous.analysis, value.dataset);
  return new Shown(value.dataset, value.report, keep ? previous.analysis : startAnalysis(value));
}

/** A new model of `value`, with its cube; roll-ups still coming are pinned when they arrive (unless it was disposed meanwhile). */
function startAnalysis({ dataset, cube, rollUps }: CurrentDataset): Analysis {
  if (!cube) return createAnalysis(dataset);
  if (!(rollUps instanceof Promise)) return createAnalysis(dataset, rollUps ? { cube, rollUps } : { cube });
  const model = createAnalysis(dataset, { cube });
  rollUps.then((r) => { if (r) model.pinRollUps(r); }).catch((err: unknown) => {
    // The model rolls up on demand instead: slower switches, the same numbers.
    console.error('[汇总期间]', err);
  });
  return model;
}

export const SAMPLE_FILE_NAME = 'sample-jinnan-long.csv';
export const SAMPLE_DATASET_NAME = '示例数据：津南区（合成）';

/**
 * The bundled sample could not be loaded: `status` is the HTTP status (0 when it was fetched but
 * the import blocked it, with the first issue in both languages). The app words it from these
 * fields in the UI language; the message is for the console.
 */
export class SampleLoadError extends Error {
  constructor(readonly status: number, readonly issue?: { readonly message: string; readonly messageEn: string }) {
    super(status > 0 ? `sample HTTP ${status}` : `sample blocked: ${issue?.messageEn ?? 'unknown'}`);
    this.name = 'SampleLoadError';
  }
}

/** Fetches and imports the bundled sample. Throws (shown in the panel with 重试) if it cannot. */
export async function loadSampleDataset(): Promise<CurrentDataset> {
  const res = await fetch(sampleUrl);
  if (!res.ok) throw new SampleLoadError(res.status);
  const bytes = await res.arrayBuffer();
  // The import pipeline (papaparse and all) is its own chunk: a restored dataset never needs it.
  const { runImport } = await import('../import/import-client');
  const { dataset, report, cube, rollUps } = await runImport([{ name: SAMPLE_FILE_NAME, bytes }], {
    isSample: true,
    datasetName: SAMPLE_DATASET_NAME,
    id: 'sample',
  });
  if (!dataset) throw new SampleLoadError(0, report.issues[0]);
  return cube ? { dataset, report, cube, ...(rollUps ? { rollUps } : {}) } : { dataset, report };
}

/** The saved current dataset (no report: it was shown when it was imported) with its stored cube, else the sample. */
export async function loadSavedOrSample(): Promise<CurrentDataset> {
  const saved = await restoreSavedDataset();
  return saved ? { ...saved, report: null } : loadSampleDataset();
}

/** Where the first dataset comes from; replaceable (tests). */
let initialLoader: () => Promise<CurrentDataset> = loadSavedOrSample;

/** Replaces how the first dataset is loaded. */
export function setInitialDatasetLoader(loader: () => Promise<CurrentDataset>): void {
  initialLoader = loader;
}

export const datasetQueryKey = ['dataset', 'current'] as const;

/** The current dataset query: loaded once, then replaced by imports (or reloaded after a delete). */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetQueryKey,
    // The query's abort signal is left unread: reading it would let react-query abort the load
    // whenever its last observer unmounts for a moment, and then not start it again.
    queryFn: async (): Promise<ShownDataset> => withAnalysis(await initialLoader()),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/**
 * Makes `value` the dataset shown everywhere. Its analysis model is made here (cheap: it computes
 * when a view asks), or kept when `value` is the shown cube under another name; the replaced
 * model is disposed. Resolves false when the query was reset meanwhile.
 */
export async function showDataset(client: QueryClient, value: CurrentDataset): Promise<boolean> {
  // A first load still in flight (the sample takes seconds) would otherwise land after this and
  // replace what the user just imported. Awaiting the cancel lets its revert run first.
  await client.cancelQueries({ queryKey: datasetQueryKey, exact: true });
  const previous = shownDataset(client);
  const next = withAnalysis(value, previous);
  client.setQueryData(datasetQueryKey, next);
  if (previous && previous.analysis !== next.analysis) previous.analysis.dispose();
  return true;
}

/** The dataset on screen, if loaded. */
export function shownDataset(client: QueryClient): ShownDataset | undefined {
  return client.getQueryData<ShownDataset>(datasetQueryKey);
}
