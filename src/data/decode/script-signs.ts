/**
 * Signs of how text was decoded: a CJK character, and the letters GBK byte pairs turn into when
 * misread as UTF-8 (委员 → ίԱ). UTF-8 text with the letters and no CJK was GBK read wrongly; the
 * whole-file decode (decode-bytes.ts), the per-line decode (line-encodings.ts), the stream's
 * prelude (read-file.ts) and its cells (cell-text.ts) all judge by these two.
 */
export const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
export const MISREAD_LETTERS = /[\u00C0-\u00FF\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF]/;
