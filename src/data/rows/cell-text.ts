/**
 * A cell's bytes → its text, for the byte-level tokenizer (csv-tokenizer.ts). Files repeat a few
 * thousand texts over and over (metric names, units, small numbers, 合计), so short cells are
 * interned: the bytes are hashed and looked up in a table of the texts met before, and a text is
 * decoded once. Downstream, an interned text is the same string every time, so its hash is
 * computed once for every Map it is looked up in.
 *
 * It also judges the bytes, as decoding a whole file would: bytes the file's decoder refuses, or a
 * U+FFFD (decodeBytes names each one), make `refused` true, and the file is read again whole.
 * `kind` says how the last cell's bytes read as UTF-8 (line-encodings.ts): the tokenizer of a
 * GB18030 file finds a pasted UTF-8 line from its cells' kinds.
 */
import { lineKind, LineKind } from '../decode/line-encodings';
import { CJK, MISREAD_LETTERS } from '../decode/script-signs';
import { equalPrefix } from './equal-prefix';

/** Slots of the open-addressing table (a power of two, twice the entries it may hold). */
const SLOTS = 1 << 16;
const MAX_ENTRIES = SLOTS >> 1;
/** Longest cell interned, in bytes (longer ones are decoded each time). */
const MAX_INTERNED = 48;

export type CellEncoding = 'utf-8' | 'gb18030';

export class CellText {
  /** How the bytes of the cell last read read as UTF-8. */
  kind: LineKind = LineKind.Ascii;
  /** A cell's bytes were refused by the decoder, or held U+FFFD (only when judging). */
  refused = false;
  /** A UTF-8 text showed a CJK character / letters GBK bytes become when misread as UTF-8. */
  sawCjk = false;
  sawMisread = false;
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes = new Int32Array(MAX_ENTRIES);
  private readonly starts = new Int32Array(MAX_ENTRIES);
  private readonly lengths = new Uint8Array(MAX_ENTRIES);
  private readonly kinds = new Uint8Array(MAX_ENTRIES);
  private readonly texts: string[] = [];
  /** The entry last found or added: a file lists its names in the same order again (each period of a wide file, each unit's metrics of a long one), and the entry after it is tried first. */
  private last = -1;
  private pool = new Uint8Array(1 << 16);
  private poolView = new DataView(this.pool.buffer);
  private used = 0;
  private readonly decoder: TextDecoder;
  private readonly latin1 = new TextDecoder('latin1');
  /**
   * The texts of one to four digits met so far, by their digits (`7` at 7, `07` at 10 + 7, `4884`
   * at 1110 + 4884): most value cells, made once each instead of once per cell.
   */
  private readonly digitTexts: (string | undefined)[] = new Array<string | undefined>(DIGIT_TEXTS).fill(undefined);

  /**
   * `judge`: the bytes come straight from the file (false for text decoded already and encoded
   * again as UTF-8, which decodeBytes has judged).
   */
  constructor(readonly encoding: CellEncoding, private readonly judge: boolean) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  /** The text of bytes[a, b); `view` is a DataView of `bytes` (words are hashed and compared four bytes at a time). */
  of(bytes: Uint8Array, view: DataView, a: number, b: number): string {
    const len = b - a;
    if (len === 0) { this.kind = LineKind.Ascii; return ''; }
    // The entry after the last one, by its bytes: no hash, and no slot read at random (an entry's
    // bytes are kept only for a text that is looked up, so equal bytes are that text).
    const next = this.last + 1;
    if (next < this.texts.length && this.lengths[next] === len && this.sameBytes(this.starts[next]!, bytes, view, a, len)) {
      this.last = next;
      this.kind = this.kinds[next]! as LineKind;
      return this.texts[next]!;
    }
    let h = 0x811c9dc5 ^ len;
    let hi = 0;
    let i = a;
    for (; i + 3 < b; i += 4) {
      const w = view.getInt32(i, true);
      hi |= w;
      h = Math.imul(h ^ w, 0x01000193);
    }
    for (; i < b; i++) {
      const c = bytes[i]!;
      hi |= c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    h ^= h >>> 15;
    const high = (hi & 0x80808080) !== 0;
    // Short ASCII (most numbers) is made at once: cheaper than looking it up.
    if (len > MAX_INTERNED || (!high && len <= SHORT_ASCII)) return this.decode(bytes, a, b, high);
    const slots = this.slots;
    let s = h & (SLOTS - 1);
    for (let e = slots[s]! - 1; e >= 0; s = (s + 1) & (SLOTS - 1), e = slots[s]! - 1) {
      if (this.hashes[e] !== h || this.lengths[e] !== len || !this.sameBytes(this.starts[e]!, bytes, view, a, len)) continue;
      this.last = e;
      this.kind = this.kinds[e]! as LineKind;
      return this.texts[e]!;
    }
    const text = this.decode(bytes, a, b, high);
    const e = this.texts.length;
    if (e < MAX_ENTRIES && !this.refused) {
      if (this.used + len > this.pool.length) {
        const grown = new Uint8Array(this.pool.length * 2);
        grown.set(this.pool);
        this.pool = grown;
        this.poolView = new DataView(grown.buffer);
      }
      this.pool.set(bytes.subarray(a, b), this.used);
      this.starts[e] = this.used;
      this.used += len;
      this.hashes[e] = h;
      this.lengths[e] = len;
      this.kinds[e] = this.kind;
      this.texts.push(text);
      slots[s] = e + 1;
      this.last = e;
    }
    return text;
  }

  /** Whether the pool's bytes from `at` are bytes[a, a + len). */
  private sameBytes(at: number, bytes: Uint8Array, view: DataView, a: number, len: number): boolean {
    return equalPrefix(this.pool, this.poolView, at, bytes, view, a, len) === len;
  }

  /**
   * The text of ASCII bytes[a, b), at most SHORT_ASCII of them, made at once (no lookup by hash):
   * one to four digits (most value cells) are the same string each time they are met.
   */
  ascii(bytes: Uint8Array, a: number, b: number): string {
    const len = b - a;
    if (len > 4 || len === 0) return asciiText(bytes, a, b);
    let v = 0;
    for (let i = a; i < b; i++) {
      const d = bytes[i]! - 48;
      if (d >>> 0 > 9) return asciiText(bytes, a, b);
      v = v * 10 + d;
    }
    return this.digitText(bytes, a, b, v);
  }

  /** The text of bytes[a, b): one to four digits, whose value `v` the caller read. */
  digitText(bytes: Uint8Array, a: number, b: number, v: number): string {
    return this.digitTexts[DIGITS_BEFORE[b - a]! + v] ??= asciiText(bytes, a, b);
  }

  private decode(bytes: Uint8Array, a: number, b: number, high: boolean): string {
    if (!high) {
      this.kind = LineKind.Ascii;
      return b - a <= SHORT_ASCII ? this.ascii(bytes, a, b) : this.latin1.decode(bytes.subarray(a, b));
    }
    this.kind = lineKind(bytes, a, b);
    let text: string;
    try {
      text = this.decoder.decode(bytes.subarray(a, b));
    } catch {
      this.refused = true;
      return '';
    }
    if (this.judge) {
      if (text.indexOf('\uFFFD') >= 0) this.refused = true;
      if (this.encoding === 'utf-8' && !this.sawCjk) {
        if (CJK.test(text)) this.sawCjk = true;
        else if (MISREAD_LETTERS.test(text)) this.sawMisread = true;
      }
    }
    return text;
  }
}

/** Texts of one to four digits, and where those of each length start among them (CellText.ascii). */
const DIGITS_BEFORE = [0, 0, 10, 110, 1110] as const;
const DIGIT_TEXTS = 11110;

/** ASCII cells up to this many bytes (a number, a 12-digit division code) are made at once (asciiText), not looked up. */
export const SHORT_ASCII = 12;

/** Text of ASCII bytes[a, b), at most SHORT_ASCII bytes (none: ''): short cells (most numbers) without a decoder call. */
export function asciiText(bytes: Uint8Array, a: number, b: number): string {
  const f = String.fromCharCode;
  switch (b - a) {
    case 1: return f(bytes[a]!);
    case 2: return f(bytes[a]!, bytes[a + 1]!);
    case 3: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!);
    case 4: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!);
    default: return longerAsciiText(bytes, a, b);
  }
}

/** asciiText of 5 to SHORT_ASCII bytes (none: ''): kept out of asciiText's switch, which most cells (numbers of one to four digits) take. */
function longerAsciiText(bytes: Uint8Array, a: number, b: number): string {
  const f = String.fromCharCode;
  switch (b - a) {
    case 5: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!);
    case 6: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!);
    case 7: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!);
    case 8: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!, bytes[a + 7]!);
    case 9: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!, bytes[a + 7]!, bytes[a + 8]!);
    case 10: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!, bytes[a + 7]!, bytes[a + 8]!, bytes[a + 9]!);
    case 11: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!, bytes[a + 7]!, bytes[a + 8]!, bytes[a + 9]!, bytes[a + 10]!);
    case 12: return f(bytes[a]!, bytes[a + 1]!, bytes[a + 2]!, bytes[a + 3]!, bytes[a + 4]!, bytes[a + 5]!, bytes[a + 6]!, bytes[a + 7]!, bytes[a + 8]!, bytes[a + 9]!, bytes[a + 10]!, bytes[a + 11]!);
    default: return '';
  }
}
