/**
 * Module Web Worker: runs the import pipeline off the main thread. Files sent as Blobs are read
 * in 4 MB slices and streamed through the fast import with progress messages (at most every
 * 100 ms); a file the fast path declines is read whole and imported by the general path. The
 * dataset goes back as transferable column buffers (packDataset), the report as plain JSON.
 * Cancelling = the client terminates this worker: nothing was committed, so nothing to undo.
 * With `save`, an accepted import is then saved in IndexedDB from here (see saveInWorker).
 */
import type { Dataset } from '../../data/dataset/dataset';
import { importFiles, withConsistencyChecks, type ImportResult } from '../../data/pipeline/import-files';
import { packDataset, unpackDataset } from '../../data/dataset/pack-dataset';
import { createStreamingImport, STREAM_CHUNK_BYTES } from '../../data/pipeline/stream-import';
import type { ImportProgressInfo, ImportRequest, ImportResponse } from './import-protocol';
import { saveInWorker } from './worker-save';

const PROGRESS_MS = 100;

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  try {
    const { files, blobs, opts, existing, save } = e.data;
    const existingDs = existing ? unpackDataset(existing.meta, [...existing.buffers]) : undefined;
    const result = blobs
      ? await streamBlobs(blobs, { ...opts, existing: existingDs })
      : importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), { ...opts, existing: existingDs });
    const { dataset, report } = result;
    if (!dataset) {
      post({ kind: 'done', report, packed: null });
      return;
    }
    const { meta, transfer } = packDataset(dataset);
    // The page gets the columns (transferred); the save needs its own copy (a memcpy here).
    const kept = save && report.status === 'ok' ? unpackDataset(meta, transfer.map((b) => b.slice(0))) : undefined;
    post({ kind: 'done', report, packed: { meta, buffers: transfer } }, transfer);
    if (kept && save) {
      post({ kind: 'saved', result: await saveInWorker({ dataset: kept, report, files, blobs, replaceId: save.replaceId }) });
    }
  } catch (err) {
    post({ kind: 'crash', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
};

async function streamBlobs(blobs: NonNullable<ImportRequest['blobs']>, opts: Parameters<typeof importFiles>[1] & { existing?: Dataset }): Promise<ImportResult> {
  const bytesTotal = blobs.reduce((a, b) => a + b.blob.size, 0);
  let bytesDone = 0;
  let last = 0;
  const progress = (p: ImportProgressInfo, force = false): void => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    post({ kind: 'progress', progress: p });
  };
  // Identical files are reported by comparing bytes: leave batches with equal sizes to the general path.
  const sizes = new Set(blobs.map((b) => b.blob.size));
  let ok = sizes.size === blobs.length;
  const s = createStreamingImport(opts);
  for (const { name, blob } of blobs) {
    if (!ok) break;
    s.beginFile(name, blob.size);
    for (let at = 0; at < blob.size && ok; at += STREAM_CHUNK_BYTES) {
      const chunk = new Uint8Array(await blob.slice(at, Math.min(blob.size, at + STREAM_CHUNK_BYTES)).arrayBuffer());
      ok = s.push(chunk);
      bytesDone += chunk.length;
      progress({ bytesDone, bytesTotal, rows: s.rows, phase: 'stream' });
    }
    ok = ok && s.endFile();
  }
  const fast = ok ? s.finish() : null;
  if (fast) {
    progress({ bytesDone: bytesTotal, bytesTotal, rows: fast.report.counts.rowsIn, phase: 'pack' }, true);
    return withConsistencyChecks(fast, opts.existing?.files.length ?? 0);
  }
  progress({ bytesDone: 0, bytesTotal, rows: 0, phase: 'general' }, true);
  const inputs = await Promise.all(blobs.map(async (b) => ({ name: b.name, bytes: new Uint8Array(await b.blob.arrayBuffer()) })));
  // Retry the fast path only when it was skipped for equal sizes (it compares bytes properly).
  return importFiles(inputs, { ...opts, fast: sizes.size !== blobs.length });
}

function post(msg: ImportResponse, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(msg, transfer);
}
