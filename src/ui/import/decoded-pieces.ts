/**
 * In the import worker: a big text file read and decoded by a decode worker of its own
 * (decode.worker.ts), as the pieces ImportSession.pushText takes, in order. The decode worker lives
 * as long as the loop over the pieces. A decode worker that fails gives a refused piece (text
 * null), so the session reads the file again from its bytes.
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import type { DecodedPiece, DecodeStart } from './decode-protocol';
import { pacedMessages } from './paced-stream';

export function decodedPieces(blob: Blob): AsyncGenerator<DecodedPiece, void, undefined> {
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  return pacedMessages<DecodeStart, DecodedPiece>(worker, { blob, sliceBytes: STREAM_CHUNK_BYTES }, (p) => p.last,
    () => ({ text: null, bytes: 0, encoding: 'utf-8', last: true }));
}
