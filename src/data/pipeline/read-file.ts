/**
 * One file's bytes → text → rows → RowsReader, in chunks. Three ways to read, one interpretation:
 * - `stream`: each chunk is decoded as it comes (UTF-8 or GB18030, judged on the first chunk) and
 *   tokenized at once (csv-tokenizer.ts); nothing of the file is kept. Most files end here.
 * - `whole`: the bytes are kept and decoded at the end by decodeBytes, which knows every rule
 *   (UTF-16, BOM-less UTF-16, a forced encoding, GBK misread as UTF-8, bytes neither decoder
 *   accepts, files that are not text at all); then the same tokenizer reads the text.
 * - `papaparse`: as `whole`, but papaparse tokenizes (parse-rows.ts), for the quotes our tokenizer
 *   declines.
 * When a way cannot go on, `push`/`end` return false and `again` names the next way: the caller
 * forgets what was read of the file (see ImportSession) and feeds it again from its first byte.
 * A workbook (by its first bytes) is kept whole and read by readWorkbookFile into one table of
 * rows per sheet. Whatever gives the rows, they go to the same RowsReader: header → shape → records.
 */
import { decodeBytes, isBlankText } from '../decode/decode-bytes';
import { checkColumnCount, checkFileSize, fileSizeIssues, FILE_LIMITS, type FileLimits } from '../decode/file-limits';
import { StreamDecoder } from '../decode/stream-decode';
import type { ImportIssue } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { CsvTokenizer } from '../rows/csv-tokenizer';
import { delimiterLabel, detectDelimiter, detectNewline, type Newline } from '../rows/detect-delimiter';
import { parseRows } from '../rows/parse-rows';
import { isWorkbookBytes, type WorkbookLib } from '../rows/read-workbook';
import { readWorkbookFile, type SheetRows } from './read-workbook-file';
import type { ShapeKind } from '../table/detect-shape';
import type { RowsSummary } from './read-rows';

export type ReadMode = 'stream' | 'whole' | 'papaparse';

/** Where a file's rows go (RowsReader in the pipeline; a collector in the oracle tests). */
export interface RowConsumer {
  row(cells: string[], line: number, broken?: boolean): void;
  end(): RowsSummary;
}

/** What the pipeline found out about one file, for the report and the CLI. */
export interface FileSummary {
  readonly name: string;
  /** The sheet, for a workbook: a workbook has one summary per sheet read. */
  readonly sheet?: string;
  readonly bytes: number;
  readonly encoding: string;
  readonly delimiter: string;
  /** The table's form; `vertical` is one community's 项目｜本月 table (vertical-form.ts). */
  readonly shape: ShapeKind | 'vertical' | null;
  readonly caption?: string;
  /** Data rows read (below the header). */
  readonly rows: number;
}

/** Characters (and lines) decoded before the delimiter and newline are decided. */
const PRELUDE_CHARS = 256 * 1024;
const PRELUDE_LINES = 1000;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const MISREAD_LETTERS = /[\u00C0-\u00FF\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF]/;

export interface FileReadOptions {
  readonly mode: ReadMode;
  /** A user-chosen encoding label: the file is read whole with it. */
  readonly encoding?: string;
  /** SheetJS, for a workbook (loaded by the caller only when one arrives). */
  readonly workbookLib?: WorkbookLib;
  readonly limits?: FileLimits;
}

export class FileReader {
  /** The way to read the file next time, once `push` or `end` returned false. */
  again: ReadMode | null = null;
  /** A workbook's sheets (once the file has ended); their rows go to a reader each. */
  sheets: SheetRows[] = [];
  /** The file is a workbook (by its first bytes): kept whole and read by readWorkbookFile. */
  private workbook = false;
  private readonly workbookLib: WorkbookLib | undefined;
  private readonly mode: ReadMode;
  private readonly forced: string | undefined;
  private readonly limits: FileLimits;
  private readonly decoder = new StreamDecoder();
  private head = new Uint8Array(0);
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  private prelude = '';
  private tokenizer: CsvTokenizer | null = null;
  private rows: RowConsumer;
  private encoding = '';
  /** The delimiter and newline used (once decided). */
  delimiter = '';
  newline: Newline = '\n';
  /** Where the tokenizer's clean-up notes go in the report (after the delimiter, before the header). */
  private parseIssuesAt = -1;
  private readonly issuesAt: number;
  private sawCjk = false;
  private sawMisread = false;
  private skipped = false;
  /** Bytes pushed so far (for the line-limit projection). */
  private bytesIn = 0;
  /** The encoding of the text read so far ('' before the first text), whoever decoded it. */
  private textEncoding: '' | 'utf-8' | 'gb18030' = '';

  constructor(
    readonly name: string, private readonly size: number, private readonly sink: IssueSink, opts: FileReadOptions,
    private readonly rowsFor: (encoding: string) => RowConsumer,
  ) {
    this.mode = opts.encoding !== undefined && opts.encoding !== '' && opts.mode === 'stream' ? 'whole' : opts.mode;
    this.forced = opts.encoding;
    this.workbookLib = opts.workbookLib;
    this.limits = opts.limits ?? FILE_LIMITS;
    this.issuesAt = sink.issues.length;
    this.rows = this.newRows('');
    if (size > this.limits.maxBytes) {
      sink.pushAll(fileSizeIssues(size, 0, name, this.limits).issues);
      this.skipped = true;
    }
  }

  /** Feeds the next chunk. False: read the file again in the way `again` names. */
  push(bytes: Uint8Array): boolean {
    if (this.skipped) return true;
    if (this.mode !== 'stream' || this.workbook) {
      this.kept.push(bytes);
      this.keptBytes += bytes.length;
      return true;
    }
    this.bytesIn += bytes.length;
    if (!this.decoder.started) {
      // The encoding sniff needs the first bytes: hold tiny first chunks back.
      const head = new Uint8Array(this.head.length + bytes.length);
      head.set(this.head);
      head.set(bytes, this.head.length);
      if (head.length < Math.min(512, this.size)) { this.head = head; return true; }
      this.head = new Uint8Array(0);
      bytes = head;
      if (isWorkbookBytes(bytes)) {
        this.workbook = true;
        this.kept.push(bytes);
        this.keptBytes += bytes.length;
        return true;
      }
    }
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return this.retry('whole');
    }
    return this.takeText(text, this.decoder.encoding);
  }

  /**
   * Feeds the text a StreamDecoder made of the file's next `bytes` bytes elsewhere (the browser
   * decodes a big file in a worker of its own while this one reads its rows), in that decoder's
   * `encoding`; from here on the same as push(). `text` null: that decoder refused the bytes, and
   * the file is read again whole, as when push()'s own decoder throws. Stream mode only, for text
   * files (the caller knows a workbook by its first bytes); the last piece is the decoder's end().
   */
  pushText(text: string | null, bytes: number, encoding: 'utf-8' | 'gb18030'): boolean {
    if (this.skipped) return true;
    if (this.mode !== 'stream') throw new Error('pushText needs the stream mode');
    if (text === null) return this.retry('whole');
    this.bytesIn += bytes;
    return this.takeText(text, encoding);
  }

  private takeText(text: string, encoding: 'utf-8' | 'gb18030'): boolean {
    if (this.textEncoding === '') {
      this.textEncoding = encoding;
      if (encoding === 'gb18030') {
        this.sink.push(makeIssue('info', 'encoding-guessed', { file: this.name }, '编码：GB18030（推测）', 'Encoding: GB18030 (guessed).'));
      }
    }
    return this.streamText(text, false) && this.withinLineLimit();
  }

  /**
   * For a file that could be over the line limit (a line needs a byte): false as soon as the line
   * breaks the tokenizer has read so far point past the limit for the whole file. The file is then
   * read whole, where checkFileSize counts every line and blocks an oversized file before any row
   * is read. (Past the limit itself the tokenizer stops anyway.)
   */
  private withinLineLimit(): boolean {
    const max = this.limits.maxLines;
    if (this.size <= max || this.tokenizer === null || this.bytesIn === 0) return true;
    return (this.tokenizer.lineBreaks / this.bytesIn) * this.size <= max || this.retry('whole');
  }

  /** Ends the file. False: read it again in the way `again` names. */
  end(): boolean {
    if (this.skipped) return true;
    if (this.mode !== 'stream' || this.workbook) return this.readKept();
    if (!this.decoder.started && this.head.length > 0) {
      if (!this.push(new Uint8Array(0))) return false;
      if (this.workbook) return this.readKept();
    }
    let tail = '';
    try {
      tail = this.decoder.started ? this.decoder.end() : '';
    } catch {
      return this.retry('whole');
    }
    if (this.textEncoding === '') return this.retry('whole'); // empty file: decodeBytes words it
    if (!this.streamText(tail, true)) return false;
    // decodeBytes' sanity rule (GBK misread as UTF-8) needs both decodes of the whole file.
    if (this.textEncoding === 'utf-8' && !this.sawCjk && this.sawMisread) return this.retry('whole');
    if (!this.tokenizer!.end()) return this.retry('papaparse');
    this.encoding = this.textEncoding;
    return this.finishText(this.tokenizer!);
  }

  /** The encoding the text was read in ('' when the file was not text). */
  get encodingUsed(): string {
    return this.encoding;
  }

  /** The summary once the file has been read. */
  summary(): FileSummary & { structural: number } {
    const r = this.rows.end();
    return {
      name: this.name, bytes: this.size, encoding: this.encoding, delimiter: this.delimiter, shape: r.shape,
      rows: r.rows, structural: r.structural, ...(r.caption !== undefined ? { caption: r.caption } : {}),
    };
  }

  /** Forgets what this reading added to the report (the records are the session's to roll back). */
  forgetIssues(): void {
    this.sink.issues.length = this.issuesAt;
  }

  private retry(mode: ReadMode): false {
    this.again = mode;
    return false;
  }

  private newRows(encoding: string): RowConsumer {
    return this.rowsFor(encoding);
  }

  private streamText(text: string, final: boolean): boolean {
    if (text.indexOf('\uFFFD') >= 0) return this.retry('whole'); // decodeBytes reports each one
    if (this.textEncoding === 'utf-8' && !this.sawCjk) {
      this.sawCjk = CJK.test(text);
      if (!this.sawCjk && MISREAD_LETTERS.test(text)) this.sawMisread = true;
    }
    if (this.tokenizer === null) {
      this.prelude += text;
      if (!final && (this.prelude.length < PRELUDE_CHARS || countLines(this.prelude, PRELUDE_LINES + 2) <= PRELUDE_LINES + 1)) return true;
      const whole = this.prelude.charCodeAt(0) === 0xfeff ? this.prelude.slice(1) : this.prelude;
      this.prelude = '';
      const head = whole.slice(0, 512).trimStart().toLowerCase();
      // An HTML page or an empty file: decodeBytes blocks it with its own words.
      if (head.startsWith('<') || (final && isBlankText(whole))) return this.retry('whole');
      this.rows = this.newRows(this.textEncoding);
      this.tokenizer = this.startTokenizer(whole);
      return this.tokenize(whole);
    }
    return text === '' || this.tokenize(text);
  }

  /**
   * Streams text into the tokenizer. A file over the line limit is read again whole, where the
   * size check blocks it before any row is read (as for any file over a limit).
   */
  private tokenize(text: string): boolean {
    const t = this.tokenizer!;
    if (t.push(text, this.limits.maxLines)) return true;
    return this.retry(t.lineBreaks > this.limits.maxLines ? 'whole' : 'papaparse');
  }

  /** Delimiter and newline from the first part of the text, with readGrid's notes; a tokenizer for them. */
  private startTokenizer(text: string): CsvTokenizer {
    const { newline, delimiter } = this.dialect(text);
    return new CsvTokenizer(delimiter, newline, this.name, (cells, line) => this.rows.row(cells, line));
  }

  private dialect(text: string): { newline: Newline; delimiter: string } {
    const file = this.name;
    const newline = detectNewline(text);
    const guess = detectDelimiter(text, newline);
    if (guess.singleColumn) {
      this.sink.push(makeIssue('info', 'single-column', { file }, '文件只有一列（未发现分隔符）', 'The file has a single column (no delimiter found).'));
    } else if (guess.delimiter === '，') {
      this.sink.push(makeIssue('warning', 'delimiter-fullwidth', { file },
        '分隔符是全角逗号“，”，已按此拆分各列，请核对预览', 'The delimiter is the full-width comma "，"; please check the preview.'));
    } else if (guess.delimiter !== ',') {
      this.sink.push(makeIssue('info', 'delimiter', { file }, `分隔符：${delimiterLabel(guess.delimiter)}`, `Delimiter: ${JSON.stringify(guess.delimiter)}.`));
    }
    // Columns are counted from the delimiter guess (modal delimiters per line + 1), before parsing.
    const wide = checkColumnCount(guess.singleColumn ? 1 : guess.fieldsPerLine + 1, file, this.limits);
    if (wide) this.sink.push(wide);
    this.delimiter = guess.delimiter;
    this.newline = newline;
    this.parseIssuesAt = this.sink.issues.length;
    return { newline, delimiter: guess.delimiter };
  }

  /** Size and clean-up notes in their places, once the text has been read. */
  private finishText(t: CsvTokenizer): boolean {
    const size = fileSizeIssues(this.size, t.lineBreaks, this.name, this.limits);
    this.insert(this.parseIssuesAt, t.hygiene.issues());
    this.insert(this.issuesAt, size.issues);
    return true;
  }

  private insert(at: number, issues: readonly ImportIssue[]): void {
    if (issues.length > 0) this.sink.issues.splice(at, 0, ...issues);
  }

  /** `whole` and `papaparse`: decode the kept bytes with every rule, then tokenize the text. */
  private readKept(): boolean {
    const bytes = concat(this.kept, this.keptBytes);
    this.kept = [];
    const size = checkFileSize(bytes, this.name, this.limits);
    this.sink.pushAll(size.issues);
    if (size.blocked) return true;
    if (isWorkbookBytes(bytes)) {
      this.sheets = readWorkbookFile(bytes, this.name, { ...(this.workbookLib ? { lib: this.workbookLib } : {}), issues: this.sink.issues });
      return true;
    }
    const dec = decodeBytes(bytes, this.name, this.forced);
    this.sink.pushAll(dec.issues);
    this.encoding = dec.encoding;
    if (dec.blocked) return true;
    this.rows = this.newRows(dec.encoding);
    const { newline, delimiter } = this.dialect(dec.text);
    if (this.mode === 'whole') {
      const t = new CsvTokenizer(delimiter, newline, this.name, (cells, line) => this.rows.row(cells, line));
      if (t.push(dec.text) && t.end()) {
        this.insert(this.parseIssuesAt, t.hygiene.issues());
        return true;
      }
      return this.retry('papaparse');
    }
    const parsed = parseRows(dec.text, delimiter, newline, this.name);
    this.sink.pushAll(parsed.issues);
    for (let r = 0; r < parsed.rows.length; r++) this.rows.row(parsed.rows[r]!, parsed.lines[r]!, parsed.broken.has(r));
    return true;
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function countLines(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < max; i = text.indexOf('\n', i + 1)) n++;
  if (n < max) for (let i = text.indexOf('\r'); i >= 0 && n < max; i = text.indexOf('\r', i + 1)) n++;
  return n;
}
