/**
 * Period labels as people write them (`2024年第一季度`, `2024H1`, `2024年1-9月累计`, `45352`)
 * → a canonical Period. Pure and total: unknown text returns null, never throws.
 *
 * One grammar for cells, titles and file names (scan-period-text.ts finds labels in the latter two).
 * It knows what is not one period: a month range that is no quarter or half (`2023年5-6月`,
 * `2023年11月-2024年1月`) and an open year-to-date (`2023年1月至今`) are problems, never read as
 * their first month or their year (period-problem.ts says what each is); years before 2000 or
 * after next year, and two-digit years, are warnings.
 */
import { makePeriod, monthRange as monthRangeOf, parsePeriodKey } from '../vocabulary/period';
import type { Granularity } from '../vocabulary/period';
import { CN, digit, MONTH_NUMBER, MONTHS_EN, normalisePeriodText, RANGE_AFTER_PUNCT } from './period-words';
import { CUMULATIVE_WORDS } from '../vocabulary/relative-period';
import { note } from './value-note';
import { chineseNumber } from './chinese-number';
import { plain, withNote, withNotes, type ParsedPeriod } from './parsed-period';
import { dateAsMonth, excelSerial, slashDate, validDay } from './date-as-month';
import type { ValueNote } from './value-note';
import { withoutFootnoteMark } from '../vocabulary/footnote-marks';
import { withCutoffDay } from './period-cutoff-day';

export type { ParsedPeriod } from './parsed-period';

export interface PeriodContext {
  /** Year for labels without one (`前三季度`, `1-6月累计`, `上半年`); else they return null. */
  defaultYear?: number;
  /** The current year, for the plausibility check (default: the clock's). Tests pin it. */
  currentYear?: number;
}

/** The first months of a year: `2024年前3个月`, `前六个月(累计)`. */
const FIRST_MONTHS = new RegExp(`^(\\d{4})?年?前(${MONTH_NUMBER})个月(累计)?$`);

/** Chinese Excel's month-year date formats as shown: `3月-24`, `三月-2024`. */
const MONTH_DASH_YEAR = new RegExp(`^(${MONTH_NUMBER})月-(\\d{2}|\\d{4})$`);

/** A date whose month and day are Chinese numerals: `2024年三月十五日` (the year already in digits). */
const CN_DATE = new RegExp(`^(\\d{4})年(十[一二]?|[${CN}])月([一二三四五六七八九十]{1,3})日((?:星期|周)[一二三四五六日天])?$`);

/** Parse a whole cell as a period label. */
export function parsePeriodLabel(text: string, ctx: PeriodContext = {}): ParsedPeriod | null {
  // Before NFKC, which makes a numbered mark a digit (`4月①` would be `4月1`).
  const marked = withoutFootnoteMark(text);
  if (marked !== null) return withFootnoteMark(text.trim(), marked.text, marked.mark, ctx);
  const s = normalisePeriodText(text);
  if (s === '') return null;
  try {
    const parsed = parseNormalised(s, ctx) ?? withRemark(s, ctx) ?? withCutoffDay(s, (head) => parseNormalised(head, ctx)) ?? withGloss(s, ctx);
    return parsed ? plausible(parsed, s, ctx) : null;
  } catch {
    return null; // makePeriod rejects impossible years/indexes: the label is not a period.
  }
}

/** Quarters joined: `2024年1-2季度`, `第一至三季度`, `2024Q1-Q2`. */
export const QUARTER_RANGE = /^(\d{4})?(?:年?第?([1-4一二三四])季?度?[-~至到]第?([1-4一二三四])季度|(?:-|年)?Q([1-4])[-~至到]Q([1-4]))$/i;

/** A period and, in brackets, the same period in other words: `2024年第一季度（1-3月）`, `2024年1-3月（一季度）` (after NFKC). */
export const GLOSS = /^(.+?)\((.+)\)$/;

/** The period before the brackets and the one in them (read in its year), or null when either is none. */
export function glossParts(s: string, ctx: PeriodContext): [ParsedPeriod, ParsedPeriod] | null {
  const m = GLOSS.exec(s);
  const head = m === null ? null : parseNormalised(m[1]!, ctx);
  if (head === null) return null;
  const inner = parseNormalised(m![2]!, { ...ctx, defaultYear: head.period.year });
  return inner === null ? null : [head, inner];
}

/** `2024年第一季度（1-3月）`: the period, when the brackets name it again; null when they name another (glossDisagrees says so). */
function withGloss(s: string, ctx: PeriodContext): ParsedPeriod | null {
  const m = GLOSS.exec(s);
  // `2024年3月（累计）`, `第二季度(本年累计)`: the year to date through the period's last month, as `2024年3月累计`.
  if (m !== null && CUMULATIVE_WORDS.test(m[2]!) && !/\d/.test(m[2]!)) {
    const head = parseNormalised(m[1]!, ctx);
    if (head === null || head.cumulative || head.period.granularity === 'Y') return null;
    return withNotes(cumulative(head.period.year, monthRangeOf(head.period)[1]), head.notes);
  }
  const parts = glossParts(s, ctx);
  return parts !== null && samePeriod(parts[0], parts[1]) ? parts[0] : null;
}

export function samePeriod(a: ParsedPeriod, b: ParsedPeriod): boolean {
  return a.cumulative === b.cumulative && a.period.year === b.period.year && a.period.granularity === b.period.granularity && a.period.index === b.period.index;
}

/** A remark after the period (`2024年3月(修订)`, `(更正)`, `快报`, `修订`, `修订版`, `（补报）` sent late): which figures these are, not another period. */
const REMARK = /^(.+?)(?:\((修订|更正|修正|快报|初报|终报|补报)(?:版|稿|数)?\)|(快报|修订|更正|修正|补报)(?:版|稿)?)$/;

/** The word of a correction remark after a period (`2024年3月（更正）` → 更正; also 修订, 修正), else null. */
export function correctionRemark(text: string): string | null {
  const m = REMARK.exec(normalisePeriodText(text));
  const word = m === null ? null : m[2] ?? m[3]!;
  return word === '更正' || word === '修订' || word === '修正' ? word : null;
}

/** The period before a footnote mark (`2024年4月*`, `4月①`: footnote-marks.ts), with an info naming it; null when the rest is no period. */
function withFootnoteMark(written: string, before: string, mark: string, ctx: PeriodContext): ParsedPeriod | null {
  const parsed = parsePeriodLabel(before, ctx);
  parsed?.notes.push(note('period-remark', 'info',
    `期间“${written}”后的“${mark}”是注释标记（注释在表下，未导入），已按“${before}”统计；请看注释是否说明了这一期的数据`,
    `"${written}": "${mark}" marks a footnote (not imported); read as the period "${before}".`));
  return parsed;
}

/** The period before a remark (REMARK), with an info naming it; null when the text has none or the rest is no period. */
function withRemark(s: string, ctx: PeriodContext): ParsedPeriod | null {
  const m = REMARK.exec(s);
  if (m === null) return null;
  const parsed = parseNormalised(m[1]!, ctx);
  if (parsed === null) return null;
  const remark = m[2] ?? m[3]!;
  parsed.notes.push(note('period-remark', 'info',
    `期间“${s}”后的“${remark}”是对数据的说明，已按“${m[1]}”统计；如同一期间还有另一份数据（如${remark}前的），请只保留其中一份`,
    `"${s}": "${remark}" describes the figures; read as the period "${m[1]}".`));
  return parsed;
}

/** The end of a quarter (`2024年第二季度末`), a half (`上半年末`) or the year (`2024年底`), after an optional 截至. */
const END_OF_PART = /^(?:截至|截止到?|截止至)?(\d{4})?(?:年?第?([1-4一二三四])季度?|年?([上下])半年|年)(?:末|底)$/;

/** Whole months as their first and last days in one year: `2024-01-01至2024-03-31` (one separator), `2024年1月1日至(2024年)3月31日`. */
const DAY_SPAN = /^(\d{4})([-/.])(\d{1,2})\2(?:0?1)[-~至到]\1\2(\d{1,2})\2(\d{1,2})$/;
const DAY_SPAN_ZH = /^(\d{4})年(\d{1,2})月0?1日[-~至到](?:\1年)?(\d{1,2})月(\d{1,2})日$/;

/** `2024.1-3` and the like as a whole label, with their parts and an optional 累计. */
const PUNCT_RANGE = new RegExp(`^(\\d{4})(${RANGE_AFTER_PUNCT})(累计)?$`);

/** Adds a warning to a period before 2000 or after next year. */
function plausible(parsed: ParsedPeriod, s: string, ctx: PeriodContext): ParsedPeriod {
  const now = ctx.currentYear ?? new Date().getFullYear();
  const y = parsed.period.year;
  if (y < 2000 || y > now + 1) {
    parsed.notes.push(note('period-implausible', 'warning',
      `期间“${s}”是${y}年，${y < 2000 ? '早于2000年' : '晚于明年'}，不像统计期间；已按${y}年记录，请核对年份是否写错`,
      `Period "${s}" is in ${y}, ${y < 2000 ? 'before 2000' : 'after next year'}; please check the year.`));
  }
  return parsed;
}

function parseNormalised(s: string, ctx: PeriodContext): ParsedPeriod | null {
  const canonical = parsePeriodKey(s);
  if (canonical) return canonical.granularity === 'C' ? cumulative(canonical.year, canonical.index) : plain(canonical);

  let m: RegExpExecArray | null;
  // `2023年度下半年`, `2023年度第三季度`: 年度 before a part of the year is just 年.
  if ((m = /^(\d{4})年度([上下第前QqHh一二三四1-4].*)$/.exec(s))) return parseNormalised(`${m[1]}年${m[2]}`, ctx);
  // `截至9月底`, `截至2023年9月30日`: an as-of date, read as that month with a warning.
  if ((m = /^(?:截至|截止到?|截止至)(?:(\d{4})年?)?(\d{1,2})月(?:底|末|份)?(?:(\d{1,2})日)?$/.exec(s))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return withYear(m[1], ctx, (y) => withNote(plain(makePeriod(y, 'M', month)), asOfNote(s, y, month)));
  }
  // `2024年3月底`, `3月末`: the end of a month, an as-of date as with 截至.
  if ((m = /^(\d{4})?年?(\d{1,2})月(?:底|末)$/.exec(s))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return withYear(m[1], ctx, (y) => withNote(plain(makePeriod(y, 'M', month)), asOfNote(s, y, month)));
  }
  // `2024年二季度末`, `截至上半年末`, `2024年底`: the end of a quarter, a half or the year, an as-of date as with 截至.
  if ((m = END_OF_PART.exec(s))) {
    const month = m[2] !== undefined ? digit(m[2])! * 3 : m[3] !== undefined ? (m[3] === '上' ? 6 : 12) : 12;
    return withYear(m[1], ctx, (y) => withNote(plain(makePeriod(y, 'M', month)), asOfNote(s, y, month)));
  }
  // Year: 2024年, 2024年度, 2024年全年, 全年 with a default year.
  if ((m = /^(\d{4})(?:年度?|年?全年|年年度)$/.exec(s))) return plain(makePeriod(Number(m[1]), 'Y'));
  // Two-digit years (our own short axis labels): 24年3月.
  if ((m = /^(\d{2})年(.+)$/.exec(s))) {
    const parsed = parseNormalised(`20${m[1]}年${m[2]}`, ctx);
    parsed?.notes.push(twoDigitNote(s, `20${m[1]}`));
    return parsed;
  }
  // `24Q1`, `24H1`: a quarter or half after a two-digit year, as `24年3月` is read.
  if ((m = /^(\d{2})([QH][1-4])$/i.exec(s))) {
    const parsed = parseNormalised(`20${m[1]}${m[2]}`, ctx);
    parsed?.notes.push(twoDigitNote(s, `20${m[1]}`));
    return parsed;
  }
  // Half: 2024年上半年, 2024H1, 2024-H2, H1 2024; H1 with a default year.
  if ((m = /^(\d{4})?年?([上下])半年(?:度)?$/.exec(s))) return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'H', m![2] === '上' ? 1 : 2)));
  if ((m = /^(\d{4})?(?:-|年)?H([12])$/i.exec(s))) return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'H', Number(m![2]))));
  if ((m = /^H([12])-?(\d{4})$/i.exec(s))) return plain(makePeriod(Number(m[2]), 'H', Number(m[1])));
  // Quarter: 2024Q1, 2024-Q1, 2024年第一季度, 2024年1季度, Q1 2024; Q1 and 一季度 with a default year.
  if ((m = /^(\d{4})?(?:-|年)?Q([1-4])$/i.exec(s))) return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'Q', Number(m![2]))));
  if ((m = /^Q([1-4])-?(\d{4})$/i.exec(s))) return plain(makePeriod(Number(m[2]), 'Q', Number(m[1])));
  if ((m = new RegExp(`^(\\d{4})?年?(?:第)?([1-4${CN}])季度?$`).exec(s)) && (s.includes('季'))) {
    const q = digit(m[2]!);
    if (q === null || q > 4) return null;
    return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'Q', q)));
  }
  // The first quarters, as their months are read (`1-N月`): 前两季度 is the first half (1-6月, 1-2季度),
  // 前三季度 a year to date (1-9月), 前四季度 the year; with 累计 written, always a year to date.
  if ((m = new RegExp(`^(\\d{4})?年?前([1-4${CN}])(?:个)?季度(累计)?$`).exec(s))) {
    const q = digit(m[2]!);
    if (q === null || q > 4) return null;
    return withYear(m[1], ctx, (y) => monthRange(y, 1, q * 3, m![3] !== undefined));
  }
  // Quarters joined, `2024年1-2季度`, `第一至三季度`, `Q1-Q2`: their months, as `1-6月` (H1) and `1-9月` (year to date) are read.
  if ((m = QUARTER_RANGE.exec(s))) {
    const [from, to] = [digit(m[2] ?? m[4]!)!, digit(m[3] ?? m[5]!)!];
    return withYear(m[1], ctx, (y) => monthRange(y, from * 3 - 2, to * 3, false));
  }
  // The first months of the year, `2024年前3个月`, `前六个月(累计)`: as `1-3月`.
  if ((m = FIRST_MONTHS.exec(s))) {
    const to = digit(m[2]!);
    if (to === null || to < 1 || to > 12) return null;
    return withYear(m[1], ctx, (y) => monthRange(y, 1, to, m![3] !== undefined));
  }
  // `2024.1-3`, `2024/1-6月`, `2024-1~3`: the month range 2024年1-3月.
  if ((m = PUNCT_RANGE.exec(s))) return parseNormalised(`${m[1]}年${m[2]!.slice(1).replace(/月份?$/, '')}月${m[3] ?? ''}`, ctx);
  // Month ranges: 2024年1-6月, 1-9月累计, 2024年1月-9月.
  if ((m = /^(\d{4})?年?(\d{1,2})月?[-~至到](\d{1,2})月份?(累计)?$/.exec(s))) {
    const [from, to, cum] = [Number(m[2]), Number(m[3]), m[4] !== undefined];
    return withYear(m[1], ctx, (y) => monthRange(y, from, to, cum));
  }
  // 2024年3月累计 / 截至2024年3月累计: year to date through March.
  if ((m = /^(?:截至|截止)?(\d{4})?年?(\d{1,2})月(?:份|底|末)?累计$/.exec(s))) {
    const to = Number(m[2]);
    return withYear(m[1], ctx, (y) => cumulative(y, to));
  }
  // A span of whole months written as its days, `2024-01-01至2024-03-31`, `2024年1月1日至3月31日`: those months, as `2024年1-3月`.
  if ((m = DAY_SPAN.exec(s) ?? DAY_SPAN_ZH.exec(s))) {
    const dashed = m[5] !== undefined;
    const [y, from, to, last] = [Number(m[1]), Number(dashed ? m[3] : m[2]), Number(dashed ? m[4] : m[3]), Number(dashed ? m[5] : m[4])];
    if (!validDay(y, to, last) || validDay(y, to, last + 1)) return null;
    const range = monthRange(y, from, to, false);
    return range === null ? null : withNote(range, note('days-as-month', 'info',
      `“${s}”是${y}年${from}月1日到${to}月${last}日，按${y}年${from === to ? `${from}月` : `${from}-${to}月`}统计。`,
      `"${s}" runs from the first day of ${y}-${from} to the last of ${y}-${to}: read as those months.`));
  }
  // A date in Chinese numerals, as Excel's [DBNum1] formats show it (`二〇二四年三月一日`; its year is in digits by now): in digits.
  if ((m = CN_DATE.exec(s))) {
    const [month, day] = [digit(m[2]!), chineseNumber(m[3]!)];
    return month === null || day === null ? null : parseNormalised(`${m[1]}年${month}月${day}日${m[4] ?? ''}`, ctx);
  }
  // Dates: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日 (星期五, as Excel's long date shows it), with an
  // optional time → the month. One separator throughout: 2024.1-3 is a range of months, never 3 January.
  if ((m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日(?:(?:星期|周)[一二三四五六日天])?)(T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s))) {
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    if (!validDay(Number(m[1]), month, day)) return null;
    // The text lost its spaces (normalisePeriodText): the time is quoted apart from the day again.
    const time = m[7];
    const shown = time === undefined || time.startsWith('T') ? s : `${s.slice(0, -time.length)} ${time}`;
    return dateAsMonth(shown, Number(m[1]), month, day);
  }
  // A whole month written as its days, `2024年3月1日-31日`, `2024年3月1日至3月31日`: that month. A part of a month is no period.
  if ((m = /^(\d{4})年(\d{1,2})月1日[-~至到](?:(?:\1年)?\2月)?(\d{1,2})日$/.exec(s))) {
    const [y, month, last] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, month, last) || validDay(y, month, last + 1)) return null;
    return withNote(plain(makePeriod(y, 'M', month)), note('days-as-month', 'info',
      `“${s}”是${y}年${month}月的第一天到最后一天，按${y}年${month}月统计。`, `"${s}" runs from the first to the last day of ${y}-${month}: read as that month.`));
  }
  // A date as systems export it, 20240301: the month (only as a whole cell; in a file name it is an export stamp).
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    const [y, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, month, day)) return null;
    return dateAsMonth(s, y, month, day);
  }
  // Month and year: 03/2024, 3-2024 (not 3.2024: a number with four decimals reads so too).
  if ((m = /^(\d{1,2})[-/]((?:19|20)\d{2})$/.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? plain(makePeriod(Number(m[2]), 'M', month)) : null;
  }
  // US/UK order: 3/1/2024.
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) return slashDate(s, Number(m[1]), Number(m[2]), Number(m[3]));
  // Months: 2024-3, 2024/03, 2024.3, 2024年3月(份), 2024M03, 202403, 2024年三月.
  if ((m = new RegExp(`^(\\d{4})(?:[-/.M]|年)(\\d{1,2}|十[一二]?|[${CN}])(月份?)?$`, 'i').exec(s))) {
    const month = digit(m[2]!);
    if (month === null || month < 1 || month > 12) return null;
    if (m[3] === undefined && !/^\d{4}[-/.M]/i.test(s)) return null; // 2024年3 lacks 月
    const parsed = plain(makePeriod(Number(m[1]), 'M', month));
    if (/^\d{4}\.1$/.test(s)) {
      parsed.notes.push(note('dot-month-ambiguous', 'warning',
        `“${s}”按${m[1]}年1月理解；若原为“${m[1]}.10”（Excel会去掉末尾的0），请把期间列设为文本后重新导出。`,
        `"${s}" read as January; if it was "${m[1]}.10" (Excel drops the trailing 0), format the column as text and export again.`));
    }
    return parsed;
  }
  if ((m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(s))) return plain(makePeriod(Number(m[1]), 'M', Number(m[2])));
  // Excel's date texts: `Mar-23` (mmm-yy), `1-Mar-23` (d-mmm-yy), `1-Mar-2023` → the month.
  if ((m = /^(?:(\d{1,2})-)?([a-z]{3})[a-z]*-(\d{2})$/i.exec(s))) {
    const month = MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0 || (m[1] !== undefined && !validDay(2000 + Number(m[3]), month, Number(m[1])))) return null;
    return withNote(plain(makePeriod(2000 + Number(m[3]), 'M', month)), twoDigitNote(s, `20${m[3]}`, month));
  }
  // The same format in Chinese Excel, its month before 月: `3月-24` (mmm-yy), `3月-2024` (mmm-yyyy), `三月-24` (mmmm-yy).
  if ((m = MONTH_DASH_YEAR.exec(s))) {
    const month = digit(m[1]!);
    if (month === null || month < 1 || month > 12) return null;
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    const parsed = plain(makePeriod(year, 'M', month));
    return m[2]!.length === 2 ? withNote(parsed, twoDigitNote(s, `20${m[2]}`, month)) : parsed;
  }
  if ((m = /^(\d{1,2})-([a-z]{3})[a-z]*-(\d{4})$/i.exec(s))) {
    const month = MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0 || !validDay(Number(m[3]), month, Number(m[1]))) return null;
    return dateAsMonth(s, Number(m[3]), month, Number(m[1]));
  }
  if ((m = /^([a-z]{3})[a-z]*\.?-?(\d{4})$/i.exec(s))) {
    const month = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
    return month > 0 ? plain(makePeriod(Number(m[2]), 'M', month)) : null;
  }
  if ((m = new RegExp(`^(\\d{1,2}|十[一二]?|[${CN}])月份?$`).exec(s))) {
    const month = digit(m[1]!);
    if (month === null || month < 1 || month > 12) return null;
    return withYear(undefined, ctx, (y) => plain(makePeriod(y, 'M', month)));
  }
  if (/^全年$/.test(s)) return withYear(undefined, ctx, (y) => plain(makePeriod(y, 'Y')));
  // Excel serial day numbers (1900 date system).
  if ((m = /^(\d{5})(?:\.0+)?$/.exec(s))) return excelSerial(s, Number(m[1]));
  return null;
}

function twoDigitNote(s: string, year: string, month?: number): ValueNote {
  const what = month !== undefined ? `${year}年${month}月` : `${year}年`;
  return note('two-digit-year', 'warning',
    `“${s}”只写了两位年份，已按${what}理解；请核对，最好在源表写成四位年份（如“${what}”）`,
    `"${s}" has a two-digit year; read as ${what}. Please check and write four-digit years.`);
}

function asOfNote(s: string, year: number, month: number): ValueNote {
  return note('period-as-of', 'warning',
    `“${s}”是截止日期，已按${year}年${month}月的时点数记录；若该数是1-${month}月的累计数（如再就业人数、活动场次），请把期间写成“${year}年1-${month}月累计”后重新导入`,
    `"${s}" is an as-of date, read as ${year}-${String(month).padStart(2, '0')}; if the value is year-to-date, write "${year}年1-${month}月累计".`);
}

function cumulative(year: number, throughMonth: number): ParsedPeriod {
  return {
    period: makePeriod(year, 'C', throughMonth),
    cumulative: true,
    notes: [note('cumulative-period', 'info',
      `累计期间（${year}年1-${throughMonth}月累计），不能与单月或单季数值直接相加或比较。`,
      `Year-to-date period (${year} Jan–month ${throughMonth}); not comparable with single months or quarters.`)],
  };
}

/** `1-6月` → H1, `1-3月` → Q1, `1-12月` → Y, other `1-n月` → cumulative; `累计` forces cumulative. */
function monthRange(year: number, from: number, to: number, forceCumulative: boolean): ParsedPeriod | null {
  if (from < 1 || to > 12 || from > to) return null;
  if (forceCumulative) return from === 1 ? cumulative(year, to) : null;
  if (from === to) return plain(makePeriod(year, 'M', from));
  if (from === 1 && to === 12) return plain(makePeriod(year, 'Y'));
  const g: Granularity | null = to - from === 5 && from % 6 === 1 ? 'H' : to - from === 2 && from % 3 === 1 ? 'Q' : null;
  if (g) return plain(makePeriod(year, g, g === 'H' ? to / 6 : to / 3));
  return from === 1 ? cumulative(year, to) : null;
}

function withYear(
  written: string | undefined, ctx: PeriodContext, build: (year: number) => ParsedPeriod | null,
): ParsedPeriod | null {
  if (written !== undefined) return build(Number(written));
  if (ctx.defaultYear === undefined) return null;
  const parsed = build(ctx.defaultYear);
  parsed?.notes.push(note('year-assumed', 'info', `期间未写年份，按${ctx.defaultYear}年理解。`,
    `No year in the period label; read as ${ctx.defaultYear}.`));
  return parsed;
}
