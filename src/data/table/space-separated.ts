/**
 * A text export whose columns are lined up with spaces (`社区  常住人口  户数`, a statistics
 * system's TXT or a report printed to a file): no delimiter splits it, so it reads as one column.
 * Told as such, with how to save it, rather than as a note with "no number" in it. Asked once per
 * table, only of a table of one column.
 */
import { parseValue } from '../cells/parse-value';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';

const SPACES = /\s+/;

/**
 * True when the header (or one of the first rows under it, the header being a title) splits at
 * spaces into at least two names, one of them known (社区, 常住人口), and most written cells below it
 * split into as many parts, some ending in a number.
 */
export function isSpaceSeparated(header: string, cells: readonly string[]): boolean {
  const lines = [header, ...cells].map((c) => c.trim()).filter((c) => c !== '');
  for (let h = 0; h < Math.min(lines.length, 4); h++) {
    const names = lines[h]!.split(SPACES);
    if (names.length < 2 || !names.some((n) => matchDimensionHeader(n) !== null || matchMetricHeader(n).metricId !== null)) continue;
    const below = lines.slice(h + 1);
    const rows = below.map((c) => c.split(SPACES)).filter((parts) => parts.length === names.length);
    return rows.length * 2 >= below.length && rows.some((parts) => Number.isFinite(parseValue(parts[parts.length - 1]!).value));
  }
  return false;
}
