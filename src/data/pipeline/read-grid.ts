/**
 * The rows the pipeline reads from one file, with its header, collected into a grid instead of
 * going on to the records. The same FileReader as every import (decode → delimiter and newline →
 * tokenizer, papaparse where the tokenizer declines); for the oracle tests (csv-spectrum,
 * papaparse) and anything that wants to preview a file's rows.
 */
import type { ImportIssue } from '../report/import-report';
import { IssueSink } from '../report/issue-sink';
import type { Newline } from '../rows/detect-delimiter';
import type { ParsedRows } from '../rows/parse-rows';
import { findHeader, type HeaderResult } from '../table/find-header';
import { FileReader, type ReadMode } from './read-file';
import { usedWidth } from './read-rows';

export interface Grid {
  readonly encoding: string;
  readonly delimiter: string;
  readonly newline: Newline;
  readonly parsed: ParsedRows;
  readonly header: HeaderResult;
  readonly issues: ImportIssue[];
}

/** Reads one file's rows and header; null grid when the file is blocked before it has rows (xlsx, empty…). */
export function readGrid(bytes: Uint8Array, file: string, encoding?: string): { grid: Grid | null; issues: ImportIssue[]; encoding: string } {
  for (let mode: ReadMode = 'whole'; ;) {
    const sink = new IssueSink();
    const rows: string[][] = [];
    const lines: number[] = [];
    const broken = new Set<number>();
    const reader: FileReader = new FileReader(file, bytes.length, sink, { mode, ...(encoding !== undefined ? { encoding } : {}) }, () => ({
      row(cells, line, b = false) { if (b) broken.add(rows.length); rows.push(cells); lines.push(line); },
      end: () => ({ shape: null, rows: rows.length, structural: 0, columns: usedWidth(rows) }),
    }));
    if (!reader.push(bytes) || !reader.end()) { mode = reader.again ?? 'papaparse'; continue; }
    const issues = sink.issues;
    if (reader.delimiter === '' && rows.length === 0) return { grid: null, issues, encoding: reader.encodingUsed };
    const header = findHeader(rows, lines, broken, file);
    return {
      grid: { encoding: reader.encodingUsed, delimiter: reader.delimiter, newline: reader.newline, parsed: { rows, lines, broken, issues }, header, issues },
      issues, encoding: reader.encodingUsed,
    };
  }
}
