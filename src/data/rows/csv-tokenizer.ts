/**
 * Text → rows of cells, streaming: decoded text arrives in pieces of any size and every complete
 * record goes to `onRow` with the physical line it starts on. It reads what papaparse reads with an
 * explicit delimiter and newline (quoted cells with doubled quotes, delimiters and line breaks
 * inside quotes, CRLF/LF/CR) and gives the same rows after the same clean-up (row-hygiene.ts).
 * It declines (push/end return false) the dialects where papaparse's error recovery decides what a
 * cell means — a closing quote followed by anything but a delimiter or a line end, a quote never
 * closed, a ^Z end-of-file mark outside quotes — and the caller reads that file with papaparse (parse-rows.ts) instead. papaparse is the
 * oracle of tests/data/rows/csv-tokenizer.test.ts.
 */
import type { Newline } from './detect-delimiter';
import { RowHygiene } from './row-hygiene';

/** Receives one record: its cells (a fresh array) and the 1-based line it starts on. */
export type RowHandler = (cells: string[], line: number) => void;

const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NEED_MORE = -2;
const DECLINE = -1;
/** Columns whose cells split() stops comparing with the record before after two misses in a row. */
const TRACKED_COLUMNS = 64;

export class CsvTokenizer {
  private pending = '';
  private line = 1;
  private declined = false;
  private lf = 0;
  private cr = 0;
  private readonly dc: number;
  private readonly mode: 0 | 1 | 2;
  private prevCells: string[] = [];
  /** Per column: records in a row whose cell differed from the one before (see split()). */
  private readonly misses = new Uint8Array(TRACKED_COLUMNS);
  readonly hygiene: RowHygiene;

  constructor(delimiter: string, newline: Newline, file: string, private readonly onRow: RowHandler) {
    this.dc = delimiter.charCodeAt(0);
    this.mode = newline === '\n' ? 0 : newline === '\r\n' ? 1 : 2;
    this.hygiene = new RowHygiene(newline, file);
  }

  /** Physical line breaks read so far, as countLineBreaks counts them on the bytes. */
  get lineBreaks(): number {
    return this.lf > 0 ? this.lf : this.cr;
  }

  /**
   * Feeds the next piece of text. False: a quote papaparse must read (nothing more is read).
   * `maxLines`: stop (false) once the text has more line breaks than that.
   */
  push(text: string, maxLines = Infinity): boolean {
    if (this.declined) return false;
    if (!this.read(text)) return this.decline();
    return this.lineBreaks <= maxLines || this.decline();
  }

  private read(text: string): boolean {
    let from = 0;
    if (this.pending !== '') {
      // Finish the carried partial record on a small string of its own, so the big piece is read
      // as it came from the decoder (a concatenation would be a slow-to-index cons string).
      const cut = text.indexOf(this.mode === 2 ? '\r' : '\n');
      if (cut < 0) { this.pending += text; return true; }
      const head = this.pending + text.slice(0, cut + 1);
      const used = this.records(head, false, 0);
      if (used === DECLINE) return false;
      if (used < head.length) {
        // A record that goes on past this line (a quoted line break): read on from the joined text.
        const all = this.pending + text; // head is a prefix of it
        const more = this.records(all, false, used);
        if (more === DECLINE) return false;
        this.pending = more < all.length ? all.slice(more) : '';
        return true;
      }
      from = cut + 1;
    }
    const used = this.records(text, false, from);
    if (used === DECLINE) return false;
    this.pending = used < text.length ? text.slice(used) : '';
    return true;
  }

  /** Ends the text. False when declined. */
  end(): boolean {
    if (this.declined) return false;
    const tail = this.pending;
    this.pending = '';
    if (tail !== '' && this.records(tail, true, 0) === DECLINE) return this.decline();
    return true;
  }

  private decline(): false {
    this.declined = true;
    this.pending = '';
    return false;
  }


  /**
   * Reads the complete records of `text`; returns where the unread rest starts (NEED_MORE never
   * escapes: it becomes that start), or DECLINE. With `final` the text ends the file.
   */
  private records(text: string, final: boolean, start: number): number {
    const n = text.length;
    const mode = this.mode;
    let pos = start;
    while (pos < n) {
      // The common record: one line, no quote, control character or stray CR/LF (split() says).
      const next = this.split(text, pos);
      if (next > 0) {
        if (mode !== 2) this.lf++;
        if (mode !== 0) this.cr++;
        pos = next;
        continue;
      }
      const end = this.record(text, pos, final);
      if (end === DECLINE) return DECLINE;
      if (end === NEED_MORE) return pos;
      for (let i = pos; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) this.lf++; else if (c === 13) this.cr++;
      }
      pos = end;
    }
    return pos;
  }

  /**
   * The one-line record at `from`, when it is plain: its line end is in `text`, a quoted cell has
   * no quote, line break or control character inside, and no control character or stray CR/LF
   * is inside the others. Returns where the next record
   * starts, or -1 (nothing emitted: record() reads it). One pass over the characters; a cell equal
   * to the same cell of the record before is matched in place and reuses that string (long files
   * repeat the code, names and period on every row, and equal strings are then the same string).
   * A column whose cell differed from the record before's twice in a row (the values of a wide
   * file) is compared again only on every eighth record.
   */
  private split(text: string, from: number): number {
    const prev = this.prevCells;
    const misses = this.misses;
    const probe = (this.line & 7) === 0;
    const dc = this.dc;
    const n = text.length;
    const cells: string[] = [];
    let a = from;
    let delimited = false;
    for (let k = 0; ; k++) {
      const p = prev[k];
      let b = a;
      if (p !== undefined && (k >= TRACKED_COLUMNS || misses[k]! < 2 || probe)) {
        const len = p.length;
        let j = 0;
        while (j < len && a + j < n && p.charCodeAt(j) === text.charCodeAt(a + j)) j++;
        b = a + j;
        if (j === len && b < n) {
          const c = text.charCodeAt(b);
          if (c === dc) { cells.push(p); a = b + 1; if (k < TRACKED_COLUMNS) misses[k] = 0; continue; }
          if (c === 10 || c === 13) {
            const next = this.lineEnd(text, b, c);
            if (next < 0) return -1;
            cells.push(p);
            if (k < TRACKED_COLUMNS) misses[k] = 0;
            return this.deliver(cells, next, delimited);
          }
        }
        if (k < TRACKED_COLUMNS && misses[k]! < 255) misses[k]!++;
      }
      if (b === a && b < n && text.charCodeAt(b) === 34) {
        // A quoted cell with no quote, line break or control character inside (`"1,234"`): the
        // text between its quotes, as record() reads it. Anything else is record()'s to read.
        // A record with a delimiter inside a cell is not compared with (see deliver).
        let q = a + 1;
        for (; q < n; q++) {
          const c = text.charCodeAt(q);
          if (c === 34) break;
          if (c === dc) delimited = true;
          else if (c < 32 ? c !== 9 : c === 127) return -1;
        }
        if (q + 1 >= n) return -1;
        const c = text.charCodeAt(q + 1);
        if (c === dc) { cells.push(text.slice(a + 1, q)); a = q + 2; continue; }
        if (c !== 10 && c !== 13) return -1;
        const next = this.lineEnd(text, q + 1, c);
        if (next < 0) return -1;
        cells.push(text.slice(a + 1, q));
        return this.deliver(cells, next, delimited);
      }
      for (; b < n; b++) {
        const c = text.charCodeAt(b);
        if (c > 31 && c !== 127) { if (c === dc) break; continue; }
        if (c === dc) break;
        if (c === 10 || c === 13) {
          const next = this.lineEnd(text, b, c);
          if (next < 0) return -1;
          cells.push(text.slice(a, b));
          return this.deliver(cells, next, delimited);
        }
        if (c !== 9) return -1;
      }
      if (b >= n) return -1;
      cells.push(text.slice(a, b));
      a = b + 1;
    }
  }

  /** After the cells of a plain record ending at `b` (a CR or LF `c`): where the next record starts, or -1. */
  private lineEnd(text: string, b: number, c: number): number {
    const mode = this.mode;
    if (mode === 0) return c === 10 ? b + 1 : -1;
    if (mode === 2) return c === 13 ? b + 1 : -1;
    return c === 13 && text.charCodeAt(b + 1) === 10 ? b + 2 : -1;
  }

  /**
   * Hands on a plain record. It is the next one's record before unless a cell of it holds the
   * delimiter: a cell matched in place must end where its text ends.
   */
  private deliver(cells: string[], next: number, delimited: boolean): number {
    if (!delimited) this.prevCells = cells;
    this.onRow(cells, this.line++);
    return next;
  }

  /** One record from `pos`: where the next starts, NEED_MORE, or DECLINE. */
  private record(text: string, pos: number, final: boolean): number {
    const n = text.length;
    const dc = this.dc;
    const mode = this.mode;
    const cells: string[] = [];
    // Bit 1: a CR or LF inside a cell; bit 2: a control character.
    let flags = 0;
    let i = pos;
    for (;;) {
      if (i < n && text.charCodeAt(i) === 34) {
        let value = '';
        let from = i + 1;
        let j = from;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) return final ? DECLINE : NEED_MORE;
          if (q + 1 >= n && !final) return NEED_MORE;
          if (text.charCodeAt(q + 1) === 34) { value += text.slice(from, q + 1); j = q + 2; from = j; continue; }
          value += text.slice(from, q);
          j = q + 1;
          break;
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) flags |= 1;
        if (HAS_CONTROL.test(value)) flags |= 2;
        cells.push(value);
        if (j >= n) return this.emit(cells, flags, n);
        const c = text.charCodeAt(j);
        if (c === dc) {
          i = j + 1;
          if (i >= n) { if (!final) return NEED_MORE; cells.push(''); return this.emit(cells, flags, n); }
          continue;
        }
        if (mode === 1) {
          if (c !== 13) return DECLINE;
          if (j + 1 >= n) return final ? DECLINE : NEED_MORE;
          if (text.charCodeAt(j + 1) !== 10) return DECLINE;
          return this.emit(cells, flags, j + 2);
        }
        if (c !== (mode === 0 ? 10 : 13)) return DECLINE;
        return this.emit(cells, flags, j + 1);
      }
      // Unquoted cell: up to the delimiter or the line end; quotes inside are literal.
      let j = i;
      let ended = false;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c > 31 && c !== dc && c !== 127) continue;
        if (c === dc) break;
        if (c === 10) {
          if (mode === 0) { ended = true; break; }
          flags |= 1;
        } else if (c === 13) {
          if (mode === 2) { ended = true; break; }
          if (mode === 1) {
            if (j + 1 >= n) { if (!final) return NEED_MORE; flags |= 1; continue; }
            if (text.charCodeAt(j + 1) === 10) { ended = true; break; }
          }
          flags |= 1;
        } else if (c === 26) {
          // ^Z: papaparse's reader drops an end-of-file mark and the blanks after it; let it read the file.
          return DECLINE;
        } else if (c !== 9) flags |= 2;
      }
      if (j >= n) {
        if (!final) return NEED_MORE;
        cells.push(text.slice(i, n));
        return this.emit(cells, flags, n);
      }
      cells.push(text.slice(i, j));
      if (ended) return this.emit(cells, flags, j + (mode === 1 ? 2 : 1));
      i = j + 1;
      if (i >= n) {
        if (!final) return NEED_MORE;
        cells.push('');
        return this.emit(cells, flags, n);
      }
    }
  }

  /** Hands a record on, after the clean-up papaparse's reader applies; returns `next`. */
  private emit(cells: string[], flags: number, next: number): number {
    const line = this.line;
    this.line += 1 + ((flags & 3) === 0 ? 0 : this.hygiene.clean(cells, line, (flags & 2) !== 0));
    this.onRow(cells, line);
    return next;
  }

}
