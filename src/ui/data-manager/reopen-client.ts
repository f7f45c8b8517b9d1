/**
 * Reopens a saved dataset in a Web Worker (reopen.worker.ts): the IndexedDB read and its
 * deserialising happen there, and the dataset with its cube arrives as transferred buffers, so the
 * page runs no long task for it. Where there is no Worker (jsdom, node tests) it reads on this thread.
 */
import type { PackedCube } from '../../analysis/model/cube';
import type { PackedRollUps } from '../../analysis/model/roll-ups';
import type { Dataset } from '../../data/dataset/dataset';
import { unpackDataset } from '../../data/dataset/pack-dataset';
import type { StoreTarget } from '../../storage/connection';
import { getCurrentDatasetId, loadDatasetWithCube } from '../../storage/dataset-store';
import type { ReopenRequest, ReopenResponse } from './reopen-protocol';

/** A reopened dataset, its cube, and the cube's roll-ups: at hand, or still coming from the worker. */
export interface ReopenedDataset {
  readonly dataset: Dataset;
  readonly cube?: PackedCube;
  readonly rollUps?: PackedRollUps | Promise<PackedRollUps | undefined>;
}

/**
 * The saved dataset `id` (null: the current one) with its cube, or null when there is none.
 * Rejects when storage cannot be read.
 */
export async function reopenSaved(id: string | null, store?: StoreTarget): Promise<ReopenedDataset | null> {
  if (typeof Worker === 'undefined' || store?.db) return onThisThread(id, store);
  try {
    return await inWorker({ id, ...(store?.name ? { dbName: store.name } : {}) });
  } catch (err) {
    // The worker could not run or failed before handing anything over: read here, as before workers did it.
    console.error('[打开数据]', err);
    return onThisThread(id, store);
  }
}

async function onThisThread(id: string | null, store?: StoreTarget): Promise<ReopenedDataset | null> {
  const which = id ?? await getCurrentDatasetId(store);
  return which === null ? null : (await loadDatasetWithCube(which, store)) ?? null;
}

function inWorker(request: ReopenRequest): Promise<ReopenedDataset | null> {
  return new Promise<ReopenedDataset | null>((resolve, reject) => {
    const worker = new Worker(new URL('./reopen.worker.ts', import.meta.url), { type: 'module' });
    let settleRollUps: ((r: PackedRollUps | undefined) => void) | undefined;
    const fail = (detail: string): void => {
      worker.terminate();
      if (settleRollUps) {
        // After the dataset came: it stays; the model rolls up on demand instead.
        console.error('[打开数据]', detail);
        settleRollUps(undefined);
        settleRollUps = undefined;
        return;
      }
      reject(new Error(detail));
    };
    worker.onmessage = (e: MessageEvent<ReopenResponse>) => {
      const msg = e.data;
      if (msg.kind === 'crash') {
        fail(msg.message);
        return;
      }
      if (msg.kind === 'rollUps') {
        settleRollUps?.(msg.rollUps);
        settleRollUps = undefined;
        return;
      }
      if (!msg.packed) {
        resolve(null);
        return;
      }
      const dataset = unpackDataset(msg.packed.meta, msg.packed.buffers);
      if (!msg.cube) {
        resolve({ dataset });
        return;
      }
      const rollUps = msg.rollUps ?? new Promise<PackedRollUps | undefined>((r) => { settleRollUps = r; });
      resolve({ dataset, cube: msg.cube, rollUps });
    };
    worker.onerror = (e) => fail(e.message || 'worker error');
    worker.postMessage(request);
  });
}
