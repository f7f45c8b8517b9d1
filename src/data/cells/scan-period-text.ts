/**
 * Periods named in free text: a title row (`2024年上半年社区统计表`) or a file name (`2024年3月.csv`,
 * `津南区2024Q1汇总`). Export, print and fill-in stamps (`导出于…`, `打印时间`, `填报日期`) are never the
 * statistical period; ranges and open spans are problems; a text naming two periods that do not
 * nest is a disagreement.
 */
import type { Period } from '../vocabulary/period';
import { parsePeriodLabel } from './parse-period-label';
import { openEnded, rangeNote } from './period-problem';
import type { ParsedPeriod, PeriodContext } from './parse-period-label';
import { CN, MONTH_NUMBER, normalisePeriodText, RANGE_ACROSS_YEARS, RANGE_BODY, RANGE_IN_YEAR, YEAR } from './period-words';
import { note } from './value-note';
import { monthsListed, partOfMonth } from './period-part-notes';
import { CUTOFF_DAY } from './period-cutoff-day';
import type { ValueNote } from './value-note';
import { lettersInYears, numbersNoYear } from './year-typo';

/** What a free text (title, file name) says about the period: at most one period, and its problems. */
export interface PeriodScan {
  /** The period the text names, or null (none, or only a range or open-ended span). */
  readonly found: ParsedPeriod | null;
  /** Warnings: ranges, open-ended spans, two periods that disagree (code `period-…`). */
  readonly problems: ValueNote[];
  /** The matched text of `found`, for messages. */
  readonly text?: string;
}

/**
 * Find a period inside free text: a title row (`2024年上半年社区统计表`) or a file name
 * (`2024年3月.csv`, `津南区2024Q1汇总`). The most specific form wins.
 */
export function findPeriodInText(text: string, ctx: PeriodContext = {}): ParsedPeriod | null {
  return scanPeriodText(text, ctx).found;
}

/** Export, print and fill-in stamps with their date: never the statistical period. */
// 导出/打印 may stand right before their date; the others (填报2023年3月数据 is a period) need 于/时间/日期 or a colon.
const STAMP = new RegExp(`(?:(?:导出|打印)(?:于|时间|日期|时)?[:：]?|(?:填报|填表|制表|报送|报出|生成|下载|更新|修订)(?:(?:于|时间|日期|时)[:：]?|[:：]))(?:${YEAR}(?:[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?)?)?(?:T?\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?|\\d{8}(?:\\d{4,6})?)`, 'gi');
const Y = YEAR;
/** A week's number (`12`, `十二`), as a pattern source. */
const WEEK_NUMBER = `(?:\\d{1,2}|[${CN}]{1,3})`;
/** Mention patterns, most specific first; `kind` says how a match is used. */
const PATTERNS: readonly { re: RegExp; kind: 'range' | 'open' | 'asof' | 'date' | 'period' | 'yearless' | 'part' | 'listed' }[] = ([
  // A part of a month (`2024年3月上旬`, `2024年第12周`, `2024-W12`) or months listed (`2024年3、4月`): no period, never the month or year before them.
  [`${Y}年?(?:${MONTH_NUMBER}月份?)?(?:[上中下]旬|第${WEEK_NUMBER}周)`, 'part'],
  [`${Y}-?W\\d{1,2}(?!\\d)`, 'part'],
  [`${Y}年(?:${MONTH_NUMBER}月?份?[、,和及与])+${MONTH_NUMBER}月份?`, 'listed'],
  [RANGE_ACROSS_YEARS, 'range'],
  // Quarters joined (`2024年1-3季度`, `2024Q1-Q2`) and the first months (`2024年前3个月`): read whole, never as their year.
  [`${Y}(?:年?第?[1-4一二三四]季?度?[-~至到]第?[1-4一二三四]季度|(?:-|年)?Q[1-4][-~至到]Q[1-4])`, 'period'],
  [`${Y}年?前${MONTH_NUMBER}个月(?:累计)?`, 'period'],
  [`${Y}(?:${RANGE_BODY}|年?\\d{1,2}月份?)累计`, 'period'],
  [`${Y}年?\\d{1,2}月份?(?:至今|以来)`, 'open'],
  [`(?:截至|截止到?|截止至)(?:${Y}年?)?\\d{1,2}月(?:底|末|份)?(?:\\d{1,2}日)?`, 'asof'],
  [`(?:截至|截止到?|截止至)${Y}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?(?!\\d)`, 'asof'],
  [RANGE_IN_YEAR, 'period'],
  // A month or quarter with its data's cut-off day in brackets (`2024年3月（截至25日）`): read whole, so the day is said.
  [`${Y}(?:年(?:\\d{1,2}|十[一二]?|[${CN}])月份?|年?第?[1-4${CN}]季度)${CUTOFF_DAY}`, 'period'],
  [`${Y}年?前[${CN}1-4]季度`, 'period'],
  [`${Y}年?[上下]半年`, 'period'],
  [`${Y}(?:-|年)?H[12](?!\\d)`, 'period'],
  [`${Y}年?(?:第?[1-4${CN}]季度|第?[1-4${CN}]季)`, 'period'],
  [`${Y}(?:-|年)?Q[1-4](?!\\d)`, 'period'],
  [`${Y}年\\d{1,2}月\\d{1,2}日`, 'date'],
  [`${Y}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`, 'date'],
  // Day or month first, as Excel in English writes dates (3/1/2024, 03/2024): else only their year was read.
  [`(?<!\\d)\\d{1,2}/\\d{1,2}/${Y}(?!\\d)`, 'date'],
  // Not an attachment's or table's number before a year that starts a period of its own (附件1-2024年3月, 表2-2024.3, 附表3/2024).
  [`(?<![\\d件]|附表)(?:0?[1-9]|1[0-2])[-/]${Y}(?![\\d年]|[-/.]\\d)`, 'period'],
  [`${Y}年(?:\\d{1,2}|十[一二]?|[${CN}])月份?`, 'period'],
  [`${Y}[-/.M]\\d{1,2}(?!\\d)`, 'period'],
  [`${Y}(?:0[1-9]|1[0-2])(?!\\d)`, 'period'],
  [`${Y}年?(?:度|全年)`, 'period'],
  [`${Y}年`, 'period'],
  [`${Y}(?!\\d)`, 'period'],
  [`前[${CN}]季度`, 'yearless'],
  [`\\d{1,2}[-~至]\\d{1,2}月份?(?:累计)?`, 'yearless'],
  [`第?[1-4${CN}]季度`, 'yearless'],
  [`[上下]半年`, 'yearless'],
] as const).map(([re, kind]) => ({ re: new RegExp(re, 'gi'), kind }));

/**
 * A two-digit year in a title or file name (`24年3月社区统计`, `23年12月.xlsx`) is 20xx, only when a
 * month, quarter, half or 度 follows it (`从事社区工作24年` names no period).
 */
const TWO_DIGIT_YEAR = new RegExp(`(?<!\\d)(\\d{2})年(?=(?:\\d{1,2}|十[一二]?|[${CN}])月|\\d{1,2}[-~至到]\\d{1,2}月|第?[1-4${CN}]季|前[${CN}1-4]季|[上下]半年|度)`, 'g');

interface Mention { start: number; end: number; text: string; parsed: ParsedPeriod | null; problem?: ValueNote; weak: boolean }

/**
 * Every period mention in a title or file name, leftmost first and the most specific pattern at
 * each place (so `2023年5-6月` is a range, never `2023年`); stamps (`导出于2024-03-05`) removed first.
 * The first period found is the text's period; ranges, open spans and a second period that does not
 * nest with the first come back as problems.
 */
export function scanPeriodText(text: string, ctx: PeriodContext = {}): PeriodScan {
  // `2024_03社区.xlsx`, `统计_2024_Q1`: an underscore parts a file name's words as a space does (else 2024_03 was
  // the year 2024); in a date (`2024_03_15`) it is the date's dash.
  // A long number before it, a space apart (`区划代码：120101001001 2024年3月`), stays apart: joined, the year was lost in its digits.
  // `2O24年` (the letter O for 0) is read as 2024, said with the period found (year-typo.ts).
  const letters = lettersInYears(normalisePeriodText(text.normalize('NFKC').replace(/(?<!\d)(\d{4})_(\d{1,2})_(\d{1,2})(?!\d)/g, '$1-$2-$3').replace(/_/g, ' ').replace(/(\d{5,})\s+(?=\d)/g, '$1|')));
  const s = letters.text.replace(TWO_DIGIT_YEAR, '20$1年').replace(/(\d{4})年度(?=[上下第前QqHh一二三四1-4])/g, '$1年').replace(STAMP, (m) => '|'.repeat(m.length));
  const found: (Mention & { order: number })[] = [];
  PATTERNS.forEach(({ re, kind }, order) => {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0] === '') { re.lastIndex++; continue; }
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], order, ...readMention(m[0], kind, ctx), weak: kind === 'date' || kind === 'yearless' });
    }
  });
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  const chosen: Mention[] = [];
  let end = 0;
  for (const m of found) {
    if (m.start < end) continue;
    chosen.push(m);
    end = m.end;
  }
  // A year-less mention (`第三季度`) takes the year of the mention before it.
  let lastYear: number | undefined;
  for (const m of chosen) {
    if (m.parsed) lastYear = m.parsed.period.year;
    else if (m.weak && lastYear !== undefined && !m.problem) {
      m.parsed = parsePeriodLabel(m.text, { ...ctx, defaultYear: lastYear });
      m.weak = false;
    }
  }
  // `2204年3月`, `20244年`: a number where the year stands that is none, never read as one, said.
  const problems = [...numbersNoYear(s), ...chosen.flatMap((m) => (m.problem ? [m.problem] : []))];
  const periods = chosen.filter((m) => m.parsed && !m.weak);
  const usable = periods.length > 0 ? periods : chosen.filter((m) => m.parsed);
  const first = usable[0];
  if (!first) return { found: null, problems };
  cutoffAfter(s, first, ctx);
  if (letters.years.some((y) => first.text.includes(y))) first.parsed!.notes.push(...letters.notes);
  for (const other of usable.slice(1)) {
    if (nested(first.parsed!, other.parsed!)) continue;
    const [a, b] = [formatLabel(first), formatLabel(other)];
    problems.push(note('period-disagree', 'warning',
      `“${s.replace(/\|+/g, ' ')}”中有两个不同的期间：“${a}”和“${b}”，已按前者“${a}”统计；请核对哪一个是统计期间`,
      `"${text}" names two periods, "${a}" and "${b}"; the first is used. Please check.`));
    break;
  }
  return { found: first.parsed!, problems, text: first.text };
}

/** A cut-off day in brackets later in the text (`2024年3月份社区统计（数据截至3月25日）`): said of the period, as when it follows it. */
const CUTOFF_ANYWHERE = new RegExp(CUTOFF_DAY);

function cutoffAfter(s: string, first: Mention, ctx: PeriodContext): void {
  const cut = CUTOFF_ANYWHERE.exec(s.slice(first.end));
  if (cut === null) return;
  const n = parsePeriodLabel(first.text + cut[0], ctx)?.notes.find((x) => x.code === 'period-cutoff-day');
  if (n !== undefined) first.parsed!.notes.push(n);
}

function formatLabel(m: Mention): string {
  return m.text;
}

function readMention(text: string, kind: string, ctx: PeriodContext): { parsed: ParsedPeriod | null; problem?: ValueNote } {
  if (kind === 'range') return { parsed: null, problem: rangeNote(text) };
  if (kind === 'open') return { parsed: null, problem: openEnded(text) };
  if (kind === 'part' || kind === 'listed') {
    const problem = kind === 'part' ? partOfMonth(text) : monthsListed(text);
    return problem === null ? { parsed: null } : { parsed: null, problem };
  }
  if (kind === 'yearless') return { parsed: ctx.defaultYear !== undefined ? parsePeriodLabel(text, ctx) : null };
  const parsed = parsePeriodLabel(text, ctx);
  if (kind === 'period' && !parsed && /[-~至到]/.test(text)) return { parsed: null, problem: rangeNote(text) };
  return { parsed };
}

/** True when one period lies within the other (a month of its quarter, a half of its year). */
function nested(a: ParsedPeriod, b: ParsedPeriod): boolean {
  if (a.period.year !== b.period.year) return false;
  const [af, at] = rangeOf(a.period);
  const [bf, bt] = rangeOf(b.period);
  return (af <= bf && bt <= at) || (bf <= af && at <= bt);
}

function rangeOf(p: Period): [number, number] {
  switch (p.granularity) {
    case 'Y': return [1, 12];
    case 'H': return [p.index * 6 - 5, p.index * 6];
    case 'Q': return [p.index * 3 - 2, p.index * 3];
    case 'C': return [1, p.index];
    default: return [p.index, p.index];
  }
}
