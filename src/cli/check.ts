/**
 * `npm run check -- [--json] [--each] [--out normalized.csv] [--encoding GBK] FILE|FOLDER...`
 * Runs the same import pipeline as the app on the files (a folder: its CSV and workbook files), as
 * one import (or, with --each, one import per file), and prints the report.
 * Exit 0 when importable (warnings too: nearly every real file has some, and a batch file's
 * `if errorlevel 1` should stop only on what blocks), 1 when blocked, 2 on usage errors (unknown
 * flag, no files, unreadable file, unwritable --out or report), 3 on a fault of the check itself.
 * --help lists them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFiles, type ImportResult, type InputFile } from '../data/pipeline/import-files';
import { toNormalizedCsv } from '../data/dataset/normalized-csv';
import { ENCODING_NAMES_ZH, encodingDisplayName, encodingFromLabel } from '../data/decode/decode-bytes';
import { delimiterLabel } from '../data/rows/detect-delimiter';
import { cellsWithoutNumber, columnLetter, type ImportIssue } from '../data/report/import-report';
import { placeZh } from '../data/report/make-issue';
import { sizeText } from '../data/report/size-text';
import { workbookLibFor } from '../data/rows/load-workbook-lib';
import type { WorkbookLib } from '../data/rows/read-workbook';
import { cannotReadZh, inputPaths } from './input-paths';
import { cannotWriteReportZh, cannotWriteZh, outProblem } from './out-path';

const USAGE = `用法 Usage: npm run check -- [--json] [--each] [--out normalized.csv] [--encoding GBK|ANSI|UTF-8|UTF-16LE] 文件或文件夹 FILE|FOLDER...
  --json        以JSON输出报告；importedRows 为导入的行数，不能导入时为0，counts.imported 则是可导入的行数
                (print the report as JSON; importedRows: rows imported, 0 when blocked; counts.imported: rows importable)
  --each        每个文件单独导入、单独报告 (import and report each file on its own)
  --out FILE    写出规范化长表CSV（UTF-8 BOM）；只覆盖以前写出的规范化CSV (write the normalised long CSV)
  --encoding E  指定编码，不自动识别 (force an encoding)
  文件夹：检查其中所有CSV和Excel/WPS文件；也可用通配符，如 "D:\\三月 报表\\*.xlsx" (a folder: its data files; wildcards work)
退出码 Exit codes（批处理可用 if errorlevel 判断）:
  0  可以导入（有警告时也是0，警告请看报告）(importable, warnings included)
  1  不能导入，请按报告修正 (blocked)
  2  参数有误或文件无法读取、无法写出 (bad arguments, unreadable input, unwritable --out or report)
  3  检查程序出错，请把提示和文件发给维护者 (internal error)`;

interface Args { json: boolean; each: boolean; out?: string; encoding?: string; files: string[] }

/**
 * Sets --out or --encoding; a second one is refused (which of two outputs was meant?), and so is an
 * empty one (--out= would write nothing, silently).
 */
function setOption(args: Args, flag: string, value: string): string | undefined {
  if (value.trim() === '') return needsValue(flag);
  const key = flag === '--out' ? 'out' : 'encoding';
  if (args[key] !== undefined) return `${flag} 只能指定一次（已有 ${args[key]}），请只保留一个 (given twice)`;
  args[key] = value;
  return undefined;
}

/** `--out 需要一个参数`, with what to write after it. */
function needsValue(flag: string): string {
  return `${flag} 需要一个参数，请在它后面写上${flag === '--out' ? '文件名，如 --out normalized.csv' : '编码，如 --encoding GBK'} (needs a value)`;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, each: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--each') args.each = true;
    else if (a === '--out' || a === '--encoding') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return needsValue(a);
      const twice = setOption(args, a, v);
      if (twice) return twice;
    } else if (a.startsWith('--out=') || a.startsWith('--encoding=')) {
      const eq = a.indexOf('=');
      const twice = setOption(args, a.slice(0, eq), a.slice(eq + 1));
      if (twice) return twice;
    } else if (a === '--help' || a === '-h' || a === '/?' || a === '-?') return ''; // /? as Windows commands take it
    else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') return `未知参数 ${a}，请对照下面的用法检查拼写 (unknown option: ${a})`;
    else args.files.push(a);
  }
  if (args.files.length === 0) return '没有指定文件，请在命令后写出要检查的文件或文件夹，如 npm run check -- "D:\\三月 报表\\东湖.csv" (no files given)';
  // The import would warn and detect instead; in a batch file that is a check run on a guess, exit 0.
  if (args.encoding !== undefined && !encodingFromLabel(args.encoding)) {
    return `不认识的编码“${args.encoding}”，可用：${ENCODING_NAMES_ZH} (unknown encoding)`;
  }
  if (args.each && args.out) return '--each 不能与 --out 同时使用，请去掉其中一个 (--each cannot be combined with --out)';
  return args;
}

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const SHAPE_ZH = { long: '长表', wide: '宽表', transposed: '转置表', vertical: '单社区竖表' } as const;

/**
 * `a.csv:5:2` for a text file (`a.csv 第2列` for a whole column: `a.csv:2` would read as line 2);
 * `文件.xlsx › 3月 › 第5行 C列` for a workbook sheet; an issue found in several sheets or files
 * names them all the same way (`文件.xlsx › 1月、2月 › 第5行 C列`, placesZh).
 */
function location(i: ImportIssue): string {
  if (i.sheet !== undefined || i.places !== undefined) return placeZh(i) + (i.column > 0 ? ` ${columnLetter(i.column)}列` : '');
  if (i.line > 0) return [i.file, String(i.line), ...(i.column > 0 ? [String(i.column)] : [])].join(':');
  return i.column > 0 ? `${i.file} 第${i.column}列` : i.file;
}

/**
 * Issues (and refused rows) listed per kind: past this a terminal only scrolls the first off screen
 * (300 columns of 30余 gave 6,300 warning lines); the count of the rest is said, --json has them all.
 */
const LISTED = 200;

/** `approximate-value 6100、value-not-number 3`: what the issues not listed are, most first. */
function byCode(issues: readonly ImportIssue[]): string {
  const n = new Map<string, number>();
  for (const i of issues) n.set(i.code, (n.get(i.code) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]).map(([code, k]) => `${code} ${k}`).join('、');
}

function printReadable(r: ImportResult): void {
  const { report } = r;
  const lines: string[] = [];
  lines.push(report.status === 'ok' ? '结果：可以导入 ✓' : '结果：不能导入 ✗（请先修正下列错误）');
  lines.push('', '文件：');
  let workbook = '';
  for (const f of r.files) {
    // A workbook's size is said once, at its first sheet (the app's 来源文件 list writes 〃 for the others).
    const size = f.sheet === undefined ? sizeText(f.bytes) : f.name === workbook ? '同一工作簿' : `工作簿 ${sizeText(f.bytes)}`;
    workbook = f.sheet !== undefined ? f.name : '';
    const parts = [
      f.encoding ? `编码 ${encodingDisplayName(f.encoding)}` : '',
      f.delimiter ? `分隔符 ${delimiterLabel(f.delimiter)}` : '',
      f.shape ? `形式 ${SHAPE_ZH[f.shape]}` : '',
      `数据行 ${f.rows}`,
      f.caption ? `标题“${f.caption}”` : '',
    ].filter((p) => p !== '');
    lines.push(`  ${placeZh({ file: f.name, ...(f.sheet !== undefined ? { sheet: f.sheet } : {}) })}（${size}）：${parts.join('，')}`);
  }
  const c = report.counts;
  const rest = `合并 ${c.merged} + 小计/合计 ${c.subtotal} + 空行 ${c.blank} + 未导入 ${c.rejected}（表头等 ${c.structural} 行）`;
  const errors = report.issues.filter((i) => i.severity === 'error');
  if (report.status === 'blocked') {
    // A blocked import imports nothing: its rows are importable, not imported (导入 12 beside 观测值 0
    // read as twelve rows in and none out), and the first error says why, before the full list.
    const first = errors[0];
    lines.push('', `行数：共 ${c.rowsIn} 行数据，没有导入任何一行 = 可导入（未导入）${c.imported} + ${rest}`);
    lines.push(`观测值：0，未导入。原因：${first ? `${location(first)} ${first.message}` : '有错误'}${errors.length > 1 ? `（另有 ${errors.length - 1} 处错误，见下）` : ''}`);
  } else {
    lines.push('', `行数：共 ${c.rowsIn} 行数据 = 导入 ${c.imported} + ${rest}`);
    const empty = cellsWithoutNumber(report);
    lines.push(`观测值：${report.observations}${empty > 0 ? `（有数值 ${report.values}，空白或不是数字 ${empty}）` : ''}`);
  }
  if (r.dataset) lines.push(`单位 ${r.dataset.units.length} 个，期间 ${r.dataset.periods.join('、') || '无'}，指标 ${r.dataset.metrics.length} 个`);
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = report.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    lines.push('', `${SEVERITY_ZH[sev]}（${list.length}）：`);
    for (const i of list.slice(0, LISTED)) lines.push(`  [${i.code}] ${location(i)}  ${i.message}`);
    if (list.length > LISTED) lines.push(`  …另有 ${list.length - LISTED} 条${SEVERITY_ZH[sev]}未列出（--json 可看全部）：${byCode(list.slice(LISTED))}`);
  }
  const rejected = report.rows.filter((x) => x.outcome === 'rejected');
  if (rejected.length > 0) {
    lines.push('', `未导入的行（${rejected.length}）：`);
    for (const x of rejected.slice(0, LISTED)) lines.push(`  ${x.sheet !== undefined ? placeZh(x) : `${x.file}:${x.line}`}  ${x.reason}`);
    if (rejected.length > LISTED) lines.push(`  …另有 ${rejected.length - LISTED} 行`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

function toJson(r: ImportResult, out?: OutResult): unknown {
  return {
    status: r.report.status,
    // A blocked import imports nothing: counts.imported (the pipeline's, so that rowsIn still adds
    // up) is then the rows that could be; a script reading how many went in reads importedRows.
    importedRows: r.report.status === 'blocked' ? 0 : r.report.counts.imported,
    counts: r.report.counts,
    files: r.files,
    issues: r.report.issues.map((i) => ({
      severity: i.severity, code: i.code, file: i.file, ...(i.sheet !== undefined ? { sheet: i.sheet } : {}), line: i.line, column: i.column,
      columnName: i.columnName ?? null, message: i.message, messageEn: i.messageEn, ...(i.places !== undefined ? { places: i.places } : {}),
    })),
    rows: r.report.rows,
    observations: r.report.observations,
    values: r.report.values,
    ...(out ? { out } : {}),
  };
}

/**
 * SheetJS with its console lines muted while it reads: it writes "ODS number format may be
 * incorrect" to the console for each conditional format of an .ods (LibreOffice's accounting
 * styles), English lines above the report that say nothing about the data.
 */
function quietLib(lib: WorkbookLib): WorkbookLib {
  return {
    ...lib,
    read: (data, opts) => {
      const error = console.error;
      console.error = (...args: unknown[]) => { if (!String(args[0]).startsWith('ODS number format')) error(...args); };
      try { return lib.read(data, opts); } finally { console.error = error; }
    },
  };
}

/** Whether `argv` asks for --json (before a `--`): then stdout is JSON whatever happens, an error too. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Ends a check that printed no report. An error: its messages on stderr, and for --json the same as
 * JSON on stdout (`{ status: 'error', exitCode, messages }`), so that a script's JSON.parse never
 * fails. The usage asked for (exit 0) is the output: on stdout (`--help | more` pages it), as JSON
 * (`status: 'help'`) for --json.
 */
function endWithout(json: boolean, exitCode: number, messages: readonly string[], usage = false): number {
  const help = exitCode === 0;
  const lines = [...messages, ...(usage ? [USAGE] : [])];
  if (!json || !help) (help ? process.stdout : process.stderr).write(lines.map((m) => m + '\n').join(''));
  if (json) process.stdout.write(JSON.stringify({ status: help ? 'help' : 'error', exitCode, messages: help ? lines : messages }, null, 2) + '\n');
  return exitCode;
}

/** What became of --out: written (with its rows), or not, and the line said about it on stderr. */
interface OutResult { readonly path: string; readonly written: boolean; readonly rows?: number; readonly message: string }

/** Writes the normalised CSV of `result` to `out` (or not, when blocked). */
function writeOut(out: string, result: ImportResult): OutResult {
  // An older file left in place is named, as it is not this check's.
  const existed = existsSync(out);
  if (!result.dataset) {
    const older = existed ? `；${out} 仍是上次写出的内容，不是这次的结果` : '';
    return { path: out, written: false, message: `导入被阻止，未写出规范化CSV${older} (blocked: normalised CSV not written)` };
  }
  try {
    writeFileSync(out, '\uFEFF' + toNormalizedCsv(result.dataset), 'utf8');
  } catch (e) {
    return { path: out, written: false, message: cannotWriteZh(out, e) };
  }
  const rows = result.dataset.obs.value.length;
  return { path: out, written: true, rows, message: `已写出规范化CSV ${out}（${rows} 行${existed ? '，覆盖了原有文件' : ''}）(written)` };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const json = wantsJson(argv);
  const args = parseArgs(argv);
  if (typeof args === 'string') return args === '' ? endWithout(json, 0, [], true) : endWithout(json, 2, [args], true);
  const named = inputPaths(args.files, args.out);
  if (typeof named === 'string') return endWithout(json, 2, [named]);
  for (const note of named.notes) process.stderr.write(note + '\n');
  const outBad = args.out !== undefined ? outProblem(args.out, named.paths) : undefined;
  if (outBad) return endWithout(json, 2, [outBad]);
  const inputs: InputFile[] = [];
  const unreadable: string[] = []; // every file that cannot be read is named, not just the first (two halves of an unquoted path)
  for (const path of named.paths) {
    try {
      inputs.push({ name: basename(path), bytes: new Uint8Array(readFileSync(named.bytePaths.get(path) ?? path)) });
    } catch (e) {
      unreadable.push(cannotReadZh(path, e));
    }
  }
  if (unreadable.length > 0) return endWithout(json, 2, unreadable);
  // SheetJS is loaded only when a workbook (by its bytes) is among the files.
  const loaded = await workbookLibFor(inputs);
  const workbookLib = loaded ? quietLib(loaded) : undefined;
  const opts = { ...(args.encoding ? { encoding: args.encoding } : {}), ...(workbookLib ? { workbookLib } : {}) };
  if (args.each) {
    const results = inputs.map((f) => importFiles([f], opts));
    if (args.json) process.stdout.write(JSON.stringify(results.map((r) => toJson(r)), null, 2) + '\n');
    else results.forEach((r, k) => { process.stdout.write(`${k > 0 ? '\n' : ''}== ${inputs[k]!.name} ==\n`); printReadable(r); });
    return results.every((r) => r.report.status === 'ok') ? 0 : 1;
  }
  const result = importFiles(inputs, opts);
  // Written before the report, so that --json can say whether it was; said on stderr after it, so --json output stays JSON.
  const out = args.out !== undefined ? writeOut(args.out, result) : undefined;
  if (args.json) process.stdout.write(JSON.stringify(toJson(result, out), null, 2) + '\n');
  else printReadable(result);
  if (out) process.stderr.write(out.message + '\n');
  if (out && !out.written && result.dataset) return 2;
  return result.report.status === 'ok' ? 0 : 1;
}

/**
 * Runs the check as the command does. A reader that stops early (| more, | head, a closed window) is
 * no failure of the check: the rest of the report is dropped, and the exit code stays the check's own.
 * A report stdout cannot take (a full disk under `> 报告.txt`) is exit 2, as an --out that cannot be
 * written; a fault of the check itself is exit 3, never 1, which a batch file reads as blocked.
 */
function runCommand(argv: readonly string[]): void {
  let reportLost = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || reportLost) return;
    reportLost = true;
    process.stderr.write(cannotWriteReportZh(e) + '\n');
    process.exitCode = 2;
  });
  // No top-level await: scripts/check-cli.mjs runs this bundled as CommonJS (for V8's code cache), which has none.
  void main(argv).then((code) => { process.exitCode = reportLost ? 2 : code; }, (e: unknown) => {
    const why = e instanceof Error ? e.message : String(e);
    process.stderr.write(`检查程序出错（不是文件的问题）：${why}。请把这段信息和要检查的文件发给维护者 (internal error)\n`);
    if (e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
    if (wantsJson(argv)) process.stdout.write(JSON.stringify({ status: 'error', exitCode: 3, messages: [why] }, null, 2) + '\n');
    process.exitCode = 3;
  });
}

runCommand(process.argv.slice(2));
