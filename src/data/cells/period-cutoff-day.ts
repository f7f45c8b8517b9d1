/**
 * A period with its data's cut-off day in brackets (`2024年3月（截至25日）`, `2024年3月(数据截至3月25日)`,
 * `2024年第一季度（截至3月25日）`): a report closed before the period's end, as many streets close the
 * month's on the 25th. The period is the one before the brackets; a day before its last month's end is
 * said in a warning (the figures are not the whole period's), its last day needs none.
 */
import { monthRange } from '../vocabulary/period';
import { validDay } from './date-as-month';
import type { ParsedPeriod } from './parsed-period';
import { note } from './value-note';

/** In brackets, an as-of word and a day, its month and year optional (after NFKC), as a pattern source: `(截至25日)`, `(数据截至3月25日)`. */
export const CUTOFF_DAY = '\\((?:数据)?(?:截至|截止到?|截止至|统计至)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号]\\)';
/** A period, then its cut-off day in brackets. */
const CUTOFF = new RegExp(`^(.+?)${CUTOFF_DAY}$`);

/**
 * The period before a cut-off day in brackets, read by `parse` (the grammar, in its context); null
 * when `s` (normalised) has none, the rest is no period, or the day is not in the period's last month.
 */
export function withCutoffDay(s: string, parse: (head: string) => ParsedPeriod | null): ParsedPeriod | null {
  const m = CUTOFF.exec(s);
  if (m === null) return null;
  const head = parse(m[1]!);
  if (head === null) return null;
  const { year } = head.period;
  const month = monthRange(head.period)[1];
  const day = Number(m[4]);
  if ((m[2] !== undefined && Number(m[2]) !== year) || (m[3] !== undefined && Number(m[3]) !== month) || !validDay(year, month, day)) return null;
  if (!validDay(year, month, day + 1)) return head;
  head.notes.push(note('period-cutoff-day', 'warning',
    `“${s}”的数据只统计到${month}月${day}日，不是到月底的数，已按“${m[1]}”统计；与统计到月底的数比较时会偏小，如有到月底的数，请改后重新导入`,
    `"${s}": the figures run only to ${year}-${month}-${day}, before the month's end; read as "${m[1]}". They may be lower than figures to the month's end.`));
  return head;
}
