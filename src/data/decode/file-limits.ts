/**
 * Size checks made before any decoding or parsing (catalogue #42): a big file (> 50 MB, > 200,000
 * lines, > 500 columns) gets a warning up front; a file over the hard limits (300 MB or 10 million
 * lines) is blocked with a message saying how to split it, before work starts.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { sizeText } from '../report/size-text';

export interface FileLimits {
  /** Bytes above which a warning is given. */
  readonly warnBytes: number;
  /** Bytes above which the file is blocked. */
  readonly maxBytes: number;
  /** Lines above which a warning is given. */
  readonly warnLines: number;
  /** Lines above which the file is blocked. */
  readonly maxLines: number;
  /** Columns above which a warning is given. */
  readonly warnColumns: number;
}

export const FILE_LIMITS: FileLimits = {
  warnBytes: 50 * 1024 * 1024,
  maxBytes: 300 * 1024 * 1024,
  warnLines: 200_000,
  maxLines: 10_000_000,
  warnColumns: 500,
};

/**
 * Limits after the user has read the size message and chosen 仍然导入: a whole city over three
 * years (~4 million rows, ~335 MB with full names) fits; 2 GB is near the largest buffer a
 * browser tab can allocate, so past that splitting is the only way.
 */
export const CONFIRMED_LIMITS: FileLimits = {
  ...FILE_LIMITS,
  maxBytes: 2000 * 1024 * 1024,
  maxLines: 30_000_000,
};

/**
 * Physical line breaks in raw bytes, counted without decoding: LF (0x0A) cannot occur inside a GBK or
 * UTF-8 multi-byte character; UTF-16 (with a BOM) counts aligned code units; CR-only files count CRs.
 * Stops counting once `stopAt` is passed.
 */
export function countLineBreaks(bytes: Uint8Array, stopAt = Infinity): number {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    let lf = 0;
    let cr = 0;
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      const lo = le ? bytes[i] : bytes[i + 1];
      const hi = le ? bytes[i + 1] : bytes[i];
      if (hi !== 0) continue;
      if (lo === 0x0a) { if (++lf > stopAt) return lf; } else if (lo === 0x0d) cr++;
    }
    return lf > 0 ? lf : cr;
  }
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) { if (++lf > stopAt) return lf; } else if (b === 0x0d) cr++;
  }
  return lf > 0 ? lf : cr;
}

/**
 * Checks a file's size and line count before decoding. Returns the issues; `blocked` when the file
 * must not be parsed at all.
 */
export function checkFileSize(bytes: Uint8Array, file: string, limits: FileLimits = FILE_LIMITS): { issues: ImportIssue[]; blocked: boolean } {
  if (bytes.length > limits.maxBytes) return fileSizeIssues(bytes.length, 0, file, limits);
  return fileSizeIssues(bytes.length, countLineBreaks(bytes, limits.maxLines), file, limits);
}

/**
 * The size issues for a file of `size` bytes and `lines` line breaks (as countLineBreaks counts
 * them). The streaming import counts the breaks while it reads and calls this at the end, so both
 * import paths word the warning the same.
 */
export function fileSizeIssues(size: number, lines: number, file: string, limits: FileLimits = FILE_LIMITS): { issues: ImportIssue[]; blocked: boolean } {
  const issues: ImportIssue[] = [];
  if (size > limits.maxBytes) {
    issues.push(makeIssue('error', 'file-too-large', { file },
      `文件有${sizeText(size)}，超过${sizeText(limits.maxBytes)}的上限，无法在浏览器中导入。请按月份或街道拆分成几个较小的文件后分别导入`,
      `The file is ${sizeText(size)}, over the ${sizeText(limits.maxBytes)} limit; split it by month or street.`));
    return { issues, blocked: true };
  }
  if (lines > limits.maxLines) {
    issues.push(makeIssue('error', 'file-too-large', { file },
      `文件超过${limits.maxLines.toLocaleString('en-US')}行的上限，无法在浏览器中导入。请按月份或街道拆分成几个较小的文件后分别导入`,
      `The file has more than ${limits.maxLines} lines, over the limit; split it by month or street.`));
    return { issues, blocked: true };
  }
  if (size > limits.warnBytes || lines > limits.warnLines) {
    issues.push(makeIssue('warning', 'file-large', { file },
      `文件较大（${sizeText(size)}，约${lines.toLocaleString('en-US')}行），导入可能需要较长时间并占用较多内存；如浏览器变慢，请拆分文件后分别导入`,
      `Large file (${sizeText(size)}, about ${lines} lines): the import may take a while; split it if the browser slows down.`));
  }
  return { issues, blocked: false };
}

/** Warning for a table wider than `limits.warnColumns` columns (the header's cell count). */
export function checkColumnCount(columns: number, file: string, limits: FileLimits = FILE_LIMITS): ImportIssue | null {
  if (columns <= limits.warnColumns) return null;
  return makeIssue('warning', 'file-large', { file },
    `表格有${columns}列，超过${limits.warnColumns}列，可能不是按社区整理的统计表，或表头识别有误；请核对“当前数据”中的指标，必要时删去无用的列后重新导入`,
    `The table has ${columns} columns (over ${limits.warnColumns}); check the metrics under "Current data".`);
}
