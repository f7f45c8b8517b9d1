/**
 * Text → rows of cells. The ONLY file that imports papaparse. We call it synchronously on the
 * whole decoded string with an explicit delimiter and newline (no worker, no chunks, no guessing:
 * reliability-notes §1.1), then compute each row's physical line ourselves, because papaparse's
 * row numbers count records, not lines.
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Newline } from './detect-delimiter';

export interface ParsedRows {
  /** Cells per record, control characters removed. */
  readonly rows: string[][];
  /** 1-based physical line where each record starts (a quoted newline makes a record span lines). */
  readonly lines: number[];
  /** Records that must not be imported (a field swallowed the rest of the file). */
  readonly broken: ReadonlySet<number>;
  readonly issues: ImportIssue[];
}

/** Physical line breaks inside a string (CRLF counts once). */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

// NUL and C0 controls other than tab/CR/LF, DEL, and the ^Z end-of-file marker some tools append.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MAX_CELL_ISSUES = 50;

/** Parses `text` into records. Never throws; quote problems come back as issues. */
export function parseRows(text: string, delimiter: string, newline: Newline, file: string): ParsedRows {
  const issues: ImportIssue[] = [];
  // A trailing ^Z (DOS end-of-file) is not data.
  let body = text.replace(/\u001A+\s*$/, '');
  if (body.length !== text.length && body.length > 0 && !/[\r\n]$/.test(body)) body += newline;
  const result = Papa.parse<string[]>(body, {
    header: false, delimiter, newline, skipEmptyLines: false, quoteChar: '"', escapeChar: '"',
  });
  const rows = result.data;
  // A final newline makes papaparse emit one empty record; it is not a line of the file.
  if (rows.length > 0 && body.endsWith(newline)) {
    const last = rows[rows.length - 1]!;
    if (last.length === 1 && last[0] === '') rows.pop();
  }

  const lines = new Array<number>(rows.length);
  let line = 1;
  let strayCr = 0;
  let firstStrayCr = 0;
  let controlIssues = 0;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    const row = rows[r]!;
    let breaks = 0;
    for (let c = 0; c < row.length; c++) {
      let cell = row[c]!;
      if (newline === '\n' && c === row.length - 1 && cell.endsWith('\r')) {
        // A CRLF line inside an LF file: the CR is a leftover line ending, not data.
        cell = cell.slice(0, -1);
        if (strayCr++ === 0) firstStrayCr = line;
      }
      breaks += countBreaks(cell);
      if (HAS_CONTROL.test(cell)) {
        if (controlIssues++ < MAX_CELL_ISSUES) {
          issues.push(makeIssue('warning', 'control-char', { file, line: line + breaks, column: c + 1 },
            `第${line}行第${c + 1}列含有不可见的控制字符（如NUL），已删除`,
            `Line ${line}, column ${c + 1}: control characters (e.g. NUL) removed.`));
        }
        cell = cell.replace(CONTROL, '');
      }
      row[c] = cell;
    }
    line += 1 + breaks;
  }
  if (controlIssues > MAX_CELL_ISSUES) {
    issues.push(makeIssue('warning', 'control-char', { file },
      `另有${controlIssues - MAX_CELL_ISSUES}个单元格含控制字符，已删除`, `${controlIssues - MAX_CELL_ISSUES} more cells had control characters removed.`));
  }
  if (strayCr > 0) {
    issues.push(makeIssue('info', 'stray-cr', { file, line: firstStrayCr },
      `文件混用了换行符（CRLF与LF），已去掉${strayCr}行末尾多余的回车符`,
      `Mixed line endings: removed a stray CR at the end of ${strayCr} lines.`));
  }

  const broken = new Set<number>();
  for (const e of result.errors) {
    if (e.code === 'MissingQuotes') {
      // An unclosed quote swallows everything after it into the last record's last field.
      const r = rows.length - 1;
      if (r < 0) continue;
      broken.add(r);
      const col = rows[r]!.length;
      issues.push(makeIssue('error', 'unclosed-quote', { file, line: lines[r]!, column: col },
        `第${lines[r]}行第${col}列：引号未闭合。该单元格吞掉了其后所有内容，请检查该处的双引号后重新导出`,
        `Line ${lines[r]}, column ${col}: unclosed quote; the field swallowed the rest of the file.`));
    } else if (e.code === 'InvalidQuotes') {
      const r = e.row !== undefined && e.row >= 0 && e.row < rows.length ? e.row : -1;
      issues.push(makeIssue('warning', 'invalid-quotes', { file, line: r >= 0 ? lines[r]! : 0 },
        `${r >= 0 ? `第${lines[r]}行` : ''}引号格式不规范（引号后紧跟其他字符），已按原样读取，请核对该行`,
        `${r >= 0 ? `Line ${lines[r]}: ` : ''}malformed quotes; read as-is, please check the row.`));
    }
    // 'Delimiter' errors cannot happen: the delimiter is always explicit. FieldMismatch needs header:true.
  }
  return { rows, lines, broken, issues };
}

/**
 * The content of ONE quoted cell (`"""4050""人员安置"` → `"4050"人员安置`) as papaparse reads it,
 * or null when papaparse does not read it as exactly one clean field. The fast import finds cell
 * boundaries itself and asks this (once per distinct cell text), so papaparse still decides what
 * every quoted cell means.
 */
export function parseQuotedCell(raw: string, delimiter: string): string | null {
  if (raw.length < 2 || raw.charCodeAt(0) !== 34 || raw.charCodeAt(raw.length - 1) !== 34) return null;
  const r = Papa.parse<string[]>(raw, { header: false, delimiter, newline: '\n', skipEmptyLines: false, quoteChar: '"', escapeChar: '"' });
  if (r.errors.length > 0 || r.data.length !== 1 || r.data[0]!.length !== 1) return null;
  const cell = r.data[0]![0]!;
  return HAS_CONTROL.test(cell) || /[\r\n]/.test(cell) ? null : cell;
}
