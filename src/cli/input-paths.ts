/**
 * The files `npm run check` arguments name, as a colleague types them at a Windows prompt: a folder
 * stands for the data files in it (what dropping a folder's files on the app would import).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files the app's file picker accepts (ACCEPTED_EXTENSIONS in src/ui/import/ImportPanel.tsx). */
const DATA_FILE = /\.(?:csv|txt|tsv|xlsx|xlsm|xls|et)$/i;
/** Excel's and WPS's lock file beside an open workbook (~$2024年3月.xlsx), and hidden files. */
const NOT_DATA = /^(?:~\$|\.)/;

const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-CN', { numeric: true });

/** The paths to read, and lines to print (to stderr) saying what a folder stood for. */
export interface InputPaths { readonly paths: readonly string[]; readonly notes: readonly string[] }

/** The data files in `dir`, by name (2024年2月 before 2024年10月). */
function folderFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && DATA_FILE.test(e.name) && !NOT_DATA.test(e.name))
    .map((e) => e.name).sort(byName).map((n) => join(dir, n));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // read as a file: its reading says why it cannot be
  }
}

/** The files `args` name, or a Chinese message when one names nothing to read. */
export function inputPaths(args: readonly string[]): InputPaths | string {
  const paths: string[] = [];
  const notes: string[] = [];
  for (const a of args) {
    if (!isFolder(a)) { paths.push(a); continue; }
    const files = folderFiles(a);
    if (files.length === 0) return `文件夹 ${a} 里没有CSV或Excel文件（.csv .txt .tsv .xlsx .xls .et）(no data files in this folder)`;
    notes.push(`文件夹 ${a}：读取其中 ${files.length} 个文件 (reading ${files.length} files)`);
    paths.push(...files);
  }
  return { paths, notes };
}
