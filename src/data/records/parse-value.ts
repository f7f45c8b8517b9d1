/**
 * One cell of a statistics table → a number, a qualifier and notes. Pure and total: any string
 * returns a ParsedValue (never throws); problems come back as notes with a Chinese message.
 *
 * Percentages stay percent numbers (`12.5%` → 12.5, unit `%`), matching the dataset's 0..100 model.
 * Magnitudes (万/亿/千) are applied on decimal digits, so `1.2万` is exactly 12000.
 */
import type { Qualifier } from '../dataset/dataset';

/** A normalisation or problem worth telling the user about; the pipeline turns it into an ImportIssue. */
export interface ValueNote {
  /** Stable machine code, e.g. `approximate-value`, `spreadsheet-error`. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Chinese: what happened and what to do. */
  message: string;
  messageEn: string;
}

/** Build a note (shared by the other leaf parsers). */
export function note(code: string, severity: ValueNote['severity'], message: string, messageEn: string): ValueNote {
  return { code, severity, message, messageEn };
}

const QUALIFIER_WORDS: Partial<Record<Qualifier, readonly [string, string]>> = {
  gt: ['多于', 'more than'],
  gte: ['不少于', 'at least'],
  lt: ['少于', 'less than'],
  approx: ['约', 'about'],
  approx_lt: ['接近（略少于）', 'nearly'],
};

function qualifierNote(text: string, q: Qualifier, value: number): ValueNote {
  const [zh, en] = QUALIFIER_WORDS[q] ?? [q, q];
  return note('approximate-value', 'warning',
    `概数“${text}”按${value}记录，并标注为“${zh}”；图表和排行中会显示该标记。`,
    `Approximate value "${text}" recorded as ${value}, marked "${en}"; charts and rankings show the mark.`);
}

function magnitudeNote(text: string, value: number): ValueNote {
  return note('magnitude-scaled', 'info', `“${text}”已换算为${value}。`, `"${text}" converted to ${value}.`);
}

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

/** Traditional forms that occur in numbers and units (001 writes 萬, 餘, 戶, 個). */
const VALUE_T2S: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 餘: '余', 個: '个', 戶: '户', 場: '场', 筆: '笔', 時: '时', 項: '项', 條: '条',
  間: '间', 處: '处', 無: '无', 詳: '详', 約: '约', 達: '达', 過: '过', 於: '于', 將: '将', 兩: '两',
  貳: '贰', 參: '叁', 陸: '陆', 冊: '册', 棟: '栋', 歲: '岁', 隊: '队', 計: '计', 幾: '几',
  數: '数', 級: '级',
};

const PLACEHOLDER = /^(?:-+|—+|–+|―+|_+|\/+|\\|无|暂无|不详|未知|空|没有|缺|暂缺|无数据|未统计|待统计|未填|未填报|未报|未上报|null|none|nil|n\/?a|#n\/a|\.+|…+)$/i;
const MASKED = /^(?:x+|\*+|某+)$/i;
const EXCEL_ERROR = /^(?:#(?:div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data|field!|blocked!|unknown!)|#{2,})$/i;
// Unambiguous alternatives (no `\d+\.?\d*`), so a megabyte of digits fails in linear time.
const SCIENTIFIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;
/** Longer cells are not numbers: rejected before any pattern runs (parsing stays linear). */
export const MAX_NUMBER_CELL = 200;
/** `2.000`, `15.500`: a dot with exactly three digits after a 1-3 digit whole part. */
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;
const VAGUE = /几|数十|数百|数千|数万|若干|许多|大量|不计其数|多名|多人/;

/** [written, canonical]; longest first so `人次` wins over `人`. */
const UNITS: readonly (readonly [string, string])[] = ([
  ['平方公里', '平方公里'], ['平方千米', '平方公里'], ['km2', '平方公里'], ['平方米', '平方米'], ['平米', '平方米'],
  ['m2', '平方米'], ['人次', '人次'], ['场次', '场次'], ['户次', '户次'], ['班次', '班次'], ['小时', '小时'],
  ['元', '元'], ['人', '人'], ['名', '人'], ['位', '人'], ['户', '户'], ['家', '家'], ['次', '次'], ['个', '个'],
  ['场', '场'], ['支', '支'], ['队', '支'], ['笔', '笔'], ['天', '天'], ['期', '期'], ['项', '项'], ['条', '条'],
  ['所', '所'], ['册', '册'], ['份', '份'], ['栋', '栋'], ['间', '间'], ['处', '处'], ['岁', '岁'], ['%', '%'], ['‰', '‰'],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

/** A money sign before the number (`¥1,234`, `￥` after NFKC, `人民币1234元`): the value is in 元. */
const CURRENCY = /^(?:¥|RMB|CNY|人民币)/i;
const YUAN = UNITS.find(([w]) => w === '元')!;

const PREFIXES: readonly (readonly [RegExp, Qualifier | null])[] = [
  [/^(?:不少于|不低于|不小于|至少|最少|>=|≥)/, 'gte'],
  [/^(?:超过|超出|多于|高于|大于|逾|超|>)/, 'gt'],
  [/^(?:不足|不到|不满|少于|低于|小于|未满|<=|≤|<)/, 'lt'],
  [/^(?:将近|接近|几乎|近)/, 'approx_lt'],
  [/^(?:约为|大约|大概|约|≈|~)/, 'approx'],
  [/^(?:达到|到达|共计|合计|总计|累计|共有|共|达|计)/, null],
];
const SUFFIXES: readonly (readonly [RegExp, Qualifier])[] = [
  [/(?:及以上|或以上|以上)$/, 'gte'],
  [/(?:及以下|以下|以内)$/, 'lt'],
  [/(?:左右|上下)$/, 'approx'],
  [/(?:有余|出头)$/, 'gt'],
];

const MAGNITUDE: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 亿: 8, 万亿: 12 };
const PLAIN = /^(\d+(?:,\d{3})*(?:\.\d*)?|\d*\.\d+)([余多])?(万亿|亿|万|千|百)?$/;
const LOOSE_DIGITS = /^[\d,]+(?:\.\d+)?$/;
const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_NUMERAL = /^[\d.零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+$/;
const RANGE = /^(.*?[\d零〇一二两三四五六七八九十百千万亿%元人户次个余多])(?:~|至|到|—+|–|―|-{1,2})(.+)$/;

/** Parse one cell. Never throws. */
export function parseValue(raw: string, opts: ParseValueOptions = {}): ParsedValue {
  const notes: ValueNote[] = [];
  if (raw.length > MAX_NUMBER_CELL && raw.trim().length > MAX_NUMBER_CELL) {
    notes.push(note('cell-too-long', 'warning',
      `单元格有${raw.length}个字符，不可能是一个数值，按无效值处理（不计为0）；请检查源表该单元格（是否整行或整段粘进了一个格子）。`,
      `The cell has ${raw.length} characters and cannot be a number: treated as invalid (not 0).`));
    return { value: NaN, qualifier: 'invalid', notes };
  }
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
    if (SPACED_DIGITS.test(s) && !spacedAsThousands(s)) {
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
    notes.push(note('missing-placeholder', 'info', `“${s}”表示无数据，按缺失值处理（不计为0）。`,
      `"${s}" means no data: treated as missing, never as 0.`));
    return { value: NaN, qualifier: 'missing', missingReason: 'placeholder', notes };
  }
  if (MASKED.test(s)) {
    notes.push(note('masked-number', 'info', `“${s}”是打码的数字，按缺失值处理；如有原始数值请补填。`,
      `"${s}" is a masked number: treated as missing.`));
    return { value: NaN, qualifier: 'missing', missingReason: 'masked', notes };
  }
  if (EXCEL_ERROR.test(s)) {
    notes.push(note('spreadsheet-error', 'warning',
      `源表公式错误（${s}），按缺失值处理；请在Excel中修正公式或列宽后重新导出。`,
      `Spreadsheet error ${s} in the source: treated as missing. Fix the formula in Excel and export again.`));
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
    if (UNITS.some(([w]) => w === inside)) return withNotes(notes, parseValue(number + inside, opts));
    // `188人(其中挂口挂户59人)`, `12(暂估)`: the number, its note named (约/估 in it make it approximate).
    const inner = parseValue(number, opts);
    if (!Number.isNaN(inner.value)) {
      const approx = APPROX_NOTE.test(inside) && inner.qualifier === 'exact';
      inner.notes.push(note('value-with-note', 'warning',
        `“${s}”按${inner.value}记录${approx ? '（约数）' : ''}；括号中的说明“${inside}”未导入，原文已保留。`,
        `"${s}" recorded as ${inner.value}${approx ? ' (approximate)' : ''}; the note in brackets was not imported (the raw text is kept).`));
      return withNotes(notes, approx ? { ...inner, qualifier: 'approx' } : inner);
    }
  }
  const single = parseSingle(s);
  if (single.ok) {
    notes.push(...single.notes);
    // In a 万元 column `1.500` is 1.5万, not a European 1500万: only unscaled columns are suspect.
    if (single.pow === 0 && (opts.columnScale ?? 1) === 1 && DOT_THOUSANDS.test(s.replace(/[^\d.]/g, '')) && single.unit?.[1] !== '%' && /^[+-]?[\d.]+\D*$/.test(s)) {
      const whole = s.replace(/[^\d.]/g, '');
      notes.push(note('dot-thousands-ambiguous', 'warning',
        `“${s}”可能是${Number(whole)}，也可能是按欧洲写法把“.”当千分位的${Number(whole.replace('.', ''))}；已按${Number(whole)}记录，请核对源表（中文报表的千分位用逗号）。`,
        `"${s}" may be ${Number(whole)} or, with a European thousands dot, ${Number(whole.replace('.', ''))}; recorded as ${Number(whole)}. Please check.`));
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
  kept.push(single.failure ?? note('not-a-number', 'warning',
    `“${written}”不是数字，按无效值处理（不计为0）；请在源表改为数字。`,
    `"${written}" is not a number: treated as invalid (not 0). Enter a number in the source.`));
  return { value: NaN, qualifier: 'invalid', notes: kept };
}

/**
 * A date where a number belongs (after NFKC): a sheet's date cell (`2024-03-05`), or a date as
 * Excel shows it in a CSV it saved (`2024/3/5`, `3月5日`, `5-Mar`) — most often `3-5` or `3/5`
 * typed into a cell that Excel turned into a date.
 */
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}-[a-z]{3}|[a-z]{3}-\d{1,2})$/i;

/** Digits split by whitespace (after NFKC NBSP and U+3000 are spaces; U+FEFF, in `\s`, is invisible, not a space). */
const SPACED_DIGITS = /\d[^\S\uFEFF]+\d/;
const SPACED_RUN = /\d+(?:[^\S\uFEFF]+\d+)+/g;
/** Thousands groups: one to three digits, then groups of exactly three (`1 568`, `12 345 678`). */
const THOUSANDS_RUN = /^\d{1,3}(?:[^\S\uFEFF]+\d{3})+$/;

/**
 * Whether every run of digits split by spaces in `s` is thousands groups (not after a decimal
 * point): only those are joined. `8 3`, `12 15`, `35 0` may be 83 or two numbers typed in one cell.
 */
function spacedAsThousands(s: string): boolean {
  for (const m of s.matchAll(SPACED_RUN)) {
    if (!THOUSANDS_RUN.test(m[0]) || (m.index > 0 && s.charCodeAt(m.index - 1) === 46)) return false;
  }
  return true;
}

/** A number followed by a note in brackets (after NFKC): `188人(其中挂口挂户59人)`. */
const NOTE_AFTER = /^([^()]*\d[^()]*?)\(([^()]+)\)$/;
/** A note that makes the number approximate: 约, 暂估, 估计, 大概, 左右. */
const APPROX_NOTE = /约|估|大概|左右/;

/** `value` with the notes found before it was parsed (full-width, spaces) in front of its own. */
function withNotes(before: readonly ValueNote[], value: ParsedValue): ParsedValue {
  return before.length === 0 ? value : { ...value, notes: [...before, ...value.notes] };
}

interface Single {
  ok: true; value: number; qualifier: Qualifier; pow: number; notes: ValueNote[];
  unit?: readonly [string, string];
}
interface Failure { ok: false; failure?: ValueNote }

/** A single (possibly qualified, signed, unit-suffixed) number. */
function parseSingle(text: string): Single | Failure {
  const notes: ValueNote[] = [];
  let s = text;
  let qualifier: Qualifier = 'exact';
  let sign = 1;
  let signs = 0;
  let currency = false;
  for (let changed = true; changed && s !== '';) {
    changed = false;
    const cur = CURRENCY.exec(s);
    if (cur && cur[0].length < s.length && !currency) { currency = true; s = s.slice(cur[0].length); changed = true; continue; }
    const head = s[0]!;
    if ('-−‒–'.includes(head) && s.length > 1) { sign = -sign; signs++; s = s.slice(1); changed = true; continue; }
    if ('▼↓▽'.includes(head)) {
      sign = -sign; signs++; s = s.slice(1); changed = true;
      notes.push(note('arrow-sign', 'info', `“${text}”中的“${head}”按负号处理。`, `"${head}" in "${text}" read as a minus sign.`));
      continue;
    }
    if (head === '+') { s = s.slice(1); signs++; changed = true; continue; }
    if ('▲↑△'.includes(head)) {
      // Said like the ▼ above: a count written with an arrow may be a change (上升12), not the count.
      s = s.slice(1); signs++; changed = true;
      notes.push(note('arrow-sign', 'info', `“${text}”中的“${head}”按正号处理。`, `"${head}" in "${text}" read as a plus sign.`));
      continue;
    }
    for (const [re, q] of PREFIXES) {
      const m = re.exec(s);
      if (m && m[0].length < s.length) { s = s.slice(m[0].length); if (q) qualifier = q; changed = true; break; }
    }
  }
  if (signs > 1) {
    return { ok: false, failure: note('sign-repeated', 'warning',
      `“${text}”有多个正负号，无法确定是正数还是负数，按无效值处理（不计为0）；请在源表核对。`,
      `"${text}" has more than one sign: treated as invalid (not 0). Please check the source.`) };
  }
  const accounting = /^\((.+)\)$/.exec(s);
  if (accounting) {
    s = accounting[1]!; sign = -sign;
    notes.push(note('accounting-negative', 'warning',
      `括号数字“${text}”按负数处理（会计记法在此类报表中少见），请核对源表。`,
      `"${text}" in parentheses read as a negative number (unusual in these reports); please check.`));
  }
  for (const [re, q] of SUFFIXES) {
    const m = re.exec(s);
    if (m && m.index > 0) { s = s.slice(0, m.index); qualifier = q; break; }
  }
  let unit = UNITS.find(([w]) => s.endsWith(w) && s.length > w.length);
  if (unit) s = s.slice(0, -unit[0].length);
  else if (currency) unit = YUAN;
  // `3500余`, `12+`: more than the number written.
  const trailing = /([余多+])$/.exec(s);
  if (trailing && s.length > 1) { s = s.slice(0, -1); qualifier = 'gt'; }

  const plain = PLAIN.exec(s);
  let value: number;
  let pow = 0;
  if (plain) {
    if (plain[2]) qualifier = 'gt';
    pow = plain[3] ? MAGNITUDE[plain[3]]! : 0;
    const digits = plain[1]!.replace(/,/g, '');
    value = shiftDecimal(digits, pow);
    if (digits.replace(/^0+|\.|0+$/g, '').length > 15) {
      notes.push(note('precision-loss', 'warning',
        `“${text}”超过15位有效数字，无法精确保存；若为编号或代码，请按文本导入。`,
        `"${text}" has more than 15 significant digits and cannot be stored exactly; import IDs as text.`));
    }
    if (pow !== 0) notes.push(magnitudeNote(text, value));
  } else if (CN_NUMERAL.test(s) && /[^\d.]/.test(s)) {
    const cn = chineseNumber(s);
    if (cn === null) return { ok: false };
    value = cn;
    if (/[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾佰仟]/.test(s)) {
      notes.push(note('chinese-numeral', 'warning', `中文数字“${text}”识别为${sign * value}，请核对。`,
        `Chinese numeral "${text}" read as ${sign * value}; please check.`));
    } else {
      notes.push(magnitudeNote(text, value));
    }
  } else if (LOOSE_DIGITS.test(s) && s.includes(',')) {
    return { ok: false, failure: note('ambiguous-separator', 'warning',
      `“${text}”中的逗号不在千分位上，数字格式不明确，未取值；请在源表核对（是否为小数逗号？）。`,
      `Commas in "${text}" are not thousands separators: ambiguous, no value taken. Check the source (decimal comma?).`) };
  } else if (VAGUE.test(s)) {
    return { ok: false, failure: note('vague-number', 'warning',
      `“${text}”没有具体数字，无法计入；请在源表填写具体数值。`,
      `"${text}" has no definite number; enter a number in the source.`) };
  } else {
    return { ok: false };
  }
  if (qualifier !== 'exact') notes.push(qualifierNote(text, qualifier, sign * value));
  const result: Single = { ok: true, value: sign * value || 0, qualifier, pow, notes };
  if (unit) result.unit = unit;
  return result;
}

/** `3000-4000`, `3000～4000`, `3000至4000`, `3-4万`. */
function parseRange(s: string): { low: number; high: number; pow: number; unit?: readonly [string, string] } | null {
  const m = RANGE.exec(s);
  if (!m) return null;
  const left = parseSingle(m[1]!);
  const right = parseSingle(m[2]!);
  if (!left.ok || !right.ok || left.qualifier !== 'exact' || right.qualifier !== 'exact') return null;
  let low = left.value;
  // `3-4万`: the right side's magnitude and unit apply to a bare left side.
  if (left.pow === 0 && !left.unit && right.pow !== 0) low = shiftDecimal(String(left.value), right.pow);
  if (low > right.value) return null;
  const unit = right.unit ?? left.unit;
  return unit ? { low, high: right.value, pow: right.pow, unit } : { low, high: right.value, pow: right.pow };
}

const DIGIT_RUN = /\d+(?:\.\d+)?/y;

/**
 * `一千二百` → 1200, `两万` → 20000, `1万3千` → 13000, `十二` → 12, `百` → 100, and the spoken
 * short forms: one digit after 百/千/万/亿 is the next lower place (`1万5` = 15000, `三千五` = 3500,
 * `一百五` = 150) unless 零 stands between (`1万零5` = 10005). After 十 it is the ones (`十五` = 15).
 * Digits after a place that are neither one digit nor the full lower places (`1万25`) are ambiguous:
 * null. Null when malformed. Linear in the length.
 */
function chineseNumber(s: string): number | null {
  let total = 0;
  let section = 0;
  let num: number | null = null;
  /** Power of ten of the place just read (百 2, 千 3, 万 4, 亿 8), 0 after 零 or a digit. */
  let lastPlace = 0;
  let digits = 0;
  for (let i = 0; i < s.length;) {
    DIGIT_RUN.lastIndex = i;
    const run = DIGIT_RUN.exec(s);
    if (run) { num = Number(run[0]); digits = run[0].length; i += run[0].length; continue; }
    const c = s[i]!;
    i += 1;
    if (c === '零' || c === '〇') { lastPlace = 0; num = null; continue; }
    if (c in CN_DIGIT) { num = CN_DIGIT[c]!; digits = 1; continue; }
    if (c in CN_SMALL) {
      section += (num ?? 1) * CN_SMALL[c]!; num = null;
      lastPlace = CN_SMALL[c] === 10 ? 0 : Math.log10(CN_SMALL[c]!); continue;
    }
    if (c === '万' || c === '亿') {
      const head = section + (num ?? 0);
      // A bare 万 (`近万`) means 1万; 万 after nothing else (`万万`, `万5`) is malformed.
      if (head === 0 && !(i === 1 && num === null && s.length === 1)) return null;
      total = c === '万' ? total + (head || 1) * 1e4 : (total + (head || 1)) * 1e8;
      section = 0; num = null; lastPlace = c === '万' ? 4 : 8; continue;
    }
    return null;
  }
  if (num !== null && lastPlace >= 2) {
    // `1万5`, `三千五`: one trailing digit is the next lower place; `1万2500` is plain addition.
    if (digits === 1 && Number.isInteger(num)) num *= 10 ** (lastPlace - 1);
    else if (digits !== Math.min(lastPlace, 4) || !Number.isInteger(num)) return null;
  }
  const value = total + section + (num ?? 0);
  return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
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

/** Multiply a decimal digit string by 10^pow without binary drift: `1.2`, 4 → 12000. */
export function shiftDecimal(digits: string, pow: number): number {
  if (pow === 0) return Number(digits);
  const [int = '', frac = ''] = digits.split('.');
  if (pow >= frac.length) return Number(int + frac + '0'.repeat(pow - frac.length));
  return Number(`${int}${frac.slice(0, pow)}.${frac.slice(pow)}`);
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

function scaleNumber(v: number, scale: number): number {
  if (Number.isNaN(v)) return v;
  const pow = Math.log10(scale);
  if (Number.isInteger(pow) && pow > 0) {
    const sign = v < 0 ? -1 : 1;
    return sign * shiftDecimal(decimalString(Math.abs(v)), pow);
  }
  return Number((v * scale).toPrecision(15));
}

/** Plain decimal digits of a finite non-negative number (no exponent). */
function decimalString(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  return v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function visible(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
