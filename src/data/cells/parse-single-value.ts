/**
 * One number as written in a value cell, with what may stand around it: signs and arrows (`▼12`),
 * a money sign or 百分之, qualifier words (`不少于`, `3500余`, `左右`), a unit (`人`, `%`), a magnitude
 * (`1.2万`) or Chinese numerals (`三千五`). Neither ranges nor notes in brackets: parseValue reads those.
 */
import type { Qualifier } from '../dataset/dataset';
import { chineseNumber, CN_NUMERAL } from './chinese-number';
import { shiftDecimal } from './shift-decimal';
import { note } from './value-note';
import type { ValueNote } from './value-note';
import { CURRENCY, PERCENT, PERCENT_WORD, PREFIXES, QUALIFIER_WORDS, SUFFIXES, VAGUE, YUAN, YUAN_WHOLE } from './value-words';
import { valueUnitAtEnd } from '../vocabulary/measure-units';

/** A number read from the text: its value (signed, after magnitudes), qualifier, magnitude and unit. */
export interface Single {
  ok: true; value: number; qualifier: Qualifier;
  /** Power of ten of the written magnitude (4 for `万`), 0 when none. */
  pow: number;
  notes: ValueNote[];
  /** The unit as [written, canonical]. */
  unit?: readonly [string, string];
}
/** No number in the text; `failure` says why when the reason is worth telling. */
export interface Failure { ok: false; failure?: ValueNote }

const MAGNITUDE: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 亿: 8, 万亿: 12 };
const PLAIN = /^(\d+(?:,\d{3})*(?:\.\d*)?|\d*\.\d+)([余多])?(万亿|亿|万|千|百)?$/;
const LOOSE_DIGITS = /^[\d,]+(?:\.\d+)?$/;
/** Dots grouping thousands as some European locales write them: `1.568.000`, `1.568,50` (one dot alone, `1.568`, is a decimal). */
const EURO_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}$|^\d{1,3}(?:\.\d{3})+,\d+$/;

function qualifierNote(text: string, q: Qualifier, value: number): ValueNote {
  const [zh, en] = QUALIFIER_WORDS[q] ?? [q, q];
  return note('approximate-value', 'warning',
    `概数“${text}”按${value}记录，并标注为“${zh}”；图表和排行中会显示该标记。`,
    `Approximate value "${text}" recorded as ${value}, marked "${en}"; charts and rankings show the mark.`);
}

function magnitudeNote(text: string, value: number): ValueNote {
  return note('magnitude-scaled', 'info', `“${text}”已换算为${value}。`, `"${text}" converted to ${value}.`);
}

/** A single (possibly qualified, signed, unit-suffixed) number. */
export function parseSingle(text: string): Single | Failure {
  const notes: ValueNote[] = [];
  let s = text;
  let qualifier: Qualifier = 'exact';
  let sign = 1;
  let signs = 0;
  let currency = false;
  let percentWord = false;
  for (let changed = true; changed && s !== '';) {
    changed = false;
    const cur = CURRENCY.exec(s);
    if (cur && cur[0].length < s.length && !currency) { currency = true; s = s.slice(cur[0].length); changed = true; continue; }
    const pct = PERCENT_WORD.exec(s);
    if (pct && pct[0].length < s.length && !percentWord) { percentWord = true; s = s.slice(pct[0].length); changed = true; continue; }
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
  if (YUAN_WHOLE.test(s)) s = s.slice(0, -1);
  for (const [re, q] of SUFFIXES) {
    const m = re.exec(s);
    if (m && m.index > 0) { s = s.slice(0, m.index); qualifier = q; break; }
  }
  let unit = valueUnitAtEnd(s);
  if (unit) s = s.slice(0, -unit[0].length);
  else if (currency) unit = YUAN;
  else if (percentWord) unit = PERCENT;
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
    // Its own magnitude, as `6万` has (壹万 under 万元 is 1万元, not 1亿): a 万 or 亿 in it, or a closing 千 or 百.
    pow = s.includes('亿') ? 8 : s.includes('万') ? 4 : /[千仟]$/.test(s) ? 3 : /[百佰]$/.test(s) ? 2 : 0;
    if (/[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾佰仟]/.test(s)) {
      const read = `${sign * value}${unit?.[1] === '%' ? '%' : ''}`;
      notes.push(note('chinese-numeral', 'warning', `中文数字“${text}”识别为${read}，请核对。`,
        `Chinese numeral "${text}" read as ${read}; please check.`));
    } else {
      notes.push(magnitudeNote(text, value));
    }
  } else if (EURO_GROUPED.test(s)) {
    const read = s.replace(/\./g, '').replace(',', '.');
    return { ok: false, failure: note('ambiguous-separator', 'warning',
      `“${text}”像是按欧洲写法用“.”作千分位${s.includes(',') ? '、“,”作小数点' : ''}，数字格式不明确，未取值；请在源表核对：如是${read}，请改为“${read}”，改好后重新导入。`,
      `"${text}" looks like European digit grouping (dots for thousands${s.includes(',') ? ', a comma for decimals' : ''}): ambiguous, no value taken. If ${read} is meant, write it so.`) };
  } else if (LOOSE_DIGITS.test(s) && s.includes(',')) {
    return { ok: false, failure: note('ambiguous-separator', 'warning',
      `“${text}”中的逗号不在千分位上，数字格式不明确，未取值；请在源表核对${/^[^,]*,[^,]*$/.test(text) ? `：如是小数，请改为“${text.replace(',', '.')}”` : '（是否为小数逗号？）'}，改好后重新导入。`,
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
