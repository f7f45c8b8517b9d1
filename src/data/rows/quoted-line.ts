/**
 * Cell boundaries of one line that contains a double quote, for the fast import. Only the plain
 * RFC 4180 form is accepted: a quote opens a cell only as its first character, `""` inside is an
 * escaped quote, and the closing quote is followed directly by the delimiter, the file's newline
 * or the end of the file. Anything else (a quote inside a cell, a newline or control character
 * inside quotes, text after the closing quote, a CR before the LF of a quoted last cell in an LF
 * file) is DECLINE: papaparse reads those, with its warnings, on the general path. What a quoted
 * cell means is still papaparse's answer (parseQuotedCell in parse-rows.ts).
 */
import type { Newline } from './detect-delimiter';
import { parseQuotedCell } from './parse-rows';

/** The line is cut off by the end of the chunk: read it again with more text. */
export const NEED_MORE = -1;
/** Not the plain form: the general path must read the file. */
export const DECLINE = -2;

/** Where the cells of the last scanned line are: text[start[k], end[k]), quoted or not. */
export class LineCells {
  n = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly quoted: boolean[] = [];
  /** The line ended with CRLF in an LF file (a stray CR, removed with a note). */
  strayCr = false;
  /** The line ended with a newline (not with the end of the file). */
  terminated = false;
}

/**
 * Scans the line of `text` that starts at `from`; fills `out` and returns where the next line
 * starts (text.length at the end of the file), NEED_MORE or DECLINE. `final`: no text follows.
 */
export function scanLine(text: string, from: number, final: boolean, dc: number, nl: Newline, out: LineCells): number {
  const n = text.length;
  let k = 0;
  let i = from;
  out.strayCr = false;
  for (;;) {
    const a = i;
    const quoted = i < n && text.charCodeAt(i) === 34;
    if (quoted) {
      for (i++; ; i++) {
        if (i >= n) return final ? DECLINE : NEED_MORE; // unclosed, or cut by the chunk
        const c = text.charCodeAt(i);
        if (c === 34) {
          if (i + 1 >= n && !final) return NEED_MORE; // `""` may continue in the next chunk
          if (text.charCodeAt(i + 1) === 34) { i++; continue; }
          i++;
          break;
        }
        if ((c < 32 && c !== 9) || c === 127) return DECLINE; // newline or control inside quotes
      }
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== dc && c !== 10 && !(c === 13 && nl !== '\n')) return DECLINE;
      }
    } else {
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c > 31 && c !== dc && c !== 127 && c !== 34) continue;
        if (c === dc || c === 10 || c === 13) break;
        if (c !== 9) return DECLINE; // a quote inside a cell, or a control character
      }
    }
    out.start[k] = a;
    out.end[k] = i;
    out.quoted[k] = quoted;
    k++;
    if (i >= n) {
      if (!final) return NEED_MORE;
      out.n = k;
      out.terminated = false;
      return n;
    }
    const c = text.charCodeAt(i);
    if (c === dc) { i++; continue; }
    out.n = k;
    out.terminated = true;
    if (c === 10) return nl === '\n' ? i + 1 : DECLINE;
    if (nl === '\r') return i + 1;
    if (i + 1 >= n) return final ? DECLINE : NEED_MORE;
    if (text.charCodeAt(i + 1) !== 10) return DECLINE;
    out.strayCr = nl === '\n';
    return i + 2;
  }
}

/**
 * One complete line (no newline in it) → its cells as papaparse gives them (unquoted, not
 * trimmed), or null when it is not the plain form.
 */
export function splitLine(line: string, delimiter: string): string[] | null {
  if (line.indexOf('"') < 0) return line.split(delimiter);
  const out = new LineCells();
  if (scanLine(line, 0, true, delimiter.charCodeAt(0), '\n', out) !== line.length) return null;
  const cells: string[] = [];
  for (let k = 0; k < out.n; k++) {
    const raw = line.slice(out.start[k], out.end[k]);
    const cell = out.quoted[k] ? parseQuotedCell(raw, delimiter) : raw;
    if (cell === null) return null;
    cells.push(cell);
  }
  return cells;
}
