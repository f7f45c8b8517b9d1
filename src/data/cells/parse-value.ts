/**
 * One cell of a statistics table → a number, a qualifier and notes. Pure and total: any string
 * returns a ParsedValue (never throws); problems come back as notes with a Chinese message.
 *
 * Percentages stay percent numbers (`12.5%` → 12.5, unit `%`), matching the dataset's 0..100 model.
 * Magnitudes (万/亿/千) are applied on decimal digits, so `1.2万` is exactly 12000.
 */
import type { Qualifier } from '../dataset/dataset';
import { EXCEL_ERROR, MASKED, PLACEHOLDER } from './missing-value-texts';
import { parseSingle } from './parse-single-value';
import { parseRange } from './parse-value-range';
import { scaleNumber } from './shift-decimal';
import { unclearSpacedDigits } from './spaced-digits';
import { lettersForDigits } from './letters-for-digits';
import { note } from './value-note';
import type { ValueNote } from './value-note';
import { VALUE_T2S } from './value-words';
import { countsWhole, isValueUnit } from '../vocabulary/measure-units';
import { NUMBERED_MARK, withoutFootnoteMark } from '../vocabulary/footnote-marks';

export interface ParsedValue {
  /** The number in the cell's (or column's) unit after magnitudes; NaN when there is none. */
  value: number;
  qualifier: Qualifier;
  /** Canonical unit suffix found in the cell (`人`, `户`, `元`, `%`, `平方公里` …); 名/位 → 人. */
  unit?: string;
  /** The unit exactly as written when it differs from `unit` (`名`, `戶`). */
  unitRaw?: string;
  /** Every normalisation worth telling the user about. */
  notes: ValueNote[];
  /** Bounds of a range (`3000-4000`); value is NaN then. */
  rangeLow?: number;
  rangeHigh?: number;
  /** Why the value is missing: `empty`, `placeholder`, `masked`. */
  missingReason?: string;
  /** Multiplier applied to the written digits (10000 for `1.2万` or a 万元 column); absent when 1. */
  scale?: number;
}

export interface ParseValueOptions {
  /** Multiplier from the column header, e.g. 10000 for `金额（万元）`. Applied only to bare numbers. */
  columnScale?: number;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WIDE = /[\uFF01-\uFF5E\u3000]/;

// Unambiguous alternatives (no `\d+\.?\d*`), so a megabyte of digits fails in linear time.
const SCIENTIFIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;
/** Longer cells are not numbers: rejected before any pattern runs (parsing stays linear). */
export const MAX_NUMBER_CELL = 200;
/** `2.000`, `15.500`: a dot with exactly three digits after a 1-3 digit whole part. */
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/** Parse one cell. Never throws. */
export function parseValue(raw: string, opts: ParseValueOptions = {}): ParsedValue {
  const notes: ValueNote[] = [];
  if (raw.length > MAX_NUMBER_CELL && raw.trim().length > MAX_NUMBER_CELL) {
    notes.push(note('cell-too-long', 'warning',
      `单元格有${raw.length}个字符，不可能是一个数值，按无效值处理（不计为0）；请检查源表该单元格（是否整行或整段粘进了一个格子）。`,
      `The cell has ${raw.length} characters and cannot be a number: treated as invalid (not 0).`));
    return { value: NaN, qualifier: 'invalid', notes };
  }
  const marked = footnoteMarked(raw, opts);
  if (marked !== null) return marked;
  let s = raw;
  if (s.search(CONTROL) >= 0) {
    s = s.replace(CONTROL, '');
    notes.push(note('control-chars', 'warning',
      `已删除单元格中的控制字符（如NUL）；原文已保留，请检查源表“${visible(raw)}”。`,
      `Removed control characters (such as NUL) from "${visible(raw)}"; the raw text is kept.`));
  }
  if (WIDE.test(s)) {
    notes.push(note('full-width', 'info', `全角字符已转为半角：“${raw.trim()}”。`,
      `Full-width characters converted: "${raw.trim()}".`));
  }
  s = s.normalize('NFKC').trim();
  const written = s;
  const compact = s.replace(INVISIBLE, '').replace(/\s+/g, '');
  if (compact !== s) {
    if (unclearSpacedDigits(s)) {
      notes.push(note('not-a-number', 'warning',
        `“${s}”不是数字：数字之间有空格，又不是每三位一组的千分位写法，无法确定原值，按无效值处理（不计为0）；请在源表改为数字。`,
        `"${s}" is not a number: digits are split by spaces that are not thousands groups, so the value is unclear; treated as invalid (not 0). Enter a number in the source.`));
      return { value: NaN, qualifier: 'invalid', notes };
    }
    notes.push(note('whitespace-in-number', 'info', `已删除“${s}”中的空格或不可见字符。`,
      `Removed spaces or invisible characters inside "${s}".`));
  }
  s = [...compact].map((c) => VALUE_T2S[c] ?? c).join('');
  if (s.startsWith("'")) s = s.slice(1); // Excel's text prefix
  if (s === '') return { value: NaN, qualifier: 'missing', missingReason: 'empty', notes };
  if (PLACEHOLDER.test(s)) {
    // #N/A typed means 无 (as a workbook's typed error is read); in a CSV it is most often a failed lookup's.
    notes.push(s.charCodeAt(0) === 35
      ? note('missing-placeholder', 'info', `“${s}”是Excel错误值（多为查找公式找不到），按缺失值处理（不计为0）；如是公式的结果，请在原表中修正公式后重新导入。`,
        `"${s}" is an Excel error value (most often a failed lookup): treated as missing, never as 0. If a formula gave it, fix the formula in the original sheet.`)
      : note('missing-placeholder', 'info', `“${s}”表示无数据，按缺失值处理（不计为0）。`,
        `"${s}" means no data: treated as missing, never as 0.`));
    return { value: NaN, qualifier: 'missing', missingReason: 'placeholder', notes };
  }
  const sentence = sentenceEnd(s, opts);
  if (sentence !== null) return withNotes(notes, sentence);
  if (s.includes('。')) s = fullStop(s, notes);
  if (MASKED.test(s)) {
    notes.push(note('masked-number', 'info', `“${s}”是打码的数字，按缺失值处理；如有原始数值请补填。`,
      `"${s}" is a masked number: treated as missing.`));
    return { value: NaN, qualifier: 'missing', missingReason: 'masked', notes };
  }
  if (EXCEL_ERROR.test(s)) {
    // `####` is a number too wide for its column (the sheet was saved as shown), not a formula's error.
    notes.push(s.charCodeAt(1) === 35
      ? note('spreadsheet-error', 'warning', `“${s}”是Excel列宽不够时显示的符号，不是数值，按缺失值处理；请在Excel中加宽该列后重新导出。`,
        `"${s}" is what Excel shows for a number too wide for its column: treated as missing. Widen the column in Excel and export again.`)
      : note('spreadsheet-error', 'warning', `“${s}”是Excel错误值（源表的公式出错），按缺失值处理；请在原表中修正公式后重新导入。`,
        `"${s}" is an Excel error value (a failed formula in the source): treated as missing. Fix the formula in the original sheet and import again.`));
    return { value: NaN, qualifier: 'error', notes };
  }
  if (SCIENTIFIC.test(s)) {
    notes.push(note('scientific-notation', 'warning',
      `“${s}”是科学计数法，Excel可能已截断原值；若为编号或代码列，请在Excel中把该列设为文本后重新导出。`,
      `"${s}" is in scientific notation; Excel may have lost digits. For ID or code columns, format the column as text in Excel and export again.`));
    return finite(finish({ value: Number(s), qualifier: 'exact', notes }, opts, false), s);
  }
  const bracketed = NOTE_AFTER.exec(s);
  if (bracketed) {
    const [, number, inside] = bracketed as unknown as [string, string, string];
    // `12(人)`: a unit in brackets is the unit.
    if (isValueUnit(inside)) return withNotes(notes, parseValue(number + inside, opts));
    // `188人(其中挂口挂户59人)`, `12(暂估)`: the number, its note named (约/估 in it make it approximate).
    const inner = parseValue(number, opts);
    if (!Number.isNaN(inner.value)) {
      const approx = APPROX_NOTE.test(inside) && inner.qualifier === 'exact';
      // Quoted as typed (`120（含外来）`: brackets are full-width in Chinese), so no note of its own on that.
      const typed = raw.trim();
      inner.notes.push(note('value-with-note', 'warning',
        `“${typed}”按${inner.value}记录${approx ? '（约数）' : ''}；括号中的说明“${inside}”未导入，原文已保留。`,
        `"${typed}" recorded as ${inner.value}${approx ? ' (approximate)' : ''}; the note in brackets was not imported (the raw text is kept).`));
      return withNotes(notes.filter((n) => n.code !== 'full-width'), approx ? { ...inner, qualifier: 'approx' } : inner);
    }
  }
  const single = parseSingle(s);
  if (single.ok) {
    notes.push(...single.notes);
    // In a 万元 column `1.500` is 1.5万, not a European 1500万: only unscaled columns are suspect.
    if (single.pow === 0 && (opts.columnScale ?? 1) === 1 && DOT_THOUSANDS.test(s.replace(/[^\d.]/g, '')) && single.unit?.[1] !== '%' && /^[+-]?[\d.]+\D*$/.test(s)) {
      const whole = s.replace(/[^\d.]/g, '');
      // `1.568人`: the cell's own unit counts whole things, so it says what the column's fractional-count would (one warning for the cell).
      const counted = single.unit !== undefined && countsWhole(single.unit[1]) && !Number.isInteger(Number(whole)) ? single.unit[0] : '';
      notes.push(note('dot-thousands-ambiguous', 'warning',
        counted !== ''
          ? `“${s}”不是整数，而按“${counted}”计的数只能是整数：很可能是按欧洲写法把“.”当千分位的${Number(whole.replace('.', ''))}${counted}；已按${Number(whole)}记录，请核对源表（中文报表的千分位用逗号）。`
          : `“${s}”可能是${Number(whole)}，也可能是按欧洲写法把“.”当千分位的${Number(whole.replace('.', ''))}；已按${Number(whole)}记录，请核对源表（中文报表的千分位用逗号）。`,
        counted !== ''
          ? `"${s}" is no whole number, but a count of ${counted} is: probably ${Number(whole.replace('.', ''))} with a European thousands dot; recorded as ${Number(whole)}. Please check.`
          : `"${s}" may be ${Number(whole)} or, with a European thousands dot, ${Number(whole.replace('.', ''))}; recorded as ${Number(whole)}. Please check.`));
    }
    const result: ParsedValue = { value: single.value, qualifier: single.qualifier, notes };
    setUnit(result, single.unit);
    if (single.pow !== 0) result.scale = 10 ** single.pow;
    return finite(finish(result, opts, single.pow !== 0 || single.unit !== undefined), s);
  }
  const range = parseRange(s);
  if (range) {
    notes.push(note('value-range', 'warning',
      `“${s}”是区间，未取值（不计为0）；请在源表填写单一数值后重新导入。`,
      `"${s}" is a range: no value taken (not 0). Enter one number in the source and import again.`));
    const result: ParsedValue = { value: NaN, qualifier: 'range', rangeLow: range.low, rangeHigh: range.high, notes };
    setUnit(result, range.unit);
    if (range.pow !== 0) result.scale = 10 ** range.pow;
    return finish(result, opts, range.pow !== 0 || range.unit !== undefined);
  }
  if (DATE_LIKE.test(s)) {
    notes.push(note('date-in-value', 'warning',
      `“${s}”是日期，不是数字，按无效值处理（不计为0）；输入“3-5”“3/5”这类内容时Excel常自动改成日期，请在源表把该单元格设为“文本”或“数值”后重新填写。`,
      `"${s}" is a date, not a number: treated as invalid (not 0). Excel turns entries such as "3-5" into dates; set the cell to Text or Number and enter it again.`));
    return { value: NaN, qualifier: 'invalid', notes };
  }
  // Text that is no number is quoted as written: no spaces were "removed from a number" there.
  const kept = notes.filter((n) => n.code !== 'whitespace-in-number');
  const sum = single.failure === undefined ? typedSum(s) : null;
  if (sum !== null) {
    kept.push(note('not-a-number', 'warning', `“${written}”是加法算式，不是数字，按无效值处理（不计为0）；如应为其和${sum}，请在源表填写${sum}后重新导入。`,
      `"${written}" is a sum, not a number: treated as invalid (not 0). If ${sum} was meant, enter ${sum} in the source.`));
    return { value: NaN, qualifier: 'invalid', notes: kept };
  }
  const typo = single.failure === undefined ? lettersForDigits(s) : null;
  kept.push(single.failure ?? note('not-a-number', 'warning',
    `“${written}”不是数字，${typo === null ? '' : `疑似${typo.zh}（如应为${typo.digits}，请改正），`}按无效值处理（不计为0）；请在源表改为数字。`,
    `"${written}" is not a number${typo === null ? '' : ` (${typo.en}? if ${typo.digits} was meant, correct it)`}: treated as invalid (not 0). Enter a number in the source.`));
  return { value: NaN, qualifier: 'invalid', notes: kept };
}

/**
 * A number with a footnote mark after it (`12①`, `35*`, `12（注1）`): the number, with a warning
 * naming the mark (its note is under the table, not imported). A numbered mark anywhere else
 * (`①12`) is no number: never the digit NFKC would make of it. Null: the cell has no mark.
 */
function footnoteMarked(raw: string, opts: ParseValueOptions): ParsedValue | null {
  const m = withoutFootnoteMark(raw);
  if (m !== null && /\d/.test(m.text)) {
    const inner = parseValue(m.text, opts);
    if (!Number.isNaN(inner.value)) {
      inner.notes.push(note('value-footnote', 'warning',
        `“${raw.trim()}”末尾的“${m.mark}”是注释标记（注释在表下，未导入），已按${inner.value}记录；请看表下的注释是否说明了这个数（如估算、含其他人员）`,
        `"${raw.trim()}": "${m.mark}" marks a footnote (not imported); recorded as ${inner.value}. Check what the note under the table says about it.`));
      return inner;
    }
  }
  if (!NUMBERED_MARK.test(raw)) return null;
  return { value: NaN, qualifier: 'invalid', notes: [note('not-a-number', 'warning',
    `“${raw.trim()}”中有带圈或上标的序号（如①、¹），不是数字，按无效值处理（不计为0）；请在源表改为数字`,
    `"${raw.trim()}" holds a circled or superscript number (a footnote mark), not a number: treated as invalid (not 0). Enter a number in the source.`)] };
}

/** A sum typed into a cell, or a formula's text kept as text: `12+3`, `=12+3`, `1.5+2.25`. */
const SUM = /^=?\d+(?:\.\d+)?(?:\+\d+(?:\.\d+)?)+$/;

/** The total of a sum typed into a cell (`12+3` → 15), for the message only (the value is never taken); null for other text. */
function typedSum(s: string): number | null {
  if (s.length > 40 || !SUM.test(s)) return null;
  const total = s.replace(/^=/, '').split('+').reduce((a, b) => a + Number(b), 0);
  return Math.round(total * 1e6) / 1e6;
}

/**
 * A date where a number belongs (after NFKC): a sheet's date cell (`2024-03-05`), or a date as
 * Excel shows it in a CSV it saved (`2024/3/5`, `3月5日`, `5-Mar`) — most often `3-5` or `3/5`
 * typed into a cell that Excel turned into a date.
 */
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}-[a-z]{3}|[a-z]{3}-\d{1,2})$/i;

/** A number followed by a note in brackets (after NFKC): `188人(其中挂口挂户59人)`. */
const NOTE_AFTER = /^([^()]*\d[^()]*?)\(([^()]+)\)$/;
/** A note that makes the number approximate: 约, 暂估, 估计, 大概, 左右. */
const APPROX_NOTE = /约|估|大概|左右/;

/** `value` with the notes found before it was parsed (full-width, spaces) in front of its own. */
function withNotes(before: readonly ValueNote[], value: ParsedValue): ParsedValue {
  return before.length === 0 ? value : { ...value, notes: [...before, ...value.notes] };
}

/** A result whose value overflowed to ±Infinity is invalid, never a number to rank. */
function finite(result: ParsedValue, text: string): ParsedValue {
  if (Number.isNaN(result.value) || Number.isFinite(result.value)) return result;
  result.notes.push(note('number-overflow', 'warning',
    `“${text.length > 40 ? text.slice(0, 40) + '…' : text}”超出可表示的数值范围，按无效值处理（不计为0）；请在源表核对该单元格。`,
    `"${text.slice(0, 40)}" is beyond the representable range: treated as invalid (not 0).`));
  result.value = NaN;
  result.qualifier = 'invalid';
  return result;
}

/**
 * The Chinese full stop 。 in a number, typed with the input method left in Chinese: between digits
 * it is the decimal point (`12。5`), a warning saying so. Anything else is left as written (and is no number).
 */
function fullStop(s: string, notes: ValueNote[]): string {
  const m = /^([+-]?[\d,]*\d)。(\d[^。]*)$/.exec(s);
  if (m === null) return s;
  const read = `${m[1]}.${m[2]}`;
  notes.push(note('ime-full-stop', 'warning', `“${s}”中的句号“。”按小数点读作${read}（中文输入法下输入的句号），请核对。`,
    `The full stop 。 in "${s}" read as a decimal point: ${read}. Please check.`));
  return read;
}

/**
 * A value with the full stop that ends a sentence after it (`12。`, `12人。`, `12%。`, `1.5万。`): the
 * value before it, with an info; null when the text does not end so or what stands before is no value.
 */
function sentenceEnd(s: string, opts: ParseValueOptions): ParsedValue | null {
  if (!/^[^。]+。$/.test(s)) return null;
  const inner = parseValue(s.slice(0, -1), opts);
  if (inner.qualifier === 'invalid') return null;
  return withNotes([note('full-stop-after-number', 'info', `“${s}”末尾的句号已忽略。`, `The full stop after "${s}" was ignored.`)], inner);
}

function setUnit(result: ParsedValue, unit: readonly [string, string] | undefined): void {
  if (!unit) return;
  result.unit = unit[1];
  if (unit[0] !== unit[1]) result.unitRaw = unit[0];
}

/** Apply the column's scale to bare numbers; a cell with its own magnitude or unit keeps its own. */
function finish(result: ParsedValue, opts: ParseValueOptions, selfDescribed: boolean): ParsedValue {
  const scale = opts.columnScale;
  if (scale === undefined || scale === 1) return result;
  if (selfDescribed) {
    // `1.5万元` under 爱心捐款（万元）: the cell says what its header says, which needs no note.
    if (result.scale === scale) {
      result.notes = result.notes.filter((n) => n.code !== 'magnitude-scaled');
      return result;
    }
    result.notes.push(note('cell-unit-overrides-column', 'info',
      '单元格自带单位或数量级，未再按表头单位换算。', 'The cell has its own unit or magnitude; the header scale was not applied.'));
    return result;
  }
  const apply = (v: number): number => scaleNumber(v, scale);
  result.value = apply(result.value);
  if (result.rangeLow !== undefined) result.rangeLow = apply(result.rangeLow);
  if (result.rangeHigh !== undefined) result.rangeHigh = apply(result.rangeHigh);
  result.scale = scale;
  return result;
}

function visible(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
