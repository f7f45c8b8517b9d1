/**
 * Why a cell's text is not one period (parse-period-label.ts found none), in Chinese, with what to
 * write instead, when the grammar knows: a range, an open year to date, a lunar month, a
 * comparison, two years, a short form, a part of a month, months listed, brackets naming another
 * period, a year mistyped (`2204年3月`, `2O24年3月`). Null when the text is simply no period label.
 */
import { note } from './value-note';
import type { ValueNote } from './value-note';
import { normalisePeriodText, RANGE_ACROSS_YEARS, RANGE_IN_YEAR } from './period-words';
import { COMPARISON_WORDS } from '../vocabulary/relative-period';
import { GLOSS, glossParts, parsePeriodLabel, QUARTER_RANGE, samePeriod } from './parse-period-label';
import { monthsListed, partOfMonth } from './period-part-notes';
import { cellYearTypo } from './year-typo';

export function periodProblem(text: string): ValueNote | null {
  const s = normalisePeriodText(text);
  if (/至今$|以来$/.test(s)) return openEnded(s);
  if (LUNAR_MONTH.test(s)) {
    return note('period-lunar', 'warning', `“${s}”是农历月份，统计期间按公历月份计，未作为统计期间使用；请写成公历的年月（如“2024年1月”）`,
      `"${s}" is a lunar month; periods are calendar months. Write the calendar month.`);
  }
  if (COMPARISON_WORDS.test(s)) {
    return note('period-comparison', 'warning', `“${s}”是与其他期间的比较，不是统计期间；本工具按期间自行比较：请删除这些行，或写明它们的年月（如“2023年6月”）`,
      `"${s}" compares with another period; it is no period. Delete these rows or write their month.`);
  }
  if (new RegExp(`^${RANGE_ACROSS_YEARS}$`).test(s) || new RegExp(`^${RANGE_IN_YEAR}$`).test(s)) return rangeNote(s);
  // `3-4月` without its year: a span as `2024年3-4月` is (`1-3月` is a quarter, said to lack its year before this is asked).
  if ((YEARLESS_RANGE.test(s) || QUARTER_RANGE.test(s)) && parsePeriodLabel(s, { defaultYear: 2000 }) === null) return rangeNote(s);
  return twoYears(s) ?? shortMonth(s) ?? monthSlashDigits(s) ?? partOfMonth(s) ?? monthsListed(s) ?? glossDisagrees(s) ?? cellYearTypo(s);
}

/** A month range without its year: `3-4月`, `3月-4月`, `3至4月`. */
const YEARLESS_RANGE = /^\d{1,2}月?[-~至到]\d{1,2}月份?$/;

/** The note for brackets naming another period than the text before them (`2024年第一季度（4-6月）`). */
function glossDisagrees(s: string): ValueNote | null {
  const parts = glossParts(s, { defaultYear: 2000 });
  if (parts === null || samePeriod(parts[0], parts[1])) return null;
  const m = GLOSS.exec(s)!;
  return note('period-bracket-disagree', 'warning',
    `“${s}”括号外是“${m[1]}”，括号内是“${m[2]}”，不是同一个期间，无法确定是哪一个，未导入；请只写一个期间，如“${m[1]}”`,
    `"${s}": "${m[1]}" and "${m[2]}" in brackets are different periods; write one period.`);
}

/**
 * `24.3` and `2024年3`, refused where the rest of the column leaves them in doubt (records/column-period.ts
 * reads them in a column of months): how to write them.
 */
function shortMonth(s: string): ValueNote | null {
  const m = /^(\d{2})\.(\d{1,2})$|^(\d{4})年(\d{1,2})$/.exec(s);
  const month = m === null ? 0 : Number(m[2] ?? m[4]);
  if (m === null || month < 1 || month > 12) return null;
  if (m[1] !== undefined) {
    return note('period-short-form', 'warning',
      `“${s}”像是两位年份加月份（20${m[1]}年${month}月），也可能是一个数，本列其他行也不都是月份，无法确定；请写成“20${m[1]}年${month}月”这样带四位年份和“月”字的形式`,
      `"${s}" looks like a two-digit year and month (20${m[1]}-${month}) but the column leaves it in doubt; write "20${m[1]}年${month}月".`);
  }
  return note('period-short-form', 'warning',
    `“${s}”缺少“月”字，本列其他行也不都是月份，无法确定是${month}月还是其他期间；请写成“${m[3]}年${month}月”`,
    `"${s}" lacks 月 and the column leaves it in doubt; write "${m[3]}年${month}月".`);
}

/** `3/24`, `03-24`: a month and a two-digit year (Excel's m/yy) or a month and its day (m/d). */
const MONTH_SLASH_DIGITS = /^(\d{1,2})[/-](\d{2})$/;

/** The note for `3/24`: March 2024 or 24 March cannot be told apart; null when the text is none. */
function monthSlashDigits(s: string): ValueNote | null {
  const m = MONTH_SLASH_DIGITS.exec(s);
  const month = m === null ? 0 : Number(m[1]);
  if (m === null || month < 1 || month > 12) return null;
  const day = Number(m[2]);
  const asDay = day >= 1 && day <= 31 ? `，也可能是${month}月${day}日` : '';
  return note('period-short-form', 'warning',
    `“${s}”可能是20${m[2]}年${month}月${asDay}，无法确定；请写成“20${m[2]}年${month}月”这样带四位年份和“月”字的形式`,
    `"${s}" may be 20${m[2]}-${month}${asDay ? ` or ${month}/${day}` : ''}; write "20${m[2]}年${month}月".`);
}

/** Two years joined (`2023-2024年度`, `2023至2024年`, `2023/24年度`): a school or fiscal year, no period here. */
const TWO_YEARS = /^(\d{4})年?[-~至到/](\d{4}|\d{2})年?度?$/;

/** The note for a span of two years (or more: `2022-2024`), or null when the text is none. */
function twoYears(s: string): ValueNote | null {
  const m = TWO_YEARS.exec(s);
  if (m === null) return null;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? from + 1 : Number(m[2]);
  if (m[2]!.length === 4 && to > from + 1) {
    return note('period-years-span', 'warning',
      `“${s}”跨${from}年到${to}年共${to - from + 1}个年度，不是一个统计期间（本工具的期间最长是一个公历年）；请写成一个年份，如“${to}年”，多年的数据请按年分开填写`,
      `"${s}" spans the ${to - from + 1} years ${from} to ${to}; a period is at most one calendar year. Write one year, e.g. "${to}年", and split the data by year.`);
  }
  if (to !== from + 1 || (m[2]!.length === 2 && Number(m[2]) !== to % 100)) return null;
  return note('period-two-years', 'warning',
    `“${s}”跨${from}年和${to}年两个年度，不是一个统计期间（本工具的年度是公历年）；请写成一个年份，如“${to}年”或“${to}年度”，跨年的数据请按年或按月分开填写`,
    `"${s}" spans the years ${from} and ${to}; a period is one calendar year. Write one year, e.g. "${to}年", or split the data by year or month.`);
}

/** A month of the lunar calendar (`腊月`, `正月`, `2024年冬月`): no calendar month. */
const LUNAR_MONTH = /^(?:\d{4}年?)?[正腊冬]月份?$/;

/** The note for a month range that is no one period (`2023年5-6月`). */
export function rangeNote(s: string): ValueNote {
  return note('period-range', 'warning',
    `“${s}”是跨月的时间段，不是单月、单季、半年或全年，无法归入一个期间，未作为统计期间使用；请按月分开填报，或写成“1-N月累计”`,
    `"${s}" spans several months that are no month, quarter, half or year; not used as the period.`);
}

/** The note for an open year-to-date span with no end month (`2023年1月至今`). */
export function openEnded(s: string): ValueNote {
  return note('period-open-ended', 'warning',
    `“${s}”是“至今”的累计时间段，没有截止月份，未作为统计期间使用；请写明截止月份（如“2023年1-9月累计”）`,
    `"${s}" runs "until now" with no end month; not used as the period. Write the end month.`);
}

