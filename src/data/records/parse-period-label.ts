/**
 * Period labels as people write them (`2024年第一季度`, `2024H1`, `2024年1-9月累计`, `45352`)
 * → a canonical Period. Pure and total: unknown text returns null, never throws.
 */
import { makePeriod, parsePeriodKey } from '../vocabulary/period';
import type { Granularity, Period } from '../vocabulary/period';
import { note } from './parse-value';
import type { ValueNote } from './parse-value';

export interface ParsedPeriod {
  period: Period;
  /** True for year-to-date values (`1-9月累计`, `前三季度`): granularity C. */
  cumulative: boolean;
  notes: ValueNote[];
}

export interface PeriodContext {
  /** Year for labels without one (`前三季度`, `1-6月累计`, `上半年`); else they return null. */
  defaultYear?: number;
}

const CN_NUM: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
const CN = '一二两三四五六七八九十';
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Serial range read as dates: 1950-01-01 … 2099-12-31 (smaller numbers are more likely counts). */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

/** Parse a whole cell as a period label. */
export function parsePeriodLabel(text: string, ctx: PeriodContext = {}): ParsedPeriod | null {
  const s = normalise(text);
  if (s === '') return null;
  try {
    return parseNormalised(s, ctx);
  } catch {
    return null; // makePeriod rejects impossible years/indexes: the label is not a period.
  }
}

/**
 * Find a period inside free text: a title row (`2024年上半年社区统计表`) or a file name
 * (`2024年3月.csv`, `津南区2024Q1汇总`). The most specific form wins.
 */
export function findPeriodInText(text: string, ctx: PeriodContext = {}): ParsedPeriod | null {
  const s = normalise(text);
  const Y = '(?<!\\d)(?:19|20)\\d{2}';
  const patterns = [
    `${Y}年?(?:\\d{1,2}月?[-~至到]\\d{1,2}月份?|\\d{1,2}月份?)累计`,
    `${Y}年?\\d{1,2}月?[-~至到]\\d{1,2}月份?`,
    `${Y}年?前[${CN}1-4]季度`,
    `${Y}年?[上下]半年`,
    `${Y}-?H[12](?!\\d)`,
    `${Y}年?(?:第?[1-4${CN}]季度|第?[1-4]季)`,
    `${Y}-?Q[1-4](?!\\d)`,
    `${Y}年\\d{1,2}月\\d{1,2}日`,
    `${Y}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`,
    `${Y}年(?:\\d{1,2}|十[一二]?|[${CN}])月份?`,
    `${Y}[-/.M]\\d{1,2}(?!\\d)`,
    `${Y}(?:0[1-9]|1[0-2])(?!\\d)`,
    `${Y}年?(?:度|全年)`,
    `${Y}年`,
    `${Y}(?!\\d)`,
    `前[${CN}]季度`,
    `\\d{1,2}[-~至]\\d{1,2}月份?(?:累计)?`,
    `[上下]半年`,
  ];
  for (const p of patterns) {
    const m = new RegExp(p, 'i').exec(s);
    if (!m) continue;
    const parsed = parsePeriodLabel(m[0], ctx);
    if (parsed) return parsed;
  }
  return null;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\s]/g, '')
    .replace(/計/g, '计').replace(/個/g, '个').replace(/[—–―〜～]/g, (c) => (c === '〜' || c === '～' ? '~' : '-'))
    .replace(/至今$/, '');
}

function parseNormalised(s: string, ctx: PeriodContext): ParsedPeriod | null {
  const canonical = parsePeriodKey(s);
  if (canonical) return canonical.granularity === 'C' ? cumulative(canonical.year, canonical.index) : plain(canonical);

  let m: RegExpExecArray | null;
  // Year: 2024年, 2024年度, 2024年全年, 全年 with a default year.
  if ((m = /^(\d{4})(?:年度?|年?全年|年年度)$/.exec(s))) return plain(makePeriod(Number(m[1]), 'Y'));
  // Two-digit years (our own short axis labels): 24年3月.
  if ((m = /^(\d{2})年(.+)$/.exec(s))) {
    const parsed = parseNormalised(`20${m[1]}年${m[2]}`, ctx);
    parsed?.notes.push(note('two-digit-year', 'info', `“${s}”按20${m[1]}年理解。`, `"${s}" read as year 20${m[1]}.`));
    return parsed;
  }
  // Half: 2024年上半年, 2024H1, 2024-H2, H1 2024.
  if ((m = /^(\d{4})?年?([上下])半年(?:度)?$/.exec(s))) return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'H', m![2] === '上' ? 1 : 2)));
  if ((m = /^(\d{4})-?H([12])$/i.exec(s)) || (m = /^H([12])-?(\d{4})$/i.exec(s))) {
    const [y, i] = /^H/i.test(s) ? [m[2], m[1]] : [m[1], m[2]];
    return plain(makePeriod(Number(y), 'H', Number(i)));
  }
  // Quarter: 2024Q1, 2024-Q1, 2024年第一季度, 2024年1季度, Q1 2024, 一季度 with a default year.
  if ((m = /^(\d{4})-?Q([1-4])$/i.exec(s)) || (m = /^Q([1-4])-?(\d{4})$/i.exec(s))) {
    const [y, i] = /^Q/i.test(s) ? [m[2], m[1]] : [m[1], m[2]];
    return plain(makePeriod(Number(y), 'Q', Number(i)));
  }
  if ((m = new RegExp(`^(\\d{4})?年?(?:第)?([1-4${CN}])季度?$`).exec(s)) && (s.includes('季'))) {
    const q = digit(m[2]!);
    if (q === null || q > 4) return null;
    return withYear(m[1], ctx, (y) => plain(makePeriod(y, 'Q', q)));
  }
  // 前三季度 / 前两季度: cumulative.
  if ((m = new RegExp(`^(\\d{4})?年?前([1-4${CN}])(?:个)?季度(?:累计)?$`).exec(s))) {
    const q = digit(m[2]!);
    if (q === null || q > 4) return null;
    return withYear(m[1], ctx, (y) => cumulative(y, q * 3));
  }
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
  // Dates: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, with an optional time → the month.
  if ((m = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s))) {
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    if (!validDay(Number(m[1]), month, day)) return null;
    return withNote(plain(makePeriod(Number(m[1]), 'M', month)), note('date-as-month', 'info',
      `日期“${s}”按所在月份（${m[1]}年${month}月）统计。`, `Date "${s}" read as its month.`));
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

function plain(period: Period): ParsedPeriod {
  return { period, cumulative: false, notes: [] };
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

function withNote(parsed: ParsedPeriod, n: ValueNote): ParsedPeriod {
  parsed.notes.push(n);
  return parsed;
}

function digit(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return CN_NUM[s] ?? null;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `a/b/yyyy`: unambiguous when one side exceeds 12; else read month-first (Excel en-US) with a warning. */
function slashDate(s: string, a: number, b: number, year: number): ParsedPeriod | null {
  if (a > 12 && validDay(year, b, a)) return withNote(plain(makePeriod(year, 'M', b)), note('date-as-month', 'info',
    `日期“${s}”按日/月/年理解为${year}年${b}月。`, `Date "${s}" read day-first as ${year}-${b}.`));
  if (!validDay(year, a, b)) return null;
  const parsed = plain(makePeriod(year, 'M', a));
  if (b > 12 || a === b) return withNote(parsed, note('date-as-month', 'info',
    `日期“${s}”按月/日/年理解为${year}年${a}月。`, `Date "${s}" read month-first as ${year}-${a}.`));
  return withNote(parsed, note('ambiguous-date', 'warning',
    `日期“${s}”可能是${year}年${a}月，也可能是${year}年${b}月；已按月/日/年理解为${year}年${a}月，请核对，最好在源表写成“${year}年${a}月”。`,
    `Date "${s}" is ambiguous (${year}-${a} or ${year}-${b}); read month-first as ${year}-${a}. Please check.`));
}

/**
 * Excel 1900 system: serial 1 = 1900-01-01 and serial 60 is the fictitious 1900-02-29, so from
 * serial 61 on, day 0 is 1899-12-30. Serials below SERIAL_MIN are not read as dates at all.
 */
function excelSerial(s: string, serial: number): ParsedPeriod | null {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return withNote(plain(makePeriod(year, 'M', month)), note('excel-serial', 'warning',
    `“${s}”像是Excel日期序号，按${year}年${month}月理解；请在Excel中把期间列设为日期或文本格式后重新导出。`,
    `"${s}" looks like an Excel date serial; read as ${year}-${String(month).padStart(2, '0')}. Format the column as a date or text in Excel and export again.`));
}
