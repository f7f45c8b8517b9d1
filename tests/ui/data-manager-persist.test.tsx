import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistImport, restoreSavedDataset } from '../../src/ui/data-manager/persist-import';
import { closeStore } from '../../src/storage/dataset-store';
import { bytesOf, failPutsWithQuota, freshTarget, makeDataset, makeReport } from '../storage/store-fixtures';

const opened: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const name of opened.splice(0)) await closeStore(name);
});

function store() {
  const t = freshTarget();
  opened.push(t.name);
  return t;
}

describe('persistImport and restoreSavedDataset', () => {
  it('saves, asks for persistence only after the first dataset, and restores the current one', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    const t = store();
    expect(await restoreSavedDataset(t)).toBeNull();

    const first = await persistImport({
      dataset: makeDataset('A'), report: makeReport(['a.csv']), files: [{ name: 'a.csv', bytes: bytesOf('a') }],
    }, { store: t });
    expect(first).toMatchObject({ ok: true, persistence: 'persisted' });
    const second = await persistImport({ dataset: makeDataset('B'), report: makeReport([]), files: [] }, { store: t });
    expect(second.ok).toBe(true);
    expect(second.persistence).toBeUndefined();
    expect(persist).toHaveBeenCalledTimes(1);

    expect((await restoreSavedDataset(t))?.dataset.id).toBe('B');
  });

  it('returns the Chinese failure and does not ask for persistence when the commit fails', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    failPutsWithQuota('payloads');
    const result = await persistImport({ dataset: makeDataset('A'), report: makeReport([]), files: [] }, { store: store() });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(persist).not.toHaveBeenCalled();
  });

  it('never saves the synthetic sample', async () => {
    const sample = { ...makeDataset('sample'), isSample: true };
    await expect(persistImport({ dataset: sample, report: makeReport([]), files: [] }, { store: store() })).rejects.toThrow(/sample/);
  });
});
