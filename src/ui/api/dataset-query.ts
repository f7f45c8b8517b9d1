/**
 * The dataset shown in the app is a react-query query. Its first value is the synthetic sample
 * (fetched as a same-origin asset and imported in the worker); an import replaces it with
 * setQueryData. The storage helper can swap `loadInitialDataset` to restore a saved dataset first.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset';
import type { ImportReport } from '../../data/import-report';
import sampleUrl from '../../../data/sample-jinnan-long.csv?url';
import { runImport } from '../import/import-client';

/** The dataset on screen and the report of the import that produced it. */
export interface CurrentDataset {
  readonly dataset: Dataset;
  readonly report: ImportReport | null;
}

export const SAMPLE_FILE_NAME = 'sample-jinnan-long.csv';
export const SAMPLE_DATASET_NAME = '示例数据：津南区（合成）';

/** Fetches and imports the bundled sample. Throws (shown in the panel with 重试) if it cannot. */
export async function loadSampleDataset(): Promise<CurrentDataset> {
  const res = await fetch(sampleUrl);
  if (!res.ok) throw new Error(`示例数据载入失败（HTTP ${res.status}）`);
  const bytes = await res.arrayBuffer();
  const { dataset, report } = await runImport([{ name: SAMPLE_FILE_NAME, bytes }], {
    isSample: true,
    datasetName: SAMPLE_DATASET_NAME,
    id: 'sample',
  });
  if (!dataset) throw new Error(`示例数据无法导入：${report.issues[0]?.message ?? '未知原因'}`);
  return { dataset, report };
}

/** Where the first dataset comes from; replaceable (e.g. IndexedDB first, then the sample). */
let initialLoader: () => Promise<CurrentDataset> = loadSampleDataset;

/** Lets the storage layer restore a saved dataset before falling back to the sample. */
export function setInitialDatasetLoader(loader: () => Promise<CurrentDataset>): void {
  initialLoader = loader;
}

export const datasetQueryKey = ['dataset', 'current'] as const;

/** The current dataset query: loaded once, then only replaced by imports. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetQueryKey,
    queryFn: () => initialLoader(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Makes `dataset` the one shown everywhere. */
export function showDataset(client: QueryClient, value: CurrentDataset): void {
  client.setQueryData(datasetQueryKey, value);
}
