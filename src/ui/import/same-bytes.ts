/** Which chosen file repeats an earlier one of the same import, read in the import worker from the Blobs. */
import { sameBytes } from '../../data/pipeline/import-files';

/**
 * For each blob, the name of an earlier one with the same bytes, or undefined. Blobs are compared
 * only when their sizes are equal, each is read once for a digest (FNV-1a) and byte for byte only
 * when two digests agree: 150 workbooks of one form, many of one size, once read each other's bytes
 * at every file (11,000 reads, seconds of a 150-file import). `read` gives a file's bytes (the
 * import worker's FileReads, which reads each small file once for both).
 */
export function sameBytesAsEarlier(
  blobs: readonly { readonly name: string; readonly blob: Blob }[],
  read: (i: number) => Promise<Uint8Array> = (i) => blobs[i]!.blob.arrayBuffer().then((b) => new Uint8Array(b)),
): (i: number) => Promise<string | undefined> {
  const digests = new Map<number, Promise<number>>();
  const digestOf = (i: number): Promise<number> => {
    let d = digests.get(i);
    if (d === undefined) digests.set(i, (d = read(i).then(fnv1a)));
    return d;
  };
  return async (i) => {
    const size = blobs[i]!.blob.size;
    // (A file's digest only once another of its size comes: a lone big file is not read for it.)
    for (let j = 0; j < i; j++) {
      if (blobs[j]!.blob.size !== size || (await digestOf(j)) !== (await digestOf(i))) continue;
      const [x, y] = await Promise.all([read(i), read(j)]);
      if (sameBytes(x, y)) return blobs[j]!.name;
    }
    return undefined;
  };
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < bytes.length; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
  return h >>> 0;
}
