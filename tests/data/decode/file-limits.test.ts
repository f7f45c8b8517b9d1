import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { checkColumnCount, checkFileSize, countLineBreaks, FILE_LIMITS, type FileLimits } from '../../../src/data/decode/file-limits';
import { importFiles } from '../../../src/data/pipeline/import-files';

const small: FileLimits = { warnBytes: 100, maxBytes: 1000, warnLines: 5, maxLines: 20, warnColumns: 3 };
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('file limits (catalogue #42)', () => {
  it('has the documented thresholds', () => {
    expect(FILE_LIMITS).toEqual({ warnBytes: 50 * 2 ** 20, maxBytes: 300 * 2 ** 20, warnLines: 200_000, maxLines: 10_000_000, warnColumns: 500 });
  });

  it.each([
    ['LF', 'a\nb\nc\n', 3],
    ['CRLF', 'a\r\nb\r\n', 2],
    ['CR only', 'a\rb\rc', 2],
    ['none', 'abc', 0],
  ])('counts line breaks without decoding: %s', (_n, text, n) => {
    expect(countLineBreaks(bytes(text))).toBe(n);
  });

  it('counts UTF-16 line breaks by code unit (上 is 0x0A 0x4E in UTF-16LE, not a line break)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode('上上\n上\n', 'utf-16le')]);
    expect(countLineBreaks(le)).toBe(2);
  });

  it.each([
    ['small file', 'a\nb\n', [], false],
    ['over the byte warning', 'x'.repeat(101), ['warning:file-large'], false],
    ['over the line warning', 'a\n'.repeat(6), ['warning:file-large'], false],
    ['over the byte limit', 'x'.repeat(1001), ['error:file-too-large'], true],
    ['over the line limit', '\n'.repeat(21), ['error:file-too-large'], true],
  ])('%s', (_n, text, codes, blocked) => {
    const r = checkFileSize(bytes(text), 'f.csv', small);
    expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(codes);
    expect(r.blocked).toBe(blocked);
    for (const i of r.issues) expect(i.message).toMatch(/拆分/);
  });

  it('warns about more than 500 columns', () => {
    expect(checkColumnCount(500, 'f.csv')).toBeNull();
    expect(checkColumnCount(501, 'f.csv')!.message).toContain('表格有501列');
  });

  it('a file over the line limit is blocked before parsing (no rows read)', () => {
    // 10,000,001 line breaks: 10 MB of bytes, well under the byte limit.
    const huge = new Uint8Array(10_000_001).fill(0x0a);
    const r = importFiles([{ name: '2024年3月.csv', bytes: huge }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.map((i) => i.code)).toEqual(['file-too-large']);
    expect(r.report.counts.rowsIn).toBe(0);
  });
});
