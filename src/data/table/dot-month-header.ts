/**
 * The twelve months across the top typed as numbers (`2024.1` … `2024.12`): Excel shows, and saves
 * to CSV, 2024.10 as `2024.1`. A `2024.1` header right after `2024.9` is that October, not a second
 * January; it is read so, with a warning at its cell. Anywhere else a `2024.1` stays January (the
 * grammar's own dot-month-ambiguous warning says what to check).
 */
import { note, type ValueNote } from '../cells/value-note';
import type { PeriodKey } from '../vocabulary/period';

/** A period header as periodColumns reads it: its key and the grammar's notes. */
interface HeaderPeriod { key: PeriodKey; notes: readonly ValueNote[] }

/** `periods` (left to right) with each `yyyy.1` right after a `yyyy.9` read as October; the others as they are. */
export function octoberAfterSeptember<T extends HeaderPeriod>(periods: readonly T[], nameOf: (p: T) => string): T[] {
  return periods.map((p, k) => {
    const before = periods[k - 1];
    const year = p.key.slice(0, 4);
    if (before === undefined || p.key !== `${year}-01` || before.key !== `${year}-09` || !p.notes.some((n) => n.code === 'dot-month-ambiguous')) return p;
    const name = nameOf(p);
    const october = note('dot-month-october', 'warning',
      `“${name}”在“${nameOf(before)}”之后，按${year}年10月理解（Excel把数字${year}.10显示为${year}.1，去掉了末尾的0）；请核对，最好把该列列名写成“${year}年10月”`,
      `"${name}" follows "${nameOf(before)}": read as October ${year} (Excel shows ${year}.10 as ${year}.1). Please check.`);
    return { ...p, key: `${year}-10`, notes: [...p.notes.filter((n) => n.code !== 'dot-month-ambiguous'), october] };
  });
}
