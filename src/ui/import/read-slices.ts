/**
 * A big chosen file's bytes in STREAM_CHUNK_BYTES slices, in order, for the import worker: read by
 * a slice-reader worker of their own (slice-reader.worker.ts) and transferred, or here where a
 * worker cannot start. (A file of one slice is read whole: file-reads.ts.)
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import { pacedMessages } from './paced-stream';
import { slicesOf, type SliceMessage, type SliceStart } from './slice-loop';

/** The slices of `blob` from its first byte. Leaving the loop early ends the reading. */
export async function* readSlices(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  let reader: Worker;
  try {
    reader = new Worker(new URL('./slice-reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    yield* readHere(blob);
    return;
  }
  const messages = pacedMessages<SliceStart, SliceMessage>(reader, { blob, sliceBytes: STREAM_CHUNK_BYTES }, (m) => !(m instanceof ArrayBuffer), (failed) => ({ failed }));
  for await (const m of messages) {
    if (m === null) return;
    if (!(m instanceof ArrayBuffer)) throw new Error(`读取文件失败：${m.failed}`);
    yield new Uint8Array(m);
  }
}

/** The same slices read by this thread (no worker to read them). */
async function* readHere(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const slice of slicesOf(blob, STREAM_CHUNK_BYTES)) yield new Uint8Array(slice);
}
