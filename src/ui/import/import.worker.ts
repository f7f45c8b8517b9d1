/**
 * Module Web Worker: runs the import pipeline off the main thread and posts back the dataset as
 * transferable column buffers (packDataset) plus the report as plain JSON.
 */
import { importFiles } from '../../data/import-files';
import { packDataset, unpackDataset } from '../../data/pack-dataset';
import type { ImportRequest, ImportResponse } from './import-protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  try {
    const { files, opts, existing } = e.data;
    const { dataset, report } = importFiles(
      files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      { ...opts, existing: existing ? unpackDataset(existing.meta, [...existing.buffers]) : undefined },
    );
    if (!dataset) {
      post({ kind: 'done', report, packed: null });
      return;
    }
    const { meta, transfer } = packDataset(dataset);
    post({ kind: 'done', report, packed: { meta, buffers: transfer } }, transfer);
  } catch (err) {
    post({ kind: 'crash', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
};

function post(msg: ImportResponse, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(msg, transfer);
}
