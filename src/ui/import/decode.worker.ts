/**
 * Module Web Worker, started by the import worker for a big text file: decodes it (the pipeline's
 * StreamDecoder, slice by slice) on a core of its own while the import worker reads the rows of
 * the text before. Each slice's text is posted in order (DecodedPiece); it decodes at most
 * PIECES_AHEAD slices more than the import worker has taken (each `more` is room for one), so
 * decoded text never piles up in memory.
 */
import { StreamDecoder } from '../../data/decode/stream-decode';
import type { DecodedPiece, DecodeRequest } from './decode-protocol';
import { slicesOf } from './slice-loop';

/** Decoded slices posted before the import worker has taken them. */
const PIECES_AHEAD = 2;

let room = PIECES_AHEAD;
let wake: (() => void) | null = null;

self.onmessage = (e: MessageEvent<DecodeRequest>) => {
  if (e.data.kind === 'start') void decode(e.data.blob, e.data.sliceBytes);
  else {
    room++;
    wake?.();
    wake = null;
  }
};

const post = (piece: DecodedPiece): void => self.postMessage(piece);

async function decode(blob: Blob, sliceBytes: number): Promise<void> {
  const decoder = new StreamDecoder();
  for await (const slice of slicesOf(blob, sliceBytes)) {
    const bytes = new Uint8Array(slice);
    while (room === 0) await new Promise<void>((resolve) => { wake = resolve; });
    room--;
    let text: string | null;
    try {
      text = decoder.decode(bytes);
    } catch {
      text = null;
    }
    post({ text, bytes: bytes.length, encoding: decoder.encoding, last: false });
    if (text === null) return;
  }
  let tail: string | null;
  try {
    tail = decoder.end();
  } catch {
    tail = null;
  }
  post({ text: tail, bytes: 0, encoding: decoder.encoding, last: true });
}
