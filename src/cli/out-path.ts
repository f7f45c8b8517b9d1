/**
 * Where `npm run check --out` may write the normalised CSV. Refused before anything is imported,
 * so a colleague learns of a typo at once, not after a long check: a folder that does not exist
 * (creating it would hide the typo), an input file (its data would be lost), a workbook name (Excel
 * would call the CSV inside corrupt). An earlier normalised CSV is overwritten, as a re-run expects;
 * any other existing file is not: it is most likely data named after --out by a slip.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NORMALIZED_CSV_HEADER } from '../data/dataset/normalized-csv';
import { isWorkbookName } from '../data/pipeline/data-file-names';

/** A path as one key per file: absolute, and case-blind on Windows. */
export function pathKey(p: string): string {
  return process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p);
}

/** Two paths naming one file. */
export function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

/** Whether `path` is a folder (false when it is missing or cannot be looked at: reading it says why). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when `path` is missing, empty, or starts as a normalised CSV does (a check's earlier output). */
function mayOverwrite(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return true; // missing; anything else the write itself will say
  }
  try {
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === 0 || head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').startsWith(NORMALIZED_CSV_HEADER.join(','));
  } finally {
    closeSync(fd);
  }
}

/** Why `out` cannot take the normalised CSV of `inputs`, in Chinese; undefined when it can. */
export function outProblem(out: string, inputs: readonly string[]): string | undefined {
  if (isFolder(out)) return `--out ${out} 是文件夹，请写出文件名，如 ${resolve(out, 'normalized.csv')} (is a folder)`;
  if (!isFolder(dirname(resolve(out)))) return `--out 的文件夹不存在：${dirname(resolve(out))}，请先建好文件夹或换一个路径 (folder does not exist)`;
  if (isWorkbookName(out)) return `--out 写出的是CSV文件，文件名请以 .csv 结尾（不是 ${out}）(the output is CSV: name it .csv)`;
  if (inputs.some((p) => samePath(p, out))) return `--out ${out} 是要检查的文件之一，不会覆盖它，请换一个文件名 (would overwrite an input file)`;
  if (!mayOverwrite(out)) return `--out ${out} 已存在，且不是规范化CSV（可能是数据文件），不会覆盖它；请换一个文件名，或先删除它 (exists and is not a normalised CSV)`;
  // A read-only folder, or an earlier output made read-only: said now, not after a long import.
  const unwritable = notWritable(dirname(resolve(out))) ?? notWritable(out);
  return unwritable === undefined ? undefined : cannotWriteZh(out, unwritable);
}

/** The error of asking to write `path` (undefined when it may be written, or is missing). */
function notWritable(path: string): unknown {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (e) {
    return (e as { code?: unknown }).code === 'ENOENT' ? undefined : e;
  }
}

/**
 * Why `out` could not be written, in Chinese. On Windows a normalized.csv left open in Excel from the
 * last check refuses writing (EBUSY, or EPERM), the commonest case, so both say to close it first.
 */
export function cannotWriteZh(out: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const why = e instanceof Error ? e.message : String(e);
  if (code === 'EBUSY' || code === 'EPERM') return `无法写出 ${out}：文件可能正被其他程序（如Excel、WPS）打开，请关闭后再试，或换一个文件名 (${why})`;
  return `无法写出 ${out}：${writeReasonZh(code)} (${why})`;
}

/** Why stdout could not take the report (`npm run check -- x.csv > 报告.txt` on a full disk), in Chinese. */
export function cannotWriteReportZh(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const why = e instanceof Error ? e.message : String(e);
  return `无法输出报告：${writeReasonZh(code)}；报告不完整，退出码为2 (cannot write the report: ${why})`;
}

/** What a failed write's error code means, and what to do, in Chinese. */
function writeReasonZh(code: unknown): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return '磁盘空间不足，请清理磁盘或换一个位置再试';
  if (code === 'EACCES') return '没有权限写入这个位置，请换一个文件夹或文件名';
  if (code === 'EROFS') return '这个位置只读（如光盘、只读U盘或共享文件夹），请换一个文件夹';
  if (code === 'ENAMETOOLONG') return '文件名或路径太长，请改短文件名，或换一个层级浅的文件夹';
  return '请检查这个位置能否写入，或换一个文件名、文件夹再试';
}
