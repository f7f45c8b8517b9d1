/** CellText.ascii: short ASCII cells, the digit texts among them made once and given again. */
import { describe, expect, it } from 'vitest';
import { CellText } from '../../../src/data/rows/cell-text';

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('CellText.ascii', () => {
  it('gives every text of one to four digits as written, leading zeros kept, the same string when met again', () => {
    const text = new CellText('utf-8', true);
    const all: string[] = [];
    for (let len = 1; len <= 4; len++) for (let v = 0; v < 10 ** len; v++) all.push(String(v).padStart(len, '0'));
    const first = all.map((s) => { const b = bytesOf(`,${s},`); return text.ascii(b, 1, 1 + s.length); });
    expect(first).toEqual(all);
    const again = all.map((s) => { const b = bytesOf(s); return text.ascii(b, 0, s.length); });
    expect(again).toEqual(all);
  });

  it('reads other short ASCII cells as written', () => {
    const text = new CellText('gb18030', true);
    for (const s of ['-1', '1.5', '1e5', 'ab', '12a', '9/9', ' 12', '12345', '123456789012', '0', '']) {
      expect(text.ascii(bytesOf(s), 0, s.length)).toBe(s);
    }
  });
});
