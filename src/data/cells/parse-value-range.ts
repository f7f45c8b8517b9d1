/**
 * A range where one value belongs (`3000-4000`, `3000～4000`, `3000至4000`, `3-4万`): its bounds,
 * each read as a single number, never a value.
 */
import { parseSingle } from './parse-single-value';
import { shiftDecimal } from './shift-decimal';

const RANGE = /^(.*?[\d零〇一二两三四五六七八九十百千万亿%元人户次个余多])(?:~|至|到|—+|–|―|-{1,2})(.+)$/;

/** A range's bounds with the right side's magnitude and unit, or null when `s` is not two exact ascending numbers. */
export function parseRange(s: string): { low: number; high: number; pow: number; unit?: readonly [string, string] } | null {
  const m = RANGE.exec(s);
  if (!m) return null;
  const left = parseSingle(m[1]!);
  const right = parseSingle(m[2]!);
  if (!left.ok || !right.ok || left.qualifier !== 'exact' || right.qualifier !== 'exact') return null;
  let low = left.value;
  // `3-4万`: the right side's magnitude and unit apply to a bare left side.
  if (left.pow === 0 && !left.unit && right.pow !== 0) low = shiftDecimal(String(left.value), right.pow);
  if (low > right.value) return null;
  const unit = right.unit ?? left.unit;
  return unit ? { low, high: right.value, pow: right.pow, unit } : { low, high: right.value, pow: right.pow };
}
