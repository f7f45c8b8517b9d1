/**
 * A chosen file's bytes in STREAM_CHUNK_BYTES slices, in order, for the import worker. The slices
 * of a big file are read by a slice-reader worker of their own (slice-reader.worker.ts) and arrive
 * transferred; a small file's, or where a worker cannot start one, are read here.
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import { slicesOf, type SliceRequest } from './slice-loop';

/**
 * The slices of `blob` from its first byte. Leaving the loop early ends the reading. A file of one
 * slice is read here: a worker would cost more than it saves (150 small workbooks at once).
 */
export async function* readSlices(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  if (blob.size <= STREAM_CHUNK_BYTES) {
    yield* readHere(blob);
    return;
  }
  let reader: Worker;
  try {
    reader = new Worker(new URL('./slice-reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    yield* readHere(blob);
    return;
  }
  const inbox: (ArrayBuffer | null | { failed: string })[] = [];
  let wake: (() => void) | null = null;
  let broken: string | null = null;
  reader.onmessage = (e: MessageEvent<ArrayBuffer | null | { failed: string }>) => { inbox.push(e.data); wake?.(); wake = null; };
  reader.onerror = (e) => { e.preventDefault(); broken = e.message || 'slice reader failed'; wake?.(); wake = null; };
  try {
    reader.postMessage({ kind: 'start', blob, sliceBytes: STREAM_CHUNK_BYTES } satisfies SliceRequest);
    for (;;) {
      while (inbox.length === 0 && broken === null) await new Promise<void>((resolve) => { wake = resolve; });
      const next = inbox.shift();
      if (next === undefined) throw new Error(`读取文件失败：${broken}`);
      if (next === null) return;
      if (!(next instanceof ArrayBuffer)) throw new Error(`读取文件失败：${next.failed}`);
      reader.postMessage({ kind: 'more' } satisfies SliceRequest);
      yield new Uint8Array(next);
    }
  } finally {
    reader.terminate();
  }
}

/** The same slices read by this thread (no worker to read them). */
async function* readHere(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const slice of slicesOf(blob, STREAM_CHUNK_BYTES)) yield new Uint8Array(slice);
}
