/**
 * slicesOf, the one loop over a chosen file's slices (the import worker's, and its slice reader's):
 * the slices are the file's bytes in order, each of the size asked for but the last; an empty
 * file has none; leaving early stops the reading.
 */
import { describe, expect, it } from 'vitest';
import { READ_AHEAD, slicesOf } from '../../src/ui/import/slice-loop';

const bytes = Uint8Array.from({ length: 10_007 }, (_, i) => (i * 7919) % 251);

describe('slicesOf', () => {
  it('gives the bytes in order, in slices of the size asked for', async () => {
    for (const size of [1, 7, 1000, 10_007, 20_000]) {
      const got: Uint8Array[] = [];
      for await (const s of slicesOf(new Blob([bytes]), size)) got.push(new Uint8Array(s));
      expect(got.length).toBe(Math.ceil(bytes.length / size));
      expect(got.slice(0, -1).every((s) => s.length === size)).toBe(true);
      expect(Uint8Array.from(got.flatMap((s) => [...s]))).toEqual(bytes);
    }
  });

  it('gives nothing for an empty file', async () => {
    const got: ArrayBuffer[] = [];
    for await (const s of slicesOf(new Blob([]), 4)) got.push(s);
    expect(got).toEqual([]);
  });

  it('asks for READ_AHEAD slices ahead and stops asking when the loop is left', async () => {
    const blob = new Blob([bytes]);
    let asked = 0;
    const counting = { size: blob.size, slice: (a: number, b: number) => { asked++; return blob.slice(a, b); } } as unknown as Blob;
    for await (const s of slicesOf(counting, 100)) {
      expect(s.byteLength).toBe(100);
      break;
    }
    expect(asked).toBe(READ_AHEAD + 1);
  });
});
