/**
 * Bytes → text. Deterministic rules: BOM sniff, then strict UTF-8, then
 * GB18030; GBK bytes that happen to be valid UTF-8 are caught by a sanity rule. A file whose lines
 * are in UTF-8 and GBK both (a pasted line, a UTF-8 BOM over a GBK body) is decoded line by line
 * with one warning naming the odd lines (line-encodings.ts); when both decoders fail we still
 * decode and report every U+FFFD. Files that are not text (xlsx, xls, HTML, empty)
 * are blocking errors with a Chinese message saying what to do.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { decodeMixedLines } from './line-encodings';
import { CJK, MISREAD_LETTERS } from './script-signs';

/** Encodings the importer knows; GBK/GB2312 labels decode with the gb18030 decoder (WHATWG). */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodeResult {
  /** Decoded text without BOM. Empty when blocked before decoding. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when no BOM told us the encoding. */
  readonly guessed: boolean;
  readonly issues: ImportIssue[];
  /** True when the file cannot be imported at all (xlsx, html, empty, binary). */
  readonly blocked: boolean;
}

/**
 * Encoding names as Windows users write them (spaces, `-` and `_` left out): Notepad's ANSI and the
 * code page 936 are GBK on a Chinese Windows; its Unicode is UTF-16LE, Unicode big endian (PowerShell's
 * BigEndianUnicode) UTF-16BE; UTF-8 with a BOM (Notepad's, PowerShell's UTF8BOM) is UTF-8.
 */
const LABELS: Record<string, TextEncodingName> = {
  utf8: 'utf-8', utf8bom: 'utf-8', utf8withbom: 'utf-8', utf8nobom: 'utf-8',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', ansi: 'gb18030', cp936: 'gb18030', 936: 'gb18030',
  ms936: 'gb18030', windows936: 'gb18030', euccn: 'gb18030', xgbk: 'gb18030',
  utf16: 'utf-16le', utf16le: 'utf-16le', unicode: 'utf-16le',
  utf16be: 'utf-16be', bigendianunicode: 'utf-16be', unicodebigendian: 'utf-16be',
};

/** The encoding names accepted, as a usage message lists them (Chinese). */
export const ENCODING_NAMES_ZH = 'UTF-8（或 UTF8、UTF-8-BOM）、GBK（或 ANSI、GB2312、GB18030、CP936）、UTF-16LE（或 Unicode）、UTF-16BE';

/** Canonical encoding for a user-chosen label (`GBK`, `ANSI`, `UTF-8-BOM`), or null when unknown. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  const key = label.toLowerCase().replace(/[\s\-_]/g, '');
  return Object.hasOwn(LABELS, key) ? LABELS[key]! : null;
}

const DISPLAY: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE',
};

/** Human label (`GB18030`) of an encoding name. */
export function encodingDisplayName(e: string): string {
  return DISPLAY[e as TextEncodingName] ?? e;
}

/** Lines with undecodable characters named one by one. */
const MAX_FFFD_LINES = 10;

function tryDecode(bytes: Uint8Array, enc: TextEncodingName, fatal: boolean): string | null {
  try {
    return new TextDecoder(enc, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * UTF-16 without a BOM (exported for the streaming decoder, which leaves such files to decodeBytes):
 * most odd (LE) or even (BE) bytes are zero in an ASCII-heavy sample; in a mostly Chinese one, four
 * tabs, commas or line ends at least, each with its zero byte beside it (no GBK or UTF-8 text holds
 * a NUL, let alone after a tab).
 */
export function sniffBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  let marksLe = 0;
  let marksBe = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) { zeroEven++; if (isMark(bytes[i + 1]!)) marksBe++; }
    if (bytes[i + 1] === 0) { zeroOdd++; if (isMark(bytes[i]!)) marksLe++; }
  }
  const half = n / 2;
  if ((zeroOdd > half * 0.4 || marksLe >= 4) && zeroEven < half * 0.05) return 'utf-16le';
  if ((zeroEven > half * 0.4 || marksBe >= 4) && zeroOdd < half * 0.05) return 'utf-16be';
  return null;
}

/** A tab, line end or comma: the marks every delimited text holds. */
function isMark(b: number): boolean {
  return b === 9 || b === 10 || b === 13 || b === 44;
}

function blockedResult(file: string, code: string, zh: string, en: string): DecodeResult {
  return { text: '', encoding: 'utf-8', guessed: false, blocked: true, issues: [makeIssue('error', code, { file }, zh, en)] };
}

/** PNG, JPEG, GIF or WebP by their first bytes; null for anything else. */
export function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61])) return 'GIF';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])) return 'WebP';
  return null;
}

/** Detects files that are not delimited text at all; null when the bytes may be text. */
function detectNonText(bytes: Uint8Array, file: string): DecodeResult | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return blockedResult(file, 'file-is-xlsx',
      '这是Excel文件(.xlsx)，请在Excel中另存为CSV后再导入',
      'This is an Excel workbook (.xlsx); save it as CSV in Excel and import that.');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return blockedResult(file, 'file-is-xls',
      '这是旧版Excel文件(.xls)，请在Excel中另存为CSV后再导入',
      'This is an old Excel workbook (.xls); save it as CSV in Excel and import that.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return blockedResult(file, 'file-is-pdf', '这是PDF文件，不是表格文件。请向报送单位索取原Excel表格，或导入Excel（.xlsx、.xls）或CSV文件',
      'This is a PDF, not a table: ask for the original Excel file, or import an Excel or CSV file.');
  }
  // A screenshot or photo of the table chosen with the files (截图.png, 报表.jpg).
  const image = imageKind(bytes);
  if (image !== null) {
    return blockedResult(file, 'file-is-image', `这是图片文件（${image}），不是表格文件，无法读出其中的数字。请导入原Excel（.xlsx、.xls）或CSV文件；只有图片时需要把数字录入表格`,
      `This is an image (${image}), not a table: import the original Excel or CSV file.`);
  }
  // RAR (Rar!) and 7z archives: a batch of reports packed for sending.
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    return blockedResult(file, 'file-is-archive', '这是一个压缩包（RAR或7z），不是表格文件。请先解压，再选择其中的Excel或CSV文件导入（可一次选择多个）',
      'This is a RAR or 7z archive: extract it first, then choose the Excel or CSV files in it.');
  }
  return null;
}

export function isBlankText(text: string): boolean {
  return /^[\s\uFEFF\u0000\u001A,，;\t|]*$/.test(text);
}

/** Line and column (1-based, in characters) of each U+FFFD in `text`. */
function replacementPositions(text: string, limit: number): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let col = 1;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) out.push({ line, column: col });
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; col = 1; } else col++;
  }
  return out;
}

function countFffd(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function finish(text: string, encoding: TextEncodingName, guessed: boolean, issues: ImportIssue[], file: string): DecodeResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isBlankText(clean)) {
    return blockedResult(file, 'file-empty', '文件为空，没有可导入的内容', 'The file is empty.');
  }
  return { text: clean, encoding, guessed, issues, blocked: false };
}

/**
 * One warning per line with U+FFFD (its first character position, in the message, and how
 * many), at most MAX_FFFD_LINES lines and then one sentence for the rest: a broken file reads as
 * a few lines, not one alert per character.
 */
function reportReplacements(text: string, encoding: TextEncodingName, file: string, issues: ImportIssue[]): void {
  const total = countFffd(text);
  if (total === 0) return;
  const byLine = new Map<number, { column: number; count: number }>();
  for (const p of replacementPositions(text, total)) {
    const seen = byLine.get(p.line);
    if (seen) seen.count++; else byLine.set(p.line, { column: p.column, count: 1 });
  }
  let shown = 0;
  for (const [line, { column, count }] of byLine) {
    if (shown++ === MAX_FFFD_LINES) break;
    const what = count === 1 ? `第${column}个字符` : `自第${column}个字符起共${count}个字符`;
    // `column` of an issue is a table column, unknown before the delimiter is: the character's place is in the words.
    issues.push(makeIssue('warning', 'decode-replacement', { file, line },
      `第${line}行${what}无法按${DISPLAY[encoding]}解码，已显示为“�”。可尝试切换编码后重新导入`,
      `Line ${line}: ${count} character(s) from position ${column} are not valid ${DISPLAY[encoding]} and show as U+FFFD; try another encoding.`));
  }
  if (byLine.size > MAX_FFFD_LINES) {
    const rest = [...byLine.values()].slice(MAX_FFFD_LINES).reduce((n, x) => n + x.count, 0);
    issues.push(makeIssue('warning', 'decode-replacement', { file },
      `另有${byLine.size - MAX_FFFD_LINES}行共${rest}个字符无法解码`, `${rest} more characters on ${byLine.size - MAX_FFFD_LINES} more lines could not be decoded.`));
  }
}

/**
 * Decodes a file's bytes as a CSV file's: `decodeText`, and a web page (HTML, or XML other than a
 * workbook's) refused, for it is no CSV table. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, file: string, forced?: string): DecodeResult {
  const decoded = decodeText(bytes, file, forced);
  if (decoded.blocked) return decoded;
  const head = decoded.text.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<(html|workbook)/.test(head)) {
    return blockedResult(file, 'file-is-html',
      '这是网页(HTML)文件，不是CSV表格。请从系统中重新导出CSV后再导入',
      'This is an HTML page, not a CSV table; export the data as CSV again.');
  }
  return decoded;
}

/**
 * Decodes a file's text, whatever it holds (the workbook reader decodes HTML and XML workbooks with
 * it). `forced` is a user-chosen encoding label (UTF-8, GBK, GB18030, UTF-16LE…); with it the decode
 * is non-fatal and every U+FFFD is reported. Never throws.
 */
export function decodeText(bytes: Uint8Array, file: string, forced?: string): DecodeResult {
  if (bytes.length === 0) return blockedResult(file, 'file-empty', '文件为空，没有可导入的内容', 'The file is empty.');
  const nonText = detectNonText(bytes, file);
  if (nonText) return nonText;
  const issues: ImportIssue[] = [];

  if (forced !== undefined && forced !== '') {
    const enc = encodingFromLabel(forced);
    if (enc) {
      const text = tryDecode(bytes, enc, false) ?? '';
      reportReplacements(text, enc, file, issues);
      return finish(text, enc, false, issues, file);
    }
    issues.push(makeIssue('warning', 'encoding-unknown', { file },
      `不认识的编码“${forced}”，已改为自动识别`, `Unknown encoding "${forced}"; detecting automatically.`));
  }

  /** A file decoded line by line (UTF-8 and GBK lines both): its notes, then the text. */
  const finishMixed = (mixed: NonNullable<ReturnType<typeof decodeMixedLines>>, guessed: boolean): DecodeResult => {
    issues.push(...mixed.issues);
    reportReplacements(mixed.text, mixed.encoding, file, issues);
    return finish(mixed.text, mixed.encoding, guessed, issues, file);
  };
  const bom: TextEncodingName | null = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 'utf-8'
    : startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le'
      : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be'
        : sniffBomlessUtf16(bytes);
  const strictUtf8 = bom === 'utf-8' ? tryDecode(bytes, 'utf-8', true) : null;
  if (bom === 'utf-8' && strictUtf8 === null) {
    const body = bytes.subarray(3);
    const mixed = decodeMixedLines(body, file);
    if (mixed) return finishMixed(mixed, false);
    const gbBody = tryDecode(body, 'gb18030', true);
    if (gbBody !== null) {
      issues.push(makeIssue('warning', 'encoding-bom-gbk', { file },
        '文件开头标着UTF-8（BOM），但内容是GBK编码，已按GBK解码；请在“排行”页核对社区名称的文字是否正确',
        'The file starts with a UTF-8 BOM but its body is GBK; decoded as GBK.'));
      return finish(gbBody, 'gb18030', false, issues, file);
    }
  }
  if (bom) {
    const text = strictUtf8 ?? tryDecode(bytes, bom, false) ?? '';
    reportReplacements(text, bom, file, issues);
    if (bom !== 'utf-8') {
      issues.push(makeIssue('info', 'encoding-utf16', { file },
        `编码：${DISPLAY[bom]}（Unicode 文本）`, `Encoding: ${DISPLAY[bom]} (Unicode text).`));
    }
    return finish(text, bom, false, issues, file);
  }

  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 === null) {
    // GB18030 accepts almost any bytes: a UTF-8 file with a GBK line would read as GBK throughout.
    const mixed = decodeMixedLines(bytes, file);
    if (mixed) return finishMixed(mixed, true);
  }
  const gb = tryDecode(bytes, 'gb18030', true);
  if (utf8 !== null) {
    // GBK bytes can be valid UTF-8 by accident (委员 → ίԱ): prefer GB18030 when it gives CJK instead.
    if (gb !== null && !CJK.test(utf8) && MISREAD_LETTERS.test(utf8) && CJK.test(gb)) {
      issues.push(makeIssue('warning', 'encoding-maybe-wrong', { file },
        '编码可能误判：按UTF-8解码得到的是外文字母，已改按GB18030（GBK）解码。如文字显示不对，请手动选择编码',
        'Encoding may be misdetected: UTF-8 gave Greek/Cyrillic letters, decoded as GB18030 instead.'));
      return finish(gb, 'gb18030', true, issues, file);
    }
    return finish(utf8, 'utf-8', true, issues, file);
  }
  if (gb !== null) {
    issues.push(makeIssue('info', 'encoding-guessed', { file }, '编码：GB18030（推测）', 'Encoding: GB18030 (guessed).'));
    return finish(gb, 'gb18030', true, issues, file);
  }
  // Both fail: decode with whichever loses fewer characters (GB18030 on a tie: Excel's ANSI CSV).
  const u = tryDecode(bytes, 'utf-8', false) ?? '';
  const g = tryDecode(bytes, 'gb18030', false) ?? '';
  const enc: TextEncodingName = countFffd(u) < countFffd(g) ? 'utf-8' : 'gb18030';
  const text = enc === 'utf-8' ? u : g;
  issues.push(makeIssue('warning', 'encoding-invalid', { file },
    `文件既不是有效的UTF-8也不是有效的GBK/GB18030，已按${DISPLAY[enc]}解码，无法识别的字符显示为“�”`,
    `The file is neither valid UTF-8 nor valid GB18030; decoded as ${DISPLAY[enc]} with replacement characters.`));
  reportReplacements(text, enc, file, issues);
  return finish(text, enc, true, issues, file);
}
