/**
 * The range of numbers a qualified value allows (qualifier codes as in QUALIFIERS): what rank
 * placing (analysis/rank-values.ts) and a part against its whole (records/part-exceeds-whole.ts)
 * read from 35余, 35以上, 不足35 and 近35.
 */
import { QUALIFIER_CODE } from './dataset';

/** A value's possible range from its qualifier: ＞35 is (35, ∞), ＜35 and 近35 are below 35; 约35 is taken as written. */
export interface Bounds { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

/** The range value `x` with qualifier code `q` allows (see Bounds). */
export function valueBounds(x: number, q: number): Bounds {
  if (q === QUALIFIER_CODE.gt) return { lo: x, hi: Infinity, loOpen: true, hiOpen: false };
  if (q === QUALIFIER_CODE.gte) return { lo: x, hi: Infinity, loOpen: false, hiOpen: false };
  if (q === QUALIFIER_CODE.lt) return { lo: -Infinity, hi: x, loOpen: false, hiOpen: true };
  if (q === QUALIFIER_CODE.approx_lt) return { lo: -Infinity, hi: x, loOpen: false, hiOpen: true };
  return { lo: x, hi: x, loOpen: false, hiOpen: false };
}
