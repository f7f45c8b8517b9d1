/** The loop over a chosen file's slices, shared by the import worker and its slice reader (no imports: the reader's bundle stays small). */

/** Slices asked for ahead of the one being used. */
export const READ_AHEAD = 3;

/** What the slice reader reads: a file, in slices of `sliceBytes`. */
export interface SliceStart { readonly blob: Blob; readonly sliceBytes: number }

/** Slice reader → import worker: the next slice; null after the last; or why reading failed. */
export type SliceMessage = ArrayBuffer | null | { readonly failed: string };

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
