/** The loop over a chosen file's slices, shared by the import worker and its slice reader (no imports: the reader's bundle stays small). */

/** Slices asked for ahead of the one being used. */
export const READ_AHEAD = 3;

/** Import worker → slice reader: the file to read, or room for one more slice. */
export type SliceRequest = { readonly kind: 'start'; readonly blob: Blob; readonly sliceBytes: number } | { readonly kind: 'more' };

/** The one loop over a file's slices, in order, READ_AHEAD reads ahead; leaving it early drops the reads asked for. */
export async function* slicesOf(blob: Blob, sliceBytes: number): AsyncGenerator<ArrayBuffer, void, undefined> {
  const ahead: Promise<ArrayBuffer>[] = [];
  let asked = 0;
  const askMore = (): void => {
    while (ahead.length < READ_AHEAD && asked < blob.size) {
      ahead.push(blob.slice(asked, Math.min(blob.size, asked + sliceBytes)).arrayBuffer());
      asked += sliceBytes;
    }
  };
  try {
    askMore();
    while (ahead.length > 0) {
      const slice = await ahead.shift()!;
      askMore();
      yield slice;
    }
  } finally {
    for (const p of ahead) p.catch(() => undefined);
  }
}
