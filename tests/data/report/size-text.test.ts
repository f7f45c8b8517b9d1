/**
 * One way of writing a size: the warning about a big file, the progress line, the 来源文件 list and
 * the storage note give one file the same size (a 19.4-million-byte file was "19 MB" in the warning
 * and "18.5 MB" in the list).
 */
import { describe, expect, it } from 'vitest';
import { fileSizeIssues, FILE_LIMITS } from '../../../src/data/decode/file-limits';
import { checkImportSize } from '../../../src/data/decode/stream-limits';
import { sizeCount, sizeText, sizeUnit } from '../../../src/data/report/size-text';
import { formatBytes } from '../../../src/ui/data-manager/format-storage';

describe('sizeText', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [500, '500 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1535, '1 KB'],
    [1536, '2 KB'],
    [532 * 1024, '532 KB'],
    [1024 * 1024 - 1, '1.0 MB'],
    [1024 * 1024, '1.0 MB'],
    [19_400_000, '18.5 MB'],
    [99.9 * 1024 * 1024, '99.9 MB'],
    [99.97 * 1024 * 1024, '100 MB'],
    [300 * 1024 * 1024, '300 MB'],
    [335_000_000, '319 MB'],
    [2.1 * 1024 ** 3, '2.1 GB'],
  ])('%d bytes: %s', (bytes, text) => {
    expect(sizeText(bytes)).toBe(text);
  });

  it('counts a part in the unit of the whole (the progress line)', () => {
    expect(sizeUnit(8 * 1024 * 1024)).toBe('MB');
    expect(`${sizeCount(4 * 1024 * 1024, 'MB')} / ${sizeText(8 * 1024 * 1024)}`).toBe('4.0 / 8.0 MB');
    expect(sizeCount(512 * 1024, 'MB')).toBe('0.5');
    expect(sizeUnit(800)).toBe('B');
    expect(`${sizeCount(300, sizeUnit(800))} / ${sizeText(800)}`).toBe('300 / 800 B');
    expect(sizeCount(0, sizeUnit(2048))).toBe('0');
  });

  it('the big-file warning, the too-big error and the source list give a file the same size', () => {
    const size = 19_400_000;
    const warn = fileSizeIssues(size, 250_000, 'a.csv', { ...FILE_LIMITS, warnBytes: 1024 }).issues[0]!;
    expect(warn.message).toContain('（18.5 MB，');
    const big = fileSizeIssues(size, 0, 'a.csv', { ...FILE_LIMITS, maxBytes: 10 * 1024 * 1024 }).issues[0]!;
    expect(big.message).toContain('文件有18.5 MB，超过10.0 MB的上限');
    const ask = checkImportSize([{ name: 'a.csv', size, head: new Uint8Array(0) }], { ...FILE_LIMITS, maxBytes: 10 * 1024 * 1024 });
    expect(ask?.issue.message).toContain('文件很大（18.5 MB');
    expect(formatBytes(size)).toBe('18.5 MB');
  });
});
