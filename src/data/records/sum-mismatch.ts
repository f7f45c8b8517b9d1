/** When a total is not the sum of its rows: one rule, to a millionth, for every check of totals. */

/** The sum as shown (rounded to a millionth) when the total `value` is not it, else null (they agree). */
export function sumMismatch(sum: number, value: number): number | null {
  const expected = Math.round(sum * 1e6) / 1e6;
  return Math.abs(expected - value) <= 1e-6 * Math.max(1, Math.abs(expected)) ? null : expected;
}
