/**
 * Module Web Worker: reopens a saved dataset. IndexedDB hands its values over by a structured
 * clone on the thread that reads them: here, rather than on the page (at city scale the dataset
 * and its cube are a few hundred ms of deserialising). The dataset goes back packed with its
 * cube, all transferred. A dataset saved without a cube (before schema version 2, or from the
 * page) gets one built here: the cube first, its roll-ups in a second message, as after an import;
 * the cube is then stored so the next reopen reads it.
 */
import { copyCube, cubeTransfer, packCube } from '../../analysis/model/cube';
import { rollUpsTransfer } from '../../analysis/model/roll-ups';
import { rollUpAndPost } from '../import/post-roll-ups';
import { packDataset } from '../../data/dataset/pack-dataset';
import { getCurrentDatasetId, loadDatasetWithCube, storeCube } from '../../storage/dataset-store';
import type { ReopenRequest, ReopenResponse } from './reopen-protocol';

self.onmessage = async (e: MessageEvent<ReopenRequest>) => {
  try {
    const target = e.data.dbName ? { name: e.data.dbName } : {};
    const id = e.data.id ?? await getCurrentDatasetId(target);
    const saved = id === null ? undefined : await loadDatasetWithCube(id, target);
    if (!saved) {
      post({ kind: 'done', packed: null });
      return;
    }
    const { dataset } = saved;
    const observations = dataset.obs.value.length;
    const cube = saved.cube ?? packCube(dataset);
    // Without a stored cube, the roll-ups are made after the hand-over, from a copy of the cube.
    const own = saved.cube ? undefined : copyCube(cube);
    const { meta, transfer } = packDataset(dataset);
    const rollUps = saved.rollUps;
    post(
      { kind: 'done', packed: { meta, buffers: transfer }, cube, ...(rollUps ? { rollUps } : {}) },
      [...transfer, ...cubeTransfer(cube), ...(rollUps ? rollUpsTransfer(rollUps) : [])],
    );
    if (own) {
      // The dataset's tables are intact; its observation columns went to the page.
      const built = rollUpAndPost(dataset, own, post);
      await storeCube(id!, { cube: own, rollUps: built }, observations, target);
    }
  } catch (err) {
    post({ kind: 'crash', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  } finally {
    // One reopen per worker: the page does not wait for the cube's save, so the worker ends itself.
    self.close();
  }
};

function post(msg: ReopenResponse, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(msg, transfer);
}
