/**
 * How approximate inputs (`3500余`, `近900`) carry through arithmetic. A sum of an exact value and a
 * `gt` value is itself "more than"; mixing "more than" with "less than" only says "about".
 * Codes are indexes into QUALIFIERS (src/data/dataset.ts).
 */
import { QUALIFIER_CODE } from '../data/dataset/dataset';

const EXACT = QUALIFIER_CODE.exact;
const GT = QUALIFIER_CODE.gt;
const GTE = QUALIFIER_CODE.gte;
const LT = QUALIFIER_CODE.lt;
const APPROX = QUALIFIER_CODE.approx;
const APPROX_LT = QUALIFIER_CODE.approx_lt;
/** Qualifier code of a value that is absent (NaN). */
export const MISSING_CODE = QUALIFIER_CODE.missing;

const isAbove = (q: number): boolean => q === GT || q === GTE;
const isBelow = (q: number): boolean => q === LT || q === APPROX_LT;

/** Qualifier of a + b (or of any monotone combination such as a sum), the loosest of the two. */
export function combineQualifiers(a: number, b: number): number {
  if (a === b) return a;
  if (a === EXACT) return b;
  if (b === EXACT) return a;
  // gt + gte: at least one part is strictly more, so the whole is strictly more.
  if (isAbove(a) && isAbove(b)) return GT;
  // 不足50 + 近900: under, and roughly so.
  if (isBelow(a) && isBelow(b)) return APPROX_LT;
  return APPROX;
}

/**
 * Qualifier of −x, for a value that is subtracted or divided by: "more than" in the subtrahend
 * means the result is "less than", and the other way round.
 */
export function flipQualifier(q: number): number {
  if (q === GT || q === GTE) return LT;
  if (q === LT) return GT;
  if (q === EXACT) return EXACT;
  return APPROX;
}

/** Qualifier of a − b or a ÷ b. */
export function differenceQualifier(a: number, b: number): number {
  return combineQualifiers(a, flipQualifier(b));
}

/** Qualifier of a change a − b (`change`): missing when there is none (NaN), else differenceQualifier of the two values'. */
export function changeQualifier(change: number, a: number, b: number): number {
  return Number.isNaN(change) ? MISSING_CODE : differenceQualifier(a, b);
}
