/**
 * The period a workbook sheet's name gives (`3月`, `一季度`, `2024年3月`, `上半年`, `2024-03`), with
 * the year, when the name has none, from the title row or the file name (`2024年社区统计.xlsx`).
 */
import { fileBaseName } from './name-text';
import { findPeriodInText, parsePeriodLabel, type ParsedPeriod } from '../records/parse-period-label';

/** Year written in the title row or (then) the file name, if any. */
function yearOf(caption: string | undefined, fileName: string): number | undefined {
  const base = fileBaseName(fileName);
  for (const text of [caption, base]) {
    if (!text) continue;
    const p = findPeriodInText(text);
    if (p) return p.period.year;
  }
  return undefined;
}

/**
 * The sheet name read as a period, or null when it is not one (`Sheet1`, `数据`) or when it has no
 * year and neither the title nor the file name gives one.
 */
export function sheetNamePeriod(sheet: string, caption: string | undefined, fileName: string): ParsedPeriod | null {
  const name = sheet.trim();
  if (name === '') return null;
  const year = yearOf(caption, fileName);
  return parsePeriodLabel(name, year !== undefined ? { defaultYear: year } : {});
}
