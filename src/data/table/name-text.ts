/**
 * The text a table's names are looked for in: a file name without its folder and extension, and
 * (for a community or street named beside a period) the text with its periods blanked out.
 */
import { CN_YEAR_DIGIT } from '../cells/period-words';

/** `C:\报表\东湖社区-2024年3月.xlsx` → `东湖社区-2024年3月`. */
export function fileBaseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
}

/**
 * Periods and dates (`2024年3月`, `2024.3`, `2024年度`, `二〇二四年三月`, `24年度`, `一季度`, `1-6月累计`,
 * `3月`, `3月底`): no part of a name.
 */
const YEAR_TEXT = `(?:(?:19|20)\\d{2}|(?<!\\d)\\d{2}(?=\\s*年)|${CN_YEAR_DIGIT}{4}(?=\\s*年))`;
const MONTH_TEXT = '月(?:份|底|末|初)?';
const PERIOD_TEXT = new RegExp(
  `${YEAR_TEXT}\\s*(?:年度?|[.\\-/])?\\s*(?:第?[一二三四1-4]季度|[上下]半年|\\d{1,2}\\s*[-~至到]\\s*\\d{1,2}\\s*月份?|(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*${MONTH_TEXT})?(?:累计)?|\\d{1,2}\\s*${MONTH_TEXT}`,
  'g');

/** A title, sheet or file name with its folder, extension and periods taken out (each period a space). */
export function nameText(text: string): string {
  return fileBaseName(text).replace(PERIOD_TEXT, ' ');
}
