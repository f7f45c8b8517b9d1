/**
 * One file's bytes → text → rows → RowsReader, in chunks. Three ways to read, one interpretation:
 * - `stream`: each chunk's bytes are tokenized as they come (csv-tokenizer.ts reads bytes and
 *   decodes only cells); nothing of the file is kept. The first characters are decoded to judge
 *   the encoding (UTF-8 or GB18030) and the delimiter and newline. Most files end here.
 * - `whole`: the bytes are kept and decoded at the end by decodeBytes, which knows every rule
 *   (UTF-16, BOM-less UTF-16, a forced encoding, GBK misread as UTF-8, bytes neither decoder
 *   accepts, lines in two encodings, files that are not text at all); then the same tokenizer
 *   reads the UTF-8 bytes of that text.
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
import { canRead, CsvTokenizer } from '../rows/csv-tokenizer';
import { delimiterLabel, detectDelimiter, detectNewline, type Newline } from '../rows/detect-delimiter';
import { parseRows } from '../rows/parse-rows';
import type { WorkbookLib } from '../rows/read-workbook';
import { isWorkbookBytes } from '../rows/workbook-container';
import { readWorkbookFile, type SheetRows } from './read-workbook-file';
import type { ShapeKind } from '../table/detect-shape';
import type { RowsSummary } from './read-rows';
import { CJK, MISREAD_LETTERS } from '../decode/script-signs';

export type ReadMode = 'stream' | 'whole' | 'papaparse';

/** Where a file's rows go (RowsReader in the pipeline; a collector in the oracle tests). */
export interface RowConsumer {
  row(cells: string[], line: number, broken?: boolean): void;
  end(): RowsSummary;
  /** The header taken from the first rows proved wrong: the file must be read again with every row held. */
  readonly redo?: boolean;
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

/** Characters decoded before the delimiter and newline are decided (detect-delimiter reads as many). */
const PRELUDE_CHARS = 256 * 1024;
/** Bytes that hold PRELUDE_CHARS characters in any encoding read here. */
const PRELUDE_BYTES = 4 * PRELUDE_CHARS;

export interface FileReadOptions {
  readonly mode: ReadMode;
  /** A user-chosen encoding label: the file is read whole with it. */
  readonly encoding?: string;
  /** SheetJS, for a workbook (loaded by the caller only when one arrives). */
  readonly workbookLib?: WorkbookLib;
  readonly limits?: FileLimits;
  /** The file's own name, when `name` is a label for it (resent-label.ts): a workbook's sheet periods are read from it. */
  readonly fileName?: string;
}

export class FileReader {
  /** The way to read the file next time, once `push` or `end` returned false. */
  again: ReadMode | null = null;
  /** Next time, the rows must be held until the end (the rows asked, RowConsumer.redo). */
  againHoldingRows = false;
  /** A workbook's sheets (once the file has ended); their rows go to a reader each. */
  sheets: SheetRows[] = [];
  /** A workbook's sheets left out as the sum of its period sheets (read-workbook-file.ts), to check against them. */
  summarySheets: SheetRows[] = [];
  /** The file is a workbook (by its first bytes): kept whole and read by readWorkbookFile. */
  private workbook = false;
  private readonly workbookLib: WorkbookLib | undefined;
  private readonly mode: ReadMode;
  private readonly forced: string | undefined;
  private readonly limits: FileLimits;
  private readonly fileName: string | undefined;
  private readonly decoder = new StreamDecoder();
  private head = new Uint8Array(0);
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  /** The text of the file's first bytes (PRELUDE_CHARS at least), and those bytes, until the tokenizer starts. */
  private prelude = '';
  private preludeParts: Uint8Array[] = [];
  /** Bytes the prelude text was decoded from. */
  private preludeDecoded = 0;
  private tokenizer: CsvTokenizer | null = null;
  private rows: RowConsumer;
  private encoding = '';
  /** The delimiter and newline used (once decided). */
  delimiter = '';
  newline: Newline = '\n';
  /** Where the tokenizer's clean-up notes go in the report (after the delimiter, before the header). */
  private parseIssuesAt = -1;
  private readonly issuesAt: number;
  /** The prelude showed a CJK character / letters GBK bytes become when misread as UTF-8. */
  private preludeCjk = false;
  private preludeMisread = false;
  private skipped = false;
  /** Bytes pushed so far (for the line-limit projection). */
  private bytesIn = 0;

  constructor(
    readonly name: string, private readonly size: number, private readonly sink: IssueSink, opts: FileReadOptions,
    private readonly rowsFor: (encoding: string) => RowConsumer,
  ) {
    this.mode = opts.encoding !== undefined && opts.encoding !== '' && opts.mode === 'stream' ? 'whole' : opts.mode;
    this.forced = opts.encoding;
    this.workbookLib = opts.workbookLib;
    this.limits = opts.limits ?? FILE_LIMITS;
    this.fileName = opts.fileName;
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
    this.bytesIn += bytes.length;
    if (this.tokenizer !== null) return this.tokenize(bytes);
    // The prelude: the first characters are decoded for the encoding, the delimiter and the
    // newline; the tokenizer then reads every byte, these included.
    this.preludeParts.push(bytes);
    for (let at = 0; at < bytes.length && this.prelude.length < PRELUDE_CHARS && this.preludeDecoded < PRELUDE_BYTES;) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + PRELUDE_CHARS, at + PRELUDE_BYTES - this.preludeDecoded));
      try {
        this.prelude += this.decoder.decode(piece);
      } catch {
        return this.retry('whole');
      }
      this.preludeDecoded += piece.length;
      at += piece.length;
    }
    if (this.prelude.length < PRELUDE_CHARS && this.preludeDecoded < PRELUDE_BYTES) return true;
    return this.startStream(false);
  }

  /** Ends the file. False: read it again in the way `again` names. */
  end(): boolean {
    if (this.skipped) return true;
    if (this.mode !== 'stream' || this.workbook) return this.readKept();
    if (!this.decoder.started && this.head.length > 0) {
      if (!this.push(new Uint8Array(0))) return false;
      if (this.workbook) return this.readKept();
    }
    if (!this.decoder.started) return this.retry('whole'); // empty file: decodeBytes words it
    if (this.tokenizer === null) {
      // The whole file is in the prelude: its text must end with a whole character.
      try {
        this.prelude += this.decoder.end();
      } catch {
        return this.retry('whole');
      }
      if (!this.startStream(true)) return false;
    }
    const t = this.tokenizer!;
    if (!t.end()) return this.retry(t.declined === 'quotes' ? 'papaparse' : 'whole');
    if (this.rows.redo) return this.retryHoldingRows();
    // decodeBytes' sanity rule (GBK misread as UTF-8) needs both decodes of the whole file.
    if (this.decoder.encoding === 'utf-8' && !this.preludeCjk && !t.sawCjk && (this.preludeMisread || t.sawMisread)) return this.retry('whole');
    this.encoding = this.decoder.encoding;
    return this.finishText(t);
  }

  /** The encoding the text was read in ('' when the file was not text). */
  get encodingUsed(): string {
    return this.encoding;
  }

  /** The summary once the file has been read. */
  summary(): FileSummary & { structural: number } {
    const r = this.rows.end();
    // A text file's columns are counted on its first rows, far cells left out (a sheet's, when it is read: read-workbook-file.ts).
    const wide = this.parseIssuesAt >= 0 ? checkColumnCount(r.columns, this.name, this.limits) : null;
    if (wide) this.insert(this.parseIssuesAt, [wide]);
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

  /** The same way again, with the rows held until the end. */
  private retryHoldingRows(): false {
    this.againHoldingRows = true;
    return this.retry(this.mode);
  }

  private newRows(encoding: string): RowConsumer {
    return this.rowsFor(encoding);
  }

  /**
   * The prelude is read (`final`: it is the whole file): its text is judged and gives the
   * delimiter and newline; then the tokenizer reads its bytes, and every byte after them.
   */
  private startStream(final: boolean): boolean {
    const encoding = this.decoder.encoding;
    if (encoding === 'gb18030') {
      this.sink.push(makeIssue('info', 'encoding-guessed', { file: this.name }, '编码：GB18030（推测）', 'Encoding: GB18030 (guessed).'));
    }
    const text = this.prelude;
    this.prelude = '';
    if (text.indexOf('\uFFFD') >= 0) return this.retry('whole'); // decodeBytes reports each one
    if (encoding === 'utf-8') {
      this.preludeCjk = CJK.test(text);
      this.preludeMisread = !this.preludeCjk && MISREAD_LETTERS.test(text);
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    const whole = bom ? text.slice(1) : text;
    const head = whole.slice(0, 512).trimStart().toLowerCase();
    // An HTML page or an empty file: decodeBytes blocks it with its own words.
    if (head.startsWith('<') || (final && isBlankText(whole))) return this.retry('whole');
    this.rows = this.newRows(encoding);
    const { newline, delimiter } = this.dialect(whole);
    // A delimiter whose bytes may be part of a GB18030 character (|, the full-width comma): the
    // file is read whole, and tokenized as the UTF-8 bytes of its text.
    if (!canRead(delimiter, encoding)) return this.retry('whole');
    this.tokenizer = new CsvTokenizer(delimiter, newline, this.name, encoding, this.rows);
    const bytes = concat(this.preludeParts, this.bytesIn);
    this.preludeParts = [];
    // The byte order mark (UTF-8's, or GB18030's for U+FEFF) is not data.
    return this.tokenize(bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 4) : bytes);
  }

  /**
   * Streams bytes into the tokenizer. A file over the line limit is read again whole, where the
   * size check blocks it before any row is read (as for any file over a limit); so is a file that
   * could be over it (a line needs a byte), as soon as the line breaks read so far point past the
   * limit for the whole file.
   */
  private tokenize(bytes: Uint8Array): boolean {
    const t = this.tokenizer!;
    const max = this.limits.maxLines;
    if (!t.push(bytes, max)) return this.retry(t.declined === 'quotes' ? 'papaparse' : 'whole');
    if (this.rows.redo) return this.retryHoldingRows();
    if (this.size <= max || this.bytesIn === 0) return true;
    return (t.lineBreaks / this.bytesIn) * this.size <= max || this.retry('whole');
  }

  private dialect(text: string): { newline: Newline; delimiter: string } {
    const file = this.name;
    const newline = detectNewline(text);
    const guess = detectDelimiter(text, newline);
    if (guess.singleColumn) {
      this.sink.push(makeIssue('info', 'single-column', { file }, '文件只有一列（未发现分隔符）', 'The file has a single column (no delimiter found).'));
    } else if (guess.delimiter === '，') {
      this.sink.push(makeIssue('warning', 'delimiter-fullwidth', { file },
        '分隔符是全角逗号“，”，已按此拆分各列；请核对“当前数据”中的指标和社区数是否正确', 'The delimiter is the full-width comma "，"; check the metrics and unit count under "Current data".'));
    } else if (guess.delimiter !== ',') {
      this.sink.push(makeIssue('info', 'delimiter', { file }, `分隔符：${delimiterLabel(guess.delimiter)}`, `Delimiter: ${JSON.stringify(guess.delimiter)}.`));
    }
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
      this.summarySheets = [];
      this.sheets = readWorkbookFile(bytes, this.name, {
        ...(this.workbookLib ? { lib: this.workbookLib } : {}), issues: this.sink.issues, limits: this.limits, summaries: this.summarySheets,
        ...(this.fileName !== undefined ? { fileName: this.fileName } : {}),
      });
      return true;
    }
    const dec = decodeBytes(bytes, this.name, this.forced);
    this.sink.pushAll(dec.issues);
    this.encoding = dec.encoding;
    if (dec.blocked) return true;
    this.rows = this.newRows(dec.encoding);
    const { newline, delimiter } = this.dialect(dec.text);
    if (this.mode === 'whole') {
      // The text is judged already: the tokenizer reads its UTF-8 bytes.
      const t = new CsvTokenizer(delimiter, newline, this.name, 'utf-8', this.rows, false);
      if (t.push(new TextEncoder().encode(dec.text)) && t.end()) {
        if (this.rows.redo) return this.retryHoldingRows();
        this.insert(this.parseIssuesAt, t.hygiene.issues());
        return true;
      }
      return this.retry('papaparse');
    }
    const parsed = parseRows(dec.text, delimiter, newline, this.name);
    this.sink.pushAll(parsed.issues);
    for (let r = 0; r < parsed.rows.length; r++) this.rows.row(parsed.rows[r]!, parsed.lines[r]!, parsed.broken.has(r));
    return this.rows.redo ? this.retryHoldingRows() : true;
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
