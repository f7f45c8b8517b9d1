/**
 * After 数据管理 renames or deletes a dataset, brings the screen in line with storage: a renamed
 * dataset on screen is shown under its new name; a deleted one is replaced by another saved dataset
 * (the newest, made current) or, when none is left, by the sample.
 */
import type { QueryClient } from '@tanstack/react-query';
import { listDatasets, setCurrentDatasetId } from '../../storage/dataset-store';
import { reopenSaved } from '../data-manager/reopen-client';
import type { StoreTarget } from '../../storage/connection';
import { datasetQueryKey, showDataset, shownDataset } from './dataset-query';

/** What happened to the dataset on screen. */
export type ReconcileOutcome = 'unchanged' | 'renamed' | 'switched' | 'reloaded';

export async function reconcileShownDataset(client: QueryClient, store?: StoreTarget): Promise<ReconcileOutcome> {
  const shown = shownDataset(client);
  if (!shown || shown.dataset.isSample) return 'unchanged';
  const metas = await listDatasets(store);
  const meta = metas.find((m) => m.id === shown.dataset.id);
  if (meta) {
    if (meta.name === shown.dataset.name) return 'unchanged';
    // Only the name changed: the same cube under it, so the analysis model (and all it holds) stays.
    await showDataset(client, { dataset: { ...shown.dataset, name: meta.name }, report: shown.report });
    return 'renamed';
  }
  const next = metas[0];
  if (next) {
    const result = await setCurrentDatasetId(next.id, store);
    const saved = result.ok ? await reopenSaved(next.id, store) : undefined;
    if (saved) {
      await showDataset(client, { ...saved, report: null });
      return 'switched';
    }
  }
  // Nothing saved is left: load the first dataset again (the sample), with the loading indicator.
  await client.resetQueries({ queryKey: datasetQueryKey, exact: true });
  return 'reloaded';
}
