import { describe, expect, it } from 'vitest';
import { sameBytesAsEarlier } from '../../src/ui/import/same-bytes';

const file = (name: string, text: string) => ({ name, blob: new Blob([text]) });

describe('sameBytesAsEarlier', () => {
  it('names the earlier file with the same bytes; a file of the same size with other bytes is none', async () => {
    const blobs = [file('a.xlsx', 'abcdef'), file('b.xlsx', 'abcdeg'), file('c.xlsx', 'abcdef'), file('d.xlsx', 'xyz'), file('e.xlsx', 'abcdeg')];
    const same = sameBytesAsEarlier(blobs);
    const answers = [];
    for (let i = 0; i < blobs.length; i++) answers.push(await same(i));
    expect(answers).toEqual([undefined, undefined, 'a.xlsx', undefined, 'b.xlsx']);
  });

  it('reads each file once when 150 files share a size, not each earlier one again', async () => {
    let reads = 0;
    const blobs = Array.from({ length: 150 }, (_, i) => {
      const blob = new Blob([String(1000 + i)]);
      const read = blob.arrayBuffer.bind(blob);
      blob.arrayBuffer = () => { reads++; return read(); };
      return { name: `${i}.xlsx`, blob };
    });
    const same = sameBytesAsEarlier(blobs);
    for (let i = 0; i < blobs.length; i++) expect(await same(i)).toBeUndefined();
    expect(reads).toBe(150);
  });
});
