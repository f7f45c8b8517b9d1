/**
 * One CSV record of any form, from its first byte: quoted cells (doubled quotes, delimiters and
 * line breaks inside them), line breaks of another kind inside unquoted cells, control
 * characters. The tokenizer's general path: csv-tokenizer.ts reads the plain one-line records
 * itself and hands every other one here, then cleans the cells up (row-hygiene.ts). It answers
 * QUOTES for what papaparse reads by error recovery (a closing quote followed by anything but a
 * delimiter or a line end, a quote never closed, a ^Z end-of-file mark outside quotes), and
 * NEED_MORE when the record goes on past the bytes pushed so far.
 */
import type { CellText } from './cell-text';

/** The delimiter's bytes (a full-width comma is three in UTF-8) and the newline (0 LF, 1 CRLF, 2 CR). */
export interface Dialect {
  readonly delimiter: Uint8Array;
  readonly mode: 0 | 1 | 2;
}

/**
 * A record read: its cells, its flags (1: a CR or LF inside a cell, 2: a control character, 4: a
 * cell that begins with `=`, maybe Excel's `="…"`), where the next starts.
 */
export interface RecordRead {
  readonly cells: string[];
  readonly flags: number;
  readonly next: number;
}

/** readRecord(): the rest of the record is in bytes not pushed yet. */
export const NEED_MORE = -2;
/** readRecord(): quotes papaparse must read. */
export const QUOTES = -1;

const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether the delimiter's further bytes follow its first at `b` (false when they are not all there). */
export function delimiterAt(bytes: Uint8Array, b: number, delimiter: Uint8Array): boolean {
  if (b + delimiter.length > bytes.length) return false;
  for (let k = 1; k < delimiter.length; k++) if (bytes[b + k] !== delimiter[k]) return false;
  return true;
}

/** The record at `pos` (with `final` the bytes end the file); `view` is a DataView of `bytes`. */
export function readRecord(bytes: Uint8Array, view: DataView, pos: number, final: boolean, dialect: Dialect, text: CellText): RecordRead | typeof NEED_MORE | typeof QUOTES {
  const n = bytes.length;
  const delim = dialect.delimiter;
  const d0 = delim[0]!;
  const wide = delim.length;
  const mode = dialect.mode;
  const cells: string[] = [];
  // Bit 1: a CR or LF inside a cell; bit 2: a control character; bit 4: a cell that begins with `=`.
  let flags = 0;
  let i = pos;
  for (;;) {
    if (i < n && bytes[i] === 34) {
      let j = i + 1;
      let doubled = false;
      let q: number;
      for (;;) {
        q = bytes.indexOf(34, j);
        if (q < 0) return final ? QUOTES : NEED_MORE;
        if (q + 1 >= n && !final) return NEED_MORE;
        if (bytes[q + 1] === 34) { doubled = true; j = q + 2; continue; }
        break;
      }
      let value = text.of(bytes, view, i + 1, q);
      if (doubled) value = value.replace(/""/g, '"');
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) flags |= 1;
      if (HAS_CONTROL.test(value)) flags |= 2;
      if (value.charCodeAt(0) === 61) flags |= 4;
      cells.push(value);
      j = q + 1;
      if (j >= n) return { cells, flags, next: n };
      const c = bytes[j]!;
      if (c === d0) {
        if (wide > 1 && j + wide > n && !final) return NEED_MORE;
        if (wide === 1 || delimiterAt(bytes, j, delim)) {
          i = j + wide;
          if (i >= n) { if (!final) return NEED_MORE; cells.push(''); return { cells, flags, next: n }; }
          continue;
        }
      }
      if (mode === 1) {
        if (c !== 13) return QUOTES;
        if (j + 1 >= n) return final ? QUOTES : NEED_MORE;
        if (bytes[j + 1] !== 10) return QUOTES;
        return { cells, flags, next: j + 2 };
      }
      if (c !== (mode === 0 ? 10 : 13)) return QUOTES;
      return { cells, flags, next: j + 1 };
    }
    // Unquoted cell: up to the delimiter or the line end; quotes inside are literal.
    if (i < n && bytes[i] === 61) flags |= 4;
    let j = i;
    let ended = false;
    for (; j < n; j++) {
      const c = bytes[j]!;
      if (c === d0) {
        if (wide === 1) break;
        if (j + wide > n && !final) return NEED_MORE;
        if (delimiterAt(bytes, j, delim)) break;
        continue;
      }
      if (c > 31 && c !== 127) continue;
      if (c === 10) {
        if (mode === 0) { ended = true; break; }
        flags |= 1;
      } else if (c === 13) {
        if (mode === 2) { ended = true; break; }
        if (mode === 1) {
          if (j + 1 >= n) { if (!final) return NEED_MORE; flags |= 1; continue; }
          if (bytes[j + 1] === 10) { ended = true; break; }
        }
        flags |= 1;
      } else if (c === 26) {
        // ^Z: papaparse's reader drops an end-of-file mark and the blanks after it; let it read the file.
        return QUOTES;
      } else if (c !== 9) flags |= 2;
    }
    if (j >= n) {
      if (!final) return NEED_MORE;
      cells.push(text.of(bytes, view, i, n));
      return { cells, flags, next: n };
    }
    cells.push(text.of(bytes, view, i, j));
    if (ended) return { cells, flags, next: j + (mode === 1 ? 2 : 1) };
    i = j + wide;
    if (i >= n) {
      if (!final) return NEED_MORE;
      cells.push('');
      return { cells, flags, next: n };
    }
  }
}
