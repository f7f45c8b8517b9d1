/**
 * The cube stored with a dataset (store `cubes`, schema version 2): saved by the import worker,
 * read back with the dataset in one transaction, and a model started with it gives the numbers a
 * model without it rolls up; renames keep it, deletes and replacements without a cube remove it;
 * a database saved by version 1 (no `cubes` store) is upgraded and its datasets open without one.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { availablePeriods } from '../../src/analysis/available-periods';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { periodValues } from '../../src/analysis/period-values';
import { availableMetrics } from '../../src/analysis/resolve-metric';
import type { Dataset } from '../../src/data/dataset/dataset';
import {
  closeStore, commitImport, deleteDataset, loadDatasetWithCube, openStore, renameDataset, storeCube,
} from '../../src/storage/dataset-store';
import { DB_VERSION, upgradeSchema, type ShequSchema } from '../../src/storage/schema';
import { saveInWorker } from '../../src/ui/import/worker-save';
import { bytesOf, storeTargets, makeDataset, makeReport } from './store-fixtures';

const { target, closeAll } = storeTargets();
afterEach(async () => {
  await closeAll();
});

function builtCube(ds: Dataset) {
  const cube = packCube(ds);
  return { cube, rollUps: rollUpCube(ds, cube) };
}

async function saveWithCube(t: { name: string }, ds: Dataset, replaceId?: string) {
  const result = await saveInWorker({
    dataset: ds, report: makeReport(['a.csv']), files: [{ name: 'a.csv', bytes: bytesOf('x').buffer as ArrayBuffer }],
    cube: builtCube(ds), ...(replaceId ? { replaceId } : {}),
  }, t);
  expect(result.ok).toBe(true);
}

describe('the stored cube', () => {
  it('round-trips: a model started with it rolls up nothing and gives the numbers of a model without it', async () => {
    const t = target();
    const ds = makeDataset('A');
    await saveWithCube(t, ds);
    await closeStore(t.name);
    const loaded = await loadDatasetWithCube('A', t);
    expect(loaded?.cube).toBeDefined();
    expect(loaded?.rollUps).toBeDefined();
    const model = createAnalysis(loaded!.dataset, { cube: loaded!.cube!, rollUps: loaded!.rollUps! });
    const plain = createAnalysis(makeDataset('A'));
    const periods = availablePeriods(ds);
    expect(periods).toContain('2024-Q1');
    for (const def of availableMetrics(ds)) {
      for (const p of periods) {
        const x = periodValues(model, def.id, p);
        const y = periodValues(plain, def.id, p);
        expect(Array.from(x.values), `${def.id} ${p}`).toEqual(Array.from(y.values));
        expect(Array.from(x.qualifiers)).toEqual(Array.from(y.qualifiers));
        expect(Array.from(x.partial)).toEqual(Array.from(y.partial));
      }
    }
    expect(model.usage().computed).toBe(0);
  });

  it('is kept by a rename and removed with the dataset', async () => {
    const t = target();
    await saveWithCube(t, makeDataset('A'));
    expect((await renameDataset('A', '新名字', t)).ok).toBe(true);
    const renamed = await loadDatasetWithCube('A', t);
    expect(renamed?.dataset.name).toBe('新名字');
    expect(renamed?.cube).toBeDefined();
    expect((await deleteDataset('A', t)).ok).toBe(true);
    const db = await openStore(t.name);
    expect(await db.count('cubes')).toBe(0);
  });

  it('is removed when a save without a cube replaces the dataset (no stale cube)', async () => {
    const t = target();
    await saveWithCube(t, makeDataset('A'));
    const result = await commitImport({
      dataset: makeDataset('A', '数据集A', ['a.csv'], 3), rawFiles: [{ name: 'a.csv', bytes: bytesOf('y') }],
      report: makeReport(['a.csv']), replaceId: 'A',
    }, t);
    expect(result.ok).toBe(true);
    const loaded = await loadDatasetWithCube('A', t);
    expect(loaded?.dataset.obs.value[0]).toBe(30);
    expect(loaded?.cube).toBeUndefined();
  });

  it('is left out when it does not fit the dataset', async () => {
    const t = target();
    await saveWithCube(t, makeDataset('A'));
    const db = await openStore(t.name);
    const record = (await db.get('cubes', 'A'))!;
    const other = makeDataset('B');
    const wrong = packCube({ ...other, units: other.units.slice(0, 1) });
    await db.put('cubes', { ...record, cube: wrong });
    const loaded = await loadDatasetWithCube('A', t);
    expect(loaded?.dataset.id).toBe('A');
    expect(loaded?.cube).toBeUndefined();
  });

  it('is left out when an older build saved it (a file per unit per column, no home files)', async () => {
    const t = target();
    await saveWithCube(t, makeDataset('A'));
    const db = await openStore(t.name);
    const record = (await db.get('cubes', 'A'))!;
    const columns: Record<string, unknown> = { ...record.cube.columns, fileRow: new Int32Array(0), fileOf: new Uint16Array(0) };
    for (const k of ['exceptStart', 'exceptUnits', 'exceptFiles', 'homeFile']) delete columns[k];
    await db.put('cubes', { ...record, cube: { ...record.cube, columns: columns as unknown as typeof record.cube.columns } });
    const loaded = await loadDatasetWithCube('A', t);
    expect(loaded?.dataset.id).toBe('A');
    expect(loaded?.cube).toBeUndefined();
  });
});

describe('storeCube (a cube built when a dataset saved without one was reopened)', () => {
  it('stores it for the next reopen, only while that very dataset is saved', async () => {
    const t = target();
    const ds = makeDataset('A');
    await commitImport({ dataset: ds, rawFiles: [], report: makeReport(['a.csv']) }, t);
    expect((await loadDatasetWithCube('A', t))?.cube).toBeUndefined();
    expect((await storeCube('A', builtCube(ds), ds.obs.value.length + 1, t)).ok).toBe(false);
    expect((await storeCube('GONE', builtCube(ds), ds.obs.value.length, t)).ok).toBe(false);
    expect((await storeCube('A', builtCube(ds), ds.obs.value.length, t)).ok).toBe(true);
    expect((await loadDatasetWithCube('A', t))?.rollUps).toBeDefined();
    const db = await openStore(t.name);
    expect(await db.getAllKeys('cubes')).toEqual(['A']);
  });
});

describe('a database saved by schema version 1', () => {
  it('is upgraded, and its datasets open without a cube', async () => {
    const t = target();
    const ds = makeDataset('OLD');
    const v1 = await openDB<ShequSchema>(t.name, 1, { upgrade: (db, from, to, tx) => upgradeSchema(db, from, to ?? 1, tx) });
    await v1.put('payloads', ds);
    await v1.put('settings', 'OLD', 'currentDatasetId');
    v1.close();
    const db = await openStore(t.name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('cubes')).toBe(true);
    const loaded = await loadDatasetWithCube('OLD', t);
    expect(loaded?.dataset.obs.value.length).toBe(ds.obs.value.length);
    expect(loaded?.cube).toBeUndefined();
    expect(loaded?.rollUps).toBeUndefined();
  });
});
