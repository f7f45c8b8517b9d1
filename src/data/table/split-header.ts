/**
 * A column header (or a long file's 指标 cell) read as a metric's name and the period its values
 * are for: `常住人口/2023`, `累计再就业人数`, 本月/累计 under a metric, `1月` in the year the title
 * gives, a comparison with another period (上年同期), a group over its metric (`就业情况/再就业人数`).
 */
import type { ValueNote } from '../cells/value-note';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { matchMetricHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { canonicalMetric } from '../vocabulary/metric-catalog';
import { formatPeriodKey, type PeriodKey } from '../vocabulary/period';
import { CUMULATIVE_WORDS, isMonthWord } from '../vocabulary/relative-period';
import { GROUP_TOTAL, totalHeader } from './total-columns';
import { relativeWord } from '../vocabulary/relative-period';
import { bracketed } from '../vocabulary/remark-words';
import { isComparisonHeader } from './find-header';

/** A header (or a long file's 指标 cell) read as a metric's name and the period it is for. */
export interface SplitHeader {
  readonly metricName: string;
  readonly period?: PeriodKey;
  readonly relative?: 'current' | 'cumulative';
  /** The header names the month (本月, 当月, 本月再就业人数; not 本期): in a quarter's table, its last month. */
  readonly month?: true;
  readonly year?: 'assumed' | 'missing';
  /** A comparison with another period (上年同期, 去年同期再就业人数): not a value of this table. */
  readonly comparison?: true;
  /** What reading `period` noted (a guess such as 3/1/2024 as March is warned about at the column). */
  readonly notes?: readonly ValueNote[];
}

/** A word that says which period a metric's value is for (累计, 本月, 上年同期, 1-3月累计, 2023年3月). */
export function isPeriodWord(word: string): boolean {
  return relativeWord(word) !== null || isComparisonHeader(word) || parsePeriodLabel(word, { defaultYear: 2000 }) !== null;
}

/**
 * A period word written onto a metric's name in one cell, before or after it (`累计再就业人数`,
 * `1-3月累计再就业人数`, `再就业人数（累计）`, `去年同期再就业人数`): the word and the metric, read as
 * the two-row header `累计/再就业人数` would be. A metric of the office's own is read so only with a
 * word of this month or the year to date (`走访户数（本月）`, `累计走访户数`) or a comparison saying
 * 同, 比 or 较 (`上年同期走访户数`, `走访户数同比`): any other word may be part of its name. Null for a name that is a metric as written (`本月再就业人数`) or that has no such word.
 */
function periodAffix(name: string): { word: string; metric: string } | null {
  const t = name.normalize('NFKC').replace(/\s+/g, '');
  // A period word alone (本年累计, 1-3月累计) names no metric: never 本年 and its year to date.
  if (matchMetricHeader(t).metricId !== null || isPeriodWord(t)) return null;
  for (let i = 2; i <= t.length - 2; i++) {
    // Never inside a number or date (2024/3/1再就业人数 is not 2024 and /3/1再就业人数).
    if (DATE_CHAR.test(t[i - 1]!) && DATE_CHAR.test(t[i]!)) continue;
    const [head, tail] = [t.slice(0, i), t.slice(i)];
    if (isPeriodWord(head) && matchMetricHeader(tail).metricId !== null) return { word: head, metric: tail };
    const word = bracketed(tail) ?? tail;
    if (isPeriodWord(word) && matchMetricHeader(head).metricId !== null) return { word, metric: head };
  }
  // (A catalogue metric's reading first, at any split: 当月累计再就业人数 is 再就业人数.)
  for (let i = 2; i <= t.length - 2; i++) {
    const [head, tail] = [t.slice(0, i), t.slice(i)];
    if ((OWN_METRIC_WORD.test(head) || ownComparison(head)) && OWN_METRIC_NAME.test(tail)) return { word: head, metric: tail };
    const inside = bracketed(tail);
    const word = inside ?? tail;
    if ((inside !== null ? OWN_METRIC_WORD.test(word) : ownToDateAfter(word)) || ownComparison(word)) return { word, metric: head };
  }
  return null;
}

/** A comparison word a metric of the office's own is read with (上年同期, 同比, 比上月增减): one saying 同, 比 or 较, never a bare 上年 or 增减. */
const ownComparison = (word: string): boolean => /[同比较]/.test(word) && isComparisonHeader(word);

/** The words of this month or the year to date a metric of the office's own is read with (no 实际, 数量: words of names too). */
const OWN_METRIC_WORD = new RegExp(`^(?:本月|当月|本期|当期)$|${CUMULATIVE_WORDS.source}`);
/**
 * A year-to-date word written straight after a name of the office's own, no bracket (`走访户数累计`,
 * `走访户数累计数`, `走访户数本年累计`): one saying 累计, as a bracketed one is read (本月 or 本期 so
 * written may be part of a name).
 */
const ownToDateAfter = (word: string): boolean => word.includes('累计') && CUMULATIVE_WORDS.test(word);

/** What goes on with a period word rather than starting a name after it (本月份, 本期末, 累计数, 当月累计). */
const GOES_ON = '[份度末初底内中数]|累计';
/** A name after such a word: Chinese, not going on with the word (本月份, 本期末, 累计数) nor another (当月累计…). */
const OWN_METRIC_NAME = new RegExp(`^(?!${GOES_ON}|本年|今年|全年|年度|年初|本月|当月|本期|当期)[\\u4e00-\\u9fff]`);

/** 本月 or 当月 before a metric's name, not going on with another word (本月份, 当月累计, 本月末). */
const MONTH_BEFORE = new RegExp(`^(?:本月|当月)(?!${GOES_ON})`);

/** A character of a number or a date written with digits (2024/3/1, 2024.3, 2024-03). */
const DATE_CHAR = /[\d/.\-]/;

/** The slash joining two header rows: any but one between two digits. */
const ROW_SLASH = /(?<!\d)\/|\/(?!\d)/;

/**
 * Splits a two-row header: `常住人口/2023` (or `2023/常住人口`) into a metric name and a period key;
 * a group over its metric (`就业情况/再就业人数`) into that metric, when the lower cell names one
 * and the upper does not; a group's 合计 (`就业技能培训/合计`) into the group's metric. Other names
 * stay whole (`就业培训/男` is a metric of its own). A period without its year (`活动场次/1月`) takes
 * `year` (the table's), and is `missing` its year when the table has none. Three rows
 * (`就业情况/下岗失业人员/合计`) are read as the group over its metric, then that over the lowest cell.
 */
export function splitHeader(name: string, year: number | undefined): SplitHeader {
  // A slash between digits is a date's (再就业人数 3/1/2024, 再就业人数/2024/3), never two header rows.
  const parts = name.split(ROW_SLASH);
  if (parts.length === 1) {
    if (isComparisonHeader(name)) return { metricName: name, comparison: true };
    const affix = periodAffix(name);
    if (affix !== null) return { ...splitHeader(`${affix.word}/${affix.metric}`, year), metricName: affix.metric };
    // `本月再就业人数`, a catalogue metric as written: its 本月 still names the month (a quarter's last, in a quarter's table).
    return MONTH_BEFORE.test(name.replace(/\s+/g, '')) && matchMetricHeader(name).metricId !== null ? { metricName: name, month: true } : { metricName: name };
  }
  if (parts.length === 2) return splitPair(parts[0]!, parts[1]!, year);
  if (parts.length !== 3) return { metricName: name };
  // A three-row header: the group over its metric read first (`就业情况/下岗失业人员` → 下岗失业人员),
  // then that over the lowest cell (`下岗失业人员/合计` → 下岗失业人员, `/其中：女` its part, `/本月`).
  const head = splitPair(parts[0]!, parts[1]!, year);
  const tail = head.comparison ? head : splitPair(head.metricName, parts[2]!, year);
  if (tail.comparison) return { metricName: name, comparison: true };
  const dated = (x: SplitHeader): boolean => x.period !== undefined || x.relative !== undefined || x.year !== undefined;
  // Two periods (2024年 over 1月): not a header this reads.
  if (dated(head) && dated(tail)) return { metricName: name };
  return dated(head) ? { ...head, metricName: tail.metricName } : tail;
}

/** The two-row header `a/b` (`a` may itself be two rows kept whole: `就业情况/公益岗安置`). */
function splitPair(a: string, b: string, year: number | undefined): SplitHeader {
  const name = `${a}/${b}`;
  // 上年同期 under a metric (or over the metrics) compares with another period.
  if (isComparisonHeader(a) || isComparisonHeader(b)) return { metricName: name, comparison: true };
  const pb = parsePeriodLabel(b);
  if (pb) return { metricName: a, period: formatPeriodKey(pb.period), notes: pb.notes };
  const pa = parsePeriodLabel(a);
  if (pa) return { metricName: b, period: formatPeriodKey(pa.period), notes: pa.notes };
  // `活动场次/1月`, `再就业人数/1-3月累计`: the months in the year the title, sheet or file name gives ('missing' when none does).
  const yearless = (w: string): { period?: PeriodKey; year: 'assumed' | 'missing' } | null => {
    const p = parsePeriodLabel(w, { defaultYear: year ?? 2000 });
    if (p === null) return null;
    return year !== undefined ? { period: formatPeriodKey(p.period), year: 'assumed' } : { year: 'missing' };
  };
  // 本月 | 累计 under a metric (or over the metrics): this period's value and the year to date.
  // (1-3月累计 names its own months, whatever the table's period.)
  const month = (w: string): { month?: true } => (isMonthWord(w) ? { month: true } : {});
  const rb = relativeWord(b);
  if (rb !== null) return { metricName: a, ...(rb === 'cumulative' && yearless(b)) || { relative: rb, ...month(b) } };
  const ra = relativeWord(a);
  if (ra !== null) return { metricName: b, ...(ra === 'cumulative' && yearless(a)) || { relative: ra, ...month(a) } };
  const yb = yearless(b);
  if (yb) return { metricName: a, ...yb };
  const ya = yearless(a);
  if (ya) return { metricName: b, ...ya };
  if (matchMetricHeader(b).metricId !== null && matchMetricHeader(a).metricId === null) return { metricName: b + groupUnit(a, b) };
  // A group's 合计 (就业技能培训 over 男, 女, 合计) is the group's own metric.
  if (GROUP_TOTAL.test(totalHeader(b))) return { metricName: a };
  return { metricName: name };
}

/**
 * The unit a group cell gives the metrics under it (`金额（万元）`, `万元` over 慰问救助金额 and
 * 爱心捐款), as the bracket to write after a metric that has none of its own (`（万元）`): only a
 * scaled form of the metric's own unit, so a group never gives a metric another kind of unit.
 */
function groupUnit(group: string, metric: string): string {
  const written = (/[（(]([^（）()]+)[)）]\s*$/.exec(group)?.[1] ?? group).trim().replace(/^(?:计量)?单位[:：]?/, '');
  const unit = measureUnitOf(written);
  const named = matchMetricHeader(metric);
  if (unit === undefined || unit[1] === 1 || named.unit !== undefined || named.metricId === null) return '';
  return canonicalMetric(named.metricId)?.unit === unit[0] ? `（${written}）` : '';
}
