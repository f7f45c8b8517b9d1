import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import {
  closeStore, commitImport, deleteDataset, getCurrentDatasetId, listDatasets, listImportLog,
  loadDataset, loadRawFiles, onStoreEvent, openStore, rawFileBytes, renameDataset, setCurrentDatasetId,
  type CommitStage,
} from '../../src/storage/dataset-store';
import { subscribeDatasetChanges, type DatasetChange } from '../../src/storage/change-channel';
import { DB_VERSION } from '../../src/storage/schema';
import { reportOfLogEntry } from '../../src/storage/dataset-meta';
import type { Dataset } from '../../src/data/dataset/dataset';
import { bytesOf, failPutsWithQuota, storeTargets, makeDataset, makeReport, snapshot } from './store-fixtures';

const { target, closeAll } = storeTargets();

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

/** Commits dataset `id` with its files' bytes; fails the test when the commit fails. */
async function commit(t: { name: string }, ds: Dataset, files: Record<string, string> = { 'a.csv': 'x' }, replaceId?: string) {
  const result = await commitImport({
    dataset: ds,
    rawFiles: Object.entries(files).map(([name, text]) => ({ name, bytes: bytesOf(text) })),
    report: makeReport(Object.keys(files)),
    replaceId,
  }, t);
  if (!result.ok) throw new Error(`commit failed: ${result.reason} ${result.detail}`);
  return result.meta;
}

describe('commitImport then reload', () => {
  it('finds the dataset in a new connection with identical columns, files, log and current id', async () => {
    const t = target();
    const ds = makeDataset('A');
    await commit(t, ds, { 'a.csv': 'abc' });
    await closeStore(t.name); // a reload: the next call opens a new connection

    const [meta, ...rest] = await listDatasets(t);
    expect(rest).toEqual([]);
    expect(meta).toMatchObject({
      id: 'A', name: '数据集A', createdAt: '2024-03-01T08:00:00.000Z',
      unitCount: 2, parentCount: 2, periodCount: 2, metricCount: 2, observationCount: 8,
      firstPeriod: '2024-01', lastPeriod: '2024-02', isSample: false,
      files: [{
        name: 'a.csv', encoding: 'gb18030', bytes: 100,
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      }],
    });

    const loaded = await loadDataset('A', t);
    expect(loaded).toBeDefined();
    for (const col of ['unit', 'period', 'metric', 'value', 'qualifier', 'file', 'line'] as const) {
      expect(loaded!.obs[col].constructor).toBe(ds.obs[col].constructor);
      expect(Array.from(loaded!.obs[col])).toEqual(Array.from(ds.obs[col]));
    }
    expect(Number.isNaN(loaded!.obs.value[5])).toBe(true);
    expect(loaded!.rawIndex).toEqual(ds.rawIndex);
    expect(loaded!.rawText).toEqual(['30余', '—']);
    expect(loaded!.units).toEqual(ds.units);
    expect(loaded!.metrics).toEqual(ds.metrics);
    expect(loaded!.periods).toEqual(['2024-01', '2024-02']);
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded!.units[0])).toBe(true);

    expect(await getCurrentDatasetId(t)).toBe('A');
    const [raw] = await loadRawFiles('A', t);
    expect(new TextDecoder().decode(await rawFileBytes(raw!))).toBe('abc');
    const [log] = await listImportLog('A', t);
    expect(log).toMatchObject({ datasetId: 'A', files: ['a.csv'], observations: 8, errorCount: 0, warningCount: 1 });
  });

  it('the import log keeps how many observations had a number, and an entry saved before that says none', async () => {
    const t = target();
    const result = await commitImport({ dataset: makeDataset('A'), rawFiles: [], report: { ...makeReport(['a.csv']), values: 7 } }, t);
    expect(result.ok).toBe(true);
    const [log] = await listImportLog('A', t);
    expect(log).toMatchObject({ observations: 8, values: 7 });
    expect(reportOfLogEntry(log!)).toMatchObject({ observations: 8, values: 7 });
    const older = { ...log!, values: undefined };
    expect(reportOfLogEntry(older).values).toBeUndefined();
  });

  it('the import log keeps what an import added onto saved data and corrected, so the reopened report still says 新增/更正', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'x' });
    const result = await commitImport({
      dataset: makeDataset('A', '数据集A', ['a.csv', 'b.csv']), rawFiles: [], replaceId: 'A',
      report: { ...makeReport(['b.csv']), values: 7, added: 0, corrected: 2 },
    }, t);
    expect(result.ok).toBe(true);
    const log = (await listImportLog('A', t)).find((l) => l.files[0] === 'b.csv')!;
    expect(reportOfLogEntry(log)).toMatchObject({ values: 7, added: 0, corrected: 2 });
    const first = (await listImportLog('A', t)).find((l) => l.files[0] === 'a.csv')!;
    expect(reportOfLogEntry(first).added).toBeUndefined();
  });

  it('refuses a report that is blocked (programmer error)', async () => {
    const ds = makeDataset('A');
    await expect(commitImport({ dataset: ds, rawFiles: [], report: { ...makeReport([]), status: 'blocked' } }, target()))
      .rejects.toThrow(/blocked/);
  });
});

describe('a failed commit leaves the previous dataset and current id untouched', () => {
  type Failure = { name: string; expected: string; run: (t: { name: string }) => ReturnType<typeof commitImport> };
  const newImport = (ds: Dataset = makeDataset('B')) => ({
    dataset: ds, rawFiles: [{ name: 'b.csv', bytes: bytesOf('bbb') }], report: makeReport(['b.csv']),
  });
  const abortAt = (stage: CommitStage) => (t: { name: string }) => {
    const ac = new AbortController();
    return commitImport(newImport(), { ...t, signal: ac.signal, onStage: (s) => { if (s === stage) ac.abort(); } });
  };
  const cases: Failure[] = [
    {
      name: 'quota exceeded on the original files', expected: 'quota',
      run: (t) => { failPutsWithQuota('rawFiles'); return commitImport(newImport(), t); },
    },
    {
      name: 'quota exceeded on the payload', expected: 'quota',
      run: (t) => { failPutsWithQuota('payloads'); return commitImport(newImport(), t); },
    },
    {
      name: 'a put that throws (value cannot be cloned)', expected: 'unknown',
      run: (t) => commitImport(newImport({ ...makeDataset('B'), bad: () => 1 } as unknown as Dataset), t),
    },
    {
      name: 'the same id committed twice without replaceId', expected: 'unknown',
      run: (t) => commitImport(newImport(makeDataset('A')), t),
    },
    {
      name: 'replaceId of a dataset that is gone', expected: 'not-found',
      run: (t) => commitImport({ ...newImport(), replaceId: 'nope' }, t),
    },
    { name: 'cancelled while hashing', expected: 'aborted', run: abortAt('hashing') },
    { name: 'cancelled when the transaction opened', expected: 'aborted', run: abortAt('writing') },
    { name: 'cancelled with every write queued', expected: 'aborted', run: abortAt('committing') },
    {
      name: 'cancelled before the call', expected: 'aborted',
      run: (t) => commitImport(newImport(), { ...t, signal: AbortSignal.abort() }),
    },
  ];

  it.each(cases)('$name → $expected', async ({ run, expected }) => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    const before = await snapshot(t);

    const result = await run(t);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(expected);
    expect(result.message).toMatch(/原有数据未受影响|请刷新列表/);
    expect(await snapshot(t)).toEqual(before);
    expect(await loadDataset('B', t)).toBeUndefined();
    expect(await loadRawFiles('B', t)).toEqual([]);
    expect((await loadDataset('A', t))?.obs.value).toEqual(makeDataset('A').obs.value);
  });

  it('says what to do when the quota is exceeded', async () => {
    const t = target();
    failPutsWithQuota('payloads');
    const result = await commitImport(newImport(), t);
    expect(result).toMatchObject({
      ok: false, reason: 'quota',
      message: '浏览器存储空间不足，导入未保存，原有数据未受影响。请删除不用的数据集后重试。',
    });
  });
});

describe('replace', () => {
  it('swaps old for new in one commit, carrying createdAt, log and still-listed original files', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    await commit(t, makeDataset('OTHER'), { 'o.csv': 'ooo' });
    const merged = makeDataset('B', '合并', ['a.csv', 'b.csv'], 2);
    const meta = await commit(t, merged, { 'b.csv': 'bbb' }, 'A');

    expect(meta.createdAt).toBe('2024-03-01T08:00:00.000Z');
    expect((await listDatasets(t)).map((m) => m.id).sort()).toEqual(['B', 'OTHER']);
    expect(await loadDataset('A', t)).toBeUndefined();
    expect(await loadRawFiles('A', t)).toEqual([]);
    expect(await listImportLog('A', t)).toEqual([]);
    expect((await loadRawFiles('B', t)).map((r) => r.name)).toEqual(['a.csv', 'b.csv']);
    expect((await listImportLog('B', t)).length).toBe(2);
    expect((await loadDataset('B', t))?.obs.value[0]).toBe(20);
    expect(await getCurrentDatasetId(t)).toBe('B');
    expect((await loadRawFiles('OTHER', t)).map((r) => r.name)).toEqual(['o.csv']);
  });

  it('carries a workbook whose sheets the new version still lists (its sources are `文件.xlsx › 3月`)', async () => {
    const t = target();
    await commit(t, makeDataset('A', '数据集A', ['三月.xlsx › 3月', '三月.xlsx › 4月']), { '三月.xlsx': 'xlsx-bytes' });
    const merged = makeDataset('A', '数据集A', ['三月.xlsx › 3月', '三月.xlsx › 4月', '五月.csv']);
    const meta = await commit(t, merged, { '五月.csv': 'csv' }, 'A');
    expect((await loadRawFiles('A', t)).map((r) => r.name).sort()).toEqual(['三月.xlsx', '五月.csv']);
    expect(meta.files.map((f) => f.sha256 !== '')).toEqual([true, true, true]);
  });

  it('can replace a dataset with a new version under the same id', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    await commit(t, makeDataset('A', '数据集A', ['a.csv'], 3), { 'a.csv': 'aaa2' }, 'A');
    expect((await loadDataset('A', t))?.obs.value[0]).toBe(30);
    expect(await Promise.all((await loadRawFiles('A', t)).map(async (r) => new TextDecoder().decode(await rawFileBytes(r))))).toEqual(['aaa2']);
    expect((await listImportLog('A', t)).length).toBe(2);
  });

  it('keeps the old dataset whole when the replacing commit hits the quota', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    const before = await snapshot(t);
    failPutsWithQuota('payloads');
    const result = await commitImport({
      dataset: makeDataset('B'), rawFiles: [], report: makeReport(['a.csv']), replaceId: 'A',
    }, t);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(await snapshot(t)).toEqual(before);
    expect(await loadDataset('A', t)).toBeDefined();
  });
});

describe('delete, rename, current', () => {
  it('delete removes summary, payload, original files and log, and clears current', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    await commit(t, makeDataset('B'), { 'b.csv': 'bbb' });
    expect(await deleteDataset('A', t)).toEqual({ ok: true });
    expect((await listDatasets(t)).map((m) => m.id)).toEqual(['B']);
    expect(await loadDataset('A', t)).toBeUndefined();
    expect(await loadRawFiles('A', t)).toEqual([]);
    expect(await listImportLog('A', t)).toEqual([]);
    expect(await getCurrentDatasetId(t)).toBe('B');
    expect((await loadRawFiles('B', t)).length).toBe(1);

    expect(await deleteDataset('B', t)).toEqual({ ok: true });
    expect(await getCurrentDatasetId(t)).toBeNull();
    expect(await deleteDataset('B', t)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('rename changes the list and the payload, trims, and refuses a blank name', async () => {
    const t = target();
    await commit(t, makeDataset('A'));
    expect(await renameDataset('A', '  2024年上半年  ', t)).toEqual({ ok: true });
    expect((await listDatasets(t))[0]?.name).toBe('2024年上半年');
    expect((await loadDataset('A', t))?.name).toBe('2024年上半年');
    expect(() => renameDataset('A', '   ', t)).toThrow(/blank/);
    expect(await renameDataset('missing', '名称', t)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('sets and clears the current dataset, refusing an unknown id', async () => {
    const t = target();
    await commit(t, makeDataset('A'));
    await commit(t, makeDataset('B'));
    expect(await setCurrentDatasetId('A', t)).toEqual({ ok: true });
    expect(await getCurrentDatasetId(t)).toBe('A');
    expect(await setCurrentDatasetId('nope', t)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await getCurrentDatasetId(t)).toBe('A');
    expect(await setCurrentDatasetId(null, t)).toEqual({ ok: true });
    expect(await getCurrentDatasetId(t)).toBeNull();
  });

  it('lists newest import first', async () => {
    const t = target();
    const old = { ...makeDataset('OLD'), createdAt: '2023-01-01T00:00:00.000Z' };
    const recent = { ...makeDataset('NEW'), createdAt: '2024-06-01T00:00:00.000Z' };
    await commit(t, old);
    await commit(t, recent);
    expect((await listDatasets(t)).map((m) => m.id)).toEqual(['NEW', 'OLD']);
  });
});

describe('schema and other tabs', () => {
  it('reopening an existing v1 database keeps its data (migration scaffold)', async () => {
    const t = target();
    await commit(t, makeDataset('A'), { 'a.csv': 'aaa' });
    await closeStore(t.name);
    const db = await openStore(t.name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cubes', 'datasets', 'importLog', 'payloads', 'rawFiles', 'settings']);
    const tx = db.transaction(['rawFiles', 'importLog']);
    expect(tx.objectStore('rawFiles').keyPath).toEqual(['datasetId', 'name']);
    expect(tx.objectStore('importLog').autoIncrement).toBe(true);
    expect([...tx.objectStore('importLog').indexNames]).toEqual(['by-dataset']);
    expect((await loadDataset('A', t))?.obs.value.length).toBe(8);
  });

  it('reports a database saved by a newer version of the app instead of throwing', async () => {
    const t = target();
    const newer = await openDB(t.name, DB_VERSION + 1);
    newer.close();
    const result = await commitImport({ dataset: makeDataset('A'), rawFiles: [], report: makeReport([]) }, t);
    expect(result).toMatchObject({ ok: false, reason: 'unknown' });
    expect(result.ok ? '' : result.message).toMatch(/刷新页面/);
  });

  it('closes its connection and reports versionchange when another tab upgrades', async () => {
    const t = target();
    await commit(t, makeDataset('A'));
    const events: string[] = [];
    const off = onStoreEvent((e) => events.push(`${e.type}:${e.name === t.name}`));
    const other = await openDB(t.name, DB_VERSION + 1); // resolves only if this tab let go
    off();
    other.close();
    expect(events).toEqual(['versionchange:true']);
  });

  it('tells other tabs after a commit', async () => {
    const t = target();
    const got = new Promise<DatasetChange>((resolve) => {
      const off = subscribeDatasetChanges((c) => { off(); resolve(c); });
    });
    await commit(t, makeDataset('A'));
    expect(await got).toEqual({ type: 'datasets-changed', kind: 'commit', id: 'A' });
  });
});
