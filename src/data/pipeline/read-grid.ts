/**
 * The first half of the pipeline for one file: bytes → text → delimiter and newline → rows →
 * header. Shared by the importer and by oracle tests (csv-spectrum) that only need the grid.
 */
import { decodeBytes, type TextEncodingName } from '../decode/decode-bytes';
import { checkColumnCount, checkFileSize, FILE_LIMITS, type FileLimits } from '../decode/file-limits';
import { delimiterLabel, detectDelimiter, detectNewline, type Newline } from '../rows/detect-delimiter';
import { findHeader, type HeaderResult } from '../table/find-header';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parseRows, type ParsedRows } from '../rows/parse-rows';

export interface Grid {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly newline: Newline;
  readonly parsed: ParsedRows;
  readonly header: HeaderResult;
  readonly issues: ImportIssue[];
}

/**
 * Decodes and parses one file; null grid when the file is blocked before parsing (xlsx, empty…).
 * `limits` are the size limits (tests make them small).
 */
export function readGrid(bytes: Uint8Array, file: string, encoding?: string, limits: FileLimits = FILE_LIMITS): { grid: Grid | null; issues: ImportIssue[]; encoding: string } {
  const size = checkFileSize(bytes, file, limits);
  if (size.blocked) return { grid: null, issues: size.issues, encoding: '' };
  const dec = decodeBytes(bytes, file, encoding);
  const issues = [...size.issues, ...dec.issues];
  if (dec.blocked) return { grid: null, issues, encoding: dec.encoding };
  const newline = detectNewline(dec.text);
  const guess = detectDelimiter(dec.text, newline);
  if (guess.singleColumn) {
    issues.push(makeIssue('info', 'single-column', { file }, '文件只有一列（未发现分隔符）', 'The file has a single column (no delimiter found).'));
  } else if (guess.delimiter === '，') {
    issues.push(makeIssue('warning', 'delimiter-fullwidth', { file },
      '分隔符是全角逗号“，”，已按此拆分各列，请核对预览', 'The delimiter is the full-width comma "，"; please check the preview.'));
  } else if (guess.delimiter !== ',') {
    issues.push(makeIssue('info', 'delimiter', { file }, `分隔符：${delimiterLabel(guess.delimiter)}`, `Delimiter: ${JSON.stringify(guess.delimiter)}.`));
  }
  // Columns are counted from the delimiter guess (modal delimiters per line + 1), before parsing.
  const wide = checkColumnCount(guess.singleColumn ? 1 : guess.fieldsPerLine + 1, file, limits);
  if (wide) issues.push(wide);
  const parsed = parseRows(dec.text, guess.delimiter, newline, file);
  issues.push(...parsed.issues);
  const header = findHeader(parsed.rows, parsed.lines, parsed.broken, file);
  issues.push(...header.issues);
  if (header.headerRow >= 0 && header.dataStart >= parsed.rows.length) {
    issues.push(makeIssue('error', 'header-only', { file, line: parsed.lines[header.headerRow]! },
      '文件只有表头没有数据', 'The file has a header but no data rows.'));
  }
  return { grid: { encoding: dec.encoding, delimiter: guess.delimiter, newline, parsed, header, issues }, issues, encoding: dec.encoding };
}
