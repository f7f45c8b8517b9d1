/**
 * The period a workbook sheet's name gives (`3月`, `一季度`, `2024年3月`, `上半年`, `2024-03`), with
 * the year, when the name has none, from the title row or the file name (`2024年社区统计.xlsx`).
 */
import { fileBaseName } from './name-text';
import { parsePeriodLabel, type ParsedPeriod } from '../cells/parse-period-label';
import { findPeriodInText } from '../cells/scan-period-text';
import { isComparisonHeader } from './find-header';
import { previousWordOf, type PreviousWord } from '../vocabulary/relative-period';

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
 * Words a clerk adds after the period in a sheet's name (`3月份统计`, `3月(修改)`, `3月定稿`) hold no
 * digit and nothing that would change the period: another month or year, a span (至, 以来, 累计), a day.
 * A dash is a span's (`3月-5月`) but before a revision word (`3月-改`: DASH_BEFORE); a digit may number a
 * version (`3月v2`, `3月（2次）`: VERSION_MARK).
 */
const CHANGES_PERIOD = /[\d０-９]|[年月季半日号旬底末初至到~\-—]|以来|累计|同期/;

/**
 * What copying a sheet adds to its name: Excel's and WPS's number (`3月 (2)`, `3月(3)`, `3月（2）`),
 * LibreOffice's `_2`, Google Sheets' `Copy of 3月` and `3月 的副本`, a clerk's `3月 - 副本` (numbered
 * again: `3月 - 副本 (2)`). A copy of the 3月 sheet is a 3月 sheet; its data then merges with the
 * first or conflicts, as any second sheet's.
 */
const COPY_NUMBER = /\s*[(（]\d{1,2}[)）]$/;
const COPY_WORD = /(?<=\D)_\d{1,2}$|\s*(?:[-—–]\s*|的)副本$/;
const COPY_OF = /^copy\s+of\s+/i;

/** A sheet's name without the marks of a copy (`3月 (2)`, `3月_2`, `Copy of 3月` → `3月`). */
function withoutCopyMarks(sheet: string): string {
  return sheet.trim().replace(COPY_NUMBER, '').replace(COPY_WORD, '').replace(COPY_OF, '');
}

/** The name of the sheet `sheet` is a copy of by its name (`3月 (2)` → `3月`), or null. */
export function copiedSheetName(sheet: string): string | null {
  const name = sheet.trim();
  const base = withoutCopyMarks(name);
  return base !== name && base !== '' ? base : null;
}

/**
 * A sheet named for another period's figures (`上月`, `去年同期`, `上年同期数`, `同比`, or its copy
 * `上月 (2)`): a comparison, as a column of that name is, never the table's own period.
 */
export function isComparisonSheet(sheet: string): boolean {
  return isComparisonHeader(withoutCopyMarks(sheet));
}

/**
 * A sheet of changes against another period (`同比`, `环比`, `增减`, `比上月增减`, `同比(%)`): no figures
 * of any period, unlike one of another period's figures (`上年同期`).
 */
export function isChangeSheet(sheet: string): boolean {
  return isComparisonSheet(sheet) && CHANGE_MARK.test(withoutCopyMarks(sheet));
}
const CHANGE_MARK = /[比较增减]|变化/;

/**
 * A sheet named for the period before its file's or the same period a year before (`上月`, `上季度`,
 * `上期`, `上年同期`, or a copy `上月 (2)`): which, else null.
 */
export function previousSheetWord(sheet: string): PreviousWord | null {
  return previousWordOf(withoutCopyMarks(sheet), true);
}

/**
 * The sheet name read as a period, or null when it is not one (`Sheet1`, `数据`) or when it has no
 * year and neither the title nor the file name gives one. The period may be followed by words that
 * leave it as it is (`3月份统计`, `3月(修改)`), and carry the marks of a copy (`3月 (2)`, `Copy of 3月`).
 */
export function sheetNamePeriod(sheet: string, caption: string | undefined, fileName: string): ParsedPeriod | null {
  const year = yearOf(caption, fileName);
  return periodAndRest(sheet, year !== undefined ? { defaultYear: year } : {})?.period ?? null;
}

/**
 * The period a sheet's name gives, for telling a workbook's sheets apart by name before any is
 * read (`1月` beside `汇总`): a name without a year takes the file name's, else a stand-in year
 * (KEY_YEAR), since each sheet's own title gives it only when the sheet is read. `yearKnown`:
 * the year is the name's or the file name's.
 */
export function sheetNameSpan(sheet: string, fileName: string): { period: ParsedPeriod; yearKnown: boolean } | null {
  const found = standInPeriod(sheet, fileName);
  return found === null ? null : { period: found.period, yearKnown: found.fileYear || periodAndRest(sheet, {}) !== null };
}

/** The period a sheet's name begins with and the words after it, its year the file name's or KEY_YEAR (`fileYear`: the file name's). */
function standInPeriod(sheet: string, fileName: string): { period: ParsedPeriod; rest: string; fileYear: boolean } | null {
  const year = yearOf(undefined, fileName);
  const found = periodAndRest(sheet, { defaultYear: year ?? KEY_YEAR });
  return found === null ? null : { ...found, fileYear: year !== undefined };
}

/** The period a sheet's name begins with, and the words after it (copy marks and a version number left out). */
function periodAndRest(sheet: string, ctx: { defaultYear?: number }): { period: ParsedPeriod; rest: string } | null {
  const name = withoutCopyMarks(sheet).replace(VERSION_MARK, '');
  for (let end = name.length; end > 0; end--) {
    const rest = name.slice(end);
    // `3月-改`: a dash before a revision word is no span.
    if (end < name.length && CHANGES_PERIOD.test(rest) && !REVISION_WORDS.test(rest.replace(DASH_BEFORE, ''))) break;
    const p = parsePeriodLabel(name.slice(0, end), ctx);
    if (p) return { period: p, rest: name.slice(end) };
  }
  return null;
}

const KEY_YEAR = 2000;

/** Words that make a sheet a revision of the period's table (`3月（修改）`, `3月更正`, `3月 新`), not another table. */
const REVISION_WORDS = /^(?:修改|修订|修正|更正|改正|订正|调整|改|新|旧|原|原表|最终|最新|终稿|定稿|正式|草稿|备份|副本|核对|后|版|稿|表)+$/;
/** A dash (and spaces) a clerk writes between the period and a revision word (`3月-改`, `3月 - 新`). */
const DASH_BEFORE = /^\s*[-—–]\s*/;

/** A version number ending a sheet's name (`3月v2`, `3月_V3`, `3月（2次）`, `3月第2版`): the same period's table again. */
const VERSION_MARK = /(?<=\D)[-—–_\s]*(?:[vV]\d{1,2}|[（(]第?\d{1,2}次[)）]|第?\d{1,2}次|第\d{1,2}版)$/;

/**
 * The period key of a sheet named for a period alone, or for it and a revision's words
 * (`3月`, `2024年3月`, `3月（修改）`), for telling two such sheets of one workbook apart; else null.
 * A name without a year, when the file name has none either, is keyed by a stand-in year
 * (KEY_YEAR: any plausible one), so `3月` and `3月（修改）` still match.
 */
export function revisionPeriodKey(sheet: string, fileName: string): string | null {
  const found = standInPeriod(sheet, fileName);
  if (!found || found.period.cumulative) return null;
  const rest = found.rest.replace(/[\s()（）【】[\]_、.·]/g, '');
  if (rest !== '' && !REVISION_WORDS.test(rest)) return null;
  const { year, granularity, index } = found.period.period;
  return `${year}-${granularity}${index}`;
}

/**
 * A sheet named by a bare month number (`6`) among sheets named for months (`months`, keyed as
 * read-workbook-file.ts's monthSheets: `2024-03`, or `*-03` when no year is known): the name its
 * period is read by (`2024年6月` when the others all name that year, else `6月`); null when it is
 * no such sheet, its month is already a sheet's, or the others name more than one year.
 */
export function bareMonthName(sheet: string, months: ReadonlyMap<string, string>): string | null {
  const m = /^\s*(1[0-2]|[1-9])\s*$/.exec(sheet);
  if (m === null || months.size < 2) return null;
  const month = `-${m[1]!.padStart(2, '0')}`;
  const keys = [...months.keys()];
  const years = new Set(keys.map((k) => (k.startsWith('*') ? '*' : k.slice(0, 4))));
  if (years.size !== 1 || keys.some((k) => k.endsWith(month))) return null;
  const year = [...years][0]!;
  return year === '*' ? `${m[1]}月` : `${year}年${m[1]}月`;
}
