/** Messages between the import worker and its decode worker (decode.worker.ts). */

/** Import worker → decode worker: the file to decode, or room for one more decoded slice. */
export type DecodeRequest = { readonly kind: 'start'; readonly blob: Blob; readonly sliceBytes: number } | { readonly kind: 'more' };

/**
 * Decode worker → import worker: the text of the file's next `bytes` bytes (ImportSession.pushText),
 * in order; null when the decoder refused them (then nothing follows). The last piece is the
 * decoder's end (bytes 0).
 */
export interface DecodedPiece {
  readonly text: string | null;
  readonly bytes: number;
  readonly encoding: 'utf-8' | 'gb18030';
  readonly last: boolean;
}
