/**
 * Datasets kept in IndexedDB across reloads. Every write is one readwrite transaction, so a failed,
 * cancelled or over-quota write leaves the previous state exactly as it was.
 * Writes return a StoreResult instead of throwing; reads throw only when the database cannot open.
 */
import type { IDBPTransaction } from 'idb';
import { sourceFileOf, type Dataset } from '../data/dataset/dataset';
import type { ImportReport } from '../data/report/import-report';
import { notifyDatasetsChanged } from './change-channel';
import type { PackedColumns } from '../analysis/metric-index';
import type { PackedRollUps } from '../analysis/model/roll-ups';
import { openStoreUnlessBlocked, resolveStore, type StoreTarget } from './connection';
import { buildDatasetMeta, buildLogEntry, refreezeDataset } from './dataset-meta';
import {
  ALL_STORES, CURRENT_DATASET_KEY,
  type CubeRecord, type DatasetMeta, type ImportLogEntry, type RawFileRecord, type ShequSchema, type ShequStoreName,
} from './schema';
import { sha256Hex } from './sha256';
import { classifyStoreError, storeFailure, type StoreFailure, type StoreResult } from './store-result';

export { openStore, closeStore, onStoreEvent, type StoreTarget, type StoreEvent } from './connection';

type WriteTx = IDBPTransaction<ShequSchema, ShequStoreName[], 'readwrite'>;

/**
 * An original file: its bytes in memory, or the File/Blob itself (stored as a Blob, which the
 * browser writes without copying it through script: no long task for a 200 MB file).
 */
export interface RawFileInput {
  readonly name: string;
  readonly bytes: Uint8Array | ArrayBuffer | Blob;
  /** Hex SHA-256 of the bytes when already known (the import worker computes it). */
  readonly sha256?: string;
}

export interface CommitInput {
  /** The validated dataset (never a report with status `blocked`). */
  readonly dataset: Dataset;
  /**
   * The original files, kept byte for byte so a later parser fix can re-derive the values; in the
   * order of `report.files`, and each stored under the name given there (its own, or
   * `三月（第2次导入）.csv` for a file of a name the dataset had: the import's resent-label.ts).
   */
  readonly rawFiles: readonly RawFileInput[];
  readonly report: ImportReport;
  /** Id of the stored dataset this import replaces, swapped atomically; omit to add a new one. */
  readonly replaceId?: string;
  /** The dataset's cube as the import worker built it (stored for reopening without rebuilding it). */
  readonly cube?: Omit<CubeRecord, 'id'>;
}

/** hashing: computing SHA-256 (no IDB yet); writing: transaction open; committing: all writes queued. */
export type CommitStage = 'hashing' | 'writing' | 'committing';

export interface CommitOptions extends StoreTarget {
  /** Cancels the import: before the transaction nothing is written; during it, tx.abort(). */
  readonly signal?: AbortSignal;
  readonly onStage?: (stage: CommitStage) => void;
  /** Clock, for tests. */
  readonly now?: () => Date;
}

export type CommitResult = { readonly ok: true; readonly meta: DatasetMeta } | StoreFailure;

/** Every stored dataset's summary, newest import first. */
export async function listDatasets(target?: StoreTarget): Promise<DatasetMeta[]> {
  const db = await resolveStore(target);
  const all = await db.getAll('datasets');
  return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** The stored dataset, deeply frozen, or undefined when there is none with that id. */
export async function loadDataset(id: string, target?: StoreTarget): Promise<Dataset | undefined> {
  const db = await resolveStore(target);
  const ds = await db.get('payloads', id);
  return ds ? refreezeDataset(ds) : undefined;
}

/** A stored dataset with its stored cube (absent for datasets saved without one). */
export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly cube?: CubeRecord['cube'];
  readonly rollUps?: CubeRecord['rollUps'];
}

/**
 * The stored dataset with its cube, read in one transaction, or undefined when there is none with
 * that id. A cube that does not fit the dataset (units or periods), or an older build's, is left out.
 */
export async function loadDatasetWithCube(id: string, target?: StoreTarget): Promise<LoadedDataset | undefined> {
  const db = await resolveStore(target);
  const tx = db.transaction(['payloads', 'cubes'], 'readonly');
  const [ds, record] = await Promise.all([tx.objectStore('payloads').get(id), tx.objectStore('cubes').get(id), tx.done]);
  if (!ds) return undefined;
  const dataset = refreezeDataset(ds);
  // Roll-ups saved before they named what they read (PackedRollUps.readStart), and columns saved
  // with a file per unit instead of home files (PackedColumns.homeFile), are rebuilt, as a missing cube is.
  const fits = record !== undefined && record.cube.columns.units === dataset.units.length
    && record.cube.columns.periods === dataset.periods.length && record.rollUps.units === dataset.units.length
    && (record.rollUps as Partial<PackedRollUps>).readStart !== undefined
    && (record.cube.columns as Partial<PackedColumns>).homeFile !== undefined;
  return fits ? { dataset, cube: record.cube, rollUps: record.rollUps } : { dataset };
}

/**
 * Stores the cube of a dataset saved without one (saved before schema version 2, or from the
 * page), built when it was reopened, so the next reopen reads it. Nothing is written when the
 * dataset is gone or is no longer the one the cube was built from (another observation count).
 */
export async function storeCube(id: string, cube: Omit<CubeRecord, 'id'>, observations: number, target?: StoreTarget): Promise<StoreResult> {
  return runWrite('保存汇总', target, id, ['payloads', 'cubes'], async (tx) => {
    const ds = await tx.objectStore('payloads').get(id);
    if (!ds || ds.obs.value.length !== observations || ds.units.length !== cube.cube.columns.units) return 'not-found';
    await tx.objectStore('cubes').put({ id, ...cube });
    return null;
  }, null);
}

/** The import log of a dataset, oldest first. */
export async function listImportLog(id: string, target?: StoreTarget): Promise<ImportLogEntry[]> {
  const db = await resolveStore(target);
  return db.getAllFromIndex('importLog', 'by-dataset', id);
}

/** The original files of a dataset. */
export async function loadRawFiles(id: string, target?: StoreTarget): Promise<RawFileRecord[]> {
  const db = await resolveStore(target);
  return db.getAll('rawFiles', rawRange(id));
}

/** The bytes of a stored original file, whichever form it was stored in. */
export async function rawFileBytes(record: Pick<RawFileRecord, 'bytes'>): Promise<ArrayBuffer> {
  return isBlob(record.bytes) ? record.bytes.arrayBuffer() : record.bytes;
}

/** A Blob or File, also from another realm (`instanceof Blob` is false for those). */
function isBlob(x: unknown): x is Blob {
  return typeof x === 'object' && x !== null && !ArrayBuffer.isView(x) && typeof (x as Blob).arrayBuffer === 'function';
}

/** Id of the dataset the views show, or null. */
export async function getCurrentDatasetId(target?: StoreTarget): Promise<string | null> {
  const db = await resolveStore(target);
  const v = await db.get('settings', CURRENT_DATASET_KEY);
  return typeof v === 'string' ? v : null;
}

/** Makes a stored dataset current (null clears it). */
export function setCurrentDatasetId(id: string | null, target?: StoreTarget): Promise<StoreResult> {
  return runWrite('设为当前', target, id ?? '', ['datasets', 'settings'], async (tx) => {
    if (id === null) {
      await tx.objectStore('settings').delete(CURRENT_DATASET_KEY);
      return null;
    }
    if (!(await tx.objectStore('datasets').getKey(id))) return 'not-found';
    await tx.objectStore('settings').put(id, CURRENT_DATASET_KEY);
    return null;
  }, 'current');
}

/** Renames a dataset (its summary and payload together). `name` must not be blank. */
export function renameDataset(id: string, name: string, target?: StoreTarget): Promise<StoreResult> {
  const clean = name.trim();
  if (clean === '') throw new Error(`renameDataset: blank name for ${id}`);
  return runWrite('重命名', target, id, ['datasets', 'payloads'], async (tx) => {
    const meta = await tx.objectStore('datasets').get(id);
    const payload = await tx.objectStore('payloads').get(id);
    if (!meta || !payload) return 'not-found';
    const writes: Promise<unknown>[] = [];
    queue(writes, tx.objectStore('datasets').put({ ...meta, name: clean, updatedAt: new Date().toISOString() }));
    queue(writes, tx.objectStore('payloads').put({ ...payload, name: clean }));
    await Promise.all(writes);
    return null;
  }, 'rename');
}

/** Deletes a dataset with its payload, original files and import log; clears it as current. */
export function deleteDataset(id: string, target?: StoreTarget): Promise<StoreResult> {
  return runWrite('删除', target, id, ALL_STORES, async (tx) => {
    if (!(await tx.objectStore('datasets').getKey(id))) return 'not-found';
    await removeDataset(tx, id);
    if ((await tx.objectStore('settings').get(CURRENT_DATASET_KEY)) === id) {
      await tx.objectStore('settings').delete(CURRENT_DATASET_KEY);
    }
    return null;
  }, 'delete');
}

/**
 * Stores an import in ONE strict-durability transaction: summary, payload, original files, log entry
 * and the current-dataset pointer; with `replaceId`, the old dataset is removed in the same
 * transaction (atomic swap; its createdAt, log and still-listed original files carry over).
 */
export async function commitImport(input: CommitInput, options: CommitOptions = {}): Promise<CommitResult> {
  const { signal } = options;
  if (input.report.status === 'blocked') throw new Error(`commitImport: report for ${input.dataset.id} is blocked`);
  const cancelled = (): boolean => signal?.aborted ?? false;
  if (cancelled()) return storeFailure('aborted', '导入');
  let tx: WriteTx | undefined;
  try {
    // Hash before the transaction: awaiting a non-IDB promise inside it would auto-commit it.
    options.onStage?.('hashing');
    const raws: HashedFile[] = [];
    for (const [i, f] of input.rawFiles.entries()) {
      const blob = isBlob(f.bytes) ? f.bytes : undefined;
      // One file in memory at a time when a Blob has to be read to be hashed.
      const sha256 = f.sha256 ?? await sha256Hex(blob ? await blob.arrayBuffer() : f.bytes as Uint8Array | ArrayBuffer);
      raws.push({ name: input.report.files[i] ?? f.name, bytes: blob ?? toArrayBuffer(f.bytes as Uint8Array | ArrayBuffer), sha256 });
    }
    if (cancelled()) return storeFailure('aborted', '导入');
    const db = options.db ?? await openStoreUnlessBlocked(options.name);
    if (cancelled()) return storeFailure('aborted', '导入');
    const now = (options.now?.() ?? new Date()).toISOString();
    const t: WriteTx = db.transaction([...ALL_STORES], 'readwrite', { durability: 'strict' });
    tx = t;
    t.done.catch(() => undefined); // observed below; this only silences the unhandled-rejection report
    const abortTx = (): void => safeAbort(t);
    signal?.addEventListener('abort', abortTx, { once: true });
    try {
      options.onStage?.('writing');
      const written = await writeImport(t, input, raws, now);
      if (typeof written === 'string') {
        safeAbort(t);
        return storeFailure('not-found', '导入', written);
      }
      options.onStage?.('committing');
      await Promise.all([...written.requests, t.done]);
      notifyDatasetsChanged('commit', input.dataset.id);
      return { ok: true, meta: written.meta };
    } finally {
      signal?.removeEventListener('abort', abortTx);
    }
  } catch (err) {
    if (tx) safeAbort(tx);
    return classifyStoreError(tx?.error ?? err, '导入', cancelled());
  }
}

interface HashedFile {
  readonly name: string;
  readonly bytes: ArrayBuffer | Blob;
  readonly sha256: string;
}

/** Queues every write of a commit; returns a reason string when the dataset to replace is gone. */
async function writeImport(
  tx: WriteTx, input: CommitInput, raws: readonly HashedFile[], now: string,
): Promise<{ meta: DatasetMeta; requests: Promise<unknown>[] } | string> {
  const ds = input.dataset;
  const hashes = new Map(raws.map((r) => [r.name, r.sha256]));
  let createdAt = ds.createdAt;
  const carried: RawFileRecord[] = [];
  const movedLogs: ImportLogEntry[] = [];
  if (input.replaceId !== undefined) {
    const old = await tx.objectStore('datasets').get(input.replaceId);
    if (!old) return `dataset to replace not found: ${input.replaceId}`;
    createdAt = old.createdAt;
    // A workbook's sources are its sheets (`三月.xlsx › 3月`): the original kept is the workbook's.
    const listed = new Set(ds.files.map((f) => sourceFileOf(f.name).file));
    for (const r of await tx.objectStore('rawFiles').getAll(rawRange(input.replaceId))) {
      if (listed.has(r.name) && !hashes.has(r.name)) {
        carried.push({ ...r, datasetId: ds.id });
        hashes.set(r.name, r.sha256);
      }
    }
    if (input.replaceId !== ds.id) {
      const logs = await tx.objectStore('importLog').index('by-dataset').getAll(input.replaceId);
      for (const l of logs) movedLogs.push({ ...l, datasetId: ds.id });
    }
    await removeDataset(tx, input.replaceId, false);
  } else if (await tx.objectStore('datasets').getKey(ds.id)) {
    throw new Error(`commitImport: dataset ${ds.id} is already stored; pass replaceId to replace it`);
  }
  const meta = buildDatasetMeta(ds, hashes, now, createdAt);
  const rawStore = tx.objectStore('rawFiles');
  const logStore = tx.objectStore('importLog');
  const requests: Promise<unknown>[] = [];
  queue(requests, tx.objectStore('datasets').put(meta));
  queue(requests, tx.objectStore('payloads').put(ds));
  if (input.cube) queue(requests, tx.objectStore('cubes').put({ id: ds.id, ...input.cube }));
  for (const r of raws) queue(requests, rawStore.put({ datasetId: ds.id, name: r.name, bytes: r.bytes, sha256: r.sha256 }));
  for (const r of carried) queue(requests, rawStore.put(r));
  for (const l of movedLogs) queue(requests, logStore.put(l));
  queue(requests, logStore.add(buildLogEntry(input.report, ds.id, now)));
  queue(requests, tx.objectStore('settings').put(ds.id, CURRENT_DATASET_KEY));
  return { meta, requests };
}

/** Deletes summary, payload and original files of `id` (and its import log when `dropLog`). */
async function removeDataset(tx: WriteTx, id: string, dropLog = true): Promise<void> {
  const pending: Promise<unknown>[] = [];
  queue(pending, tx.objectStore('datasets').delete(id));
  queue(pending, tx.objectStore('payloads').delete(id));
  queue(pending, tx.objectStore('cubes').delete(id));
  queue(pending, tx.objectStore('rawFiles').delete(rawRange(id)));
  if (dropLog) {
    const keys = await tx.objectStore('importLog').index('by-dataset').getAllKeys(id);
    for (const k of keys) queue(pending, tx.objectStore('importLog').delete(k));
  }
  await Promise.all(pending);
}

/**
 * Runs a small write in one transaction. `body` returns 'not-found' to abort without changes.
 */
async function runWrite(
  what: string,
  target: StoreTarget | undefined,
  id: string,
  stores: readonly ShequStoreName[],
  body: (tx: WriteTx) => Promise<'not-found' | null>,
  /** What to tell other tabs; null: nothing they list changed. */
  kind: 'rename' | 'delete' | 'current' | null,
): Promise<StoreResult> {
  let tx: WriteTx | undefined;
  try {
    const db = target?.db ?? await openStoreUnlessBlocked(target?.name);
    const t: WriteTx = db.transaction([...stores], 'readwrite', { durability: 'strict' });
    tx = t;
    t.done.catch(() => undefined);
    if ((await body(t)) === 'not-found') {
      safeAbort(t);
      return storeFailure('not-found', what, id);
    }
    await t.done;
    if (kind) notifyDatasetsChanged(kind, id);
    return { ok: true };
  } catch (err) {
    if (tx) safeAbort(tx);
    return classifyStoreError(tx?.error ?? err, what);
  }
}

/**
 * Issues one request and keeps its promise for a later Promise.all. The no-op catch matters: when a
 * later request throws synchronously, the earlier ones reject with AbortError and nobody awaits them.
 */
function queue(into: Promise<unknown>[], p: Promise<unknown>): void {
  p.catch(() => undefined);
  into.push(p);
}

function safeAbort(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing left to undo.
  }
}

/** Key range of every [datasetId, name] in rawFiles for one dataset (arrays sort after strings). */
function rawRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  // Not `instanceof ArrayBuffer`: a buffer from another realm (a jsdom File) is one too.
  if (!ArrayBuffer.isView(bytes)) return bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}
