/**
 * Text → rows of cells. The ONLY file that imports papaparse. We call it synchronously on the
 * whole decoded string with an explicit delimiter and newline (no worker, no chunks, no guessing:
 * its own guesses and its streaming mode misread some files), then compute each row's physical
 * line ourselves, because papaparse's row numbers count records, not lines.
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Newline } from './detect-delimiter';
import { RowHygiene } from './row-hygiene';

export interface ParsedRows {
  /** Cells per record, control characters removed. */
  readonly rows: string[][];
  /** 1-based physical line where each record starts (a quoted newline makes a record span lines). */
  readonly lines: number[];
  /** Records that must not be imported (a field swallowed the rest of the file). */
  readonly broken: ReadonlySet<number>;
  readonly issues: ImportIssue[];
}

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
  const hygiene = new RowHygiene(newline, file);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    line += 1 + hygiene.clean(rows[r]!, line);
  }
  issues.push(...hygiene.issues());

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
