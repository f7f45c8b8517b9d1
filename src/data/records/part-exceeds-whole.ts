/**
 * When a 其中 part larger than its whole is a contradiction: the one rule of both checks that say
 * so, the 其中 columns and rows imported as metrics of their own (merge/part-over-whole.ts) and the
 * 其中 rows under a community that are not imported (records/breakdown-check.ts).
 */
import { QUALIFIER_CODE } from '../dataset/dataset';
import { valueBounds } from '../dataset/value-bounds';
import { isRate, type MetricDef } from '../vocabulary/metric-catalog';

const APPROX = QUALIFIER_CODE.approx;

/**
 * Whether a part's value (`part`, qualifier code `partQ`, of metric `partMetric`) is certainly
 * larger than its whole's: a count or an amount, of which no part can be larger, and no reading of
 * the two as written puts the part within the whole.
 * - A part of a rate or an average is a rate of its own (女's 再就业率 80% under 60% is no error);
 *   so is a part in another unit than its whole (其中：慰问人次 under 慰问救助金额).
 * - A bound is read as the range it allows (value-bounds.ts): 150余 is more than a whole of 150,
 *   a whole of 不足100 or 近100 is less than a part of 100, and a whole of 120余 may hold any part.
 * - 约 is an estimate: a part about 125 of a whole of 120, or 125 of about 120, is no sign of a
 *   mistyped number, so a 约 value on either side never is.
 * Missing values (NaN) never are.
 */
export function partExceedsWhole(partMetric: MetricDef, part: number, partQ: number, wholeMetric: MetricDef, whole: number, wholeQ: number): boolean {
  if (partMetric.unit !== wholeMetric.unit || isRate(partMetric) || isRate(wholeMetric)) return false;
  if (Number.isNaN(part) || Number.isNaN(whole) || partQ === APPROX || wholeQ === APPROX) return false;
  const p = valueBounds(part, partQ);
  const w = valueBounds(whole, wholeQ);
  return p.lo > w.hi || (p.lo === w.hi && (p.loOpen || w.hiOpen));
}
