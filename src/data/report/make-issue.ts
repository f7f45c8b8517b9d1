/**
 * Small constructors for ImportIssue so every pipeline step reports problems the same way:
 * 1-based physical line and column, a stable code, Chinese first.
 */
import { columnLetter, type ImportIssue, type IssuePlace, type Severity } from './import-report';

/** Where an issue is: file name, 1-based physical line (0 = whole file), 1-based column (0 = none). */
export interface IssueAt {
  readonly file: string;
  /** Workbook sheet name (Excel files only). */
  readonly sheet?: string;
  readonly line?: number;
  readonly column?: number;
  readonly columnName?: string;
}

export function makeIssue(
  severity: Severity, code: string, at: IssueAt, message: string, messageEn: string,
): ImportIssue {
  const out: ImportIssue = {
    severity, code, file: at.file, ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    line: at.line ?? 0, column: at.column ?? 0,
    message: clipQuotes(oneLine(message), ZH_QUOTED, 'zh'), messageEn: clipQuotes(oneLine(messageEn), EN_QUOTED, 'en'),
  };
  return at.columnName !== undefined && at.columnName !== '' ? { ...out, columnName: at.columnName } : out;
}

/** A message quoting a cell typed with Alt+Enter (`花园路⏎社区`) stays one line in the report. */
function oneLine(message: string): string {
  return /[\r\n]/.test(message) ? message.replace(/\r\n|[\r\n]/g, '⏎') : message;
}

/** Longest text a message quotes from a cell; a longer one (a note pasted into a cell) is cut. */
const MAX_QUOTED = 40;
/** A quoted text too long to show whole: “…” in Chinese messages, "…" in English ones. */
const ZH_QUOTED = new RegExp(`“([^“”]{${MAX_QUOTED + 1},})”`, 'g');
const EN_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED + 1},})"`, 'g');

/** The message with every over-long quoted text cut to its first MAX_QUOTED characters and its length: `“备注备注…”（共5000字）`. */
function clipQuotes(message: string, quoted: RegExp, lang: 'zh' | 'en'): string {
  // Messages are short: most never reach the pattern at all.
  if (message.length <= MAX_QUOTED + 2) return message;
  return message.replace(quoted, (whole: string, text: string) => {
    const chars = Array.from(text);
    if (chars.length <= MAX_QUOTED) return whole;
    const head = chars.slice(0, MAX_QUOTED).join('');
    return lang === 'zh' ? `“${head}…”（共${chars.length}字）` : `"${head}…" (${chars.length} characters)`;
  });
}

/** `第3行`, `第3行第2列（人口）` style location prefix used in Chinese messages (numbers, as the catalogue writes them). */
export function whereZh(line: number, column = 0, columnName?: string): string {
  let s = line > 0 ? `第${line}行` : '';
  if (column > 0) s += `第${column}列` + (columnName ? `（${columnName}）` : '');
  return s;
}

/** `line 3, column B (人口)` for English messages. */
export function whereEn(line: number, column = 0, columnName?: string): string {
  const parts: string[] = [];
  if (line > 0) parts.push(`line ${line}`);
  if (column > 0) parts.push(`column ${column} (${columnLetter(column)})` + (columnName ? ` "${columnName}"` : ''));
  return parts.join(', ');
}

/** Compresses sorted line numbers into `3-7、9、12-13` for messages. */
export function lineRanges(lines: readonly number[], max = 20): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length && out.length < max) {
    const start = lines[i]!;
    let end = start;
    while (i + 1 < lines.length && lines[i + 1] === end + 1) end = lines[++i]!;
    out.push(start === end ? String(start) : `${start}-${end}`);
    i++;
  }
  if (i < lines.length) out.push('…');
  return out.join('、');
}

/**
 * `文件.xlsx › 3月 › 第5行`: file, sheet (workbooks only) and line (when known) of an issue or row,
 * for text reports (the CLI, the report panel's file cell).
 */
export function placeZh(at: { readonly file: string; readonly sheet?: string; readonly line?: number; readonly places?: readonly IssuePlace[] }): string {
  const parts = [at.places !== undefined ? placesZh(at.places) : at.file];
  if (at.places === undefined && at.sheet !== undefined) parts.push(at.sheet);
  if (at.line !== undefined && at.line > 0) parts.push(`第${at.line}行`);
  return parts.join(' › ');
}

/** Places named in full before the rest are counted (`等12个工作表`). */
export const PLACES_NAMED = 4;

/**
 * The files and sheets of an issue found in several (ImportIssue.places): `年报.xlsx › 1月、2月、3月`
 * for sheets of one workbook, `a.csv、b.csv` for files, `a.xlsx › 3月、b.xlsx › 3月` for both;
 * past PLACES_NAMED the rest are counted (`1月、2月、3月、4月等12个工作表`).
 */
export function placesZh(places: readonly IssuePlace[]): string {
  const file = places[0]!.file;
  const oneFile = places.every((p) => p.file === file && p.sheet !== undefined);
  const names = places.map((p) => (oneFile ? p.sheet! : p.sheet !== undefined ? `${p.file} › ${p.sheet}` : p.file));
  const listed = names.slice(0, PLACES_NAMED).join('、');
  const rest = names.length > PLACES_NAMED ? `等${names.length}个${places.some((p) => p.sheet !== undefined) ? '工作表' : '文件'}` : '';
  return oneFile ? `${file} › ${listed}${rest}` : `${listed}${rest}`;
}
