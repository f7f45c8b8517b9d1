// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countLineKinds, decodeMixedLines, lineKind, LineKind } from '../../../src/data/decode/line-encodings';
import { decodeBytes } from '../../../src/data/decode/decode-bytes';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { gbk, observations, utf8 } from '../pipeline/import-helpers';

const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));
const kind = (b: Uint8Array): LineKind => lineKind(b, 0, b.length);

describe('lineKind (issue 15, class 8)', () => {
  it.each([
    ['ASCII', utf8('abc,123'), LineKind.Ascii],
    ['UTF-8 Chinese', utf8('东湖社区,100'), LineKind.Utf8],
    ['UTF-8 with a 4-byte character', utf8('𠀀社区'), LineKind.Utf8],
    ['GBK Chinese', gbk('东湖社区,100'), LineKind.NotUtf8],
    ['a cut UTF-8 character at the end', utf8('东湖').subarray(0, 4), LineKind.NotUtf8],
    ['an overlong form', new Uint8Array([0xc0, 0x80]), LineKind.NotUtf8],
    ['a surrogate', new Uint8Array([0xed, 0xa0, 0x80]), LineKind.NotUtf8],
  ])('%s', (_n, bytes, expected) => {
    expect(kind(bytes)).toBe(expected);
    // The same answer as the decoder's.
    let valid = true;
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { valid = false; }
    expect(expected !== LineKind.NotUtf8).toBe(valid);
  });

  it('counts lines by kind', () => {
    expect(countLineKinds(join(utf8('社区,人口\n'), gbk('东湖,1\n'), utf8('a,2\n'), utf8('西山,3')))).toEqual({ utf8: 2, notUtf8: 1 });
  });
});

describe('decodeMixedLines', () => {
  it('decodes each line in its own encoding and names the odd lines once', () => {
    const bytes = join(utf8('社区,常住人口\n东湖社区,100\n'), gbk('西山社区,200\n'), utf8('南湖社区,300\n'), gbk('北塘社区,400\n'));
    const r = decodeMixedLines(bytes, 'f.csv')!;
    expect(r.text).toBe('社区,常住人口\n东湖社区,100\n西山社区,200\n南湖社区,300\n北塘社区,400\n');
    expect(r.encoding).toBe('utf-8');
    expect(r.issues.map((i) => `${i.severity}:${i.code}@${i.line}`)).toEqual(['warning:encoding-mixed-lines@3']);
    expect(r.issues[0]!.message).toContain('第3、5行是GBK编码');
  });

  it('a GBK file with a UTF-8 line: GBK is the file\'s encoding, the UTF-8 line is named', () => {
    const r = decodeMixedLines(join(gbk('社区,常住人口\n东湖社区,100\n'), utf8('西山社区,200\n'), gbk('南湖社区,300\n')), 'f.csv')!;
    expect(r.text).toBe('社区,常住人口\n东湖社区,100\n西山社区,200\n南湖社区,300\n');
    expect(r.encoding).toBe('gb18030');
    expect(r.issues[0]!.message).toContain('第3行是UTF-8编码');
  });

  it('null for a file in one encoding', () => {
    expect(decodeMixedLines(gbk('社区,人口\n东湖,1\n'), 'f.csv')).toBeNull();
    expect(decodeMixedLines(utf8('社区,人口\n东湖,1\n'), 'f.csv')).toBeNull();
  });
});

describe('decodeBytes with lines in two encodings', () => {
  it('a UTF-8 BOM over a GBK body: decoded as GBK with one sentence (not one warning per character)', () => {
    const r = decodeBytes(join(new Uint8Array([0xef, 0xbb, 0xbf]), gbk('社区,常住人口\n东湖社区,100\n西山社区,200\n')), 'f.csv');
    expect(r.text).toBe('社区,常住人口\n东湖社区,100\n西山社区,200\n');
    expect(r.encoding).toBe('gb18030');
    expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['warning:encoding-bom-gbk']);
  });

  it('a UTF-8 BOM over mixed lines decodes each line', () => {
    const r = decodeBytes(join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('社区,常住人口\n东湖社区,100\n'), gbk('西山社区,200\n')), 'f.csv');
    expect(r.text).toBe('社区,常住人口\n东湖社区,100\n西山社区,200\n');
    expect(r.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['encoding-mixed-lines@3']);
  });
});

describe('importing a file with lines in two encodings, in chunks of any size', () => {
  const names = ['东湖社区', '西山社区', '南湖社区', '北塘社区'];
  const many = (odd: number, enc: 'utf8' | 'gbk'): Uint8Array => {
    const lines = ['社区,常住人口', ...Array.from({ length: 400 }, (_, k) => `${names[k % 4]}${k},${k}`)];
    const main = enc === 'utf8' ? utf8 : gbk;
    const other = enc === 'utf8' ? gbk : utf8;
    return join(...lines.map((l, k) => (k + 1 === odd ? other(l + '\n') : main(l + '\n'))));
  };

  it.each([
    ['a GBK line far down a UTF-8 file', many(380, 'utf8')],
    ['a UTF-8 line far down a GBK file', many(380, 'gbk')],
    ['a UTF-8 line near the top of a GBK file', many(3, 'gbk')],
  ])('%s: every unit right and the odd line named', (_n, bytes) => {
    for (const chunk of [7, 1000, 1 << 20]) {
      const r = importFiles([{ name: '2023年3月.csv', bytes }], {}, chunk);
      const units = observations(r.dataset).map((o) => o.unit);
      expect(units).toHaveLength(400);
      expect(units.every((u) => /^[东西南北][湖山塘]社区\d+$/.test(u)), `chunk ${chunk}`).toBe(true);
      const w = r.report.issues.filter((i) => i.severity !== 'info');
      expect(w.map((i) => i.code), `chunk ${chunk}`).toEqual(['encoding-mixed-lines']);
    }
  });
});
