/**
 * Digits split by spaces inside one cell (`1 568`, `8 3`): thousands groups are one number, any
 * other split leaves the value unclear (83, or two numbers typed in one cell?).
 */

/** Digits split by whitespace (after NFKC NBSP and U+3000 are spaces; U+FEFF, in `\s`, is invisible, not a space). */
const SPACED_DIGITS = /\d[^\S\uFEFF]+\d/;
const SPACED_RUN = /\d+(?:[^\S\uFEFF]+\d+)+/g;
/** Thousands groups: one to three digits, then groups of exactly three (`1 568`, `12 345 678`). */
const THOUSANDS_RUN = /^\d{1,3}(?:[^\S\uFEFF]+\d{3})+$/;

/**
 * True when `s` (after NFKC) has digits split by spaces that are not all thousands groups, so its
 * number is unclear; `1 568` and text without spaced digits are false.
 */
export function unclearSpacedDigits(s: string): boolean {
  return SPACED_DIGITS.test(s) && !spacedAsThousands(s);
}

/**
 * Whether every run of digits split by spaces in `s` is thousands groups (not after a decimal
 * point): only those are joined. `8 3`, `12 15`, `35 0` may be 83 or two numbers typed in one cell.
 */
function spacedAsThousands(s: string): boolean {
  for (const m of s.matchAll(SPACED_RUN)) {
    if (!THOUSANDS_RUN.test(m[0]) || (m.index > 0 && s.charCodeAt(m.index - 1) === 46)) return false;
  }
  return true;
}
