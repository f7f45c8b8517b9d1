/**
 * The page of bench/cube-reopen-browser.ts: stores a city dataset with its cube in IndexedDB, then
 * (after a reload) reads it back three ways, recording the page's long tasks: the dataset alone on
 * the page, the dataset and its cube on the page, both in a worker (worker.ts) handed over by
 * transfer; and rebuilds the cube (packCube + rollUpCube) on the page.
 */
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { unpackDataset, type PackedMeta } from '../../src/data/dataset/pack-dataset';
import type { Dataset } from '../../src/data/dataset/dataset';

const DB = 'reopen-bench';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(DB, 1);
  r.onupgradeneeded = () => {
    r.result.createObjectStore('payloads', { keyPath: 'id' });
    r.result.createObjectStore('cubes', { keyPath: 'id' });
  };
  return request(r);
}

const longTasks: number[] = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); }).observe({ type: 'longtask' });

/** Elapsed time and long tasks of `run`, after a quiet moment. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; longMs: number; longest: number; value: T }> {
  await new Promise((r) => setTimeout(r, 100));
  longTasks.length = 0;
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  return { ms, longMs: longTasks.reduce((a, b) => a + b, 0), longest: Math.max(0, ...longTasks), value };
}

const api = {
  async setup(): Promise<number> {
    const { meta, sizes } = await (await fetch('meta.json')).json() as { meta: PackedMeta; sizes: number[] };
    const all = await (await fetch('data.bin')).arrayBuffer();
    let at = 0;
    const ds = unpackDataset(meta, sizes.map((s) => { const b = all.slice(at, at + s); at += s; return b; }));
    const cube = packCube(ds);
    const rollUps = rollUpCube(ds, cube);
    const db = await open();
    const tx = db.transaction(['payloads', 'cubes'], 'readwrite');
    tx.objectStore('payloads').put(ds);
    tx.objectStore('cubes').put({ id: ds.id, cube, rollUps });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = reject; });
    db.close();
    return ds.obs.value.length;
  },
  /** The dataset (and its cube) read on the page. */
  onPage: (withCube: boolean) => timed(async () => {
    const db = await open();
    const tx = db.transaction(['payloads', 'cubes'], 'readonly');
    const got = await Promise.all([request(tx.objectStore('payloads').get('bench')), withCube ? request(tx.objectStore('cubes').get('bench')) : null]);
    db.close();
    return got[1] !== null && got[1] !== undefined;
  }),
  /** Both read in a worker and transferred. */
  inWorker: () => timed(async () => {
    const worker = new Worker('worker.js');
    const msg = await new Promise<{ meta: PackedMeta; buffers: ArrayBuffer[]; cube: unknown }>((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage(0);
    });
    unpackDataset(msg.meta, msg.buffers);
    worker.terminate();
    return msg.cube !== undefined;
  }),
  /** The dataset read, then packCube and rollUpCube on the page (ms each). */
  async rebuild(): Promise<{ pack: number; rollUp: number }> {
    const db = await open();
    const ds = await request(db.transaction(['payloads']).objectStore('payloads').get('bench')) as Dataset;
    db.close();
    const t0 = performance.now();
    const cube = packCube(ds);
    const t1 = performance.now();
    rollUpCube(ds, cube);
    return { pack: t1 - t0, rollUp: performance.now() - t1 };
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
