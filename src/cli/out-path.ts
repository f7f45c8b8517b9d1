/**
 * Where `npm run check --out` may write the normalised CSV. Refused before anything is imported,
 * so a colleague learns of a typo at once, not after a long check: a folder that does not exist
 * (creating it would hide the typo), an input file (its data would be lost), a workbook name (Excel
 * would call the CSV inside corrupt). An existing output file is overwritten, as a re-run expects.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const WORKBOOK = /\.(?:xlsx|xlsm|xls|et)$/i;

/** A path as one key per file: absolute, and case-blind on Windows. */
export function pathKey(p: string): string {
  return process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p);
}

/** Two paths naming one file. */
export function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Why `out` cannot take the normalised CSV of `inputs`, in Chinese; undefined when it can. */
export function outProblem(out: string, inputs: readonly string[]): string | undefined {
  if (isFolder(out)) return `--out ${out} 是文件夹，请写出文件名，如 ${resolve(out, 'normalized.csv')} (is a folder)`;
  if (!isFolder(dirname(resolve(out)))) return `--out 的文件夹不存在：${dirname(resolve(out))}，请先建好文件夹或换一个路径 (folder does not exist)`;
  if (WORKBOOK.test(out)) return `--out 写出的是CSV文件，文件名请以 .csv 结尾（不是 ${out}）(the output is CSV: name it .csv)`;
  if (inputs.some((p) => samePath(p, out))) return `--out ${out} 是要检查的文件之一，不会覆盖它，请换一个文件名 (would overwrite an input file)`;
  return undefined;
}

/**
 * Why `out` could not be written, in Chinese. On Windows a normalized.csv left open in Excel from the
 * last check refuses writing (EBUSY, or EPERM), the commonest case, so both say to close it first.
 */
export function cannotWriteZh(out: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const why = e instanceof Error ? e.message : String(e);
  if (code === 'EBUSY' || code === 'EPERM') return `无法写出 ${out}：文件可能正被其他程序（如Excel、WPS）打开，请关闭后再试，或换一个文件名 (${why})`;
  if (code === 'EACCES') return `无法写出 ${out}：没有权限写入这个位置，请换一个文件夹 (${why})`;
  return `无法写出 ${out} (cannot write: ${why})`;
}
