/**
 * In the import worker: a big text file decoded by a decode worker of its own (decode.worker.ts),
 * as the pieces ImportSession.pushText takes, in order. The decode worker lives as long as the
 * loop over the pieces: leaving it early, or its end, terminates it. A decode worker that fails
 * gives one refused piece (text null), so the session reads the file again another way.
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import type { DecodedPiece, DecodeRequest } from './decode-protocol';

export async function* decodedPieces(blob: Blob): AsyncGenerator<DecodedPiece, void, undefined> {
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  const queue: DecodedPiece[] = [];
  let failed = false;
  let wake: (() => void) | null = null;
  const ring = (): void => { wake?.(); wake = null; };
  worker.onmessage = (e: MessageEvent<DecodedPiece>) => { queue.push(e.data); ring(); };
  worker.onerror = (e) => { e.preventDefault(); failed = true; ring(); };
  const send = (r: DecodeRequest): void => worker.postMessage(r);
  try {
    send({ kind: 'start', blob, sliceBytes: STREAM_CHUNK_BYTES });
    for (;;) {
      while (queue.length === 0 && !failed) await new Promise<void>((resolve) => { wake = resolve; });
      const piece = queue.shift() ?? { text: null, bytes: 0, encoding: 'utf-8', last: true };
      send({ kind: 'more' });
      yield piece;
      if (piece.last || piece.text === null) return;
    }
  } finally {
    worker.terminate();
  }
}
