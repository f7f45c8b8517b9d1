/**
 * After 数据管理 renames or deletes: the dataset on screen follows storage (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStore, commitImport, deleteDataset, getCurrentDatasetId, renameDataset } from '../../src/storage/dataset-store';
import { datasetQueryKey, datasetQueryOptions, loadSavedOrSample, setInitialDatasetLoader, shownDataset, withAnalysis } from '../../src/ui/api/dataset-query';
import { reconcileShownDataset } from '../../src/ui/api/reconcile-shown-dataset';
import { freshTarget, makeDataset, makeReport } from '../storage/store-fixtures';

const opened: string[] = [];
afterEach(async () => {
  setInitialDatasetLoader(loadSavedOrSample);
  for (const name of opened.splice(0)) await closeStore(name);
});

async function setup(ids: readonly string[]) {
  const store = freshTarget();
  opened.push(store.name);
  for (const id of ids) {
    const r = await commitImport({ dataset: makeDataset(id), report: makeReport(['a.csv']), rawFiles: [] }, store);
    expect(r.ok).toBe(true);
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { store, client };
}

function show(client: QueryClient, id: string, name = `数据集${id}`) {
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: { ...makeDataset(id), name }, report: null }));
}

describe('reconcileShownDataset', () => {
  it('leaves the screen alone when the shown dataset is unchanged in storage', async () => {
    const { store, client } = await setup(['A']);
    show(client, 'A');
    expect(await reconcileShownDataset(client, store)).toBe('unchanged');
  });

  it('shows the new name after the dataset on screen was renamed, keeping its analysis model and all it holds', async () => {
    const { store, client } = await setup(['A']);
    show(client, 'A');
    const before = shownDataset(client)!.analysis;
    before.memo('something-computed', () => new Float64Array(8));
    expect((await renameDataset('A', '三月新名', store)).ok).toBe(true);
    expect(await reconcileShownDataset(client, store)).toBe('renamed');
    expect(shownDataset(client)?.dataset.name).toBe('三月新名');
    expect(shownDataset(client)?.analysis).toBe(before);
    expect(before.usage().entries).toBe(1);
  });

  it('disposes the replaced model when another dataset is shown', async () => {
    const { store, client } = await setup(['A', 'B']);
    show(client, 'B');
    const before = shownDataset(client)!.analysis;
    before.memo('something-computed', () => new Float64Array(8));
    expect((await deleteDataset('B', store)).ok).toBe(true);
    expect(await reconcileShownDataset(client, store)).toBe('switched');
    expect(shownDataset(client)?.analysis).not.toBe(before);
    expect(before.usage().entries).toBe(0);
  });

  it('falls back to another saved dataset (made current) when the one on screen is deleted', async () => {
    const { store, client } = await setup(['A', 'B']);
    show(client, 'B');
    expect((await deleteDataset('B', store)).ok).toBe(true);
    expect(await reconcileShownDataset(client, store)).toBe('switched');
    expect(shownDataset(client)?.dataset.id).toBe('A');
    expect(await getCurrentDatasetId(store)).toBe('A');
  });

  it('reloads the first dataset (the sample, no saved one left) when the last saved dataset is deleted', async () => {
    const { store, client } = await setup(['A']);
    const sample = { ...makeDataset('sample'), isSample: true };
    setInitialDatasetLoader(async () => ({ dataset: sample, report: null }));
    show(client, 'A');
    expect((await deleteDataset('A', store)).ok).toBe(true);
    expect(await reconcileShownDataset(client, store)).toBe('reloaded');
    // The deleted dataset is gone from the screen; the query loads the first dataset again.
    expect(shownDataset(client)).toBeUndefined();
    expect((await client.fetchQuery(datasetQueryOptions())).dataset.isSample).toBe(true);
  });
});
