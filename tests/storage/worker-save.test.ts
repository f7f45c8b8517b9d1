/**
 * The import worker's save (src/ui/import/worker-save.ts): the same all-or-nothing commit as a save
 * from the page, with files that came as Blobs stored as Blobs (hashed one at a time) and files in
 * memory stored as bytes. Runs on fake-indexeddb, whose structured clone keeps Node's Blobs.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listDatasets, loadDataset, loadRawFiles, rawFileBytes } from '../../src/storage/dataset-store';
import { sha256Hex } from '../../src/storage/sha256';
import { saveInWorker } from '../../src/ui/import/worker-save';
import { bytesOf, failPutsWithQuota, storeTargets, makeDataset, makeReport, snapshot } from './store-fixtures';

const { target, closeAll } = storeTargets();
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

describe('saveInWorker', () => {
  it('stores Blob files as Blobs with their SHA-256, and the dataset', async () => {
    const t = target();
    const text = '区划代码,社区,期间,指标,数值\n1,甲社区,2024-01,再就业人数,3\n';
    const blob = new Blob([text]);
    const result = await saveInWorker({ dataset: makeDataset('A'), report: makeReport(['a.csv']), files: [], blobs: [{ name: 'a.csv', blob }] }, t);
    expect(result.ok).toBe(true);
    const [raw] = await loadRawFiles('A', t);
    expect(raw!.bytes).toBeInstanceOf(Blob);
    expect(new TextDecoder().decode(await rawFileBytes(raw!))).toBe(text);
    expect(raw!.sha256).toBe(await sha256Hex(bytesOf(text)));
    expect((await listDatasets(t))[0]!.files[0]!.sha256).toBe(raw!.sha256);
    expect((await loadDataset('A', t))!.obs.value.length).toBe(makeDataset('A').obs.value.length);
  });

  it('stores files sent in memory as bytes, and replaces a saved dataset atomically', async () => {
    const t = target();
    await saveInWorker({ dataset: makeDataset('A'), report: makeReport(['a.csv']), files: [{ name: 'a.csv', bytes: bytesOf('old').buffer as ArrayBuffer }] }, t);
    const result = await saveInWorker({
      dataset: makeDataset('A', '数据集A', ['a.csv'], 3), report: makeReport(['a.csv']),
      files: [{ name: 'a.csv', bytes: bytesOf('new').buffer as ArrayBuffer }], replaceId: 'A',
    }, t);
    expect(result.ok).toBe(true);
    const raws = await loadRawFiles('A', t);
    expect(raws.map((r) => r.bytes instanceof ArrayBuffer)).toEqual([true]);
    expect(new TextDecoder().decode(await rawFileBytes(raws[0]!))).toBe('new');
    expect((await loadDataset('A', t))!.obs.value[0]).toBe(30);
  });

  it('keeps both originals of a resent file: the new one under the name the import gave it (三月（第2次导入）.csv)', async () => {
    const t = target();
    await saveInWorker({ dataset: makeDataset('A', '数据集A', ['三月.csv']), report: makeReport(['三月.csv']), files: [], blobs: [{ name: '三月.csv', blob: new Blob(['old']) }] }, t);
    const result = await saveInWorker({
      dataset: makeDataset('A', '数据集A', ['三月.csv', '三月（第2次导入）.csv']), report: makeReport(['三月（第2次导入）.csv']),
      files: [], blobs: [{ name: '三月.csv', blob: new Blob(['fixed']) }], replaceId: 'A',
    }, t);
    expect(result.ok).toBe(true);
    const raws = await loadRawFiles('A', t);
    const texts = await Promise.all(raws.map(async (r) => `${r.name}:${new TextDecoder().decode(await rawFileBytes(r))}`));
    expect(texts.sort()).toEqual(['三月.csv:old', '三月（第2次导入）.csv:fixed']);
    expect((await listDatasets(t))[0]!.files.map((f) => f.sha256 !== '')).toEqual([true, true]);
  });

  it('returns the failure and changes nothing when the store is full', async () => {
    const t = target();
    await saveInWorker({ dataset: makeDataset('A'), report: makeReport(['a.csv']), files: [], blobs: [{ name: 'a.csv', blob: new Blob(['a']) }] }, t);
    const before = await snapshot(t);
    failPutsWithQuota('payloads');
    const result = await saveInWorker({ dataset: makeDataset('B'), report: makeReport(['b.csv']), files: [], blobs: [{ name: 'b.csv', blob: new Blob(['b']) }] }, t);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await snapshot(t)).toEqual(before);
  });
});
