/**
 * Size limits checked BEFORE an import starts (issue 3 item 8): a file over 300 MB or a batch of
 * an estimated 10 million rows or more is blocked with a message saying how to split it. We block
 * rather than ask: past these sizes the browser tab may run out of memory half-way, and a
 * half-finished import helps nobody; splitting by year or street always works.
 */
import type { ImportIssue } from './import-report';
import { makeIssue } from './make-issue';

/** Largest file accepted, bytes. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
/** Largest estimated number of rows in one import. */
export const MAX_ROWS = 10_000_000;

/** Estimated rows of a file from its size and the line density of its first bytes (≥ 1 line). */
export function estimateRows(size: number, head: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 10 || (head[i] === 13 && head[i + 1] !== 10)) lines++;
  if (lines === 0 || head.length === 0) return 1;
  return Math.round((size / head.length) * lines);
}

/**
 * The blocking issue for a batch that is too big, or null. `heads` are the first bytes of each
 * file (64 KB is plenty) for the row estimate.
 */
export function checkImportSize(files: readonly { readonly name: string; readonly size: number; readonly head: Uint8Array }[]): ImportIssue | null {
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      return makeIssue('error', 'file-too-big', { file: f.name },
        `文件过大（${mb(f.size)} MB），超过单次导入上限 300 MB。请按年份或街道拆分后分批导入`,
        `The file is too big (${mb(f.size)} MB; the limit is 300 MB). Split it by year or street and import the parts.`);
    }
  }
  const rows = files.reduce((a, f) => a + estimateRows(f.size, f.head), 0);
  if (rows > MAX_ROWS) {
    const wan = Math.round(rows / 1e4);
    return makeIssue('error', 'too-many-rows', { file: files[0]?.name ?? '' },
      `数据约${wan}万行，超过单次导入上限 1000 万行。请按年份或街道拆分后分批导入`,
      `About ${rows} rows, over the 10 million row limit per import. Split the data by year or street and import the parts.`);
  }
  return null;
}
