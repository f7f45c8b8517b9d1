/**
 * The period a workbook's cover sheet (`封面`, `说明`: a sheet of text before the data sheets)
 * names: a line `报告期：2024年3月` (`统计时间：`, `统计期间：`) or a cell that is a period alone
 * (`2024年3月` under the title). The data sheets take it when neither their names, titles nor the
 * file name give one (file-period.ts).
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { formatPeriodKey } from '../vocabulary/period';
import { PERIOD_LABEL } from '../vocabulary/period-labels';

/** A workbook's cover sheet and the period text it holds. */
export interface CoverPeriod {
  readonly sheet: string;
  /** The period as the cover writes it, label removed (`2024年3月`). */
  readonly text: string;
}

/**
 * The period cover sheet `sheet` (its `rows`) names, or null: none, a date a day within a month
 * (`填报日期：2024年4月5日` is when it was filled in), or two different periods.
 */
export function coverPeriodOf(sheet: string, rows: readonly (readonly string[])[]): CoverPeriod | null {
  let found: { key: string; text: string } | null = null;
  for (const row of rows) {
    for (const cell of row) {
      const text = cell.trim().replace(PERIOD_LABEL, '').trim();
      const p = text !== '' && /\d{4}/.test(text) ? parsePeriodLabel(text) : null;
      if (p === null || p.notes.some((n) => n.severity !== 'info')) continue;
      const key = formatPeriodKey(p.period);
      if (found !== null && found.key !== key) return null;
      found ??= { key, text };
    }
  }
  return found !== null ? { sheet: sheet.trim(), text: found.text } : null;
}
