/** The worker of bench/reopen-browser/page.ts: reads the dataset and its cube, hands them over by transfer. */
import { cubeTransfer, type PackedCube } from '../../src/analysis/model/cube';
import { rollUpsTransfer, type PackedRollUps } from '../../src/analysis/model/roll-ups';
import { packDataset } from '../../src/data/dataset/pack-dataset';
import type { Dataset } from '../../src/data/dataset/dataset';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}

self.onmessage = async () => {
  const db = await request(indexedDB.open('reopen-bench', 1));
  const tx = db.transaction(['payloads', 'cubes'], 'readonly');
  const [ds, record] = await Promise.all([
    request(tx.objectStore('payloads').get('bench')) as Promise<Dataset>,
    request(tx.objectStore('cubes').get('bench')) as Promise<{ cube: PackedCube; rollUps: PackedRollUps }>,
  ]);
  db.close();
  const { meta, transfer } = packDataset(ds);
  const all = [...transfer, ...cubeTransfer(record.cube), ...rollUpsTransfer(record.rollUps)];
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage({ meta, buffers: transfer, cube: record.cube, rollUps: record.rollUps }, all);
};
