import { describe, expect, it } from 'vitest';
import { STREAM_CHUNK_BYTES } from '../../src/data/pipeline/import-files';
import { FileReads } from '../../src/ui/import/file-reads';
import { sameBytesAsEarlier } from '../../src/ui/import/same-bytes';

/** Blobs whose reads are counted: `reads` all reads, `open` the reads not finished yet, `most` the most open at once. */
function countedBlobs(texts: readonly string[]) {
  const c = { reads: 0, open: 0, most: 0 };
  const blobs = texts.map((text, i) => {
    const blob = new Blob([text]);
    const read = blob.arrayBuffer.bind(blob);
    blob.arrayBuffer = async () => {
      c.reads++; c.open++; c.most = Math.max(c.most, c.open);
      try { return await read(); } finally { c.open--; }
    };
    return { name: `${i}.xlsx`, blob };
  });
  return { blobs, c };
}

async function importAll(reads: FileReads, n: number, same?: (i: number) => Promise<string | undefined>): Promise<{ texts: string[]; same: (string | undefined)[] }> {
  const texts: string[] = [];
  const sames: (string | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    reads.begin(i);
    if (same) sames.push(await same(i));
    let text = '';
    for await (const chunk of reads.slices(i)) text += new TextDecoder().decode(chunk);
    texts.push(text);
  }
  return { texts, same: sames };
}

describe('FileReads', () => {
  it('reads 150 small files of one size once each, ahead of the import, and the same-bytes check uses those reads', async () => {
    const texts = Array.from({ length: 150 }, (_, i) => (i === 149 ? 'file-0000' : `file-${String(i).padStart(4, '0')}`));
    const { blobs, c } = countedBlobs(texts);
    const reads = new FileReads(blobs);
    const out = await importAll(reads, blobs.length, sameBytesAsEarlier(blobs, (i) => reads.bytes(i)));
    expect(out.texts).toEqual(texts);
    expect(out.same[149]).toBe('0.xlsx');
    expect(out.same.slice(0, 149).every((s) => s === undefined)).toBe(true);
    // Each file once; file 0 again for its digest when file 1 (of its size) comes, and for the
    // byte-for-byte comparison with file 149.
    expect(c.reads).toBe(152);
    // Read ahead: more than one read was waited for at a time.
    expect(c.most).toBeGreaterThan(1);
  });

  it('holds no more than its byte budget of files ahead', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `${i}`.padStart(100, '.'));
    const { blobs, c } = countedBlobs(texts);
    const reads = new FileReads(blobs, 350);
    const out = await importAll(reads, blobs.length);
    expect(out.texts).toEqual(texts);
    expect(c.reads).toBe(40);
    // 350 bytes: the current file and at most two more of 100 bytes each.
    expect(c.most).toBeLessThanOrEqual(3);
  });

  it('streams a file bigger than a slice in slices, between small files', async () => {
    const big = 'x'.repeat(STREAM_CHUNK_BYTES + 10);
    const { blobs } = countedBlobs(['a', big, 'b']);
    const reads = new FileReads(blobs);
    const sizes: number[][] = [];
    for (let i = 0; i < 3; i++) {
      reads.begin(i);
      const s: number[] = [];
      for await (const chunk of reads.slices(i)) s.push(chunk.length);
      sizes.push(s);
    }
    expect(sizes).toEqual([[1], [STREAM_CHUNK_BYTES, 10], [1]]);
  });

  it('gives a file again when the import reads it a second time (another way of reading it)', async () => {
    const { blobs, c } = countedBlobs(['第一', '第二']);
    const reads = new FileReads(blobs);
    reads.begin(0);
    const once: number[] = [];
    for (let pass = 0; pass < 2; pass++) for await (const chunk of reads.slices(0)) once.push(chunk.length);
    expect(once).toEqual([6, 6]);
    expect(c.reads).toBe(2);
  });
});
