/**
 * Module Web Worker, started by the import worker for a big text file: reads and decodes it (the
 * pipeline's StreamDecoder, slice by slice) on a core of its own while the import worker reads
 * the rows of the text before. Each slice's text is posted in order (DecodedPiece), paced
 * (paced-stream.ts): at most PIECES_AHEAD pieces the import worker has not taken.
 */
import { StreamDecoder } from '../../data/decode/stream-decode';
import type { DecodedPiece, DecodeStart } from './decode-protocol';
import { servePaced } from './paced-stream';
import { slicesOf } from './slice-loop';

/** Decoded slices posted before the import worker has taken them. */
const PIECES_AHEAD = 2;

servePaced<DecodeStart, DecodedPiece>(PIECES_AHEAD, async ({ blob, sliceBytes }, post) => {
  const decoder = new StreamDecoder();
  const decoded = (f: () => string): string | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  for await (const slice of slicesOf(blob, sliceBytes)) {
    const text = decoded(() => decoder.decode(new Uint8Array(slice)));
    await post({ text, bytes: slice.byteLength, encoding: decoder.encoding, last: text === null });
    if (text === null) return;
  }
  await post({ text: decoded(() => decoder.end()), bytes: 0, encoding: decoder.encoding, last: true });
});
