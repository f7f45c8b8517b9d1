/**
 * Per-line encodings (issue 15, class 8): a clerk pastes a line from an old GBK sheet into a UTF-8
 * file, or saves a GBK body behind a UTF-8 BOM. Decoding the whole file in one encoding would
 * misread those lines silently (GB18030 accepts almost any bytes) or give one warning per broken
 * character. Lines are split at line feeds (a GBK or UTF-8 multi-byte character never contains
 * 0x0A), each is judged on its own, and the lines in the minority encoding are named.
 */
import type { ImportIssue } from '../report/import-report';
import { lineRanges, makeIssue } from '../report/make-issue';
import { CJK, MISREAD_LETTERS } from './script-signs';

/** How one line's bytes read: only ASCII, valid UTF-8 with multi-byte characters, or not UTF-8. */
export const LineKind = { Ascii: 0, Utf8: 1, NotUtf8: 2 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/**
 * The kind of bytes[start, end): a hand-written UTF-8 check (no decoder, no exception), so a
 * whole file can be judged line by line at the speed of a byte loop.
 */
export function lineKind(bytes: Uint8Array, start: number, end: number): LineKind {
  let multi = false;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; } else if (b >= 0xe0 && b <= 0xef) { n = 2; min = 0x800; } else if (b >= 0xf0 && b <= 0xf4) { n = 3; min = 0x10000; } else return LineKind.NotUtf8;
    if (i + n >= end) return LineKind.NotUtf8;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return LineKind.NotUtf8;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return LineKind.NotUtf8;
    multi = true;
    i += n + 1;
  }
  return multi ? LineKind.Utf8 : LineKind.Ascii;
}

/** Lines by kind: how many are valid UTF-8 with multi-byte characters, and how many are not UTF-8. */
export interface LineCounts { utf8: number; notUtf8: number }

/** Counts the kinds of the lines of bytes[0, end) (`end` defaults to every byte). */
export function countLineKinds(bytes: Uint8Array, end = bytes.length): LineCounts {
  const counts: LineCounts = { utf8: 0, notUtf8: 0 };
  for (let s = 0; s < end;) {
    let e = bytes.indexOf(0x0a, s);
    if (e < 0 || e >= end) e = end;
    const k = lineKind(bytes, s, e);
    if (k === LineKind.Utf8) counts.utf8++; else if (k === LineKind.NotUtf8) counts.notUtf8++;
    s = e + 1;
  }
  return counts;
}


export interface MixedText {
  readonly text: string;
  /** The encoding of most lines (the file's encoding in the summary). */
  readonly encoding: 'utf-8' | 'gb18030';
  readonly issues: ImportIssue[];
}

/**
 * Decodes a file whose lines are in UTF-8 and GBK both, each line in its own encoding, with one
 * warning naming the lines in the minority encoding (and one naming lines neither decodes, which
 * keep U+FFFD). Null when the file is not mixed: no line is UTF-8 with multi-byte characters, or
 * none is outside UTF-8 (the caller's whole-file rules apply then).
 */
export function decodeMixedLines(bytes: Uint8Array, file: string): MixedText | null {
  const counts = countLineKinds(bytes);
  if (counts.utf8 === 0 || counts.notUtf8 === 0) return null;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030', { fatal: true });
  const lines: { text: string; gbk: boolean | null }[] = [];
  let nUtf8 = 0;
  let nGbk = 0;
  for (let s = 0; s < bytes.length;) {
    let e = bytes.indexOf(0x0a, s);
    e = e < 0 ? bytes.length : e + 1;
    const seg = bytes.subarray(s, e);
    const kind = lineKind(bytes, s, e);
    s = e;
    if (kind === LineKind.Ascii) { lines.push({ text: utf8.decode(seg), gbk: null }); continue; }
    const asGbk = attempt(gb, seg);
    if (kind === LineKind.Utf8) {
      const text = utf8.decode(seg);
      // GBK bytes can be valid UTF-8 by accident (委员 → ίԱ): such a line is GBK.
      if (asGbk !== null && !CJK.test(text) && MISREAD_LETTERS.test(text) && CJK.test(asGbk)) { lines.push({ text: asGbk, gbk: true }); nGbk++; } else { lines.push({ text, gbk: false }); nUtf8++; }
    } else if (asGbk !== null) { lines.push({ text: asGbk, gbk: true }); nGbk++; } else lines.push({ text: new TextDecoder('utf-8').decode(seg), gbk: null });
  }
  if (nUtf8 === 0 || nGbk === 0) return null;
  const encoding = nUtf8 >= nGbk ? 'utf-8' : 'gb18030';
  const odd: number[] = [];
  lines.forEach((l, k) => { if (l.gbk === (encoding === 'utf-8')) odd.push(k + 1); });
  const list = lineRanges(odd);
  const issue = encoding === 'utf-8'
    ? makeIssue('warning', 'encoding-mixed-lines', { file, line: odd[0]! },
      `文件是UTF-8编码，但第${list}行是GBK编码（可能是从别的表格粘贴过来的），这几行已单独按GBK解码；请核对这几行的文字`,
      `The file is UTF-8 but line(s) ${list} are GBK (perhaps pasted from another sheet); those lines were decoded as GBK.`)
    : makeIssue('warning', 'encoding-mixed-lines', { file, line: odd[0]! },
      `文件是GBK编码，但第${list}行是UTF-8编码（可能是从别的表格粘贴过来的），这几行已单独按UTF-8解码；请核对这几行的文字`,
      `The file is GBK but line(s) ${list} are UTF-8 (perhaps pasted from another sheet); those lines were decoded as UTF-8.`);
  return { text: lines.map((l) => l.text).join(''), encoding, issues: [issue] };
}

function attempt(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
