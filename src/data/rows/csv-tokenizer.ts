/**
 * Bytes → rows of cells, streaming: a file's bytes arrive in pieces of any size and every complete
 * record goes to its sink's `row` with the physical line it starts on. It reads what papaparse reads with an
 * explicit delimiter and newline (quoted cells with doubled quotes, delimiters and line breaks
 * inside quotes, CRLF/LF/CR) and gives the same rows after the same clean-up (row-hygiene.ts).
 *
 * It works on the bytes, not on decoded text: the delimiter, quote and line breaks are found in
 * the bytes and only cells are decoded (cell-text.ts), each distinct short text once. Plain
 * one-line records are split here (split()); any other record is read by csv-record.ts. UTF-8 takes
 * any delimiter; GB18030 takes `,`, tab and `;`, whose bytes never occur inside a GB18030
 * character (`canRead`). Text decoded some other way is read as its UTF-8 bytes.
 *
 * It declines (push/end return false, `declined` says why):
 * - `quotes`: the dialects where papaparse's error recovery decides what a cell means — a closing
 *   quote followed by anything but a delimiter or a line end, a quote never closed, a ^Z
 *   end-of-file mark outside quotes; the caller reads that file with papaparse (parse-rows.ts).
 * - `encoding`: bytes the file's decoder refuses, a U+FFFD, or in a GB18030 file a line in UTF-8;
 *   the caller reads the file whole with decodeBytes, which explains or decodes those.
 * - `lines`: more line breaks than push's `maxLines` (the file is read whole, to be blocked).
 * papaparse is the oracle of tests/data/rows/csv-tokenizer.test.ts.
 */
import { countLineKinds, LineKind } from '../decode/line-encodings';
import { CellText, SHORT_ASCII, type CellEncoding } from './cell-text';
import { delimiterAt, NEED_MORE, QUOTES, readRecord, type Dialect } from './csv-record';
import { equalPrefix } from './equal-prefix';
import type { Newline } from './detect-delimiter';
import { RowHygiene } from './row-hygiene';
import { MAX_COMPARED, RecordBefore, TRACKED_COLUMNS } from './record-before';

/**
 * Receives each record: its cells (a fresh array) and the 1-based line it starts on. An object
 * with a method, not a closure made per file: optimised code that calls a per-file closure is
 * thrown away once that file's import is collected ("weak objects"), and the next import starts cold.
 */
export interface RowSink {
  row(cells: string[], line: number): void;
}
export type TokenizerDecline = 'quotes' | 'encoding' | 'lines';

/** records(): the tokenizer declined the bytes. */
const DECLINE = -3;
/** split(): the record is not plain; record() reads it. */
const NOT_PLAIN = -4;
/** Byte classes of split()'s scan. */
const ORDINARY = 0;
const DELIMITER = 1;
const LINE_BREAK = 2;
const CONTROL = 3;
const NO_BYTES = new Uint8Array(0);

/** Whether the tokenizer reads `delimiter` in bytes of `encoding` (else: as UTF-8, encoded from the text). */
export function canRead(delimiter: string, encoding: CellEncoding): boolean {
  return encoding === 'utf-8' || delimiter === ',' || delimiter === '\t' || delimiter === ';';
}

export class CsvTokenizer {
  /** Why push or end returned false (null while reading). */
  declined: TokenizerDecline | null = null;
  readonly hygiene: RowHygiene;
  /** The bytes of a record the last piece cut. */
  private pending: Uint8Array = NO_BYTES;
  private line = 1;
  private lf = 0;
  private cr = 0;
  /** The delimiter's bytes: the first, and all (a full-width comma is three in UTF-8). */
  private readonly d0: number;
  private readonly delim: Uint8Array;
  private readonly mode: 0 | 1 | 2;
  private readonly dialect: Dialect;
  private readonly gb: boolean;
  private readonly text: CellText;
  /** The last plain record, which the next one is compared with (split()). */
  private readonly before = new RecordBefore();
  /** The bytes being split, and a DataView of them. */
  private viewed: Uint8Array = NO_BYTES;
  private view: DataView = new DataView(NO_BYTES.buffer);
  /** What each byte is to split(): ORDINARY, the DELIMITER's first byte, a LINE_BREAK, another CONTROL character. */
  private readonly cls = new Uint8Array(256);
  /** Bytes above this (but DEL) are ORDINARY whatever the delimiter. */
  private readonly low: number;

  /**
   * `judge`: the bytes are the file's own (false for text decoded already, given as UTF-8; its
   * encoding was judged where it was decoded).
   */
  constructor(delimiter: string, newline: Newline, file: string, encoding: CellEncoding, private readonly sink: RowSink, judge = true) {
    if (!canRead(delimiter, encoding)) throw new Error(`delimiter ${JSON.stringify(delimiter)} is not read in ${encoding} bytes`);
    this.delim = new TextEncoder().encode(delimiter);
    this.d0 = this.delim[0]!;
    for (let c = 0; c < 32; c++) this.cls[c] = c === 9 ? ORDINARY : CONTROL;
    this.cls[127] = CONTROL;
    this.cls[10] = LINE_BREAK;
    this.cls[13] = LINE_BREAK;
    this.cls[this.d0] = DELIMITER;
    // (A delimiter of several bytes begins above 0x7F: every byte is then looked up.)
    this.low = this.d0 < 0x80 ? Math.max(31, this.d0) : 255;
    this.mode = newline === '\n' ? 0 : newline === '\r\n' ? 1 : 2;
    this.dialect = { delimiter: this.delim, mode: this.mode };
    this.gb = encoding === 'gb18030';
    this.text = new CellText(encoding, judge);
    this.hygiene = new RowHygiene(newline, file);
  }

  /** Physical line breaks read so far, as countLineBreaks counts them on the bytes. */
  get lineBreaks(): number {
    return this.lf > 0 ? this.lf : this.cr;
  }

  /** The UTF-8 cells read so far showed a CJK character / letters GBK bytes become when misread as UTF-8. */
  get sawCjk(): boolean {
    return this.text.sawCjk;
  }

  get sawMisread(): boolean {
    return this.text.sawMisread;
  }

  /**
   * Feeds the next bytes. False: declined (nothing more is read).
   * `maxLines`: stop (false) once the bytes have more line breaks than that.
   */
  push(bytes: Uint8Array, maxLines = Infinity): boolean {
    if (this.declined !== null) return false;
    if (!this.read(bytes)) return false;
    return this.lineBreaks <= maxLines || this.decline('lines');
  }

  private read(bytes: Uint8Array): boolean {
    let from = 0;
    const pending = this.pending;
    if (pending.length > 0) {
      // Finish the carried partial record on a small joined piece, so the big piece is read where it is.
      const cut = bytes.indexOf(this.mode === 2 ? 13 : 10);
      if (cut < 0) { this.pending = join(pending, bytes, bytes.length); return true; }
      const head = join(pending, bytes, cut + 1);
      const used = this.records(head, false, 0);
      if (used === DECLINE) return false;
      if (used < head.length) {
        // A record that goes on past this line (a quoted line break): read on from all the bytes.
        const all = join(pending, bytes, bytes.length);
        const more = this.records(all, false, used);
        if (more === DECLINE) return false;
        this.pending = more < all.length ? all.slice(more) : NO_BYTES;
        return true;
      }
      from = cut + 1;
    }
    const used = this.records(bytes, false, from);
    if (used === DECLINE) return false;
    this.pending = used < bytes.length ? bytes.slice(used) : NO_BYTES;
    return true;
  }

  /** Ends the bytes. False when declined. */
  end(): boolean {
    if (this.declined !== null) return false;
    const tail = this.pending;
    this.pending = NO_BYTES;
    return tail.length === 0 || this.records(tail, true, 0) !== DECLINE;
  }

  private decline(why: TokenizerDecline): false {
    if (this.declined === null) this.declined = why;
    this.pending = NO_BYTES;
    return false;
  }

  /**
   * Reads the complete records of `bytes` from `start`; returns where the unread rest starts
   * (NEED_MORE never escapes: it becomes that start), or DECLINE. With `final` the bytes end the file.
   */
  private records(bytes: Uint8Array, final: boolean, start: number): number {
    const n = bytes.length;
    const mode = this.mode;
    let pos = start;
    while (pos < n) {
      // The common record: one line, no quote, control character or stray CR/LF (split() says).
      const next = this.split(bytes, pos);
      if (next >= 0) {
        if (mode !== 2) this.lf++;
        if (mode !== 0) this.cr++;
        pos = next;
        continue;
      }
      if (next === DECLINE) return DECLINE;
      this.before.forget();
      const end = this.record(bytes, pos, final);
      if (end === DECLINE) return DECLINE;
      if (end === NEED_MORE) return pos;
      for (let i = pos; i < end; i++) {
        const c = bytes[i]!;
        if (c === 10) this.lf++; else if (c === 13) this.cr++;
      }
      pos = end;
    }
    return pos;
  }

  /** A DataView of `bytes` (the last one made, while the bytes are the same). */
  private viewOf(bytes: Uint8Array): DataView {
    if (bytes !== this.viewed) {
      this.viewed = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    return this.view;
  }

  /**
   * The one-line record at `from`, when it is plain: its line end is in `bytes`, a quoted cell has
   * no quote, line break or control character inside, and no control character or stray CR/LF
   * is inside the others. Returns where the next record starts, NOT_PLAIN (nothing emitted:
   * record() reads it) or DECLINE. Long files repeat the code, names and period of the record
   * before, so its bytes are compared first: the cells that end (delimiter included) inside the
   * bytes both records begin with are its cells again, and reuse its strings. After the first
   * difference, a cell whose bytes equal the same cell's of the record before is matched in place
   * and reuses that string too; a column whose cell differed from the record before's twice in a
   * row (the values of a wide file) is compared again only on every eighth record.
   */
  private split(bytes: Uint8Array, from: number): number {
    const before = this.before;
    const prev = before.cells;
    const prevBytes = before.bytes;
    const prevView = before.view;
    const pf = before.from;
    const { start, end, next: nextAt, kind: kindOf, misses } = before;
    const { text, cls, low } = this;
    const probe = (this.line & 7) === 0;
    const d0 = this.d0;
    const wide = this.delim.length;
    const digits = d0 - 48 >>> 0 > 9;
    const n = bytes.length;
    const compared = prev.length;
    let delimited = false;
    // The cells inside the bytes this record and the one before begin with are the record before's.
    const view = this.viewOf(bytes);
    const same = before.samePrefix(bytes, view, from);
    let k = 0;
    while (k < compared && nextAt[k]! <= same) k++;
    // (Pushed one by one: an array made by slice() makes every reader of the rows slower.)
    const cells: string[] = [];
    for (let i = 0; i < k; i++) cells.push(prev[i]!);
    let kinds = 0;
    if (this.gb) for (let i = 0; i < k; i++) kinds |= kindOf[i]!;
    let a = from;
    if (k > 0) {
      a = from + nextAt[k - 1]!;
      // The whole record again (the last cell's next is past its line end).
      if (k === compared) return this.deliver(bytes, from, cells, a, delimited, kinds);
    }
    // Cell `first` holds the first difference: it is not compared again.
    const first = k;
    for (; ; k++) {
      // A record of more cells than the places kept is record()'s to read.
      if (k === MAX_COMPARED) return NOT_PLAIN;
      let b = a;
      let c = -1;
      // The record before's string, when this cell's bytes are its cell's up to a delimiter or line end.
      let cell: string | null = null;
      let kind = 0;
      if (k < compared && k !== first && (k >= TRACKED_COLUMNS || misses[k]! < 2 || probe)) {
        const ps = pf + start[k]!;
        const len = end[k]! - start[k]!;
        const lim = len < n - a ? len : n - a;
        const j = equalPrefix(prevBytes, prevView, ps, bytes, view, a, lim);
        b = a + j;
        if (j === len && b < n) {
          c = bytes[b]!;
          if ((c === d0 && (wide === 1 || delimiterAt(bytes, b, this.delim))) || c === 10 || c === 13) {
            cell = prev[k]!;
            kind = kindOf[k]!;
            if (k < TRACKED_COLUMNS) misses[k] = 0;
            start[k] = a - from; end[k] = b - from;
          }
        }
        // A delimiter of several bytes may start inside the bytes that matched: look again from the cell's start.
        if (cell === null && wide > 1) b = a;
      }
      if (cell === null && b === a && b < n && bytes[b] === 34) {
        if (k < TRACKED_COLUMNS && misses[k]! < 255) misses[k]!++;
        // A quoted cell with no quote, line break or control character inside (`"1,234"`): the
        // bytes between its quotes, as record() reads them. Anything else is record()'s to read.
        // A record with a delimiter inside a cell is not compared with (see deliver).
        let q = a + 1;
        for (; q < n; q++) {
          const x = bytes[q]!;
          if (x === 34) break;
          if (x === d0) delimited = true;
          else if (x < 32 ? x !== 9 : x === 127) return NOT_PLAIN;
        }
        if (q + 1 >= n) return NOT_PLAIN;
        cell = text.of(bytes, view, a + 1, q);
        kind = text.kind;
        b = q + 1;
        c = bytes[b]!;
        if (!((c === d0 && (wide === 1 || delimiterAt(bytes, b, this.delim))) || c === 10 || c === 13)) return NOT_PLAIN;
        start[k] = a + 1 - from; end[k] = q - from; kindOf[k] = kind;
      } else if (cell === null) {
        if (k < TRACKED_COLUMNS && b === a && misses[k]! < 255) misses[k]!++;
        // The bytes matched before are plain; `high` gathers their bits and the rest's (ASCII or not).
        let high = 0;
        if (b > a) for (let i = a; i < b; i++) high |= bytes[i]!;
        // Digits (most value cells) are ordinary ASCII, unless one is the delimiter: no table lookup, nothing
        // for `high`. Their value, when they start the cell, finds a cell of one to four digits' text.
        const digitsFrom = b;
        let v = 0;
        if (digits) {
          for (; b < n; b++) {
            const d = bytes[b]! - 48;
            if (d >>> 0 > 9) break;
            v = v * 10 + d;
          }
        }
        const digitsTo = b;
        for (; b < n; b++) {
          c = bytes[b]!;
          // Most bytes are above the delimiter, tab, line breaks and controls: no table lookup.
          if (c > low && c !== 127) { high |= c; continue; }
          const t = cls[c]!;
          if (t === ORDINARY) { high |= c; continue; }
          if (t === DELIMITER) {
            if (wide === 1 || delimiterAt(bytes, b, this.delim)) break;
            high |= c;
            continue;
          }
          if (t === CONTROL) return NOT_PLAIN;
          break;
        }
        if (b >= n) return NOT_PLAIN;
        // Short ASCII (most numbers) is made at once; anything else is looked up or decoded (cell-text.ts).
        cell = b === digitsTo && digitsFrom === a && b - a <= 4 && b > a ? text.digitText(bytes, a, b, v)
          : high < 0x80 && b - a <= SHORT_ASCII ? text.ascii(bytes, a, b) : text.of(bytes, view, a, b);
        kind = high < 0x80 ? LineKind.Ascii : text.kind;
        // Excel's `="0012"` is the text inside (row-hygiene.ts); a cell matched in place reuses that text.
        if (bytes[a] === 61) cell = this.hygiene.excelText(cell, this.line, k + 1);
        start[k] = a - from; end[k] = b - from; kindOf[k] = kind;
      }
      kinds |= kind;
      cells.push(cell);
      if (c === d0) { nextAt[k] = b + wide - from; a = b + wide; continue; }
      const next = this.lineEnd(bytes, b, c);
      if (next < 0) return NOT_PLAIN;
      nextAt[k] = next - from;
      return this.deliver(bytes, from, cells, next, delimited, kinds);
    }
  }

  /** After the cells of a plain record ending at `b` (a CR or LF `c`): where the next record starts, or -1. */
  private lineEnd(bytes: Uint8Array, b: number, c: number): number {
    const mode = this.mode;
    if (mode === 0) return c === 10 ? b + 1 : -1;
    if (mode === 2) return c === 13 ? b + 1 : -1;
    return c === 13 && bytes[b + 1] === 10 ? b + 2 : -1;
  }

  /**
   * Hands on a plain record (or declines its bytes, see `encoding`). It is the next one's record
   * before unless a cell of it holds the delimiter: a cell matched in place must end where its
   * bytes end.
   */
  private deliver(bytes: Uint8Array, from: number, cells: string[], next: number, delimited: boolean, kinds: number): number {
    // A GB18030 file's line whose cells are all UTF-8 (with a multi-byte character) is a UTF-8 line.
    if (this.text.refused || (this.gb && kinds === LineKind.Utf8)) return this.decline('encoding') || DECLINE;
    if (delimited) this.before.forget();
    else this.before.keep(cells, bytes, this.view, from, next);
    this.sink.row(cells, this.line++);
    return next;
  }

  /** One record from `pos` (csv-record.ts): where the next starts, NEED_MORE, or DECLINE. */
  private record(bytes: Uint8Array, pos: number, final: boolean): number {
    const r = readRecord(bytes, this.viewOf(bytes), pos, final, this.dialect, this.text);
    if (r === NEED_MORE) return NEED_MORE;
    if (r === QUOTES) return this.decline('quotes') || DECLINE;
    return this.emit(bytes, pos, r.cells, r.flags, r.next);
  }

  /**
   * Hands a record (bytes[from, next)) on, after the clean-up papaparse's reader applies; returns
   * `next`, or DECLINE for bytes of another encoding (each of its lines is judged on its own).
   */
  private emit(bytes: Uint8Array, from: number, cells: string[], flags: number, next: number): number {
    if (this.text.refused || (this.gb && countLineKinds(bytes.subarray(from, next)).utf8 > 0)) return this.decline('encoding') || DECLINE;
    const line = this.line;
    this.line += 1 + (flags === 0 ? 0 : this.hygiene.clean(cells, line, (flags & 2) !== 0));
    this.sink.row(cells, line);
    return next;
  }
}

/** a, then b[0, bEnd). */
function join(a: Uint8Array, b: Uint8Array, bEnd: number): Uint8Array {
  const out = new Uint8Array(a.length + bEnd);
  out.set(a);
  out.set(b.subarray(0, bEnd), a.length);
  return out;
}
