/**
 * Column-wide consistency of how values are written, checked after every row is read:
 * - a rate column (a % metric, or one named like a rate) mixing `12.5%`, bare fractions `0.125` and
 *   bare numbers `12.5` (catalogue #29):
 *   we never guess which is meant, values stay as written, and a warning lists the rows;
 * - a column whose cells carry different units (`3500人` and `1200户`, catalogue #36): nothing is
 *   converted, a warning lists the rows of each unit;
 * - a rate column whose every value is a bare fraction (`0.125`, no `%`): probably 12.5% written as a
 *   fraction; kept as written (0.125%) with a warning, never scaled by guess (issue 15, class 2);
 * - a count column (people, households, money…) holding negative numbers, or a whole-number count
 *   (people, households, events) holding fractions: such values cannot be counts, so a warning lists
 *   the rows (issue 15, class 3); in an amount column (元), whose other amounts are whole thousands,
 *   an amount with three decimals (`1.568`: 元 has two, 角 and 分) is 1,568 written with a dot, warned
 *   of by the same rule, kept as written;
 * - an amount column (元) where a few cells are about 1万 times (or a ten-thousandth of) the column's
 *   typical amount: 17000 typed in 元 among 1.5, 1.6 … under 慰问救助金额（万元）, read as 1.7亿元. Kept
 *   as written, a warning names the cells;
 * - cells written in a unit that is not the metric's (`12户` or `12.5%` under 下岗失业人员, counted in
 *   人): the number is kept and a warning names the unit and the rows. Units that are part of the
 *   metric's (`人` or `次` under 人次) and `个` are the metric's own.
 */
import { AmountScale } from './amount-scale';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import type { ParsedValue } from '../cells/parse-value';
import { countsWhole, neverNegative } from '../vocabulary/measure-units';
import { AVERAGE_NAME, RATE_WORD } from '../vocabulary/metric-catalog';
import { countUnitOf } from '../table/header-metric';

/** The value parser's note on the cell that its dot may group thousands (`1.568`). */
const saysDotThousands = (v: ParsedValue): boolean => v.notes.some((n) => n.code === 'dot-thousands-ambiguous');

/** Lines kept per form or unit (enough for the message; the count is exact). */
const LINES_KEPT = 30;

interface LineList { count: number; lines: number[] }

type Form = 'pct' | 'frac' | 'num';

/** One tracked column (opaque to callers). */
export interface Column {
  readonly name: string;
  readonly column: number;
  /** The metric's unit (`人`, `%`; '' when not known). */
  readonly metricUnit: string;
  /** The metric's own unit is `%` (a bare number is then a percent or a fraction). */
  readonly percentMetric: boolean;
  /** Rate forms: `pct` (has %), `frac` (bare, 0 < |v| ≤ 1), `num` (bare, |v| > 1); count 0 when none was seen. */
  readonly forms: Readonly<Record<Form, LineList>>;
  /** Units written in cells (other than %); a part of the metric's unit is counted as the metric's unit. */
  readonly units: Map<string, LineList>;
  /** Named like a rate (`就业率`, `占比`) though its unit is not `%`. */
  readonly rateName: boolean;
  /** The metric counts things (人, 户, 元 …): a negative value cannot be right. */
  readonly countMetric: boolean;
  /** Lines of negative values in a count column. */
  readonly negative: LineList;
  /** The metric counts whole things (人, 户, 场次 …): a fraction cannot be right. */
  readonly wholeMetric: boolean;
  /**
   * Lines of fractional values in a whole-number count column; in an amount column (元), of amounts
   * with three decimals (`1.568`), whose first is `firstFraction`.
   */
  readonly fractional: LineList;
  /** The amount column's first amount with three decimals (NaN before one is seen). */
  firstFraction: number;
  /** The amount column has a fraction other than three decimals (`2345.5`): it holds 角 and 分, and 1.568 may be meant. */
  otherFraction: boolean;
  /** A share of a whole (再就业率, 占比), which cannot pass 100%. */
  readonly share: boolean;
  /** Lines of a share column over 100%. */
  readonly overWhole: LineList;
  /** The amounts of a money column (元), or the counts of a column in 万人 (万户 …), with their lines; null for other columns. */
  readonly amounts: AmountScale | null;
  /** The 万 unit a count column is written in (`万人`), whose counts `amounts` holds; '' for a money column and others. */
  readonly wanUnit: string;
}


const shortNumber = (n: number): string => String(Number(n.toPrecision(6)));

function push(map: Map<string, LineList>, key: string, line: number): void {
  let l = map.get(key);
  if (!l) map.set(key, (l = { count: 0, lines: [] }));
  pushList(l, line);
}

function pushList(l: LineList, line: number): void {
  l.count++;
  if (l.lines.length < LINES_KEPT && l.lines[l.lines.length - 1] !== line) l.lines.push(line);
}

/** The list, when anything was counted in it. */
function seen(l: LineList): LineList | undefined {
  return l.count > 0 ? l : undefined;
}

/** A cell's unit that means the metric's own: the same, a part of it (人 or 次 of 人次), or the generic 个. */
function sameUnit(cell: string, metric: string): boolean {
  return cell === metric || cell === '个' || (metric.length > cell.length && metric.includes(cell));
}

/**
 * Notes a fractional value of column `c`: a whole-number count's (fractional-count), or an amount's
 * in 元 with three decimals (`1.568`, beyond 分: a thousands dot) or with fewer (角 and 分).
 */
function addFraction(c: Column, line: number, value: number): void {
  if (c.wholeMetric) { pushList(c.fractional, line); return; }
  if (c.metricUnit !== '元') return;
  const milli = value * 1000;
  if (Math.abs(milli - Math.round(milli)) < 1e-6 && Math.round(milli) % 10 !== 0) {
    if (c.fractional.count === 0) c.firstFraction = value;
    pushList(c.fractional, line);
  } else {
    c.otherFraction = true;
  }
}

const FORM_ZH = { pct: '带%', frac: '为不带%的小数（≤1）', num: '为不带%的数（>1）' } as const;

export class ColumnFormats {
  private readonly columns = new Map<string, Column>();

  /**
   * The tracker of one column: `key` identifies it (wide: raw column index; long: metric), `column`
   * is the 1-based column for the issue, `metricUnit` the metric's unit (`%` for rates), `scale`
   * what the column's written unit multiplies by (10000 for 万人).
   */
  column(key: string, name: string, column: number, metricUnit: string, scale = 1): Column {
    let c = this.columns.get(key);
    if (!c) {
      // A custom name counting people or households without a unit (帮扶困难群众人数, 走访户数): checked as a count of them.
      const counted = metricUnit !== '' || AVERAGE_NAME.test(name) ? metricUnit : countUnitOf(name) ?? '';
      c = {
        name, column, metricUnit, percentMetric: metricUnit === '%', forms: { pct: { count: 0, lines: [] }, frac: { count: 0, lines: [] }, num: { count: 0, lines: [] } }, units: new Map(),
        rateName: RATE_WORD.test(name) && !/增长率|增减率|变化率|增速/.test(name),
        countMetric: neverNegative(counted, name),
        negative: { count: 0, lines: [] },
        wholeMetric: countsWhole(counted) && !RATE_WORD.test(name),
        fractional: { count: 0, lines: [] },
        firstFraction: NaN,
        otherFraction: false,
        share: RATE_WORD.test(name) && !/增|减|变化|同比|环比|完成|超/.test(name),
        overWhole: { count: 0, lines: [] },
        // 1600 (人) typed among 0.15, 0.17 under 常住人口（万人） is the money column's 元-for-万元 slip.
        amounts: metricUnit === '元' || (scale === 10000 && metricUnit !== '') ? new AmountScale() : null,
        wanUnit: metricUnit !== '元' && scale === 10000 && metricUnit !== '' ? `万${metricUnit}` : '',
      };
      this.columns.set(key, c);
    }
    return c;
  }

  /**
   * Whether the column says cell `v`'s fraction itself (fractional-count). A cell the value parser already said may group
   * thousands is said once: `1.568元` by that note; `1.568人` too, its note saying a count of 人 is whole; a bare 1.568
   * under a count by the column, which says both (a count's fraction, the dot perhaps a thousands separator).
   */
  saysFraction(c: Column, v: ParsedValue): boolean {
    return !Number.isNaN(v.value) && !Number.isInteger(v.value) && v.unit !== '%'
      && !(saysDotThousands(v) && (!c.wholeMetric || (v.unit !== undefined && countsWhole(v.unit))));
  }

  /** `v` with the notes to say at its cell: without the value parser's thousands-dot note when the column says it (saysFraction). */
  cellNotes(c: Column | null, v: Readonly<ParsedValue>): Readonly<ParsedValue> {
    return c === null || !saysDotThousands(v) || !this.saysFraction(c, v) ? v : { ...v, notes: v.notes.filter((n) => n.code !== 'dot-thousands-ambiguous') };
  }

  /** Records one parsed cell of column `c` (from `column()`). */
  add(c: Column, line: number, v: ParsedValue): void {
    if (Number.isNaN(v.value)) return;
    if (v.value < 0 && c.countMetric) pushList(c.negative, line);
    if (this.saysFraction(c, v)) addFraction(c, line, v.value);
    if (c.share && v.value > 100 && (v.unit === '%' || v.unit === undefined)) pushList(c.overWhole, line);
    if (c.amounts !== null) c.amounts.add(v.value, line);
    if (v.unit === '%') pushList(c.forms.pct, line);
    else if (v.unit !== undefined) push(c.units, c.metricUnit !== '' && sameUnit(v.unit, c.metricUnit) ? c.metricUnit : v.unit, line);
    else if (v.value !== 0 && v.scale === undefined) pushList(Math.abs(v.value) <= 1 ? c.forms.frac : c.forms.num, line);
  }

  /**
   * Records a plain number (no unit, no %, no scale word): the same as `add` with the ParsedValue
   * parseValue gives for `String(value)`, without building one (the fast import's hot loop).
   */
  addNumber(c: Column, line: number, value: number): void {
    if (value === 0 || value !== value) return;
    if (value < 0 && c.countMetric) pushList(c.negative, line);
    // Finite here (a plain number): a fraction is what truncation changes.
    if (Math.trunc(value) !== value) addFraction(c, line, value);
    if (c.share && value > 100) pushList(c.overWhole, line);
    if (c.amounts !== null) c.amounts.add(value, line);
    pushList(value <= 1 && value >= -1 ? c.forms.frac : c.forms.num, line);
  }

  /** Pushes one warning per inconsistent column. */
  report(sink: IssueSink, file: string): void {
    for (const c of this.columns.values()) {
      const at = { file, column: c.column, columnName: c.name };
      const pct = seen(c.forms.pct);
      const frac = seen(c.forms.frac);
      const num = seen(c.forms.num);
      // A 率 column (就业率, a custom metric with no unit) mixing 95 and 0.85 is as ambiguous as a % metric's.
      if ((pct || c.percentMetric || c.rateName) && frac && (pct || num)) {
        const parts = (['pct', 'frac', 'num'] as const).flatMap((f) => {
          const l = seen(c.forms[f]);
          return l ? [`第${lineRanges(l.lines, 10)}行${FORM_ZH[f]}（${l.count}处）`] : [];
        });
        const first = Math.min(...[pct, frac, num].flatMap((l) => (l ? [l.lines[0]!] : [])));
        sink.push(makeIssue('warning', 'percent-format-mixed', { ...at, line: first },
          `比例列格式不一致：“${c.name}”列${parts.join('，')}。0.125可能是12.5%，也可能是0.125%，已按原样记录、未作换算；请在源表统一写成带%的形式后重新导入`,
          `Rate column "${c.name}" mixes "12.5%", bare fractions and bare numbers; values kept as written, not converted.`));
      } else if ((c.percentMetric || c.rateName) && frac && !pct && !num) {
        sink.push(makeIssue('warning', 'percent-as-fraction', { ...at, line: frac.lines[0]! },
          `“${c.name}”是比例指标，但该列全部${frac.count}个数值都在0到1之间且不带%（第${lineRanges(frac.lines, 10)}行），很可能是小数写法（0.125即12.5%）。已按原样记录为百分数（0.125即0.125%），未作换算；请在源表写成带%的形式（如12.5%）或乘以100后重新导入`,
          `Rate column "${c.name}" holds only bare fractions (0..1, no %): probably 0.125 meaning 12.5%. Kept as written (0.125%), not scaled; write the values with % and import again.`));
      }
      if (c.fractional.count > 0 && !c.wholeMetric) {
        const typical = c.otherFraction || c.amounts === null ? NaN : c.amounts.wholeMedian();
        const v = c.firstFraction;
        const l = c.fractional;
        // Only among whole amounts in the thousands is 1.568 the 1,568 the others are like.
        if (typical >= 1000 && Math.abs(v) * 1000 >= typical / 10 && Math.abs(v) * 1000 <= typical * 10) {
          const meant = Math.round(v * 1000);
          sink.push(makeIssue('warning', 'fractional-count', { ...at, line: l.lines[0]! },
            `“${c.name}”列第${lineRanges(l.lines, 10)}行的${v}元有三位小数（共${l.count}处），而该列其他金额都是整数（一般为${shortNumber(typical)}元），“.”很可能是千分位（即${meant}元）。已按原样记录为${v}元，请核对源表：如是${meant}元，请改为“${meant}”后重新导入`,
            `Column "${c.name}": ${v} yuan on line ${l.lines[0]!} has three decimals (${l.count} value(s)) while the column's other amounts are whole (typically ${shortNumber(typical)}): the dot is probably a thousands separator (${meant}). Kept as written.`));
        }
      } else if (c.fractional.count > 0) {
        const l = c.fractional;
        sink.push(makeIssue('warning', 'fractional-count', { ...at, line: l.lines[0]! },
          `“${c.name}”列第${lineRanges(l.lines, 10)}行不是整数（共${l.count}处），而人数、户数、次数只能是整数。已按原样记录，请核对源表（是否单位应为“万人”，或小数点是千分位？）`,
          `Column "${c.name}" has ${l.count} non-integer value(s) for a whole-number count. Kept as written; please check the unit or the separators.`));
      }
      if (c.overWhole.count > 0) {
        const l = c.overWhole;
        sink.push(makeIssue('warning', 'rate-over-whole', { ...at, line: l.lines[0]! },
          `“${c.name}”是占比，不会超过100%，但第${lineRanges(l.lines, 10)}行超过了100%（共${l.count}处）。已按原样记录，请核对源表（在Excel百分比格式的单元格里填85会显示为8500%，应填0.85或85%）`,
          `"${c.name}" is a share and cannot pass 100%, but ${l.count} value(s) do. Kept as written; please check the source (85 typed into a percent-formatted cell shows as 8500%).`));
      }
      if (c.negative.count > 0) {
        const l = c.negative;
        sink.push(makeIssue('warning', 'negative-count', { ...at, line: l.lines[0]! },
          `“${c.name}”列第${lineRanges(l.lines, 10)}行为负数（共${l.count}处）。人数、户数、次数、金额不可能为负，已按原样记录，请核对源表（是否多写了负号或填的是增减数）`,
          `Column "${c.name}" has ${l.count} negative value(s); a count cannot be negative. Kept as written; please check the source.`));
      }
      const scale = c.amounts === null ? null : c.amounts.outliers();
      if (scale !== null) {
        const first = scale.cells[0]!;
        const lines = lineRanges(scale.cells.map((a) => a.line), 10);
        const u = c.wanUnit === '' ? '元' : c.metricUnit;
        const [what, slip] = c.wanUnit === ''
          ? ['金额', scale.up ? '“元”填进了“万元”列' : '“万元”填进了“元”列']
          : ['数', scale.up ? `${u}数填进了“${c.wanUnit}”列` : `${c.wanUnit}数填进了“${u}”列`];
        sink.push(makeIssue('warning', 'amount-scale-outlier', { ...at, line: first.line },
          `“${c.name}”列第${lines}行的${what}（如第${first.line}行的${shortNumber(first.value)}${u}）是该列其他行（一般为${shortNumber(scale.typical)}${u}）的${scale.up ? '约1万倍' : '约万分之一'}，很可能把${slip}。已按原样记录，请核对源表，统一单位后重新导入`,
          `Column "${c.name}": ${scale.cells.length} value(s) (e.g. ${first.value} on line ${first.line}) are about ${scale.up ? '10000 times' : '1/10000 of'} the column's typical ${scale.typical}: probably ${u} and 万${u} mixed up. Kept as written.`));
      }
      const mixed = c.units.size + (pct ? 1 : 0) >= 2 && c.units.size >= 1;
      if (mixed) {
        const all = [...c.units.entries()].concat(pct ? [['%', pct] as [string, LineList]] : []);
        const parts = all.map(([u, l]) => `第${lineRanges(l.lines, 10)}行为“${u}”（${l.count}处）`);
        const first = Math.min(...all.map(([, l]) => l.lines[0]!));
        sink.push(makeIssue('warning', 'unit-mixed', { ...at, line: first },
          `“${c.name}”列的单位不一致：${parts.join('，')}。不同单位的数不能直接比较，未作换算；请在源表统一单位后重新导入`,
          `Column "${c.name}" mixes units (${all.map(([u]) => u).join(', ')}); nothing converted.`));
      } else if (c.metricUnit !== '' && !c.percentMetric) {
        const foreign = [...c.units.entries()].find(([u]) => u !== c.metricUnit)
          ?? (pct && !c.rateName && c.metricUnit !== '‰' ? ['%', pct] as [string, LineList] : undefined);
        if (foreign) {
          const [u, l] = foreign;
          sink.push(makeIssue('warning', 'unit-not-metric', { ...at, line: l.lines[0]! },
            `“${c.name}”的单位是“${c.metricUnit}”，但第${lineRanges(l.lines, 10)}行的数值写的是“${u}”（共${l.count}处）。已按数值记录（如12${u}记为12${c.metricUnit}），请核对源表是否填错了列或单位`,
            `"${c.name}" is counted in ${c.metricUnit}, but ${l.count} value(s) are written in ${u}. The numbers are kept; please check the column or the unit.`));
        }
      }
    }
    this.columns.clear();
  }
}
