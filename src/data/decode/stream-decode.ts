/**
 * Streaming bytes → text, with decode-bytes' rules for the files it takes: strict UTF-8 (BOM or
 * not), else strict GB18030 (a guess, noted by the caller), judged on the first chunk. A character
 * split across chunks stays intact (streaming TextDecoder). Anything else throws, with the reason:
 * xlsx/xls/pdf bytes, UTF-16 with or without a BOM, invalid UTF-8 after a BOM, bytes neither
 * decoder accepts, a later chunk that is not in the first chunk's encoding, a first chunk with
 * lines in UTF-8 and in GBK — the pipeline then decodes the whole file with decodeBytes, which
 * explains or decodes those.
 */
import { imageKind, sniffBomlessUtf16 } from './decode-bytes';
import { countLineKinds, lineKind, LineKind } from './line-encodings';
import { isMarkupBytes } from './markup';

/** Longest cut line kept for the check of GBK lines (a longer one is not checked). */
const MAX_LINE_TAIL = 64 * 1024;

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  /** The bytes of the GBK line a chunk's end cut (see checkGbkLines). */
  private lineTail: Uint8Array = new Uint8Array(0);
  /** `utf-8` or `gb18030` once the first bytes were decoded. */
  encoding: 'utf-8' | 'gb18030' = 'utf-8';

  /** True once the first bytes were decoded. */
  get started(): boolean {
    return this.decoder !== null;
  }

  /** Text of the next bytes (the first call needs at least 4 bytes, or the whole file). */
  decode(bytes: Uint8Array): string {
    if (this.decoder) {
      if (this.encoding === 'gb18030') this.checkGbkLines(bytes);
      return this.decoder.decode(bytes, { stream: true });
    }
    const b0 = bytes[0];
    const b1 = bytes[1];
    // Workbooks (zip, OLE, HTML or XML markup), PDF, images and UTF-16 are read from the whole bytes.
    if ((b0 === 0x50 && b1 === 0x4b) || (b0 === 0xd0 && b1 === 0xcf) || (b0 === 0x25 && b1 === 0x50) || b0 === 0xff || b0 === 0xfe || isMarkupBytes(bytes) || imageKind(bytes) !== null) {
      throw new Error('not plain text');
    }
    if (sniffBomlessUtf16(bytes) !== null) throw new Error('UTF-16 without a BOM');
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    try {
      const text = utf8.decode(bytes, { stream: true });
      this.decoder = utf8;
      return text;
    } catch {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Error('invalid UTF-8 after BOM');
      // Lines of UTF-8 among the GBK ones: decodeBytes decodes each line in its own encoding.
      const whole = bytes.lastIndexOf(0x0a) + 1;
      if (countLineKinds(bytes, whole > 0 ? whole : bytes.length).utf8 > 0) throw new Error('UTF-8 and GBK lines');
      this.lineTail = whole > 0 ? bytes.slice(whole) : bytes.slice();
      const gb = new TextDecoder('gb18030', { fatal: true });
      const text = gb.decode(bytes, { stream: true });
      this.decoder = gb;
      this.encoding = 'gb18030';
      return text;
    }
  }

  /**
   * GB18030 accepts UTF-8 bytes too: a UTF-8 line further down a GBK file would be read as other
   * characters, silently. Each complete line is checked (the line cut by a chunk's end is kept
   * and checked with the next chunk); one throws, and decodeBytes decodes each line on its own.
   */
  private checkGbkLines(bytes: Uint8Array): void {
    const first = bytes.indexOf(0x0a);
    if (first < 0) {
      if (this.lineTail.length < MAX_LINE_TAIL) this.lineTail = join(this.lineTail, bytes);
      return;
    }
    const head = join(this.lineTail, bytes.subarray(0, first));
    const last = bytes.lastIndexOf(0x0a);
    if (lineKind(head, 0, head.length) === LineKind.Utf8 || countLineKinds(bytes.subarray(first + 1, last + 1)).utf8 > 0) {
      throw new Error('UTF-8 and GBK lines');
    }
    this.lineTail = bytes.slice(last + 1);
  }

  /** The text held back at the end (an incomplete character throws). */
  end(): string {
    return this.decoder ? this.decoder.decode() : '';
  }
}
