/**
 * The period a workbook's cover sheet (`封面`, `说明`: a sheet of text before the data sheets)
 * names: a line `报告期：2024年3月` (`统计时间：`, `统计期间：`), a cell that is a period alone
 * (`2024年3月` under the title), or its title (its first cell: `新华街道2024年第二季度社区统计报表`),
 * read as a data sheet's title is. The data sheets take it when neither their names, titles nor the
 * file name give one (file-period.ts).
 */
import { parsePeriodLabel, type ParsedPeriod } from '../cells/parse-period-label';
import { scanPeriodText } from '../cells/scan-period-text';
import type { ValueNote } from '../cells/value-note';
import { lettersInYears } from '../cells/year-typo';
import { formatPeriodKey } from '../vocabulary/period';
import { PERIOD_LABEL } from '../vocabulary/period-labels';

/** A workbook's cover sheet and the period text it holds. */
export interface CoverPeriod {
  readonly sheet: string;
  /** The period as the cover writes it, label removed (`2024年3月`; a year's letters for digits read: `2O24年3月` → `2024年3月`). */
  readonly text: string;
  /** A year of the period written with a letter for a digit (`报告期：2O24年3月`): where (1-based line and column) and the warning. */
  readonly letters: readonly { line: number; column: number; note: ValueNote }[];
}

/**
 * The period cover sheet `sheet` (its `rows`) names, or null: none, a date a day within a month
 * (`填报日期：2024年4月5日` is when it was filled in), or two different periods (a title naming the
 * quarter over the month the cover was signed in).
 */
export function coverPeriodOf(sheet: string, rows: readonly (readonly string[])[]): CoverPeriod | null {
  let found: { key: string; text: string; letters: CoverPeriod['letters'] } | null = null;
  let title = true;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let k = 0; k < row.length; k++) {
      // A year's letter for a digit (`2O24年3月`, full-width `２O２４年`) is read as that year, and said (lettersInYears).
      const written = row[k]!.trim().replace(PERIOD_LABEL, '').trim();
      const typed = lettersInYears(written.normalize('NFKC'));
      const text = typed.notes.length > 0 ? typed.text : written;
      if (text === '') continue;
      const p = periodOf(text, title);
      title = false;
      if (p === null || p.found.notes.some((n) => n.severity !== 'info')) continue;
      const key = formatPeriodKey(p.found.period);
      if (found !== null && found.key !== key) return null;
      found ??= { key, text: p.text, letters: typed.notes.map((note) => ({ line: r + 1, column: k + 1, note })) };
    }
  }
  return found !== null ? { sheet: sheet.trim(), text: found.text, letters: found.letters } : null;
}

/** The period a cover's cell is (the title's: the one it names with no problem), with its text. */
function periodOf(text: string, title: boolean): { found: ParsedPeriod; text: string } | null {
  if (!/\d{4}/.test(text)) return null;
  const alone = parsePeriodLabel(text);
  if (alone !== null || !title) return alone !== null ? { found: alone, text } : null;
  const scan = scanPeriodText(text);
  return scan.found !== null && scan.problems.length === 0 && scan.text !== undefined ? { found: scan.found, text: scan.text } : null;
}
