/**
 * Streaming fast import of ONE file: bytes arrive in chunks; a streaming TextDecoder keeps a
 * multi-byte character split across chunks intact, the partial last line (and a CR that may be
 * the first half of a CRLF) is carried into the next chunk, and complete lines go straight to
 * FastLongRows — no whole-file string and no per-row arrays.
 *
 * It only takes files the general path would read the same way: no control characters or U+FFFD,
 * strict UTF-8 (or GB18030 when the first chunk is not UTF-8), one record per line, quotes only in
 * the plain RFC 4180 form (quoted-line.ts; papaparse still reads each quoted cell), a long table.
 * Anything else makes push()/finish() return false ("declined", with a reason) and the caller runs
 * the general pipeline (papaparse) on the whole file instead. Detection (stream-prelude.ts) runs on
 * the first ≥ 256K characters and ≥ 1,000 lines, exactly the sample the general path's detectors
 * look at. The size checks of file-limits.ts run at the end, on the bytes and line breaks read.
 */
import type { Newline } from '../rows/detect-delimiter';
import { FastLongRows } from '../records/fast-long-rows';
import type { FastRecords } from '../records/fast-records';
import { fileSizeIssues, FILE_LIMITS, type FileLimits } from '../decode/file-limits';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { DECLINE, LineCells, NEED_MORE, scanLine } from '../rows/quoted-line';
import { RowCells } from '../rows/row-cells';
import { isWorkbookBytes } from '../rows/read-workbook';
import { StreamDecoder } from '../decode/stream-decode';
import { readPrelude, SAMPLE_ROWS } from './stream-prelude';

/** What the general path would have summarised for the file. */
export interface StreamFileSummary {
  readonly name: string;
  readonly bytes: number;
  readonly encoding: string;
  readonly delimiter: string;
  readonly shape: 'long';
  readonly caption?: string;
  readonly rows: number;
  /** Title/unit/header lines above the data. */
  readonly structural: number;
}

const PRELUDE_CHARS = 256 * 1024 + 16;
// NUL and C0 controls other than tab/CR/LF, DEL, ^Z (as parse-rows.ts removes them, with a warning).
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const MISREAD_LETTERS = /[\u00C0-\u00FF\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF]/;

export class StreamFileReader {
  private readonly decoder = new StreamDecoder();
  private started = false;
  private pending = '';
  private sawCjk = false;
  private sawMisread = false;
  private newline: Newline = '\n';
  private delimiter = ',';
  private rows: FastLongRows | null = null;
  private line = 0;
  /** The last line ended with the end of the file, not a newline (for the line-break count). */
  private unterminated = false;
  private strayCr = 0;
  private firstStrayCr = 0;
  private crAt = 0;
  private readonly startAt: number;
  private structural = 0;
  private caption: string | undefined;
  private readonly row = new RowCells();
  private readonly bounds = new LineCells();
  private readonly rowsBefore: number;
  private head = new Uint8Array(0);
  /** Why the file was declined (for tests and the debug log), or null while it is accepted. */
  declineReason: string | null = null;
  /** Bytes pushed so far. */
  bytesDone = 0;

  constructor(
    readonly name: string, private readonly fileIndex: number, private readonly totalBytes: number,
    private readonly recs: FastRecords, private readonly sink: IssueSink,
    private readonly limits: FileLimits = FILE_LIMITS,
  ) {
    this.rowsBefore = recs.rows;
    this.startAt = sink.issues.length;
    if (totalBytes > limits.maxBytes) this.decline('over the size limit');
  }

  /** Data rows read so far. */
  get rowsRead(): number {
    return this.recs.rows - this.rowsBefore;
  }

  /** Feeds the next chunk. False when the file must go through the general path. */
  push(bytes: Uint8Array): boolean {
    if (this.declineReason !== null) return false;
    this.bytesDone += bytes.length;
    if (!this.decoder.started) {
      // The encoding sniff needs the first 4 bytes: hold tiny first chunks back.
      const head = new Uint8Array(this.head.length + bytes.length);
      head.set(this.head);
      head.set(bytes, this.head.length);
      if (head.length < Math.min(4, this.totalBytes)) { this.head = head; return true; }
      this.head = new Uint8Array(0);
      bytes = head;
      // Workbooks are read by the general path (one table per sheet), never as text.
      if (isWorkbookBytes(head)) return this.decline('a workbook');
    }
    let text: string;
    try {
      const first = !this.decoder.started;
      text = this.decoder.decode(bytes);
      if (first && this.decoder.encoding === 'gb18030') {
        this.sink.push(makeIssue('info', 'encoding-guessed', { file: this.name }, '编码：GB18030（推测）', 'Encoding: GB18030 (guessed).'));
      }
    } catch (e) {
      return this.decline(e instanceof Error ? e.message : 'not decodable');
    }
    return this.accept(text, false);
  }

  /** Ends the file; the summary, or null when declined. */
  finish(): StreamFileSummary | null {
    if (this.declineReason !== null) return null;
    let tail = '';
    try {
      tail = this.decoder.end();
    } catch {
      return this.decline('not decodable'), null;
    }
    if (!this.decoder.started) return this.decline('empty'), null;
    if (!this.accept(tail, true)) return null;
    if (!this.rows || this.rowsRead === 0) return this.decline('no data rows'), null; // header only: general path reports it
    // decode-bytes' sanity rule (GBK misread as UTF-8) needs both decodes: leave it to the general path.
    if (this.decoder.encoding === 'utf-8' && !this.sawCjk && this.sawMisread) return this.decline('maybe GBK read as UTF-8'), null;
    // Line breaks as countLineBreaks counts them: every line read ended with one but maybe the last.
    const size = fileSizeIssues(this.totalBytes, this.line - (this.unterminated ? 1 : 0), this.name, this.limits);
    if (size.blocked) return this.decline('over the line limit'), null;
    const file = this.name;
    if (this.strayCr > 0) {
      this.sink.issues.splice(this.crAt, 0, makeIssue('info', 'stray-cr', { file, line: this.firstStrayCr },
        `文件混用了换行符（CRLF与LF），已去掉${this.strayCr}行末尾多余的回车符`,
        `Mixed line endings: removed a stray CR at the end of ${this.strayCr} lines.`));
    }
    this.sink.issues.splice(this.startAt, 0, ...size.issues);
    this.rows.report();
    return {
      name: file, bytes: this.totalBytes, encoding: this.decoder.encoding, delimiter: this.delimiter, shape: 'long',
      rows: this.rowsRead, structural: this.structural, ...(this.caption !== undefined ? { caption: this.caption } : {}),
    };
  }

  private decline(reason: string): false {
    this.declineReason ??= reason;
    this.pending = '';
    return false;
  }

  private accept(text: string, final: boolean): boolean {
    // Control characters are caught by the line scanner once the data starts.
    if (text.indexOf('\uFFFD') >= 0) return this.decline('U+FFFD in the text');
    if (this.decoder.encoding === 'utf-8' && !this.sawCjk) {
      this.sawCjk = CJK.test(text);
      if (!this.sawCjk && MISREAD_LETTERS.test(text)) this.sawMisread = true;
    }
    if (!this.started) {
      this.pending += text;
      if (!final && (this.pending.length < PRELUDE_CHARS || countLines(this.pending, SAMPLE_ROWS + 2) <= SAMPLE_ROWS + 1)) return true;
      this.started = true;
      // The data lines are read from the decoded text itself, not from a slice of it (a sliced
      // string is slower to index, and this one can be a whole 4 MB chunk).
      const whole = this.pending;
      const bom = whole.charCodeAt(0) === 0xfeff ? 1 : 0;
      this.pending = '';
      const dataAt = this.prelude(bom ? whole.slice(1) : whole, final);
      return dataAt >= 0 && this.lines(whole, bom + dataAt, final);
    }
    if (this.pending === '') return this.lines(text, 0, final);
    // Finish the carried partial line on its own, so the big chunk string is scanned as it came
    // from the decoder (a concatenation would be a slow-to-index cons string).
    const cut = text.indexOf(this.newline === '\r' ? '\r' : '\n');
    if (cut < 0) return this.lines(this.pending + text, 0, final);
    if (!this.lines(this.pending + text.slice(0, cut + 1), 0, false)) return false;
    if (this.pending !== '') return this.lines(this.pending + text.slice(cut + 1), 0, final);
    return this.lines(text, cut + 1, final);
  }

  /** Newline, delimiter, header and shape from the first part of the file; where the data starts, or -1. */
  private prelude(text: string, final: boolean): number {
    const p = readPrelude(text, final, this.name, this.limits);
    if (typeof p === 'string') return this.decline(p), -1;
    // Control characters in data lines stop the line scanner; above the data, this does.
    if (HAS_CONTROL.test(text.slice(0, p.dataAt))) return this.decline('control character above the data'), -1;
    this.newline = p.newline;
    this.delimiter = p.delimiter;
    this.sink.pushAll(p.before);
    this.crAt = this.sink.issues.length;
    this.sink.pushAll(p.after);
    for (const l of p.strayCrLines) this.noteStrayCr(l);
    this.structural = p.header.dataStart;
    this.caption = p.header.caption;
    this.line = p.header.dataStart;
    this.rows = new FastLongRows(p.header, p.shape, this.recs, this.sink, this.name, this.fileIndex, this.decoder.encoding, p.header.defaultUnit, p.headerCells);
    return p.dataAt;
  }

  private noteStrayCr(line: number): void {
    if (this.strayCr++ === 0) this.firstStrayCr = line;
  }

  /**
   * Reads every complete line of `text` from `from` (all of it when final); keeps the rest in
   * `pending`. Lines without a quote go through the tight loop of plainLines; a line with one is
   * split by scanLine (rare: a quoted metric name such as `"4050"人员安置`).
   */
  private lines(text: string, from: number, final: boolean): boolean {
    if (this.rows === null) return true;
    const n = text.length;
    const nlChar = this.newline === '\r' ? '\r' : '\n';
    let pos = from;
    for (;;) {
      const q = text.indexOf('"', pos);
      if (q < 0) return this.plainLines(text, pos, n, final);
      const ls = Math.max(pos, text.lastIndexOf(nlChar, q) + 1);
      if (ls > pos && !this.plainLines(text, pos, ls, false)) return false;
      const b = this.bounds;
      const next = scanLine(text, ls, final, this.delimiter.charCodeAt(0), this.newline, b);
      if (next === DECLINE) return this.decline(`line ${this.line + 1}: quotes papaparse must read`);
      if (next === NEED_MORE) { this.pending = text.slice(ls); return true; }
      for (let k = 0; k < b.n; k++) {
        if (!b.quoted[k]) this.row.set(text, b.start[k]!, b.end[k]!, k);
        else if (!this.row.setQuoted(text, b.start[k]!, b.end[k]!, k, this.delimiter)) return this.decline(`line ${this.line + 1}: quoted cell papaparse reads otherwise`);
      }
      if (b.strayCr) this.noteStrayCr(this.line + 1);
      this.unterminated = !b.terminated;
      this.line++;
      if (!this.rows.row(this.row.cells, b.n, this.line)) return this.decline(`line ${this.line}: row the general path reads differently`);
      pos = next;
      if (pos >= n) { this.pending = ''; return true; }
    }
  }

  /**
   * The quote-free lines of text[from, end) (`end` is a line start, or the text's end). One pass
   * over the characters: a cell is first matched in place against the same cell of the line above
   * (long files repeat code, names and period on every row), which reuses that string with no
   * allocation; otherwise the scan goes on from the first difference to the cell's end.
   * Delimiters split cells, CR/LF end the line as the newline mode says (any other CR or LF is a
   * multi-line record: general path).
   */
  private plainLines(text: string, from: number, end: number, final: boolean): boolean {
    const rows = this.rows!;
    const nl = this.newline;
    const dc = this.delimiter.charCodeAt(0);
    const cells = this.row;
    const n = text.length;
    let pos = from;
    for (;;) {
      let k = 0;
      let a = pos;
      let i = pos;
      let next = -1;
      for (;; i++) {
        if (i >= end) {
          if (!final || (i === pos && pos >= end)) { this.pending = pos < end ? text.slice(pos, end) : ''; return true; }
          next = end;
          this.unterminated = true;
          break;
        }
        const c = text.charCodeAt(i);
        if (c > 31 && c !== dc && c !== 127) continue;
        if (c === dc) { cells.set(text, a, i, k++); a = i + 1; continue; }
        if (c !== 10 && c !== 13) {
          if (c === 9) continue;
          return this.decline(`line ${this.line + 1}: control character`);
        }
        if (c === 10) {
          if (nl !== '\n') return this.decline(`line ${this.line + 1}: LF in a ${JSON.stringify(nl)} file`);
          next = i + 1;
          break;
        }
        if (nl === '\r') { next = i + 1; break; }
        if (i + 1 >= n && !final) { this.pending = text.slice(pos); return true; }
        if (text.charCodeAt(i + 1) !== 10) return this.decline(`line ${this.line + 1}: CR inside a line`);
        if (nl === '\n') this.noteStrayCr(this.line + 1);
        next = i + 2;
        break;
      }
      cells.set(text, a, i, k++);
      this.line++;
      if (!rows.row(cells.cells, k, this.line)) return this.decline(`line ${this.line}: row the general path reads differently`);
      pos = next;
      if (pos >= end) { this.pending = ''; return true; }
    }
  }
}

function countLines(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < max; i = text.indexOf('\n', i + 1)) n++;
  if (n < max) for (let i = text.indexOf('\r'); i >= 0 && n < max; i = text.indexOf('\r', i + 1)) n++;
  return n;
}
