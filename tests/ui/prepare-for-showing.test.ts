/**
 * Every dataset is prepared for fast switching before it is shown (src/ui/api/prepare-for-showing.ts):
 * showDataset and the first load set the query only once the preparation is complete, in slices
 * that yield to the event loop, and a later showDataset takes over from one still preparing.
 */
import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { metricIndexReady } from '../../src/analysis/metric-index';
import { preparationProgress, preparedShare, prepareDatasetStep } from '../../src/analysis/prepare-dataset';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import {
  datasetQueryKey, datasetQueryOptions, loadSavedOrSample, setInitialDatasetLoader, showDataset, shownDataset, type CurrentDataset,
} from '../../src/ui/api/dataset-query';
import { prepareForShowing } from '../../src/ui/api/prepare-for-showing';

const BYTES = new Uint8Array(readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url)));

/** A fresh, unprepared copy of the sample (154 communities × 24 months × 24 metrics: 88,000 observations). */
function sample(id: string): Dataset {
  const { dataset } = importFiles([{ name: 'sample-jinnan-long.csv', bytes: BYTES }], { id, createdAt: '2025-01-01T00:00:00.000Z' });
  if (!dataset) throw new Error('the sample did not import');
  return dataset;
}

/** Records, at every change of the shown dataset, its id and how far it was prepared then. */
function watch(client: QueryClient): { id: string; share: number; indexed: boolean }[] {
  const seen: { id: string; share: number; indexed: boolean }[] = [];
  client.getQueryCache().subscribe((e) => {
    if (e.type !== 'updated' || e.action.type !== 'success') return;
    const value = e.query.state.data as CurrentDataset | undefined;
    if (value) seen.push({ id: value.dataset.id, share: preparedShare(value.dataset), indexed: metricIndexReady(value.dataset) });
  });
  return seen;
}

afterEach(() => setInitialDatasetLoader(loadSavedOrSample));

describe('prepareForShowing', () => {
  it('prepares in several slices, reporting a rising share that ends at 1', async () => {
    const ds = sample('slices');
    const shares: number[] = [];
    let turns = 0;
    // Counts the event-loop turns the preparation gives up while it runs.
    const ticker = setInterval(() => turns++, 0);
    expect(await prepareForShowing(ds, { onProgress: (s) => shares.push(s) })).toBe(true);
    clearInterval(ticker);
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.at(-1)).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!);
    expect(turns).toBeGreaterThan(0);
    expect(preparedShare(ds)).toBe(1);
    expect(preparationProgress(ds)).toBe(1);
    // Nothing is left to do: one more step is complete at once.
    expect(prepareDatasetStep(ds, 0)).toBe(true);
  });

  it('stops between slices when aborted, and a later call finishes from where it stopped', async () => {
    const ds = sample('abort');
    const stop = new AbortController();
    let slices = 0;
    const done = await prepareForShowing(ds, { signal: stop.signal, onProgress: () => { if (++slices === 2) stop.abort(); } });
    expect(done).toBe(false);
    expect(slices).toBe(2);
    const halfway = preparationProgress(ds);
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(1);
    const rest: number[] = [];
    expect(await prepareForShowing(ds, { onProgress: (s) => rest.push(s) })).toBe(true);
    expect(rest[0]!).toBeGreaterThanOrEqual(halfway);
  });
});

describe('showDataset', () => {
  it('shows a dataset only once it is fully prepared', async () => {
    const client = new QueryClient();
    const seen = watch(client);
    const shares: number[] = [];
    expect(await showDataset(client, { dataset: sample('A'), report: null }, (s) => shares.push(s))).toBe(true);
    expect(seen).toEqual([{ id: 'A', share: 1, indexed: true }]);
    expect(shares.at(-1)).toBe(1);
  });

  it('shows the very object it prepared, also when it replaces another (the caches are keyed by it)', async () => {
    const client = new QueryClient();
    client.setQueryDefaults(datasetQueryKey, { structuralSharing: datasetQueryOptions().structuralSharing });
    const a = sample('A');
    const b = sample('B');
    expect(await showDataset(client, { dataset: a, report: null })).toBe(true);
    expect(await showDataset(client, { dataset: b, report: null })).toBe(true);
    expect(shownDataset(client)?.dataset).toBe(b);
    expect(preparedShare(shownDataset(client)!.dataset)).toBe(1);
  });

  it('gives way to a later call: the dataset chosen last is shown, the earlier one never', async () => {
    const client = new QueryClient();
    const seen = watch(client);
    const first = showDataset(client, { dataset: sample('A'), report: null });
    // Chosen while A is still preparing.
    await new Promise((r) => setTimeout(r, 0));
    const second = showDataset(client, { dataset: sample('B'), report: null });
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(seen.map((s) => s.id)).toEqual(['B']);
    expect(shownDataset(client)?.dataset.id).toBe('B');
  });

  it('the first load also resolves with the dataset prepared', async () => {
    const ds = sample('first');
    setInitialDatasetLoader(async () => ({ dataset: ds, report: null }));
    const client = new QueryClient();
    const value = await client.fetchQuery(datasetQueryOptions());
    expect(value.dataset).toBe(ds);
    expect(preparedShare(ds)).toBe(1);
    expect(client.getQueryData<CurrentDataset>(datasetQueryKey)?.dataset).toBe(ds);
  });
});
