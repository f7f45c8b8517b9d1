/**
 * Runs an import in a module Web Worker (one worker per import, ended afterwards), falling back to
 * calling importFiles on this thread where there is no Worker (jsdom, node tests).
 */
import type { Dataset } from '../../data/dataset';
import { importFiles } from '../../data/import-files';
import type { ImportReport } from '../../data/import-report';
import { packDataset, unpackDataset } from '../../data/pack-dataset';
import type { ImportRequest, ImportRequestOptions, ImportResponse } from './import-protocol';

/** A file read into memory, ready to import. */
export interface FileBytes {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** The result of one import: the dataset (null when blocked: nothing changed) and its report. */
export interface ImportOutcome {
  readonly dataset: Dataset | null;
  readonly report: ImportReport;
}

/** Reads browser File objects into memory. */
export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/**
 * Imports files as one import. The file buffers are transferred to the worker (they are not
 * usable afterwards); an `existing` dataset is copied, not transferred.
 */
export function runImport(
  files: readonly FileBytes[],
  opts: ImportRequestOptions & { existing?: Dataset } = {},
): Promise<ImportOutcome> {
  const { existing, ...rest } = opts;
  if (typeof Worker === 'undefined') {
    return Promise.resolve(
      importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), { ...rest, existing }),
    );
  }
  return new Promise<ImportOutcome>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      worker.terminate();
      const msg = e.data;
      if (msg.kind === 'crash') {
        reject(new Error(msg.message));
        return;
      }
      const dataset = msg.packed ? unpackDataset(msg.packed.meta, msg.packed.buffers) : null;
      resolve({ dataset, report: msg.report });
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || '导入程序无法启动'));
    };
    const packed = existing ? packDataset(existing) : undefined;
    const request: ImportRequest = {
      files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
      opts: rest,
      // Copy the existing columns: the page keeps drawing them while the worker runs.
      existing: packed ? { meta: packed.meta, buffers: packed.transfer.map((b) => b.slice(0)) } : undefined,
    };
    worker.postMessage(request, files.map((f) => f.bytes));
  });
}
