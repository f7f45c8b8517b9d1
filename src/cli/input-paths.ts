/**
 * The files `npm run check` arguments name, as a colleague types them at a Windows prompt: a folder
 * stands for the data files in it (what dropping a folder's files on the app would import), and a
 * wildcard (*.csv, 2024年?月.xlsx) is expanded here, as cmd.exe and PowerShell pass it on as it is.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DATA_FILE_EXTENSIONS, isDataFileName } from '../data/pipeline/data-file-names';
import { isFolder, pathKey } from './out-path';
/** Excel's and WPS's lock file beside an open workbook (~$2024年3月.xlsx), and hidden files. */
const NOT_DATA = /^(?:~\$|\.)/;

const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-CN', { numeric: true });

/**
 * The paths to read, and lines to print (to stderr) saying what a folder stood for. `bytePaths` holds,
 * for a listed file whose name is not UTF-8, its path as the bytes to open it by.
 */
export interface InputPaths { readonly paths: readonly string[]; readonly notes: readonly string[]; readonly bytePaths: ReadonlyMap<string, Buffer> }

/**
 * A file name that is not UTF-8 (a zip made on Chinese Windows, unpacked on Linux without -O GBK),
 * read as GBK; as Node reads it (U+FFFD for what it cannot) when it is not GBK either.
 */
function nameFromBytes(bytes: Buffer): string {
  try {
    return new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** The data files in `dir` whose names `keep`, by name (2024年2月 before 2024年10月); a name not UTF-8 is noted in `listing`. */
function folderFiles(dir: string, listing: Listing, keep: (name: string) => boolean = () => true): string[] {
  const files: { name: string; bytes?: Buffer }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
    // A symbolic link counts as the file it points to (a broken one, or one to a folder, as none).
    if (!e.isFile() && !(e.isSymbolicLink() && isFileAt(bytePath(dir, e.name)))) continue;
    const utf8 = e.name.toString('utf8');
    const name = Buffer.from(utf8).equals(e.name) ? utf8 : nameFromBytes(e.name);
    if (isDataFileName(name) && !NOT_DATA.test(name) && keep(name)) files.push({ name, ...(name !== utf8 ? { bytes: e.name } : {}) });
  }
  return files.sort((a, b) => byName(a.name, b.name)).map(({ name, bytes }) => {
    const path = join(dir, name);
    if (bytes) {
      listing.bytePaths.set(path, bytePath(dir, bytes));
      listing.notes.push(`${name} 的文件名不是UTF-8编码（可能是在Windows上打包、在Linux上解压的），按GBK读出文件名 (file name not UTF-8, read as GBK)`);
    }
    return path;
  });
}

/** The path of the entry `name` (as listed, in bytes) of the folder `dir`. */
const bytePath = (dir: string, name: Buffer): Buffer => Buffer.concat([Buffer.from(join(dir, '_')).subarray(0, -1), name]);

/** Whether `path` is a file, following a symbolic link (false when it is missing). */
function isFileAt(path: Buffer): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What listing folders found besides the paths: notes to print, and the byte paths of names not UTF-8. */
interface Listing { readonly notes: string[]; readonly bytePaths: Map<string, Buffer> }

/** `*` and `?` in a file name as a case-blind test, as Windows matches them. */
function wildcard(pattern: string): (name: string) => boolean {
  const body = pattern.replace(/[.+^$|()[\]{}\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const re = new RegExp(`^${body}$`, 'i');
  return (name) => re.test(name);
}

/** The data files a wildcard in the last part of `arg` matches (none when its folder is missing). */
function matches(arg: string, listing: Listing): string[] {
  const dir = dirname(arg);
  return isFolder(dir) ? folderFiles(dir, listing, wildcard(basename(arg))) : [];
}

/** Why `path` (a file, or the folder a folder or wildcard argument lists) could not be read, in Chinese with what to do, Node's own words after it. */
export function cannotReadZh(path: string, e: unknown, what: '文件' | '文件夹' = '文件'): string {
  const code = (e as { code?: unknown }).code;
  const why = e instanceof Error ? e.message : String(e);
  if (code === 'ENOENT') return `找不到${what} ${path}，请检查路径和文件名；路径中有空格时，整个路径要加英文双引号，如 "D:\\三月 报表\\东湖.csv" (not found)`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取${what} ${path}，请检查权限或复制一份再检查 (permission denied: ${why})`;
  if (code === 'ERR_FS_FILE_TOO_LARGE') return `文件太大，无法读取：${path} 超过 2 GB，请按月份或街道拆分成几个文件再检查 (${why})`;
  if (code === 'EBUSY') return `文件 ${path} 正被其他程序（如Excel、WPS）占用，请关闭后再试 (file busy: ${why})`;
  if (code === 'ENAMETOOLONG') return `文件名或路径太长，无法读取${what} ${path}，请改短文件名，或移到层级浅的文件夹再检查 (name too long: ${why})`;
  return `无法读取${what} ${path}：请检查它能否打开，或复制一份再检查 (cannot read: ${why})`;
}

/**
 * `D:\三月 报表"` as `D:\三月 报表`: Windows reads "D:\三月 报表\" (a folder typed or completed with its
 * last backslash) as an escaped quote, kept at the end of the argument.
 */
function strayQuote(arg: string): string {
  return arg.endsWith('"') && !existsSync(arg) && existsSync(arg.slice(0, -1)) ? arg.slice(0, -1) : arg;
}

/**
 * The files `args` name, or a Chinese message when one names nothing to read. A folder or wildcard
 * leaves out `output` (the --out file): a check re-run into the same folder would read its last
 * normalised CSV as data.
 */
export function inputPaths(args: readonly string[], output?: string): InputPaths | string {
  try {
    return listed(args, output);
  } catch (e) {
    const path = (e as { path?: unknown }).path; // the folder readdir could not list
    return cannotReadZh(typeof path === 'string' ? path : args.join(' '), e, '文件夹');
  }
}

function listed(args: readonly string[], output?: string): InputPaths | string {
  const paths: string[] = [];
  const listing: Listing = { notes: [], bytePaths: new Map() };
  const { notes } = listing;
  const skip = (found: string[]): string[] => {
    const kept = output === undefined ? found : found.filter((p) => pathKey(p) !== pathKey(output));
    if (kept.length < found.length) notes.push(`跳过 --out 的输出文件 ${output} (skipping the output file)`);
    return kept;
  };
  for (const arg of args) {
    // A batch file's %1 with nothing in it, and the - other commands read standard input by: no file to read.
    if (arg.trim() === '') return '有一个文件参数是空的（批处理中的 %1 没有值？），请写出要检查的文件或文件夹 (an empty argument)';
    if (arg === '-') return '不能从标准输入（-）读取，请先把内容保存成CSV文件，再写出文件名 (reading standard input is not supported)';
    const a = strayQuote(arg);
    if (/[*?]/.test(basename(a)) && !existsSync(a)) {
      const found = skip(matches(a, listing));
      if (found.length === 0) return `没有与 ${a} 匹配的CSV或Excel文件 (no data file matches this pattern)`;
      notes.push(`${a}：匹配到 ${found.length} 个文件 (matched ${found.length} files)`);
      paths.push(...found);
      continue;
    }
    if (!isFolder(a)) { paths.push(a); continue; }
    const files = skip(folderFiles(a, listing));
    if (files.length === 0) return `文件夹 ${a} 里没有CSV或Excel文件（${DATA_FILE_EXTENSIONS.join(' ')}）(no data files in this folder)`;
    notes.push(`文件夹 ${a}：读取其中 ${files.length} 个文件 (reading ${files.length} files)`);
    paths.push(...files);
  }
  return { ...once(paths, notes), bytePaths: listing.bytePaths };
}

/**
 * `paths` with each file once: the same file named twice (by hand, or by name and by its folder or a
 * wildcard) would be imported twice, every warning said twice. Windows paths are case-blind.
 */
function once(paths: readonly string[], notes: string[]): Omit<InputPaths, 'bytePaths'> {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of paths) {
    const key = pathKey(p);
    if (seen.has(key)) notes.push(`${p} 重复指定，只读取一次 (given twice, read once)`);
    else { seen.add(key); kept.push(p); }
  }
  return { paths: kept, notes };
}
