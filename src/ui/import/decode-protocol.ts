/** Messages between the import worker and its decode worker (decode.worker.ts), paced (paced-stream.ts). */

/** What the decode worker reads and decodes: a file, in slices of `sliceBytes`. */
export interface DecodeStart {
  readonly blob: Blob;
  readonly sliceBytes: number;
}

/**
 * Decode worker → import worker: the text of the file's next `bytes` bytes (ImportSession.pushText),
 * in order; null when the decoder refused them (the last piece then). The last piece of a file
 * decoded to its end is the decoder's end (bytes 0).
 */
export interface DecodedPiece {
  readonly text: string | null;
  readonly bytes: number;
  readonly encoding: 'utf-8' | 'gb18030';
  readonly last: boolean;
}
