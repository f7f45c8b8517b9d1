/**
 * Cells the hot loop can read without parseValue: a 12-digit division code, and a plain decimal
 * written the way String(number) writes it (`2527`, `-3`, `0.5`), which parseValue reads as
 * exactly Number(s), qualifier exact (tests/data/records/plain-number.test.ts holds it to that
 * against parseValue). parseValue's one note on such a cell is not given here: `1.568` may be a
 * European 1568 (dot-thousands-ambiguous). A workbook's number cell arrives as that text and is
 * no such suspect; a CSV's is read as written, and a count column's fraction is still warned of.
 */

export function isTwelveDigits(s: string): boolean {
  if (s.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A plain decimal written the way String(number) writes it (`2527`, `-3`, `0.5`): parseValue
 * would return exactly Number(s), qualifier exact, and no raw text is kept.
 */
export function plainNumber(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return NaN;
  const neg = s.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  if (i === n) return NaN;
  // Integers without leading zeros (and not -0) are canonical and exact below 10^15.
  let v = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
  }
  if (i === n) {
    const lead = s.charCodeAt(neg ? 1 : 0) === 48;
    if (lead && (n > (neg ? 2 : 1) || neg)) return NaN;
    return neg ? -v : v;
  }
  if (s.charCodeAt(i) !== 46) return NaN;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
  }
  const d = +s;
  return String(d) === s ? d : NaN;
}
