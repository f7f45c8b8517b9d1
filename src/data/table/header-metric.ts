/**
 * The metric a header or a long file's 指标 cell names: a catalogue metric, with the scale its
 * unit or the table's gives, or a custom metric of that name; and a `其中` name under a metric,
 * that metric's part (再就业人数（其中：女）), for 其中 columns and 其中 rows alike.
 */
import { withoutFootnoteMark } from '../vocabulary/footnote-marks';
import { canonicalMetric, customMetric, namesRate, type MetricDef } from '../vocabulary/metric-catalog';
import { matchMetricHeader, measureUnitOf, tableUnits, tableUnitScale, type HeaderMatch } from '../vocabulary/metric-aliases';
import { withoutListNumber } from '../vocabulary/place-words';
import { measureOf, unitSpelled, WHOLE_COUNT_SPELLINGS } from '../vocabulary/measure-units';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { ImportIssue } from '../report/import-report';
import { BRACKET_REMARK, TOTAL_WORD } from '../vocabulary/remark-words';

/** `其中：女`, `其中:4050人员`: a part of the metric in the column (or row) before. */
const PART_OF = /^其中[:：\s]*(.+)$/;

/** What a `其中` name names after 其中 (`其中：女（人）` → `女（人）`), or null for a name that is no 其中. */
export function partWritten(name: string): string | null {
  const m = PART_OF.exec(name.trim());
  return m === null ? null : m[1]!.trim();
}

/** True when `name` is a `其中` name (`其中：女`): a part of the metric before it, or a metric it names (catalogueNamed). */
export function isPartName(name: string): boolean {
  return partWritten(name) !== null;
}

/** A `其中` name read once: what it names after 其中, that read as a header, and the part's name without a unit it writes. */
interface PartName {
  /** As written after 其中 (`女（人）`). */
  readonly written: string;
  readonly match: HeaderMatch;
  /** Its name without the unit it writes (`女`). */
  readonly name: string;
}

/** The one reader of a `其中` name; null for a name that is no 其中. */
function readPart(name: string): PartName | null {
  const written = partWritten(name);
  if (written === null) return null;
  const match = matchMetricHeader(written);
  return { written, match, name: match.unit !== undefined ? match.cleaned : written };
}

/**
 * `其中：女` right after 再就业人数 is a part of it: the metric 再就业人数（其中：女） in its unit.
 * A part naming its own unit (`其中：女（人）`) is the same part, in that unit. Null when the part
 * is a catalogue metric's own name (`其中：再就业人数`).
 */
function partOfMetric(part: PartName, before: MetricDef, unit: string): MetricDef | null {
  return catalogueNamed(part) !== null ? null : customMetric(partMetricName(before, part.name), part.match.unit ?? unit);
}

/** What a part's metric name writes between its whole's name and its own: `再就业人数（其中：女）`. */
const PART_OPEN = '（其中：';
/** A part's metric name (partMetricName), its whole's name the group. */
const PART_NAME = new RegExp(`^(.+)${PART_OPEN}.+）$`);

/** The name of the part `part` of `whole`: 再就业人数（其中：女）. */
function partMetricName(whole: MetricDef, part: string): string {
  return `${whole.zh}${PART_OPEN}${part}）`;
}

/** True for a part's metric (partMetricName: `再就业人数（其中：女）`). */
export function isPartMetric(def: MetricDef): boolean {
  return def.id.includes(PART_OPEN);
}

/** The whole's name in a part's metric name (partMetricName: `再就业人数（其中：女）` → 再就业人数), or null for a name of no part. */
export function wholeOfPartName(name: string): string | null {
  return PART_NAME.exec(name)?.[1] ?? null;
}

/**
 * The catalogue metric's name a `其中` names as its own (`其中：再就业人数` under 下岗失业人员: of
 * them, those re-employed), with its unit if written; that metric, no part of the one above. Null otherwise.
 */
function catalogueNamed(part: PartName): string | null {
  const id = part.match.metricId;
  return id !== null && canonicalMetric(id)?.zh === part.name ? part.written : null;
}

/** The unit a `其中` name writes in its bracket (`其中：慰问人次（人次）`), as [unit, scale]. */
function partOwnUnit(part: PartName): readonly [string, number] | undefined {
  return part.match.unit !== undefined ? [part.match.unit, part.match.scale ?? 1] : undefined;
}

/**
 * The name to read as a `其中` part of the column `wholeName` before it: `name` itself, or under a
 * two-row header (`再就业人数` over `合计 | 其中：女`, joined `再就业人数/其中：女`) its lower cell,
 * when the whole's column is of the same group (`再就业人数/合计`, or `再就业人数` merged over both).
 */
export function partHeader(name: string, wholeName: string): string {
  const at = name.lastIndexOf('/');
  if (at < 0) return name;
  const group = name.slice(0, at + 1);
  const same = wholeName === name.slice(0, at) || (wholeName.startsWith(group) && wholeName.indexOf('/', group.length) < 0);
  return same ? name.slice(at + 1) : name;
}

/**
 * A `其中` row (or column) under `whole`: its part, in the whole's unit and scale, unless the part
 * names its own unit (`其中：慰问人次（人次）`) or its row's 单位 cell does (`其中：慰问人次 | 人次`
 * under 慰问救助金额 in 万元): then in that unit and scale, never the whole's 万 on a count. A part
 * named as a rate or an average (`其中：女性占比`) is a rate of its own (customMetric says so from
 * its name), in no unit and scale of the whole's unless it writes one: 55 under 慰问救助金额（万元）
 * is 55, not 550,000. Null when the name is no `其中`.
 */
export function partRow(name: string, unitText: string, whole: { def: MetricDef; scale: number }): { def: MetricDef; scale: number } | null {
  const part = readPart(name);
  if (part === null) return null;
  const own = partOwnUnit(part) ?? measureUnitOf(unitText);
  const rate = own === undefined && namesRate(part.name);
  const def = partOfMetric(part, whole.def, own?.[0] ?? (rate ? '' : whole.def.unit));
  return def === null ? null : { def, scale: own?.[1] ?? (rate ? 1 : whole.scale) };
}

/** Whether a 其中 row's label names a rate or an average (`其中：女性占比`, `其中：女性比例（%）`): its values are no part of a count. */
export function partNamesRate(name: string): boolean {
  const part = readPart(name);
  return part !== null && namesRate(part.name, part.match.unit ?? '');
}

/**
 * A row naming only a sex (`女`, `男性`, indented) under a count in a one-community form: the
 * count's part, as `其中：女` is. Not for columns: 合计 | 男 | 女 are parts of a metric named elsewhere.
 */
export function sexRowPart(name: string, before: MetricDef): MetricDef | null {
  return isSexRow(name) ? customMetric(partMetricName(before, name.trim()), before.unit) : null;
}

/** A row naming only a sex (`女`, `男性`): a part of the count above it (sexRowPart). */
export function isSexRow(name: string): boolean {
  return /^[女男]性?$/.test(name.trim());
}

/** A metric read by metricFor. */
export interface MetricRead {
  readonly def: MetricDef;
  /** What each value is multiplied by (10,000 for an amount under 单位：万元). */
  readonly scale: number;
  /** The scale of a unit the text itself names (`慰问救助金额（万元）`: 10,000; `（人）`: 1). */
  readonly ownScale?: number;
  /** The table's unit as written (`万元`) a custom count was not scaled by (走访户数 under 单位：万元): said once (countNotScaledIssue). */
  readonly countKept?: string;
  /** The table's count unit as written (`人` of 单位：人) a custom count's name overrode with its own (走访户数: 户): said once per table (CountUnitsKept). */
  readonly unitKept?: string;
}

/**
 * Metric definition for a header or a long-file 指标 cell; unknown names become custom metrics.
 * `defaultUnit` is the table's note (`单位：人`) unless `fromNote` is false (a long row's 单位 cell,
 * the row's own word: a count's name does not override it).
 */
export function metricFor(text: string, defaultUnit = '', fromNote = true): MetricRead {
  // `再就业人数①` in a long file's 指标 cell is 再就业人数 (a header's mark is taken off in header-marks.ts, with an info).
  const t = withoutFootnoteMark(text)?.text ?? text.trim();
  if (t.startsWith('custom:')) return { def: customMetric(t.slice(7), defaultUnit), scale: 1 };
  const part = readPart(t);
  const named = part !== null ? catalogueNamed(part) : null;
  if (named !== null) return metricFor(named, defaultUnit, fromNote);
  const m = matchMetricHeader(t);
  const def = m.metricId !== null ? canonicalMetric(m.metricId) : undefined;
  // A custom name after a clerk's list number (`1.走访户数`, `（一）走访户数`) is the name without it.
  if (def === undefined) {
    const listed = withoutListNumber(t);
    if (listed !== t && listed !== '') return metricFor(listed, defaultUnit, fromNote);
  }
  const own = m.unit !== undefined ? { ownScale: m.scale ?? 1 } : {};
  if (def === undefined) {
    const name = m.cleaned || t;
    // A custom metric takes the table's unit when the table names one (`单位：万元`: 项目经费 in 元, scaled), not a list (`单位：万元、人`).
    const table = m.unit === undefined ? customTableUnit(name, defaultUnit, fromNote) : { unit: m.unit, scale: m.scale ?? 1 };
    return {
      def: customMetric(name, table.unit), scale: table.scale, ...own,
      ...(table.countKept !== undefined ? { countKept: table.countKept } : {}), ...(table.unitKept !== undefined ? { unitKept: table.unitKept } : {}),
    };
  }
  // A header without a unit takes the table's (单位：万元 above it): 慰问救助金额 is then in 万元, scaled to 元.
  return { def, scale: m.scale ?? (m.unit === undefined ? tableUnitScale(def.unit, defaultUnit) : 1), ...own };
}

/**
 * A custom name counting something (`走访户数`, `发放资料份数`, `车辆数`, `入户走访人次`, `培训班次`): no
 * amount, whatever unit a table of amounts names. A count unit (WHOLE_COUNT_SPELLINGS) before 数, or
 * one of two characters ending the name (a single one may end an amount's name: 成本, 文件); 项目数 too.
 * The count word is captured (leftmost match: the longest word, 人次 before 次).
 */
const COUNT_NAME = new RegExp(`(?:(${[...WHOLE_COUNT_SPELLINGS, '项目'].join('|')})数|(${WHOLE_COUNT_SPELLINGS.filter((w) => w.length > 1).join('|')}))$`);

/**
 * Count words that end a noun more often than they count in a name (岗位数, 床位数, 车位数: posts,
 * beds and places, no people; 市场数, 广场数: markets, no sessions): such a count names no unit.
 */
const NOUN_ENDINGS = new Set(['位', '场']);

/**
 * What a clerk writes after a name without changing what it counts: a remark in brackets
 * (`走访户数（含电话）`, `帮扶户数【含低保户】`; BRACKET_REMARK, its inside group 1) or a total or
 * year-to-date word (`走访户数合计`, `再就业人数累计`).
 */
const TRAILING_REMARK = new RegExp(`(?:${BRACKET_REMARK}|${TOTAL_WORD}|累计)$`);

/** A bracket naming money (`（含经费，万元）`, `（金额）`): the name is an amount's, whatever it counts. */
const NAMES_MONEY = /元|金额/;

/** A count word's canonical unit (户, 人 for 名, 人次), '' for one naming no unit (项目, NOUN_ENDINGS). */
function countWordUnit(word: string): string {
  return NOUN_ENDINGS.has(word) ? '' : unitSpelled(word)?.[0] ?? '';
}

/**
 * The unit custom name `name` counts in when it counts something (COUNT_NAME) once the remarks after
 * it are taken off (TRAILING_REMARK, as often as written), or a bracket among them is a count's unit
 * (`走访（户）合计`): 户 for 走访户数（含电话）, 人 for 帮扶对象人数, 人次 for 培训人次; '' for a count
 * whose name gives no unit (帮扶项目数, 新增就业岗位数). Null for no count, as soon as a bracket names money.
 */
export function countUnitOf(name: string): string | null {
  let core = name.replace(/\s+/g, '');
  for (;;) {
    const count = COUNT_NAME.exec(core);
    if (count !== null) return countWordUnit(count[1] ?? count[2]!);
    const m = TRAILING_REMARK.exec(core);
    if (m === null || m.index === 0) return null;
    const inside = (m[1] ?? '').replace(/^(?:计量)?单位[:：]?/, '');
    if (NAMES_MONEY.test(inside)) return null;
    if (WHOLE_COUNT_SPELLINGS.includes(inside)) return countWordUnit(inside);
    core = core.slice(0, m.index);
  }
}

/**
 * The unit and scale a custom metric `name` takes from its table's unit row: none for a list
 * (`万元、人`); the unit a header's bracket would name, scaled (`万元`: 元, 10,000, as a catalogue
 * amount is; `千米`: 公里); when the row names money and the name counts something (走访户数,
 * 走访户数（含电话）, 走访户数合计 in a table of amounts: countUnitOf), the unit it counts in, unscaled,
 * never the money's; when a note (`fromNote`) names a unit of scale 1 and the name counts in
 * another (单位：人 over 走访户数, 培训人次), the name's, with `unitKept`; an unknown unit as written.
 */
function customTableUnit(name: string, tableUnit: string, fromNote: boolean): { unit: string; scale: number; countKept?: string; unitKept?: string } {
  const listed = tableUnits(tableUnit);
  if (listed.length > 1) return { unit: '', scale: 1 };
  if (listed.length === 0) return { unit: tableUnit, scale: 1 };
  const { written, base, scale } = listed[0]!;
  const counts = base === '元' || fromNote ? countUnitOf(name) : null;
  if (counts !== null && base === '元') return { unit: counts, scale: 1, ...(scale !== 1 ? { countKept: written } : {}) };
  // 单位：万人 over 走访户数: households, no 万人; over 帮扶对象人数 (人) or 帮扶项目数 (no unit named), 万人.
  if (counts !== null && counts !== '' && counts !== base) return { unit: counts, scale: 1, ...(scale !== 1 ? { countKept: written } : { unitKept: written }) };
  return { unit: base, scale };
}

/**
 * Info: the item `item` (as written) counts things in `unit` (its metric's), so the table's
 * `tableUnit` (`万元`, `万人`: metricFor's countKept) was not applied to it; at its header's line or its first row's.
 */
export function countNotScaledIssue(at: IssueAt, item: string, tableUnit: string, unit: string): ImportIssue {
  const line = at.line ?? 0;
  const base = tableUnits(tableUnit)[0]?.base ?? '';
  if (base !== '元') {
    return makeIssue('info', 'count-not-scaled', at,
      `第${line}行“${item}”的名称写明按“${unit}”计数，不是${base}数：未按“单位：${tableUnit}”换算，按填写的数值（${unit}）记录。如确是${tableUnit}数，请在名称后写明单位（如“（${tableUnit}）”）后重新导入`,
      `Line ${line}: "${item}" counts ${unit}, not ${base}: not scaled by the table's unit ${tableUnit}, kept as written. If it is in ${tableUnit}, write the unit after the name.`);
  }
  return makeIssue('info', 'count-not-scaled', at,
    `第${line}行“${item}”是人数、户数等计数，不是金额：未按“单位：${tableUnit}”换算，按填写的数值记录。如确是金额，请在名称后写明单位（如“（${tableUnit}）”）后重新导入`,
    `Line ${line}: "${item}" counts things, not money: not scaled by the table's unit ${tableUnit}, kept as written. If it is an amount, write its unit after the name.`);
}

/**
 * Info: the table's note `单位：${tableUnit}` was not applied to `items` (as written, each with the
 * unit its name counts in, kept: metricFor's unitKept); at the first such item's header or row.
 */
export function countUnitsKeptIssue(at: IssueAt, tableUnit: string, items: ReadonlyMap<string, string>): ImportIssue {
  const zh = [...items].map(([item, unit]) => `“${item}”（${unit}）`).join('、');
  const en = [...items].map(([item, unit]) => `"${item}" (${unit})`).join(', ');
  return makeIssue('info', 'count-unit-kept', at,
    `单位行写“单位：${tableUnit}”，但${zh}的名称写明了自己的计数单位，已按名称中的单位记录，未用“${tableUnit}”；“单位：${tableUnit}”只用于名称没有写明单位的指标。如确是${tableUnit}数，请在名称后写明单位（如“（${tableUnit}）”）后重新导入`,
    `The table's unit note says ${tableUnit}, but ${en} name their own count units and are recorded in them; the note applies to metrics that name none. If one is in ${tableUnit}, write the unit after its name.`);
}

/** The items of one table whose own count unit was kept over its note (unitKept), said once at the table's end (countUnitsKeptIssue). */
export class CountUnitsKept {
  private readonly items = new Map<string, string>();
  private at: IssueAt | null = null;
  private note = '';

  /** Item `item` (as written) kept `unit` over the note's `note` (unitKept), at `at`. */
  add(at: IssueAt, item: string, unit: string, note: string): void {
    if (this.at === null) { this.at = at; this.note = note; }
    if (!this.items.has(item)) this.items.set(item, unit);
  }

  /** The one info for the table, when any item kept its unit. */
  report(sink: { push(issue: ImportIssue): void }): void {
    if (this.at !== null) sink.push(countUnitsKeptIssue(this.at, this.note, this.items));
  }
}

const WRITTEN_UNIT = /(?:[(（[【]([^)）\]】]*)[)）\]】]|[/／]([^/／]+))$/;

/**
 * The unit a header names for a catalogue metric when it is of another measure than the metric's
 * (measureOf: 常住人口（户）, 小额担保贷款（万元）: money on a count of loans), as written; null otherwise.
 */
export function headerUnitClash(text: string, def: MetricDef): string | null {
  if (def.family === 'custom' || def.unit === '') return null;
  const base = matchMetricHeader(text.trim()).unit;
  if (base === undefined || measureOf(base) === measureOf(def.unit)) return null;
  const m = WRITTEN_UNIT.exec(text.trim());
  return (m?.[1] ?? m?.[2] ?? base).trim();
}
