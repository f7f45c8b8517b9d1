/**
 * Rows that are not units, and the check of totals against the rows they cover.
 *
 * `subtotalKind` classifies a row's label: totals in any wording (合计, 共计, 汇总, 全街, 本街道,
 * 全区, Total, `东湖街道合计`), statistics of the rows (平均, 均值, 最大值, 占比), comparison rows
 * (上年同期, 同比, 增减, 增长率), breakdowns (其中) and footers (填表人, 审核人, 填报日期, 联系电话, 注：, 盖章, 签字,
 * 填表说明, 以上数据截至…). `rowKind` adds what only the whole row tells: a footer standing in any cell of a
 * row without a unit name, a date alone on its row, and a row named exactly as
 * its own street or district (a total of that street or district).
 *
 * A 小计 or `东湖街道合计` covers the rows since the previous subtotal of the same metric and period;
 * a 合计/总计/全区 covers every unit row so far; a 合计 written beside a street name (`东湖街道,合计`)
 * is that street's subtotal. Only exact values are checked: a 余/约 value or a missing cell makes the
 * sum unknowable, so no warning is raised then.
 */
import { assertNever } from '../vocabulary/period';
import type { ObservationRecords } from './observation-records';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import type { MetricDef } from '../vocabulary/metric-catalog';

const PLACE = '(?:街道|街|镇|乡|区|县|市|社区|村|居委会)';
const TOTAL_WORD = '(?:合计|总计|汇总|总数|合计数|汇总数|总合计|共计|总共)';
/** Totals of everything above: `合计`, `汇总`, `全街`, `本街道`, `全区合计`, `Total`. */
const GRAND_TOTAL = new RegExp(`^(?:${TOTAL_WORD}|全部|(?:全|本)${PLACE}${TOTAL_WORD}?|total|grandtotal|sum|overall)$`, 'i');
/** Totals of a segment: `小计`, `东湖街道合计`, `东湖街道汇总`, `东湖街道（小计）`, `合计（东湖）`. */
const SUBTOTAL = new RegExp(`\\(?(?:${TOTAL_WORD}|小计)\\)?$|^(?:小计|合计|总计|subtotal)`, 'i');
/** The name a segment's total is written with (compact label): `东湖街道合计`, `东湖街道(小计)`, `小计(东湖街道)`, `合计:东湖街道`. */
const NAMED_SEGMENT = new RegExp(`^(.+?)\\(?(?:${TOTAL_WORD}|小计)\\)?$|^(?:${TOTAL_WORD}|小计)[(:](.+?)\\)?$`);
const BREAKDOWN = /^其中[:：]?/;
/** A name ending like a real unit is never an average or comparison row (`平均社区` would stay). */
const UNIT_ENDING = /(?:社区|村|居委会|委员会|小区|村委|居委)$/;
/** Statistics of the rows above, not units: averages, medians, extremes and shares. */
const AVERAGE = /平均|均值|^(?:average|mean|avg|median|max|min|maximum|minimum)$|中位数|^(?:最大|最小|最高|最低)值?$|^(?:占比|比重|百分比|比例)$/i;
const COMPARISON = /上年同期|去年同期|同比|环比|增减|增长率|增幅|比上年|较上年|比去年|较去年|^(?:增长|减少|变化|差额|差值)|^(?:yoy|change|diff)/i;
/**
 * Footer and note rows, read on the compact label (no spaces, NFKC, no trailing colon): who filled,
 * checked, signed or sealed the sheet (填表人, 审核：, 主管领导签字, 填报单位（盖章）), when (填报日期, 日期：),
 * how to call, notes and explanations (注：, 注1., 填表说明, 备注, 数据来源：) and as-of lines (以上数据截至…).
 * A word a community's name may begin with (说明, 领导, 日期) counts only as a label: alone or before
 * a colon. The one list of footer words (rowKind adds lines alone on their rows, FOOTER_ALONE).
 */
const FOOTER = new RegExp([
  '^(?:填表人|审核人|审批人|填报人|制表人|统计人|复核人|经办人|联系人|(?:填报|填表|报送|上报)单位'
    + '|(?:填报|填表|制表|报送|报出|上报|打印)(?:日期|时间)|联系电话|电话|(?:填表|填报)说明'
    + '|(?:单位|统计|部门|分管|主管)负责人|(?:分管|主管)领导)',
  '^(?:注\\d{0,2}|说明|备注|附注|数据来源|资料来源|负责人|领导|日期|审核|制表|填表|复核|统计)(?:[:：.、]|$)',
  '(?:盖章|签章|签字|签名)[)）]?(?:[:：]|$)',
  '^(?:(?:以上|上述|本表)(?:各项)?)?(?:数据|数字|资料)(?:截至|截止|统计至)',
].join('|'));
/** Lines a footer on a row of their own: a date (2024年4月2日, 2024.4.2, 二〇二四年四月二日) or an as-of date. */
const FOOTER_ALONE = /^(?:截至|截止)?(?:\d{4}(?:年\d{1,2}月\d{1,2}日?|([.\-/])\d{1,2}\1\d{1,2})|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

export type SubtotalKind = 'total' | 'segment' | 'breakdown' | 'average' | 'comparison' | 'footer';

/** Compact form of a label: no spaces, half-width, no trailing colon. */
function compact(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/, '');
}

/** Kind of non-unit row a label marks, or null for an ordinary unit name. */
export function subtotalKind(label: string): SubtotalKind | null {
  const t = compact(label);
  if (t === '') return null;
  if (FOOTER.test(t)) return 'footer';
  if (BREAKDOWN.test(t)) return 'breakdown';
  if (GRAND_TOTAL.test(t)) return 'total';
  if (SUBTOTAL.test(t)) return 'segment';
  if (UNIT_ENDING.test(t)) return null;
  if (AVERAGE.test(t)) return 'average';
  if (COMPARISON.test(t)) return 'comparison';
  return null;
}

/** The name a segment subtotal's label gives (`咸水沽镇小计` → `咸水沽镇`, spaces removed), '' for none (`小计`) or another kind. */
export function segmentName(label: string): string {
  if (subtotalKind(label) !== 'segment') return '';
  const m = NAMED_SEGMENT.exec(compact(label));
  return m === null ? '' : m[1] ?? m[2] ?? '';
}

/** The cells of one row that `rowKind` looks at. */
export interface RowLabels {
  /** Every cell of the row (a footer may stand in any of them). */
  readonly cells: readonly string[];
  /** Trimmed unit-name cell ('' when blank). */
  readonly unit: string;
  /** Trimmed street/town cell as written in this row ('' when blank or no such column). */
  readonly parent: string;
  /** Trimmed district cell as written in this row ('' when blank or no such column). */
  readonly district: string;
}

/**
 * The label a row is known by: its unit name, else street, else district; a row with none of them
 * takes its first cell that `subtotalKind` reads as a label (合计 written in the 序号 column, or
 * a merged 序号+名称 cell whose text stands in the first of them), else ''.
 */
export function rowLabel(row: RowLabels): string {
  const named = row.unit || row.parent || row.district;
  if (named !== '') return named;
  for (const c of row.cells) if (subtotalKind(c) !== null) return c.trim();
  return '';
}

/**
 * Kind of non-unit row, from the whole row: its label (rowLabel) by `subtotalKind`; a footer in any
 * cell of a row without a unit name; a unit cell that repeats its own street (that street's
 * subtotal) or district (a total). A total word beside a street name is that street's subtotal.
 */
export function rowKind(row: RowLabels): SubtotalKind | null {
  const label = rowLabel(row);
  const kind = subtotalKind(label);
  if (kind === 'total' && row.unit !== '' && row.parent !== '' && subtotalKind(row.parent) === null) return 'segment';
  if (kind !== null) return kind;
  // A date alone on its row (the day the sheet was filled) is a footer; beside values it is not.
  // (Every row with a new name comes here: no array made, and the cells counted only up to two.)
  let only = '';
  let written = 0;
  for (const c of row.cells) {
    if (c === '' || c.trim() === '') continue;
    if (++written > 1) break;
    only = c;
  }
  if (written === 1 && FOOTER_ALONE.test(compact(only))) return 'footer';
  if (row.unit === '') {
    for (const c of row.cells) if (FOOTER.test(compact(c))) return 'footer';
    return null;
  }
  const unit = compact(row.unit);
  if (row.parent !== '' && unit === compact(row.parent)) return 'segment';
  if (row.district !== '' && unit === compact(row.district)) return 'total';
  return null;
}

/** Chinese reason for a skipped row of this kind (the report lists it with its line). */
export function skippedReason(kind: SubtotalKind, label: string): string {
  switch (kind) {
    case 'total': case 'segment': return `小计/合计行：${label}`;
    case 'breakdown': return '分项（其中）';
    case 'average': return `平均值等统计行：${label}`;
    case 'comparison': return `对比行（同比/增减等）：${label}`;
    case 'footer': return '表尾说明行（填表人、审核人、日期、电话或注释）';
    default: return assertNever(kind);
  }
}

/** The sums of one (metric, period): over the whole table, and over the segment since the last subtotal. */
interface Sum {
  sum: number;
  exact: boolean;
  rows: number;
  firstLine: number;
  segSum: number;
  segExact: boolean;
  segRows: number;
  segFirstLine: number;
}

export interface SubtotalMismatch {
  readonly expected: number;
  readonly rows: number;
  readonly firstLine: number;
}

const EXACT = 0; // QUALIFIER_CODE.exact

/** Why a subtotal value was not compared with its rows (bits of SubtotalChecker.skipped), most telling first. */
export const SKIP_BLANK = 1;
export const SKIP_APPROXIMATE = 2;
export const SKIP_NOTHING_ABOVE = 4;
export const SKIP_RATE = 8;

export class SubtotalChecker {
  /** Subtotal values compared with the sum of their rows (a blank or rate total is not). */
  compared = 0;
  /** Why values were not compared since the caller last cleared it (SKIP_ bits). */
  skipped = 0;
  /** Sums by metric then period: plain arrays, since a long file adds to them on every row. */
  private readonly sums: (Sum | undefined)[][] = [];
  /** The observations of `store` added so far (see sync). */
  private synced: number;

  /**
   * With a `store`: the table's unit rows are the observations the store gets from now on (one
   * table at a time is read into it), and they are added here only when a subtotal is checked,
   * so a table without subtotal rows never sums anything.
   */
  constructor(private readonly store?: ObservationRecords) {
    this.synced = store?.size ?? 0;
  }

  /** Adds the observations the store got since the last time (in the order they came). */
  private sync(): void {
    const store = this.store;
    if (store === undefined) return;
    const { metric, period, value, qualifier, row, rowLine } = store;
    const end = store.size;
    for (let i = this.synced; i < end; i++) this.add(metric[i]!, period[i]!, value[i]!, qualifier[i]!, rowLine[row[i]!]!);
    this.synced = end;
  }

  /** Adds an ordinary unit row's value for (metric, period), both small non-negative codes. */
  add(metric: number, period: number, value: number, qualifier: number, line: number): void {
    const byPeriod = this.sums[metric] ?? (this.sums[metric] = []);
    let s = byPeriod[period];
    if (s === undefined) {
      s = { sum: 0, exact: true, rows: 0, firstLine: line, segSum: 0, segExact: true, segRows: 0, segFirstLine: line };
      byPeriod[period] = s;
    }
    if (s.segRows === 0) { s.segSum = 0; s.segExact = true; s.segFirstLine = line; }
    if (qualifier !== EXACT || Number.isNaN(value)) { s.exact = false; s.segExact = false; } else { s.sum += value; s.segSum += value; }
    s.rows++;
    s.segRows++;
  }

  /**
   * A non-unit row's value of `metric` (code `metricIndex`) in `period`: a total or a segment's
   * subtotal is checked against the rows it covers, a mismatch a warning in `sink` naming `label`
   * and the cell `at`. Rates are not sums (a 合计 row's 再就业率 is no sum of rates): skipped.
   */
  settle(
    kind: SubtotalKind, metricIndex: number, period: number, value: number, qualifier: number,
    metric: MetricDef, label: string, at: IssueAt & { line: number }, sink: IssueSink,
  ): void {
    if (kind !== 'total' && kind !== 'segment') return;
    if (metric.kind === 'ratio' || metric.unit === '%') { this.skipped |= SKIP_RATE; return; }
    const miss = this.check(kind, metricIndex, period, value, qualifier);
    if (!miss) return;
    sink.push(makeIssue('warning', 'subtotal-mismatch', at,
      `第${at.line}行“${label}”的${metric.zh}为${value}，但其覆盖的${miss.rows}行（自第${miss.firstLine}行起）之和为${miss.expected}，请核对`,
      `Line ${at.line}: "${label}" ${metric.en} is ${value} but the ${miss.rows} rows it covers sum to ${miss.expected}.`));
  }

  /**
   * Compares a subtotal value with the sum it covers; returns the mismatch or null. A segment
   * subtotal then starts a new segment for that key.
   */
  check(kind: 'total' | 'segment', metric: number, period: number, value: number, qualifier: number): SubtotalMismatch | null {
    this.sync();
    const s = this.sums[metric]?.[period];
    if (s === undefined) { this.skipped |= Number.isNaN(value) ? SKIP_BLANK : SKIP_NOTHING_ABOVE; return null; }
    const seg = kind === 'segment';
    const rows = seg ? s.segRows : s.rows;
    // A segment subtotal starts a new segment for that key.
    if (seg) s.segRows = 0;
    if (Number.isNaN(value)) { this.skipped |= SKIP_BLANK; return null; }
    if (rows === 0) { this.skipped |= SKIP_NOTHING_ABOVE; return null; }
    if (!(seg ? s.segExact : s.exact) || qualifier !== EXACT) { this.skipped |= SKIP_APPROXIMATE; return null; }
    this.compared++;
    const expected = Math.round((seg ? s.segSum : s.sum) * 1e6) / 1e6;
    if (Math.abs(expected - value) <= 1e-6 * Math.max(1, Math.abs(expected))) return null;
    return { expected, rows, firstLine: seg ? s.segFirstLine : s.firstLine };
  }
}
