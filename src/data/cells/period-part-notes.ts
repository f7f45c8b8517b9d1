/**
 * Period texts a clerk types that name less than a month or several months at once: a part of a
 * month (`3月上旬`, `第1周`, `2024年3月1日-15日`) and months listed in one cell (`2024年3、4月`).
 * Neither is one period of this tool (a month, quarter, half, year or year to date): the notes say
 * what to write instead, so the row's refusal tells the clerk what to do.
 */
import { note } from './value-note';
import { normalisePeriodText } from './period-words';
import type { ValueNote } from './value-note';

/** A month as written before 旬, 周 or a list's separator: `3`, `三`, `十二` (pattern source). */
const MONTH_NUMBER = '(?:\\d{1,2}|十[一二]?|[一二三四五六七八九十])';
const YEAR_OPT = '(?:\\d{4}年?)?';

/** `3月上旬`, `2024年三月下旬`, `上旬`. */
const TEN_DAYS = new RegExp(`^${YEAR_OPT}(?:${MONTH_NUMBER}月份?)?[上中下]旬$`);
/** `第1周`, `2024年第12周`, `3月第2周`, `2024-W12`. */
const WEEK = new RegExp(`^${YEAR_OPT}(?:${MONTH_NUMBER}月份?)?第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})周$|^(?:\\d{4}-?)?W\\d{1,2}$`, 'i');
/** Some days of a month: `2024年3月1日-15日`, `3月16日至31日`, `3月16日-3月31日`. */
const DAYS = /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})日?[-~至到](?:(\d{1,2})月)?(\d{1,2})日$/;
/** Months listed in one cell: `2024年3、4月`, `3月和4月`, `3、4、5月`. */
const LISTED = new RegExp(`^(?:\\d{4}年)?(?:${MONTH_NUMBER}月?份?[、,和及与])+${MONTH_NUMBER}月份?$`);

/** The note for a part of a month (旬, 周, some of its days), or null when `s` (normalised) is none. */
export function partOfMonth(s: string): ValueNote | null {
  if (!TEN_DAYS.test(s) && !WEEK.test(s) && !someDays(s)) return null;
  return note('period-part-of-month', 'warning',
    `“${s}”是一个月中的一段（旬、周或几天），不是统计期间（本工具最短的期间是月份），未导入；旬、周的数据请汇总为月份后导入，期间写成“2024年3月”这样的年月`,
    `"${s}" is part of a month (ten days, a week or some days); the shortest period is a month. Total the data into months and write the month.`);
}

/** `3月1日-15日`: days of one month, not all of it (a whole month, `1日-31日`, is read as the month when its year is written). */
function someDays(s: string): boolean {
  const m = DAYS.exec(s);
  if (m === null || (m[3] !== undefined && m[3] !== m[1])) return false;
  return !(Number(m[2]) === 1 && Number(m[4]) >= 28);
}

/** The note for several months listed in one cell (`2024年3、4月`), or null when `s` (normalised) is none. */
export function monthsListed(s: string): ValueNote | null {
  if (!LISTED.test(s)) return null;
  return note('period-months-listed', 'warning',
    `“${s}”把几个月写在一格，不是一个统计期间（本工具不支持几个月合计的时间段），未导入；请按月分开填写，每个月一行（或一列），期间写成“2024年3月”“2024年4月”`,
    `"${s}" lists several months in one cell; no one period. Write each month's data apart, one row (or column) per month.`);
}

/**
 * A column header naming a part of a month or months listed, alone or after its metric
 * (`3月上旬`, `再就业人数/第1周`, `再就业人数（3、4月）`): which, or null. Asked once per column.
 */
export function partInHeader(header: string): 'part' | 'listed' | null {
  const s = normalisePeriodText(header);
  const tail = /(?:\/|\()([^/()]+)\)?$/.exec(s)?.[1];
  for (const t of tail !== undefined ? [s, tail] : [s]) {
    if (partOfMonth(t) !== null) return 'part';
    if (monthsListed(t) !== null) return 'listed';
  }
  return null;
}
