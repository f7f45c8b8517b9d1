/**
 * In the import worker: a big text file read and decoded by a decode worker of its own
 * (decode.worker.ts), as the pieces ImportSession.pushText takes, in order. The decode worker lives
 * as long as the loop over the pieces. A decode worker that fails gives a refused piece (text
 * null), so the session reads the file again from its bytes.
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

export function decodedPieces(blob: Blob): AsyncGenerator<DecodedPiece, void, undefined> {
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  return pacedMessages<DecodeStart, DecodedPiece>(worker, { blob, sliceBytes: STREAM_CHUNK_BYTES }, (p) => p.last,
    () => ({ text: null, bytes: 0, encoding: 'utf-8', last: true }));
}
