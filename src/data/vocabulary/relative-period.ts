/**
 * Periods a report names relative to its own (`本月 | 累计`): the words for this period's value and
 * for the year to date, and the year-to-date period through a given one. A one-community vertical
 * form has them as columns (项目 | 本月 | 累计); a wide table as a second header row under each metric
 * (再就业人数 over 本月 | 1-3月累计).
 */
import { formatPeriodKey, makePeriod, monthRange, parsePeriodKey, previousPeriod, sameLastYear, type PeriodKey } from './period';
import { formatPeriodLabel } from './format-period-label';

/** This period's value. */
export const CURRENT_WORDS = /^(本月|本期|当月|本月数|本期数|当期|本月完成|本期完成|数值|数量|本月实际|实际)$/;
/**
 * The year to date: 累计, 本年累计, 年度累计, 今年累计, 全年累计 (in a year's table, the year), 本年度累计,
 * 自年初累计, 今年以来, 年初至今, 1-3月累计, with 数 or 完成 after.
 */
export const CUMULATIVE_WORDS = /^(?:(?:本|今|全)?年度?累计|自?年初(?:以来|至今)?累计|(?:今年|本年度?|年初)(?:以来|至今)(?:累计)?|累计|1-\d{1,2}月累计)(?:数|完成)?$/;

/** `本月`, `当月`, `本期`, `数值` → this period; `累计`, `本年累计` → the year to date; else null. */
export function relativeWord(w: string): 'current' | 'cumulative' | null {
  const t = w.replace(/\s+/g, '');
  return CURRENT_WORDS.test(t) ? 'current' : CUMULATIVE_WORDS.test(t) ? 'cumulative' : null;
}


/** A month said relative to a quarter's, a half's or a year-to-date report's (its last month): not 本期. */
export const MONTH_WORDS = /^(本月|当月|本月数|本月完成|本月实际)$/;

/** Header or cell text `name` (spaces ignored) is a MONTH_WORDS word: 本月, 当月, 本 月. */
export function isMonthWord(name: string): boolean {
  return MONTH_WORDS.test(name.replace(/\s+/g, ''));
}
/** Another period a figure is for: 上年同期, 去年同月, 去年, 上月, 上个月, 上期, 上季度, a bare 同期. */
const PAST = '(?:(?:上年|去年)?同期|(?:上年|去年)同月|上年|去年|上个?月份?|上期|上季度?)';
/** The word for a change between two periods (增减, 增长率), with 数, 额 or 值 after. */
const CHANGE = '(?:增长|增减|增加|减少|增幅|变化|增长率|增减率|增减幅度)(?:数|量|额|值)?';
/**
 * A column comparing with another period (上年同期, 上月数, 上年同期累计, 同比增长, 比上月增减数, 本月比上月增减,
 * 与去年同期相比, 环比(%), a bare 增减 beside a metric): not a value of this period. The tool compares
 * periods itself. A bare 增长率 is not one: offices report growth rates of their own.
 */
export const COMPARISON_WORDS = new RegExp(
  `^(?:${PAST}(?:累计)?(?:完成|实际)?(?:数|值)?|增减(?:数|量|额|值)?|(?:同比|环比)(?:${CHANGE})?`
  + `|(?:本月|本期|当月|本年|今年)?(?:比|较|与)${PAST}(?:比)?(?:${CHANGE}|比较|相比)?)(?:±)?(?:[（(]%[)）]|%)?$`);

/** The year-to-date period through the end of `key` (`2024-03` → `2024-C03`), or null for a whole year. */
export function cumulativeThrough(key: PeriodKey): PeriodKey | null {
  const p = parsePeriodKey(key);
  if (!p || p.granularity === 'Y') return null;
  if (p.granularity === 'C') return key;
  const [, last] = monthRange(p);
  return formatPeriodKey(makePeriod(p.year, 'C', last));
}

/**
 * The period a year-to-date figure written in period `key`'s row, column or form is for: the year
 * to date through its last month (`2024-Q1` → `2024-C03`); a whole year's is the year itself, its
 * year to date through December being its total (as 全年累计 is). The one rule of every shape.
 */
export function toDateThrough(key: PeriodKey): PeriodKey {
  return cumulativeThrough(key) ?? key;
}

/**
 * The month a `本月` (MONTH_WORDS) names in a table of a period spanning several: its last
 * (`2024-Q1` → `2024-03`, as for a quarter's, a half's or a year to date's report); null for a
 * month's or a year's table. (本期 names the table's own period, whatever it spans.)
 */
export function lastMonthOfSpan(key: PeriodKey): PeriodKey | null {
  const p = parsePeriodKey(key);
  if (p === null || (p.granularity !== 'Q' && p.granularity !== 'H' && p.granularity !== 'C')) return null;
  return formatPeriodKey(makePeriod(p.year, 'M', monthRange(p)[1]));
}

/**
 * How a 本月 column (`name`) read as `month`, the last month of the table's period `span`
 * (lastMonthOfSpan), is said: `“本月”按2024年3月（2024年第一季度的最后一个月）`.
 */
export function lastMonthWords(name: string, month: PeriodKey, span: PeriodKey): string {
  return `“${name}”按${formatPeriodLabel(month, 'zh')}（${formatPeriodLabel(span, 'zh')}的最后一个月）`;
}

/**
 * The period of a column headed by a relative word (`本月`, `本期`, `累计`) in a table of `key`: 累计 its
 * year to date (null for a year's), 本月 (`month`: MONTH_WORDS, not 本期) in a quarter's, a half's or
 * a year to date's its last month (lastMonthOfSpan), else the table's own.
 */
export function relativeColumnKey(word: 'current' | 'cumulative', month: boolean, key: PeriodKey): PeriodKey | null {
  if (word === 'cumulative') return cumulativeThrough(key);
  return (month ? lastMonthOfSpan(key) : null) ?? key;
}

/** How column `name` read as `period` (relativeColumnKey) in a table of `key` is said: `“本月”按2024年3月（…的最后一个月）`, `“累计”按2024年1-3月累计`. */
export function relativeColumnWords(name: string, period: PeriodKey, key: PeriodKey): string {
  return period === lastMonthOfSpan(key) ? lastMonthWords(name, period, key) : `“${name}”按${formatPeriodLabel(period, 'zh')}`;
}

/**
 * The period before the report's a name says its figures are for: a month's (上月), a quarter's
 * (上季度), any one period's (上期), or the same period a year before (上年同期, 去年同期, 上年).
 */
export type PreviousWord = '月' | '季' | '期' | '年';
/**
 * A sheet named for the period before (`上月`, `上个月`, `上月份`, `上季度`, `上季`, `上期`, `上年同期`,
 * `去年同期`, `上年同月`, `上年`, `去年`, with 数, 数据, 情况 after), as COMPARISON_WORDS reads it.
 */
const PREVIOUS_SHEET = /^(上个?月份?|上季度?|上期|[上去]年(?:同期|同月)?)(?:完成)?(?:数|数据|情况|报表|统计)?$/;
/** A title beginning with it (`上月各社区就业情况`, `去年同期…`); not one comparing (`上月比…`, `上期同比`, `上年同期对比表`). */
const PREVIOUS_TITLE = /^(上个?月份?|上季度?|上期|[上去]年同[期月])(?![比较与同增减对环])/;
/** How the step back is said: 上一个月, 上一个季度, 上一期, 上年同期. */
export const PREVIOUS_STEP: Readonly<Record<PreviousWord, string>> = { 月: '上一个月', 季: '上一个季度', 期: '上一期', 年: '上年同期' };
/** The step back in English, after "is for": the period before, the same period a year before. */
export const PREVIOUS_STEP_EN: Readonly<Record<PreviousWord, string>> = { 月: 'the month before', 季: 'the quarter before', 期: 'the period before', 年: 'the same period a year before' };

/** The previous-period word a sheet's name (`whole`) or a title (its beginning) is, or null. */
export function previousWordOf(text: string, whole: boolean): PreviousWord | null {
  const m = (whole ? PREVIOUS_SHEET : PREVIOUS_TITLE).exec(text.replace(/\s+/g, ''));
  if (m === null) return null;
  const w = m[1]!;
  return w.includes('年') ? '年' : w.includes('月') ? '月' : w.startsWith('上季') ? '季' : '期';
}

/**
 * The period before `key` that `word` names: 上月 of a month's report, 上季度 of a quarter's, 上期
 * of a month's, quarter's, half's or year's (previousPeriod, 环比), 上年同期 of any (sameLastYear,
 * 同比: 1-6月累计 → last year's 1-6月累计); null when the report is of another kind (上月 of a
 * quarter's, 上期 of a year to date's: no one period).
 */
export function periodBefore(word: PreviousWord, key: PeriodKey): PeriodKey | null {
  const p = parsePeriodKey(key);
  if (p === null) return null;
  if (word === '年') return formatPeriodKey(sameLastYear(p));
  const fits = word === '月' ? p.granularity === 'M' : word === '季' ? p.granularity === 'Q' : p.granularity !== 'C';
  return fits ? formatPeriodKey(previousPeriod(p)) : null;
}

/** The period a cell names relative to the table's (`本月` → `key`, `累计` → its year to date), or null. */
export function relativePeriod(text: string, key: PeriodKey): { key: PeriodKey } | null {
  const t = text.replace(/\s+/g, '');
  if (CURRENT_WORDS.test(t)) return { key };
  if (!CUMULATIVE_WORDS.test(t)) return null;
  const through = cumulativeThrough(key);
  return through === null ? null : { key: through };
}

/** A column of 本月 / 累计 cells (each community's two rows): at least two, every one a relative word, one 累计. */
export function isRelativePeriodColumn(cells: readonly string[]): boolean {
  const words = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  return words.length >= 2 && words.every((w) => CURRENT_WORDS.test(w) || CUMULATIVE_WORDS.test(w)) && words.some((w) => CUMULATIVE_WORDS.test(w));
}
