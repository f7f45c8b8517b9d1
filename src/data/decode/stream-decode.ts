/**
 * Streaming bytes → text, with decode-bytes' rules for the files it takes: strict UTF-8 (BOM or
 * not), else strict GB18030 (a guess, noted by the caller), judged on the first chunk. A character
 * split across chunks stays intact (streaming TextDecoder). Anything else throws, with the reason:
 * xlsx/xls/pdf bytes, UTF-16 with or without a BOM, invalid UTF-8 after a BOM, bytes neither
 * decoder accepts, a later chunk that is not in the first chunk's encoding — the pipeline then
 * decodes the whole file with decodeBytes, which explains or decodes those.
 */
import { sniffBomlessUtf16 } from './decode-bytes';

export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  /** `utf-8` or `gb18030` once the first bytes were decoded. */
  encoding: 'utf-8' | 'gb18030' = 'utf-8';

  /** True once the first bytes were decoded. */
  get started(): boolean {
    return this.decoder !== null;
  }

  /** Text of the next bytes (the first call needs at least 4 bytes, or the whole file). */
  decode(bytes: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(bytes, { stream: true });
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0x50 && b1 === 0x4b) || (b0 === 0xd0 && b1 === 0xcf) || (b0 === 0x25 && b1 === 0x50) || b0 === 0xff || b0 === 0xfe) {
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
      const gb = new TextDecoder('gb18030', { fatal: true });
      const text = gb.decode(bytes, { stream: true });
      this.decoder = gb;
      this.encoding = 'gb18030';
      return text;
    }
  }

  /** The text held back at the end (an incomplete character throws). */
  end(): string {
    return this.decoder ? this.decoder.decode() : '';
  }
}
