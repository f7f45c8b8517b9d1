/**
 * Module Web Worker: runs the import pipeline off the main thread. Files sent as Blobs are read
 * in 4 MB slices and streamed through the import session with progress messages (at most every
 * 100 ms); a file the session must read another way is read again from its first slice. An
 * Excel workbook is read by SheetJS, loaded (its own chunk) only when a workbook is chosen. The
 * dataset goes back as transferable column buffers (packDataset) with the cube the views read
 * (packCube: no pass over the observations and no name sort on the page), the report
 * as plain JSON. Then, when the page asks (once it has drawn), the rolled-up periods follow in a
 * second message (rollUpCube, from the worker's own copy of the cube): the page's model pins them
 * when they come; with `save`, the cube is stored with the saved dataset after that.
 * Cancelling = the client terminates this worker: nothing was committed, so nothing to undo.
 * With `save`, an accepted import is then saved in IndexedDB from here (see saveInWorker).
 */
import { copyCube, cubeTransfer, packCube } from '../../analysis/model/cube';
import { rollUpAndPost } from './post-roll-ups';
import type { Dataset } from '../../data/dataset/dataset';
import { createImportSession, importFiles, type ImportResult } from '../../data/pipeline/import-files';
import { loadWorkbookLib, workbookLibFor } from '../../data/rows/load-workbook-lib';
import { isWorkbookBytes, needsCodepage, workbookContainer, WORKBOOK_SNIFF_BYTES } from '../../data/rows/workbook-container';
import { packDataset, unpackDataset } from '../../data/dataset/pack-dataset';
import type { ImportProgressInfo, ImportRequest, ImportResponse } from './import-protocol';
import { saveInWorker } from './worker-save';
import { FileReads } from './file-reads';
import { sameBytesAsEarlier } from './same-bytes';
import { storeCube } from '../../storage/dataset-store';

const PROGRESS_MS = 100;

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  try {
    const { files, blobs, opts, existing, save } = e.data;
    const existingDs = existing ? unpackDataset(existing.meta, [...existing.buffers]) : undefined;
    const inputs = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
    const workbookLib = blobs ? undefined : await workbookLibFor(inputs);
    const result = blobs
      ? await streamBlobs(blobs, { ...opts, existing: existingDs })
      : importFiles(inputs, { ...opts, existing: existingDs, ...(workbookLib ? { workbookLib } : {}) });
    const { dataset, report } = result;
    if (!dataset) {
      post({ kind: 'done', report, packed: null });
      return;
    }
    // The cube the views read, built here rather than on the page: columns, name order, street table.
    const cube = report.status === 'ok' ? packCube(dataset) : undefined;
    const { meta, transfer } = packDataset(dataset);
    // The page gets the columns and the cube (transferred); the save and the roll-ups need copies (memcpy here).
    const kept = save && report.status === 'ok' ? unpackDataset(meta, transfer.map((b) => b.slice(0))) : undefined;
    const ownCube = cube ? copyCube(cube) : undefined;
    post({ kind: 'done', report, packed: { meta, buffers: transfer }, ...(cube ? { cube } : {}) }, [...transfer, ...(cube ? cubeTransfer(cube) : [])]);
    // The roll-ups and the save wait until the page asks (ResumeRequest, once it has shown the dataset
    // and settled): done at once, they would compete with its first chart for the CPU. Later messages
    // to this worker are that ask.
    const asked = new Promise<void>((resolve) => { self.onmessage = () => resolve(); });
    const rolled = ownCube ? asked.then(() => rollUpAndPost(dataset, ownCube, post)) : undefined;
    // A failed roll-up is reported by the `await rolled` below (as a crash), not as an unhandled rejection meanwhile.
    rolled?.catch(() => undefined);
    if (kept && save) {
      await asked;
      const saved = await saveInWorker({ dataset: kept, report, files, blobs, replaceId: save.replaceId });
      post({ kind: 'saved', result: saved });
      // The cube is stored once rolled up, in a transaction of its own: the dataset's save did not wait for it.
      if (saved.ok && ownCube && rolled) await storeCube(saved.meta.id, { cube: ownCube, rollUps: await rolled }, meta.observations);
    }
    await rolled;
  } catch (err) {
    post({ kind: 'crash', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  } finally {
    // After `done` the page no longer ends this worker (the cube may still be being stored): it ends itself.
    self.close();
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
  // SheetJS (its own chunk) is loaded only when a file's first bytes are a workbook's.
  const heads = await Promise.all(blobs.map(async (b) => new Uint8Array(await b.blob.slice(0, WORKBOOK_SNIFF_BYTES).arrayBuffer())));
  const workbookLib = heads.some((h) => isWorkbookBytes(h)) ? await loadWorkbookLib(await codepagesNeeded(blobs, heads)) : undefined;
  const s = createImportSession({ ...opts, ...(workbookLib ? { workbookLib } : {}) });
  const reads = new FileReads(blobs);
  const sameAsEarlier = sameBytesAsEarlier(blobs, (i) => reads.bytes(i));
  for (let i = 0; i < blobs.length; i++) {
    const { name, blob } = blobs[i]!;
    reads.begin(i);
    s.beginFile(name, blob.size, await sameAsEarlier(i));
    const fileStart = bytesDone;
    // Counts a fed piece's bytes for the progress line; passes the session's answer on.
    const fed = (bytes: number, ok: boolean): boolean => {
      bytesDone += bytes;
      progress({ bytesDone, bytesTotal, rows: s.rows, phase: 'stream' });
      return ok;
    };
    for (;;) {
      let ok = true;
      for await (const chunk of reads.slices(i)) if (!(ok = fed(chunk.length, s.push(chunk)))) break;
      if (ok && s.endFile()) break;
      // Read again another way (whole-file decoding, or papaparse for odd quotes): from the start.
      bytesDone = fileStart;
      progress({ bytesDone, bytesTotal, rows: s.rows, phase: 'general' }, true);
    }
  }
  const result = s.finish();
  progress({ bytesDone: bytesTotal, bytesTotal, rows: result.report.counts.rowsIn, phase: 'pack' }, true);
  return result;
}

/**
 * Whether a file is an Excel 95 or older workbook, whose text SheetJS reads only with its codepage
 * tables: a bare BIFF stream says so in its first bytes, an OLE file (.xls) in its directory, which
 * may be anywhere in it (such a file is read whole here, and again as it is imported).
 */
async function codepagesNeeded(blobs: NonNullable<ImportRequest['blobs']>, heads: readonly Uint8Array[]): Promise<boolean> {
  for (let i = 0; i < blobs.length; i++) {
    const head = heads[i]!;
    const bytes = workbookContainer(head) === 'ole' ? new Uint8Array(await blobs[i]!.blob.arrayBuffer()) : head;
    if (needsCodepage(bytes)) return true;
  }
  return false;
}

function post(msg: ImportResponse, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(msg, transfer);
}
