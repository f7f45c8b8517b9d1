/**
 * What the streaming import decides from the first part of a file (≥ 256K characters and
 * ≥ 1,000 lines, the sample the general path's detectors look at): newline, delimiter, header and
 * shape, with the same issues readGrid/detectShape give. A file that is not a plain long table
 * (single column, full-width commas, a header problem, another shape…) is declined with a reason.
 */
import { DELIMITER_CANDIDATES, delimiterLabel, detectDelimiter, detectNewline, type Newline } from '../rows/detect-delimiter';
import { detectShape, type TableShape } from '../table/detect-shape';
import { checkColumnCount, type FileLimits } from '../decode/file-limits';
import { findHeader, type HeaderResult } from '../table/find-header';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { splitLine } from '../rows/quoted-line';

/** Lines the header is looked for in. */
export const SAMPLE_ROWS = 1000;

const HTML = /^(<!doctype html|<html|<\?xml[^>]*>\s*<(html|workbook))/;

export interface Prelude {
  readonly newline: Newline;
  readonly delimiter: string;
  readonly header: HeaderResult;
  readonly shape: TableShape;
  /** The header row's cells (as papaparse gives them). */
  readonly headerCells: readonly string[];
  /** Issues up to the stray-CR note (delimiter, column count). */
  readonly before: ImportIssue[];
  /** Issues after it (header, shape). */
  readonly after: ImportIssue[];
  /** Lines above the data (1-based) that end with a stray CR. */
  readonly strayCrLines: number[];
  /** Offset in the text where the first data line starts. */
  readonly dataAt: number;
}

/** The prelude of `text` (BOM removed), or the reason to decline. `final`: the whole file. */
export function readPrelude(text: string, final: boolean, file: string, limits: FileLimits): Prelude | string {
  if (HTML.test(text.slice(0, 512).trimStart().toLowerCase())) return 'HTML page';
  const newline = detectNewline(text);
  const guess = detectDelimiter(text, newline);
  if (guess.singleColumn || guess.delimiter === '，' || !DELIMITER_CANDIDATES.includes(guess.delimiter)) return `delimiter ${JSON.stringify(guess.delimiter)}${guess.singleColumn ? ' (single column)' : ''}`;
  const delimiter = guess.delimiter;
  const before: ImportIssue[] = [];
  if (delimiter !== ',') {
    before.push(makeIssue('info', 'delimiter', { file }, `分隔符：${delimiterLabel(delimiter)}`, `Delimiter: ${JSON.stringify(delimiter)}.`));
  }
  const wide = checkColumnCount(guess.fieldsPerLine + 1, file, limits);
  if (wide) before.push(wide);
  // Split the sample: at most SAMPLE_ROWS complete lines (or all of a short file).
  const sample: string[][] = [];
  const starts: number[] = [];
  let pos = 0;
  while (sample.length < SAMPLE_ROWS) {
    let end = text.indexOf(newline, pos);
    if (end < 0) {
      if (!final || pos >= text.length) break;
      end = text.length;
    }
    starts.push(pos);
    let e = end;
    if (newline === '\n' && text.charCodeAt(e - 1) === 13) e--;
    const line = text.slice(pos, e);
    if (/[\r\n]/.test(line)) return `line ${sample.length + 1}: CR or LF inside a line`;
    const cells = splitLine(line, delimiter);
    if (!cells) return `line ${sample.length + 1}: quotes papaparse must read`;
    sample.push(cells);
    pos = end + newline.length;
  }
  const lines = sample.map((_, i) => i + 1);
  const header = findHeader(sample, lines, new Set(), file);
  if (header.headerRow < 0 || header.dataStart >= sample.length) return 'no header or no data in the sample';
  const odd = header.issues.find((i) => i.code === 'trailing-delimiter' || i.code === 'empty-column-dropped' || i.code === 'header-empty');
  if (odd) return `header: ${odd.code}`;
  const firstCol = header.columns[0]?.index ?? 0;
  const shapeResult = detectShape(header.columns, {
    file,
    ...(header.caption !== undefined ? { caption: header.caption } : {}),
    ...(header.defaultUnit !== undefined ? { defaultUnit: header.defaultUnit } : {}),
    firstColumn: sample.slice(header.dataStart, header.dataStart + 50).map((r) => r[firstCol] ?? ''),
  });
  const shape = shapeResult.shape;
  if (!shape || shape.kind !== 'long') return `shape ${shape?.kind ?? 'unknown'}`;
  const strayCrLines: number[] = [];
  for (let r = 0; r < header.dataStart; r++) {
    const end = r + 1 < starts.length ? starts[r + 1]! - 1 : text.length;
    if (newline === '\n' && text.charCodeAt(end - 1) === 13) strayCrLines.push(r + 1);
  }
  return {
    newline, delimiter, header, shape, headerCells: sample[header.headerRow]!, before,
    after: [...header.issues, ...shapeResult.issues], strayCrLines, dataAt: starts[header.dataStart]!,
  };
}
