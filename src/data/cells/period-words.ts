/**
 * The words and patterns period labels are written with, shared by whole-cell labels and the scan
 * of titles and file names: Chinese numerals up to 十二, English month abbreviations, a four-digit
 * year, month ranges, and the normalisation every label goes through first (NFKC, no spaces,
 * `二〇二四年` → `2024年`, one kind of dash).
 */

const CN_NUM: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
/** The Chinese numerals a month or quarter is written with, as a character class body. */
export const CN = '一二两三四五六七八九十';
/** A month's number as written (`3`, `三`, `十二`), as a pattern source. */
export const MONTH_NUMBER = `(?:\\d{1,2}|十[一二]?|[${CN}])`;
/** English month abbreviations, January first. */
export const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A four-digit year 1900–2099 not preceded by a digit (pattern source). */
export const YEAR = '(?<!\\d)(?:19|20)\\d{2}';
/**
 * A dot, slash or dash between a year and its month range (`2024.1-3`, `2024/1-6`, `2024-1~3`), which
 * then may omit 月. The dash only when the range is not written with one too: `2024-1-3` is a date.
 */
export const RANGE_AFTER_PUNCT = '(?:[./]|-(?=\\d{1,2}月?[~至到]))\\d{1,2}月?[-~至到]\\d{1,2}(?:月份?)?(?!\\d)';
/** A month range across years, `2023年11月-2024年1月` (pattern source). */
export const RANGE_ACROSS_YEARS = `${YEAR}年\\d{1,2}月?[-~至到]${YEAR}年\\d{1,2}月份?`;
/** A month range after its year: `年1-6月`, `.1-3` (pattern source). */
export const RANGE_BODY = `(?:年?\\d{1,2}月?[-~至到]\\d{1,2}月份?|${RANGE_AFTER_PUNCT})`;
/** A month range within one year, `2023年5-6月` (pattern source). */
export const RANGE_IN_YEAR = `${YEAR}${RANGE_BODY}`;

/** An as-of word before a period (`截至3月底`, `截止到9月`): a year is written after it, not before. */
const AS_OF_LEAD = /^(?:截至|截止到?|截止至)/;

/** `text` (a period without its year) with `year` written in: before it (`2024年3月`), after its as-of word (`截至2024年3月底`). */
export function withYearWritten(text: string, year: number | string): string {
  const m = AS_OF_LEAD.exec(text);
  return m === null ? `${year}年${text}` : `${m[0]}${year}年${text.slice(m[0].length)}`;
}

/** A number written in digits or as a Chinese numeral up to 十二 (`3`, `三`, `十一`), or null. */
export function digit(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return CN_NUM[s] ?? null;
}

/** A digit of a year written in Chinese numerals (`二〇二四年`, `二零二四年`), as a character class (pattern source). */
export const CN_YEAR_DIGIT = '[〇○零一二三四五六七八九]';
/** A year in Chinese numerals, as formal titles write it (`二〇二四年`, `二零二四年`): four digits before 年. */
const CN_YEAR = new RegExp(`${CN_YEAR_DIGIT}{4}(?=年)`, 'g');
const CN_DIGIT: Readonly<Record<string, string>> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * A month range with its one year written at both ends, `2024年1月-2024年3月`, `2024.01-2024.03`: as
 * `2024年1-3月`. Not a day span (`2024.01-2024.03.15`), not across years (the second year is the first).
 */
const SAME_YEAR_RANGE = new RegExp(`(${YEAR})(?:年|[-/.])(\\d{1,2})月?([-~至到])\\1(?:年|[-/.])(\\d{1,2})(?:月份?|(?![\\d./-]))`, 'g');

/** A quarter in Roman numerals, `Ⅰ季度`, `第IV季度` (Ⅰ-Ⅳ are I-IV after NFKC): in digits. */
const ROMAN_QUARTER = /(?<![A-Za-z])(IV|III|II|I)(?=季)/g;
const ROMAN: Readonly<Record<string, string>> = { I: '1', II: '2', III: '3', IV: '4' };

/**
 * A year parted from its quarter, half or month by a dash or dot (`2024-一季度`, `2024.上半年`,
 * `2024年-3月`): as `2024年第一季度`; else a file name so written was read as the whole year.
 */
const YEAR_DASH_PART = new RegExp(`(${YEAR})年?[-.](?=第?[1-4${CN}]季|[上下]半年|\\d{1,2}月|[${CN}]{1,2}月)`, 'g');

/** A month range in Chinese numerals, `一至三月`, `一-六月`: its ends become digits, as `1-3月` is read. */
const CN_MONTH_RANGE = new RegExp(`([${CN}]{1,3})(月?[-~至到])([${CN}]{1,3})(?=月)`, 'g');

/**
 * A label as the grammar reads it: NFKC, no spaces or invisible characters, a Chinese-numeral year
 * in digits, no leading ' or closing 。, 元月 as 1月, 号 after a month's day as 日, one dash and one tilde, a month range's second year dropped when it is the
 * first, a quarter's Roman numeral in digits, a month range in Chinese numerals in digits, a year and its
 * month apart (`2024 3`) joined by a dash, or by 年 before 月 (`2024 3月`).
 */
export function normalisePeriodText(text: string): string {
  return text
    .normalize('NFKC')
    // `2024 3`, `2024 03`: a year and its month apart (never joined into the number 20243).
    .replace(/(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})(?![\d\-~至到./月季])/g, '$1-$2')
    // `2024 3月`, `2024 1季度`: the same with 月 (季) written, the space standing for 年 (never the number 20243 before 月).
    .replace(/(?<!\d)((?:19|20)\d{2})\s+(\d{1,2}[月季])/g, '$1年$2')
    .replace(/[\u200B-\u200D\u2060\uFEFF\s]/g, '')
    // Excel's text prefix (`'2024.03`, typed so 2024.03 stays text) and the sentence's full stop (`2024年3月。`), as a value cell drops them.
    .replace(/^'|。$/g, '')
    .replace(CN_YEAR, (y) => Array.from(y, (c) => CN_DIGIT[c]!).join(''))
    // 元月 (元月份) is January, alone or after its year: `2024年元月`.
    .replace(/(^|年)元月/g, '$11月')
    // 号 for 日 after a month's day, as a date is said aloud: `2024年3月31号`, `截至3月25号`.
    .replace(/(月(?:\d{1,2}|[一二三四五六七八九十]{1,3}))号/g, '$1日')
    .replace(/計/g, '计').replace(/個/g, '个').replace(/[—–―〜～]/g, (c) => (c === '〜' || c === '～' ? '~' : '-'))
    .replace(SAME_YEAR_RANGE, '$1年$2$3$4月')
    .replace(ROMAN_QUARTER, (r) => ROMAN[r]!)
    .replace(YEAR_DASH_PART, '$1年')
    .replace(CN_MONTH_RANGE, (all, a: string, mid: string, b: string) => {
      const from = digit(a);
      const to = digit(b);
      return from !== null && to !== null && to <= 12 ? `${from}${mid}${to}` : all;
    });
}
