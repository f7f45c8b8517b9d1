/**
 * Size limits checked BEFORE an import starts (issue 3 item 8): a file over 300 MB or a batch of
 * an estimated 10 million rows or more gets a message before any work, saying what it will cost
 * and how to split it. Under CONFIRMED_LIMITS the user may go on anyway (`confirmable`), since a
 * whole city fits in a tab (23 bytes per observation); past those, splitting is the only way.
 */
import { CONFIRMED_LIMITS, FILE_LIMITS, type FileLimits } from './file-limits';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { sizeText } from '../report/size-text';

/** Largest file accepted without asking, bytes. */
export const MAX_FILE_BYTES = FILE_LIMITS.maxBytes;
/** Largest estimated number of rows in one import without asking. */
export const MAX_ROWS = FILE_LIMITS.maxLines;

/** A size problem found before work starts; `confirmable` when 仍然导入 (CONFIRMED_LIMITS) would accept it. */
export interface SizeCheck {
  readonly issue: ImportIssue;
  readonly confirmable: boolean;
}

/** Estimated rows of a file from its size and the line density of its first bytes (≥ 1 line). */
export function estimateRows(size: number, head: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 10 || (head[i] === 13 && head[i + 1] !== 10)) lines++;
  if (lines === 0 || head.length === 0) return 1;
  return Math.round((size / head.length) * lines);
}

/**
 * The size problem of a batch, or null. `heads` are the first bytes of each file (64 KB is plenty)
 * for the row estimate. With `limits` = CONFIRMED_LIMITS (the user chose 仍然导入) only the hard
 * limits apply.
 */
export function checkImportSize(
  files: readonly { readonly name: string; readonly size: number; readonly head: Uint8Array }[],
  limits: FileLimits = FILE_LIMITS,
): SizeCheck | null {
  const rows = files.reduce((a, f) => a + estimateRows(f.size, f.head), 0);
  const biggest = files.reduce((a, f) => Math.max(a, f.size), 0);
  const confirmable = biggest <= CONFIRMED_LIMITS.maxBytes && rows <= CONFIRMED_LIMITS.maxLines;
  const wan = Math.round(rows / 1e4);
  const ask = confirmable
    ? { zh: '如确需一次导入，请点“仍然导入”（约需半分钟，占用内存约为文件大小的3倍）。', en: 'To import it in one go anyway, choose "Import anyway" (about half a minute; memory about 3x the file size).' }
    : { zh: '', en: '' };
  for (const f of files) {
    if (f.size > limits.maxBytes) {
      return {
        confirmable,
        issue: makeIssue('error', 'file-too-big', { file: f.name },
          `文件很大（${sizeText(f.size)}，约${wan}万行），超过单次导入建议上限 ${sizeText(limits.maxBytes)}。建议按年份或街道拆分后分批导入。${ask.zh}`,
          `The file is very large (${sizeText(f.size)}, about ${rows} rows; the suggested limit is ${sizeText(limits.maxBytes)}). Split it by year or street. ${ask.en}`),
      };
    }
  }
  if (rows > limits.maxLines) {
    return {
      confirmable,
      issue: makeIssue('error', 'too-many-rows', { file: files[0]?.name ?? '' },
        `数据约${wan}万行，超过单次导入建议上限 ${Math.round(limits.maxLines / 1e4)} 万行。建议按年份或街道拆分后分批导入。${ask.zh}`,
        `About ${rows} rows, over the suggested limit of ${limits.maxLines} rows per import. Split the data by year or street. ${ask.en}`),
    };
  }
  return null;
}
