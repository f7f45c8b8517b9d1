import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, encodingFromLabel } from '../../../src/data/decode/decode-bytes';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));
const codes = (r: ReturnType<typeof decodeBytes>): string[] => r.issues.map((i) => i.code);

describe('decodeBytes', () => {
  it.each([
    ['GBK without BOM (catalogue #1)', gbk('社区,人口\n东湖,1\n'), 'gb18030', '社区,人口\n东湖,1\n', ['encoding-guessed']],
    ['UTF-8 with BOM (#2): BOM removed', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('社区,人口')]), 'utf-8', '社区,人口', []],
    ['plain UTF-8', utf8('社区,人口'), 'utf-8', '社区,人口', []],
    ['UTF-16LE with BOM (#3)', new Uint8Array(iconv.encode('\uFEFF社区\t人口\n', 'utf-16le')), 'utf-16le', '社区\t人口\n', ['encoding-utf16']],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode('社区\t人口', 'utf-16be')]), 'utf-16be', '社区\t人口', ['encoding-utf16']],
    ['UTF-16LE without BOM', new Uint8Array(iconv.encode('name\tcount\nabc\t1\n', 'utf-16le')), 'utf-16le', 'name\tcount\nabc\t1\n', ['encoding-utf16']],
    ['GBK 委员 that is valid UTF-8 (#4)', gbk('委员'), 'gb18030', '委员', ['encoding-maybe-wrong']],
  ])('%s', (_name, bytes, encoding, text, issueCodes) => {
    const r = decodeBytes(bytes, 'f.csv');
    expect(r.blocked).toBe(false);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(text);
    expect(codes(r)).toEqual(issueCodes);
  });

  it('reports every U+FFFD with its line, and its character position in the message, when both decoders fail (#5)', () => {
    // 0x80 0xFF is invalid in UTF-8 and in GB18030; a truncated lead byte C9 at EOF too.
    const bytes = new Uint8Array([...gbk('社区,人口\n东湖,'), 0xff, 0x0a, ...gbk('西'), 0xc9]);
    const r = decodeBytes(bytes, 'bad.csv');
    expect(r.blocked).toBe(false);
    const rep = r.issues.filter((i) => i.code === 'decode-replacement');
    // The character's place is in the message: `column` means a table column, which decoding does not know.
    expect(rep.map((i) => [i.line, i.column])).toEqual([[2, 0], [3, 0]]);
    expect(rep.map((i) => i.message.slice(0, 9))).toEqual(['第2行第4个字符无', '第3行第2个字符无']);
    expect(codes(r)).toContain('encoding-invalid');
  });

  it.each([
    ['xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'file-is-xlsx', '另存为CSV'],
    ['xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'file-is-xls', '另存为CSV'],
    ['html', utf8('<!DOCTYPE html><html><body>502</body></html>'), 'file-is-html', '网页'],
    ['empty', new Uint8Array(), 'file-empty', '文件为空'],
    ['only BOM and newlines', new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a]), 'file-empty', '文件为空'],
  ])('blocks %s', (_n, bytes, code, words) => {
    const r = decodeBytes(bytes, 'x.csv');
    expect(r.blocked).toBe(true);
    expect(r.issues[0]!.severity).toBe('error');
    expect(r.issues[0]!.code).toBe(code);
    expect(r.issues[0]!.message).toContain(words);
  });

  it('undecodable characters: one warning per line (first position and count), ten lines at most, then one sentence', () => {
    const lines = Array.from({ length: 15 }, (_, k) => `东湖社区${k},${k}`).join('\n');
    const rep = decodeBytes(gbk(lines), 'f.csv', 'UTF-8').issues.filter((i) => i.code === 'decode-replacement');
    expect(rep).toHaveLength(11);
    expect(rep[0]!.message).toMatch(/^第1行自第1个字符起共\d+个字符无法按UTF-8解码/);
    expect(rep[10]!.message).toMatch(/^另有5行共\d+个字符无法解码$/);
  });

  it('honours a forced encoding and reports replacements', () => {
    const r = decodeBytes(gbk('社区'), 'f.csv', 'UTF-8');
    expect(r.encoding).toBe('utf-8');
    expect(r.issues.some((i) => i.code === 'decode-replacement')).toBe(true);
    expect(decodeBytes(utf8('社区'), 'f.csv', 'GBK').encoding).toBe('gb18030');
  });
});

describe('UTF-16 without a BOM whose text is mostly Chinese (Excel “Unicode 文本” cut of its BOM)', () => {
  // Once guessed as GB18030 (fewer than 40% of the characters ASCII): 社区 read as >y:S, NULs deleted with warnings.
  const text = '社区\t再就业人数\r\n花园路社区\t12\r\n';
  const be = (s: string): Uint8Array => { const le = iconv.encode(s, 'utf-16le'); const out = new Uint8Array(le.length); for (let i = 0; i < le.length; i += 2) { out[i] = le[i + 1]!; out[i + 1] = le[i]!; } return out; };
  it.each([
    ['LE', new Uint8Array(iconv.encode(text, 'utf-16le')), 'utf-16le'], ['BE', be(text), 'utf-16be'],
    ['LE with 一 (a low byte of 0)', new Uint8Array(iconv.encode(`第一${text}`, 'utf-16le')), 'utf-16le'],
  ])('%s', (_n, bytes, encoding) => {
    const r = decodeBytes(bytes, 'x.txt');
    expect(r.encoding).toBe(encoding);
    expect(r.text.endsWith(text)).toBe(true);
    expect(codes(r)).toEqual(['encoding-utf16']);
  });
  it('GBK text stays GBK (a guard)', () => {
    expect(decodeBytes(gbk(text), 'x.txt').encoding).toBe('gb18030');
  });
});

describe('encodingFromLabel: the names a Windows user knows', () => {
  it.each([
    ['ANSI', 'gb18030'], ['ansi', 'gb18030'], ['GBK', 'gb18030'], ['gb2312', 'gb18030'], ['GB-2312', 'gb18030'], ['cp936', 'gb18030'], ['CP-936', 'gb18030'],
    ['936', 'gb18030'], ['ms936', 'gb18030'], ['windows-936', 'gb18030'], ['GB18030', 'gb18030'], ['EUC-CN', 'gb18030'],
    ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], ['UTF_8', 'utf-8'], ['UTF-8-BOM', 'utf-8'], ['utf8bom', 'utf-8'], ['UTF-8 BOM', 'utf-8'], ['UTF-8 with BOM', 'utf-8'],
    ['Unicode', 'utf-16le'], ['UTF-16', 'utf-16le'], ['utf16le', 'utf-16le'], ['UTF-16 LE', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'], ['BigEndianUnicode', 'utf-16be'], ['Unicode big endian', 'utf-16be'],
  ])('%s → %s', (label, expected) => {
    expect(encodingFromLabel(label)).toBe(expected);
  });

  it.each(['GBK2312', 'big5', 'latin1', 'utf-32', ''])('%j is not known', (label) => {
    expect(encodingFromLabel(label)).toBeNull();
  });
});
