/**
 * Scaling by powers of ten on the decimal digits, not in binary floating point, so `1.2万` is
 * exactly 12000 and a 万元 column's `0.3` is exactly 3000.
 */

/** Multiply a decimal digit string by 10^pow without binary drift: `1.2`, 4 → 12000. */
export function shiftDecimal(digits: string, pow: number): number {
  if (pow === 0) return Number(digits);
  const [int = '', frac = ''] = digits.split('.');
  if (pow >= frac.length) return Number(int + frac + '0'.repeat(pow - frac.length));
  return Number(`${int}${frac.slice(0, pow)}.${frac.slice(pow)}`);
}

/** `v` times `scale` (a header's multiplier, e.g. 10000): on the decimal digits when scale is a power of ten; NaN stays NaN. */
export function scaleNumber(v: number, scale: number): number {
  if (Number.isNaN(v)) return v;
  const pow = Math.log10(scale);
  if (Number.isInteger(pow) && pow > 0) {
    const sign = v < 0 ? -1 : 1;
    return sign * shiftDecimal(decimalString(Math.abs(v)), pow);
  }
  return Number((v * scale).toPrecision(15));
}

/** Plain decimal digits of a finite non-negative number (no exponent). */
function decimalString(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  return v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
