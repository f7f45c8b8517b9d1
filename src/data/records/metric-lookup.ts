/**
 * The metric (and the scale) of a long file's 指标 cell with its 单位 cell (`万元` scales the value
 * to 元). Each distinct pair is read once with metricFor; long files then repeat a few metrics on
 * every row, so the pair of the row before is checked first, then the pairs of the same length and
 * first character (a number key: no hashing of the fresh cell string).
 */
import { partRepeatsWhole } from '../table/part-repeats-whole';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { ImportIssue } from '../report/import-report';
import type { MetricDef } from '../vocabulary/metric-catalog';
import { headerUnitClash, isPartName, metricFor, partRow } from '../table/header-metric';
import { splitHeader } from '../table/split-header';
import { isPerUnit, matchMetricHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { unitCellText } from '../table/unit-row';
import { countsWhole } from '../vocabulary/measure-units';
import { LIST_NUMBER } from '../vocabulary/place-words';
import type { Column, ColumnFormats } from './column-formats';
import type { ObservationRecords } from './observation-records';

/** A 单位 cell that is a magnitude alone (`万`): the units with one (`万元`, `（万人）`) are measureUnitOf's. */
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3, 亿: 1e8 };
/** Pairs remembered per length and first character before falling back to the full map. */
const PER_SHAPE = 8;

/**
 * Why a unit was not used: the 单位 cell's, as the 指标 cell names another (`name`), or as it is no
 * unit of the metric (`metric`); the 指标 cell's own (`own`: 小额担保贷款（万元）, money on a count).
 */
export type UnitClash = 'name' | 'metric' | 'own';

/**
 * The metric a 指标 cell names with its 单位 cell (`慰问救助金额` with `万元`: 元, scale 10,000),
 * for a long file's rows and a vertical form's alike. A 指标 cell that names its unit too
 * (`慰问救助金额（万元）`) is scaled once; when the 单位 cell names another scale (`元`), the 指标
 * cell's unit is used and `unitClash` is `name` for the caller to warn; a 单位 cell in another
 * measure than the metric's (`万元` on 再就业人数, `人` on 户数) is not used, and `unitClash` is `metric`;
 * a custom count not scaled by the table's unit (metricFor) has `countKept`; one keeping its own count unit over the note's, `unitKept`.
 */
export function metricWithUnit(metricText: string, unitText: string, defaultUnit: string | undefined): { def: MetricDef; scale: number; unitClash?: UnitClash; countKept?: string; unitKept?: string } {
  // A 万元 cell scales the value to 元, so a custom metric's unit is the base unit (none for a bare 万);
  // a unit spelled otherwise (千米, （趟）) is the unit as a header's bracket names it (公里, 趟).
  const known = measureUnitOf(unitText);
  // 慰问金 with 元/人 in its 单位 cell is the metric 慰问金（元/人）, as a header writing it so is: no amount paid.
  if (known !== undefined && isPerUnit(known[0]) && matchMetricHeader(metricText).unit === undefined) {
    return metricWithUnit(`${metricText}（${unitCellText(unitText)}）`, '', defaultUnit);
  }
  const magnitude = MAGNITUDE[unitText];
  const [baseUnit, unitScale] = known !== undefined ? known : magnitude !== undefined ? ['', magnitude] : [unitText, 1];
  // (The table's note when the row names no unit: a count's own unit is kept over it, unitKept.)
  const found = metricFor(metricText, baseUnit || defaultUnit, baseUnit === '');
  // 小额担保贷款（万元）: the 指标 cell's unit is of another measure than the metric's; not scaled by it.
  if (found.ownScale !== undefined && headerUnitClash(metricText, found.def) !== null) return { def: found.def, scale: 1, unitClash: 'own' };
  const cellScale = known?.[1] ?? magnitude;
  if (found.ownScale === undefined || cellScale === undefined) {
    // 万元 on a row of 再就业人数 (copied down from the money row above): not the metric's measure, not scaled.
    if (known !== undefined && known[1] !== 1 && !sameMeasure(found.def, known[0])) return { def: found.def, scale: found.scale, unitClash: 'metric' };
    // 人 on a row of 户数: households or persons, the row does not say; kept in the metric's unit, and warned (个 names any count).
    const otherCount = known !== undefined && known[1] === 1 && known[0] !== '个' && !sameMeasure(found.def, known[0]);
    return {
      def: found.def, scale: found.scale * unitScale, ...(otherCount ? { unitClash: 'metric' as const } : {}),
      ...(found.countKept !== undefined ? { countKept: found.countKept } : {}), ...(found.unitKept !== undefined ? { unitKept: found.unitKept } : {}),
    };
  }
  // 走访户数（户） with 次 in the 单位 cell: another unit at the same scale disagrees as much as 万元 against 元.
  const sameUnit = known === undefined || known[0] === matchMetricHeader(metricText).unit;
  return cellScale === found.ownScale && sameUnit ? { def: found.def, scale: found.scale } : { def: found.def, scale: found.scale, unitClash: 'name' };
}

/**
 * Headcounts and visits (人 and 人次) are one measure for a 万 in a 单位 cell: narrower than
 * measureOf's counts, as a 万 copied down onto a count of other things (开发就业岗位, 个) is not trusted.
 */
const PEOPLE = new Set(['人', '人次']);

/**
 * True when a value in `base` (元 of 万元) may be a value of `def`: a custom metric of no count, the
 * same unit, or 人 and 人次. A custom count (走访户数: 户) is asked as a catalogue one is: 万元 is no unit of it.
 */
function sameMeasure(def: MetricDef, base: string): boolean {
  return (def.family === 'custom' && !countsWhole(def.unit)) || def.unit === '' || def.unit === base || (PEOPLE.has(def.unit) && PEOPLE.has(base));
}

/**
 * The warning for a 单位 cell not used (metricWithUnit): the 指标 cell names another unit
 * (`慰问救助金额（万元）` with `元`: its own used), or the unit is no unit of the metric (`万元` on
 * 再就业人数: not scaled). Said once, at the first such row.
 */
export function unitClashIssue(why: UnitClash, at: IssueAt, metricText: string, unitText: string, def: MetricDef): ImportIssue {
  const line = at.line ?? 0;
  if (why === 'own') {
    const written = headerUnitClash(metricText, def) ?? '';
    return makeIssue('warning', 'metric-unit-not-metric', at,
      `第${line}行起：指标“${metricText}”写的单位“${written}”不是“${def.zh}”的单位（${def.unit}），数值未按“${written}”换算、按${def.unit}记录（此后同样写法的行同样处理）。请核对指标名称中的单位是否写错，改正后重新导入`,
      `From line ${line}: the metric "${metricText}" names "${written}", no unit of ${def.en} (counted in ${def.unit}); not scaled. Please check the metric's name.`);
  }
  return why === 'name'
    ? makeIssue('warning', 'unit-column-disagree', at,
      `第${line}行起：指标“${metricText}”写明了单位，单位列却写“${unitText}”，两者不一致；已按指标名称中的单位换算（此后同样写法的行同样处理）。请核对是哪一个写错了，改正后重新导入`,
      `From line ${line}: the metric "${metricText}" names its unit but the unit column says "${unitText}"; read in the metric's unit. Please check which one is wrong.`)
    : makeIssue('warning', 'unit-column-not-metric', at,
      `第${line}行起：单位列写“${unitText}”，但“${metricText}”的单位是${def.unit}，“${unitText}”不是它的单位，数值未按“${unitText}”换算、按${def.unit}记录（此后同样写法的行同样处理）。请核对单位列是否填错（如从上一行复制而来），改正后重新导入`,
      `From line ${line}: the unit column says "${unitText}", which is no unit of "${metricText}" (counted in ${def.unit}); not scaled. Please check the unit column.`);
}

/**
 * A metric cell read: its definition, the value's scale, its code in the store, its format column;
 * `part` when the cell is `其中：女`, a part of the metric of the row before (partOf).
 */
export interface MetricHit {
  readonly def: MetricDef; readonly scale: number; readonly index: number; readonly format: Column; readonly part: boolean;
  /** The 指标 cell's text it was read from (a ditto mark's: the text above), as an info names it. */
  readonly text: string;
  /** The 单位 cell was not used (metricWithUnit): warn once. */
  readonly unitClash?: UnitClash;
  /** The table's unit (`万元`) this custom count was not scaled by (metricFor): said once. */
  readonly countKept?: string;
  /** The table's note (`人`) this custom count's own unit (户) was kept over (metricFor): said once per table. */
  readonly unitKept?: string;
  /** The cell is 合计 (总计, 小计): the sum of the unit's metrics, no metric (index -1, nothing in the store). */
  readonly total?: true;
  /** The cell names the metric's year to date (`再就业人数（累计）`, `本年累计再就业人数`): its value is for the year through the row's period. */
  readonly toDate?: true;
  /**
   * The cell names the month (`本月再就业人数`, `再就业人数（本月）`, `当月…`; not 本期): in a row of a
   * quarter, a half or a year to date, that span's last month (SpanMonths), as a 本月 column is.
   */
  readonly month?: true;
  /** The cell compares with another period (`上年同期再就业人数`, `再就业人数同比`): no value of the row's period (index -1). */
  readonly comparison?: true;
  /**
   * The period the cell names without its year, as a period key after its year (`C03` for
   * `1-3月累计再就业人数`, `Q1` for `1-3月再就业人数`): the value is for that period in the row's year.
   */
  readonly namedPeriod?: string;
  /** A `其中` naming the very metric of the row above (`其中：再就业人数` under 再就业人数): which part is not said (partOf). */
  readonly repeatsWhole?: true;
}

/**
 * The period words of a 指标 cell, read as a header's are (splitHeader): `再就业人数（本月）` is
 * 再就业人数 in the month (the row's, or the last month of a quarter's, a half's or a year to date's
 * row: month), `再就业人数（累计）` its year to date, `1-3月累计再就业人数` the months it names
 * (namedPeriod), `上年同期再就业人数` a comparison.
 */
export function periodWordsOf(text: string): PeriodWords {
  const words = periodWordsRead(text);
  if (words.name !== text || words.month === true || words.comparison === true) return words;
  // `（一）1-3月累计再就业人数`, `2、1至6月再就业人数`, `1.上年同期再就业人数`: a list number before months or a comparison, which withoutListNumber
  // keeps (a name may go on with a number: 1.5万元以上项目数), so the months were not read; never a decimal's.
  const listed = LIST_NUMBER.exec(text);
  if (listed === null || (/\d[.．]$/.test(listed[0]) && /^\d/.test(text.slice(listed[0].length)))) return words;
  const rest = text.slice(listed[0].length);
  const again = periodWordsRead(rest);
  return again.name !== rest || again.month === true || again.comparison === true ? again : words;
}

/** The period words of a 指标 cell (periodWordsOf): the metric's name and what they say. */
export interface PeriodWords { readonly name: string; readonly toDate?: true; readonly month?: true; readonly comparison?: true; readonly namedPeriod?: string }

/** periodWordsOf for a text read as written. */
function periodWordsRead(text: string): PeriodWords {
  const h = splitHeader(text, undefined);
  if (h.comparison === true) return { name: text, comparison: true };
  // `1-3月累计再就业人数`: months without their year (read in any year, the row's is put in later).
  if (h.year === 'missing') {
    const dated = splitHeader(text, ANY_YEAR).period;
    if (dated !== undefined) return { name: h.metricName, namedPeriod: dated.slice(String(ANY_YEAR).length + 1) };
  }
  // `本月再就业人数`, `再就业人数（本月）`: the month (not 本期), in a quarter's row its last month.
  const month = h.month === true ? { month: true as const } : {};
  if (h.relative === undefined) return { name: text, ...month };
  return { name: h.metricName, ...(h.relative === 'cumulative' ? { toDate: true } : month) };
}

/** A year to read a period named without one in (its months and kind are what is kept). */
const ANY_YEAR = 2000;

/** A metric and unit cell pair read, and the pair that came after it last time. */
interface Pair { readonly text: string; readonly unit: string; readonly hit: MetricHit; next: Pair | undefined }

/** A 指标 cell that totals the unit's metrics (`合计`, `总计`, `小计`, `合 计：`): no metric. */
const TOTAL_METRIC = /^(?:合\s*计|总\s*计|小\s*计|总合计|汇总)[:：]?$/;

export class MetricLookup {
  private readonly byText = new Map<string, Map<string, MetricHit>>();
  private readonly byShape = new Map<number, Pair[]>();
  /** The pair of the last lookup that went past the row before's (see of()). */
  private pEntry: Pair | undefined;
  private pText = '\u0000';
  private pUnit = '';
  private pHit: MetricHit | undefined;
  /** Parts read (partOf), by the whole's code and the part's text. */
  private readonly parts = new Map<string, MetricHit>();
  /** `其中` rows' metrics read as themselves (itself), by their deferred hit. */
  private readonly selves = new Map<MetricHit, MetricHit>();

  constructor(
    private readonly store: ObservationRecords, private readonly formats: ColumnFormats,
    private readonly valueColumn: number, private readonly defaultUnit: string | undefined,
  ) {}

  /** The metric of 指标 cell `metricText` with 单位 cell `unitText` (both trimmed, metric not empty). */
  of(metricText: string, unitText: string): MetricHit {
    if (metricText === this.pText && unitText === this.pUnit) return this.pHit!;
    // Long files list a unit's metrics in the same order every period: the pair that followed the
    // row before's pair last time is checked next.
    const guess = this.pEntry?.next;
    if (guess !== undefined && guess.text === metricText && guess.unit === unitText) {
      this.pEntry = guess;
      return this.remember(metricText, unitText, guess.hit);
    }
    const shortKey = metricText.length * 65536 + (metricText.charCodeAt(0) | 0);
    const seen = this.byShape.get(shortKey);
    if (seen !== undefined) {
      for (const c of seen) if (c.text === metricText && c.unit === unitText) return this.follow(c, metricText, unitText);
    }
    let byUnit = this.byText.get(metricText);
    if (!byUnit) this.byText.set(metricText, (byUnit = new Map()));
    let m = byUnit.get(unitText);
    if (!m) {
      const words = periodWordsOf(metricText);
      const found = metricWithUnit(words.name, unitText, this.defaultUnit);
      // (Read once per distinct text: 合计人数 is a metric, 合计 alone is none.)
      const total = found.def.family === 'custom' && TOTAL_METRIC.test(metricText);
      const part = isPartName(metricText);
      const comparison = words.comparison === true;
      // A 其中 row is most often a part of the metric above it (partOf): the store gets `其中：女` as
      // a metric of its own only when a row reads it so (itself), else the dataset would list it with no value.
      const index = total || part || comparison ? -1 : this.store.metricOf(found.def);
      m = {
        def: found.def, scale: found.scale, index, format: this.formats.column(part || comparison ? `p${metricText}` : `m${index}`, metricText, this.valueColumn + 1, found.def.unit, found.scale),
        part, text: metricText, ...(found.unitClash !== undefined && !comparison ? { unitClash: found.unitClash } : {}), ...(total ? { total } : {}),
        ...(found.countKept !== undefined && !comparison && !part ? { countKept: found.countKept } : {}),
        ...(found.unitKept !== undefined && !comparison && !part ? { unitKept: found.unitKept } : {}),
        ...(words.toDate === true ? { toDate: true } : {}), ...(words.month === true ? { month: true } : {}), ...(comparison ? { comparison } : {}),
        ...(words.namedPeriod !== undefined ? { namedPeriod: words.namedPeriod } : {}),
      };
      byUnit.set(unitText, m);
    }
    const entry: Pair = { text: metricText, unit: unitText, hit: m, next: undefined };
    if (seen === undefined) this.byShape.set(shortKey, [entry]);
    else if (seen.length < PER_SHAPE) seen.push(entry);
    return this.follow(entry, metricText, unitText);
  }

  /**
   * `其中：女` (`part`) under a row of 再就业人数 (`whole`): the part 再就业人数（其中：女）, in the
   * whole's scale, as a vertical form or a 其中 column reads it; `part` itself when it names a metric;
   * `part` marked repeatsWhole when it names the whole's own metric (`其中：再就业人数` under 再就业人数).
   */
  partOf(part: MetricHit, text: string, whole: MetricHit, unitText = ''): MetricHit {
    const key = `${whole.index}\u0001${whole.toDate === true ? 'C' : whole.month === true ? 'M' : ''}\u0001${text}\u0001${unitText}`;
    let hit = this.parts.get(key);
    if (hit === undefined) {
      const read = partRepeatsWhole(text, whole.def) ? undefined : partRow(text, unitText, whole);
      if (read === undefined) hit = { ...part, repeatsWhole: true };
      else if (read === null) hit = this.itself(part, text);
      else {
        const index = this.store.metricOf(read.def);
        hit = {
          def: read.def, scale: read.scale, index, format: this.formats.column(`m${index}`, read.def.zh, this.valueColumn + 1, read.def.unit), part: true, text,
          // In its whole's period: the year to date, or the month (本月再就业人数 in a quarter's row: June).
          ...(whole.toDate === true ? { toDate: true } : {}), ...(whole.month === true ? { month: true } : {}),
        };
      }
      this.parts.set(key, hit);
    }
    return hit;
  }

  /** A `其中` row's metric read as itself (no metric of its unit above it: `其中:女`), in the store from its first such row. */
  itself(hit: MetricHit, text: string): MetricHit {
    if (!hit.part || hit.index >= 0 || hit.total === true) return hit;
    let own = this.selves.get(hit);
    if (own === undefined) {
      const index = this.store.metricOf(hit.def);
      own = { ...hit, index, format: this.formats.column(`m${index}`, text, this.valueColumn + 1, hit.def.unit) };
      this.selves.set(hit, own);
    }
    return own;
  }

  /** `c` (read from the row's `text` and `unit`) comes after the pair before: the guess for next time. */
  private follow(c: Pair, text: string, unit: string): MetricHit {
    if (this.pEntry !== undefined) this.pEntry.next = c;
    this.pEntry = c;
    return this.remember(text, unit, c.hit);
  }

  private remember(text: string, unit: string, hit: MetricHit): MetricHit {
    this.pText = text;
    this.pUnit = unit;
    this.pHit = hit;
    return hit;
  }
}
