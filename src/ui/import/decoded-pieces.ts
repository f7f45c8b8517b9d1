/**
 * In the import worker: a big text file read and decoded by a decode worker of its own
 * (decode.worker.ts), as the pieces ImportSession.pushText takes, in order. The decode worker lives
 * as long as the loop over the pieces. A decode worker that fails, or cannot start, gives a
 * refused piece (text null), so the session reads the file again from its bytes.
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import { isWorkbookBytes } from '../../data/rows/read-workbook';
import type { DecodedPiece, DecodeStart } from './decode-protocol';
import { pacedMessages } from './paced-stream';

/**
 * Whether a file is read and decoded by a decode worker: a text file (not a workbook, by its first
 * bytes) of more than one slice, on a machine with a second core for it (with one core the
 * worker only adds its messages: 3-7% slower when the other core was taken).
 */
export function decodesElsewhere(size: number, head: Uint8Array, cores: number): boolean {
  return size > STREAM_CHUNK_BYTES && !isWorkbookBytes(head) && cores > 1;
}

const REFUSED: DecodedPiece = { text: null, bytes: 0, encoding: 'utf-8', last: true };

export async function* decodedPieces(blob: Blob): AsyncGenerator<DecodedPiece, void, undefined> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker to decode in (as when one fails): the file is read from its bytes instead.
    yield REFUSED;
    return;
  }
  yield* pacedMessages<DecodeStart, DecodedPiece>(worker, { blob, sliceBytes: STREAM_CHUNK_BYTES }, (p) => p.last, () => REFUSED);
}
