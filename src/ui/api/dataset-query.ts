/**
 * The dataset shown in the app is a react-query query. Its first value is the saved current
 * dataset from IndexedDB, else the synthetic sample (fetched as a same-origin asset and imported in
 * the worker); an import replaces it with setQueryData.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset/dataset';
import type { ImportReport } from '../../data/report/import-report';
import sampleUrl from '../../../data/sample-jinnan-long.csv?url';
import { restoreSavedDataset } from '../data-manager/persist-import';
import { prepareForShowing } from './prepare-for-showing';

/** The dataset on screen and the report of the import that produced it. */
export interface CurrentDataset {
  readonly dataset: Dataset;
  readonly report: ImportReport | null;
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
  const { dataset, report } = await runImport([{ name: SAMPLE_FILE_NAME, bytes }], {
    isSample: true,
    datasetName: SAMPLE_DATASET_NAME,
    id: 'sample',
  });
  if (!dataset) throw new SampleLoadError(0, report.issues[0]);
  return { dataset, report };
}

/** The saved current dataset (no report: it was shown when it was imported), else the sample. */
export async function loadSavedOrSample(): Promise<CurrentDataset> {
  const saved = await restoreSavedDataset();
  return saved ? { dataset: saved, report: null } : loadSampleDataset();
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
    // Shown prepared, like every dataset (showDataset): the first switch finds its answer ready.
    // The query's abort signal is left unread: reading it would let react-query abort the load
    // whenever its last observer unmounts for a moment, and then not start it again.
    queryFn: async () => {
      const value = await initialLoader();
      await prepareForShowing(value.dataset);
      return value;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // The dataset object itself, never a structurally shared copy: the analysis caches (and the
    // preparation done before showing it) are keyed by its identity, and a copy would miss them all.
    structuralSharing: false,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** The preparation of the latest showDataset call; a later call aborts it. */
let showing: AbortController | undefined;

/**
 * Makes `dataset` the one shown everywhere, once it is prepared for fast switching (about 1.5 s
 * for a whole city, in short slices; what is on screen stays until then). Resolves false, showing
 * nothing, when a later call took over meanwhile (another dataset chosen while this one prepared).
 */
export async function showDataset(
  client: QueryClient, value: CurrentDataset, onProgress?: (share: number) => void,
): Promise<boolean> {
  showing?.abort();
  const mine = new AbortController();
  showing = mine;
  // A first load still in flight (the sample takes seconds) would otherwise land after this and
  // replace what the user just imported. Awaiting the cancel lets its revert run first.
  await client.cancelQueries({ queryKey: datasetQueryKey, exact: true });
  const prepared = await prepareForShowing(value.dataset, { signal: mine.signal, onProgress });
  if (!prepared || mine.signal.aborted) return false;
  client.setQueryData(datasetQueryKey, value);
  return true;
}

/** The dataset on screen, if loaded. */
export function shownDataset(client: QueryClient): CurrentDataset | undefined {
  return client.getQueryData<CurrentDataset>(datasetQueryKey);
}
