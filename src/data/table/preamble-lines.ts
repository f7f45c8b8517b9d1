/**
 * What the lines above a table's header say (for find-header.ts): who filed
 * the sheet or which community it is (`填报单位：…`, `社区名称：…`), its period (`统计时间：2024年3月`,
 * or a period alone in a cell) and its unit (`单位：万元`); a line saying any of these is no header.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, tableUnits } from '../vocabulary/metric-aliases';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { scanPeriodText } from '../cells/scan-period-text';
import { SEAL_REMARK, TRAILING_BRACKET } from '../vocabulary/remark-words';
import { endsLikeUnit } from '../vocabulary/place-words';
import { unitNamedAfter } from './name-text';
import { BARE_LABELLED_PERIOD, LABELLED_PERIOD, PERIOD_LABEL } from '../vocabulary/period-labels';
import { FORM_LABELS, ROLE_WORDS, subtotalKind } from '../cells/row-label';
import { BARE_NAME, FORM_FACT, PERSON_LABEL, PERSONAL_NUMBER, PHONE_NUMBER } from '../vocabulary/personal-words';

/** A `单位：人` row: its unit. */
export const UNIT_ROW = /^(?:计量)?单位\s*[:：]\s*(.+)$/;

/**
 * A line under the title that says who filed the sheet, its community, its code or its period (`填报单位：咸水沽镇`,
 * `社区：祥福里社区`, `区划代码 | 1.20101E+11`, `统计时间： | 2024年3月` with label and value in cells of their own): never the
 * header, though `统计时间：` or `区划代码` alone in a cell reads like a column's name.
 */
export function isPreambleRow(row: readonly string[]): boolean {
  const text = row.map((c) => c.trim()).filter((c) => c !== '').join(' ');
  if (filedByOf(text) !== undefined || unitCodeIn(text) !== undefined || bareLabelLine(row)) return true;
  const labelled = LABELLED_PERIOD.exec(text)?.[0];
  return labelled !== undefined && scanPeriodText(labelled).found !== null;
}

/**
 * A cell above the header that is a period and nothing else (`2024年3月`, `2024年第一季度`); not a
 * day (`2024年4月5日` is when the sheet was filled in), not a bare number (`2024`, an Excel serial).
 */
export function barePeriodCell(row: readonly string[]): string | null {
  for (const cell of row) {
    const t = cell.trim();
    if (t === '' || /^\d+$/.test(t)) continue;
    const p = parsePeriodLabel(t);
    if (p !== null && p.notes.length === 0) return t;
  }
  return null;
}

/**
 * `单位：万元` inside a row above the header or its title (`填报单位：咸水沽镇 … 单位：万元`,
 * `…救助情况（单位：万元）`), when it names a measure unit; never who filed the sheet (`填报单位：`).
 */
const UNIT_PHRASE = /(?<!填报|填表|报送|上报|统计)(?:计量|金额)?单位\s*[:：]\s*([^\s,，;；（）()]+(?:[、，,/／][^\s,，;；（）()]+)*)/;

/** The unit a `单位：` phrase names (`万元`, `万元、人`), when it names a measure unit. */
export function unitPhrase(text: string): string | undefined {
  const unit = UNIT_PHRASE.exec(text)?.[1];
  return unit !== undefined && tableUnits(unit).length > 0 ? unit : undefined;
}

/**
 * A unit row's unit without a remark in brackets after it that names no unit (`万元（金额）` → `万元`):
 * the unit is what comes before. Kept as written when the bracket is itself a unit (`户（人）`) or
 * what comes before names none.
 */
export function withoutRemark(unit: string): string {
  const m = TRAILING_BRACKET.exec(unit);
  if (m === null || tableUnits(m[1]).length > 0) return unit;
  const before = unit.slice(0, m.index);
  return tableUnits(before).length > 0 ? before : unit;
}

/**
 * The table's unit a row holding only `单位：万元` (`（单位：万元）`, in any cell) names, with the text as
 * written; null for any other row (units under several columns are a units row: unit-row.ts).
 */
export function tableUnitBelow(row: readonly string[] | undefined): { unit: string; text: string } | null {
  const written = (row ?? []).map((c) => c.trim()).filter((c) => c !== '');
  if (written.length !== 1) return null;
  const text = written[0]!;
  const m = UNIT_ROW.exec(text.normalize('NFKC').replace(/^[(（](.*)[)）]$/, '$1'));
  const unit = m === null ? '' : withoutRemark(m[1]!.trim());
  return unit !== '' && tableUnits(unit).length > 0 ? { unit, text } : null;
}

/** Info: `what` gives the table's unit; a 万元 says that the columns without a unit are scaled to 元. */
export function unitNote(what: string, unit: string, file: string, line: number): ImportIssue {
  const scaled = tableUnits(unit).filter((u) => u.scale !== 1);
  const zh = scaled.map((u) => `：未写单位的${u.base === '元' ? '金额' : `${u.base}数`}列按${u.written}读取，换算为${u.base}`).join('');
  return makeIssue('info', 'unit-row', { file, line }, `${what}作为默认计量单位${zh}`,
    `Line ${line}: "${unit}" taken as the default unit${scaled.length > 0 ? `; columns without a unit are scaled to ${scaled.map((u) => u.base).join(', ')}` : ''}.`);
}

/**
 * `填报单位：双林街道（盖章）`, `填报单位（盖章）：双林街道`, `填报单位：（盖章）祥福里社区`: who filed the
 * sheet (a street's own report names the street, a community's form the community). The seal remark
 * may stand between the label and its colon, or right after the colon.
 */
const FILER_LABEL = '(?:填报单位|填表单位|报送单位|上报单位|统计单位)';
const FILED_BY = new RegExp(`${FILER_LABEL}\\s*(?:[（(][^（）()\\s]{1,6}[）)]\\s*)?([:：]?)\\s*(?:[（(][^（）()\\s]{1,6}[）)]\\s*)?([^\\s,，;；:：]+)`);
/**
 * What a 填报单位 written without its colon (`填报单位 | 花园路社区`, `填报单位 东湖街道`) must name to be read as one: a unit or
 * a street, as a header's 填报单位 column beside another never does (`填报单位 | 常住人口`, `填报单位 | 社区 | …`).
 */
const UNIT_OR_STREET = /(?:街道|街道办事处|镇|乡|镇人民政府|乡人民政府)$/;

/** A word naming a unit or a street (`花园路社区`, `增兴窑村委会`, `东湖街道`), its remark in brackets aside. */
function namesPlace(word: string): boolean {
  const named = word.replace(TRAILING_BRACKET, '');
  return (endsLikeUnit(named) || UNIT_OR_STREET.test(named)) && matchDimensionHeader(named) === null;
}

/**
 * A line naming the community or the period with its label and no colon (`社区名称 | 花园路社区`, `统计期间 | 2024年3月`),
 * which is a preamble line only above a header or the rows of a form written without one (find-header.ts): the first row of
 * a table across (one community's, one period's) may be its header.
 */
export function bareLabelLine(row: readonly string[]): boolean {
  const text = row.map((c) => c.trim()).filter((c) => c !== '').join(' ');
  if (NAMED_UNIT.test(text)) return false;
  const period = BARE_LABELLED_PERIOD.exec(text)?.[1];
  return (period !== undefined && barePeriodCell([period]) !== null) || (NAMED_UNIT_BARE.test(text) && filedByOf(text) !== undefined);
}

/**
 * `社区名称：祥福里社区`, `单位名称：祥福里社区居委会（盖章）`, `社区： | 祥福里社区`: the community a
 * one-community form is, when what follows the label ends as a unit's name does, and is the only such name.
 */
const NAMED_UNIT = /(?:(?:社区|村|村居|居委会|单位)名称|社区)\s*[:：]\s*([^\s,，;；]+)/;
/**
 * The same label without its colon, opening the line (`社区名称 | 花园路社区` in cells of their own): the form's community
 * only when a header follows it (bareUnitLine); the first row of one community's table across is its header.
 */
const NAMED_UNIT_BARE = /^(?:(?:社区|村|村居|居委会|单位)名称|社区)\s+([^\s,，;；:：]+)/;

/** A label spaced out to line up with the others above it (`填 报 单 位：`, `联 系 人：`, `电　话：`): one character, then spaces, and so on. */
const SPACED_LABEL = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff](?=[ \u3000]*[:：])/g;

/** `text` with its spaced-out labels written as labels are (`填 报 单 位：` → `填报单位：`). */
function unspacedLabels(text: string): string {
  return text.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]+/g, ''));
}

/**
 * Who filed the sheet (FILED_BY), else the community a `社区名称：` line names (NAMED_UNIT, or NAMED_UNIT_BARE), in a line's text; with a second
 * unit the clerk wrote after it (`填报单位：花园路社区 幸福里社区`, `…，幸福里社区`: unitNamedAfter), two units filing one form.
 */
export function filedByOf(written: string): string | undefined {
  const text = unspacedLabels(written).trim();
  // Up to the next field glued to it (`东湖街道花园路社区（盖章）填报人：张三`).
  const m0 = FILED_BY.exec(text);
  const fields = m0 === null ? [] : fieldsOf(m0[2]!);
  const filer = fields[0];
  if (filer !== undefined && (m0![1] !== '' || namesPlace(filer))) {
    const rest = fields.length === 1 ? text.slice(m0!.index + m0![0].length) : '';
    const second = rest !== '' ? unitNamedAfter(filer, rest) : null;
    return second !== null ? filer + rest.slice(0, second.end) : filer;
  }
  const m = NAMED_UNIT.exec(text) ?? NAMED_UNIT_BARE.exec(text);
  if (m === null) return undefined;
  // `社区： | 华苑社区 | 碧水园社区` names several: the corner of a transposed table's header.
  const names = text.slice(m.index + m[0].length - m[1]!.length).split(/\s+/).filter((w) => endsLikeUnit(w.replace(TRAILING_BRACKET, '')));
  return names.length === 1 && names[0] === m[1] ? m[1] : undefined;
}

/**
 * A field's label and colon, wherever it stands (`…社区（盖章）填报人：张三联系电话：…`: the fields glued together); a role's
 * (`负责人：`) with its unit's word only where a word begins (`社区书记：王丽` is one field, `花园路社区负责人：王丽` two).
 */
const FIELD_LABEL = new RegExp(`(?:${FORM_LABELS}|(?:(?<![\\u4e00-\\u9fff])(?:社区|村|居委会))?${ROLE_WORDS})\\s*(?:[（(][^（）()]{1,6}[）)])?\\s*[:：]`, 'g');

/** `word` cut before each field's label glued into it (FIELD_LABEL, read leftmost first: 联系电话, not its 电话). */
function fieldsOf(word: string): string[] {
  const starts = [...word.matchAll(FIELD_LABEL)].map((m) => m.index).filter((k) => k > 0);
  // (A comma or 、 the clerk put between them is no part of the field before, nor a bracket opened round the next: `花园路社区，联系人：…`,
  // `…统计表（联系人：…）`.)
  return [0, ...starts].map((k, n, all) => (n + 1 < all.length ? word.slice(k, all[n + 1]).replace(/[,，;；、]*[（(【[]?$/, '') : word.slice(k)));
}
/** A field's label alone, its value in the next word (`填报人：`, `联系电话：`, or `填报人`, `填报单位（盖章）` in a cell of its own). */
const LABEL_ALONE = new RegExp(`[:：]$|^(?:${FORM_LABELS}|${ROLE_WORDS})(?:[（(][^（）()]{1,6}[）)])?$`);
/** A word a phone number may be split into (`138 0000 0000`, `022-2345 6789`). */
const NUMBER_WORD = /^[\d\-－—()（）+]+$/;
/** A line of a form's fields: it opens with a field's label (`填报单位：…`, `填表人：…`). */
const FIELD_LINE = new RegExp(`^${FORM_LABELS}`);
/** Who filed the sheet, at a word's start (FILED_BY's label). */
const FILER_WORD = new RegExp(`^${FILER_LABEL}`);

/**
 * What becomes of a word of a line above the header: `kept` in the caption and the report; `form`, a field naming no one
 * (填报日期：…, a seal or a note: FORM_FACT), left out of the caption but quoted by the report; `personal`, who filled it in
 * and how to call them (`填报人：张三`, `联系电话：13800000000`, a mobile or identity card number alone, the value after such
 * a label alone: the footer words of row-label.ts), left out of both.
 */
type WordFate = 'kept' | 'form' | 'personal';

/**
 * The words of a line above the header and their fates (WordFate): who filed it (`填报单位：东湖街道花园路社区`), its period
 * and any other words are kept as written — on a line of the form's fields (FIELD_LINE), only those, a word of no field
 * (`张三` written bare after the filer) being someone's.
 */
function lineWords(written: string): { word: string; fate: WordFate }[] {
  const out: { word: string; fate: WordFate }[] = [];
  const text = unspacedLabels(written);
  const fieldsOnly = FIELD_LINE.test(text.trim());
  // After a dropped field: its value when its label stood alone, then a phone number's other groups (`138 0000 0000`).
  let dropping: { value: boolean; fate: WordFate } | null = null;
  // After the filer's label alone (`填报单位：` in a cell of its own): its value.
  let filerValue = false;
  for (const word of text.split(/\s+/).flatMap(fieldsOf)) {
    if (word === '') continue;
    const wasFiler = filerValue;
    filerValue = false;
    if (FILER_WORD.test(word)) {
      out.push({ word, fate: 'kept' });
      filerValue = LABEL_ALONE.test(word);
      dropping = null;
    } else if (subtotalKind(word) === 'footer' || PERSONAL_NUMBER.test(word) || PHONE_NUMBER.test(word)) {
      const fate = FORM_FACT.test(word) && !PERSON_LABEL.test(word.replace(FORM_FACT, '')) && !PERSONAL_NUMBER.test(word) ? 'form' : 'personal';
      // Whose number it is, written bare before it (`王丽 13812345678`).
      const before = out[out.length - 1];
      if (fate === 'personal' && before?.fate === 'kept' && BARE_NAME.test(before.word) && !endsLikeUnit(before.word) && barePeriodCell([before.word]) === null) before.fate = 'personal';
      out.push({ word, fate });
      dropping = { value: LABEL_ALONE.test(word), fate };
    } else if (dropping !== null && (dropping.value || NUMBER_WORD.test(word))) {
      out.push({ word, fate: dropping.fate });
      dropping = { value: false, fate: dropping.fate };
    } else {
      // On a line of the form's fields, a word of no field kept is left out too.
      // (A unit's or a street's name is no one's: `填报单位：花园路社区 | 幸福里社区`.)
      const kept = !fieldsOnly || wasFiler || PERIOD_LABEL.test(word) || barePeriodCell([word]) !== null || namesPlace(word);
      out.push({ word, fate: kept ? 'kept' : 'personal' });
      dropping = null;
    }
  }
  return out;
}

/**
 * A line above the header as a caption keeps it (lineWords): without who filled it in, how to call them or when,
 * personal data that must not travel into the app's captions and slides; who filed it without its seal remark.
 */
export function captionText(text: string): string {
  return lineWords(text).filter((w) => w.fate === 'kept').map((w) => w.word.replace(SEAL_REMARK, '')).join(' ');
}

/**
 * A line above the header as the import report quotes it (`第2行“…”在表头之上`): as written, but without who filled it in
 * and how to call them (lineWords' personal words), said to be left out; a line of nothing else is said by what it is.
 */
export function quotedLine(text: string): { zh: string; en: string } {
  const words = lineWords(text);
  if (words.every((w) => w.fate !== 'personal')) return { zh: `“${text}”`, en: `"${text}"` };
  const said = words.filter((w) => w.fate !== 'personal').map((w) => w.word).join(' ');
  return said === '' ? { zh: '（填表人、联系电话等填报信息，不在此列出）', en: '(who filled it in and their contact details, not shown)' }
    : { zh: `“${said}”（填表人、联系电话等其余填报信息不在此列出）`, en: `"${said}" (who filled it in and their contact details not shown)` };
}

/**
 * A line of a form's fields (`填报单位：新城街道 填报日期：2024年4月5日`, `填表人：张三 联系电话：…`): its first
 * cell a footer's label (row-label.ts, the one list of those words). No title, though it may stand above the title.
 */
export function isFormFieldLine(row: readonly string[]): boolean {
  const first = row.find((c) => c.trim() !== '');
  return first !== undefined && subtotalKind(first) === 'footer';
}

/** A label and the digits after it (`区划代码：120101001001`, `区划代码： 120101001001` from cells of their own, full-width too). */
const LABELLED_DIGITS = /([^\s:：,，;；]{2,12}?)\s*[:：]?\s*(['\d\uff10-\uff19][\d\uff10-\uff19\s.eE+-]*)/g;

/**
 * The division code written above the header under a code column's name (`区划代码：120101001001`,
 * `统计用区划代码：…` beside `填报单位：…`), as written (read-cells.ts readCode checks it), and the line's text
 * without its label and code; else undefined.
 */
export function unitCodeIn(text: string): { code: string; alone: boolean; rest: string } | undefined {
  for (const m of text.matchAll(LABELLED_DIGITS)) {
    if (matchDimensionHeader(m[1]!) !== 'code') continue;
    // Its digits grouped (`1201 0100 1001`: twelve, as readCode reads them), else its first word (`120101001001 2024年3月`,
    // `120102 2024年3月`: the code, then the period, whose digits are no part of it).
    const written = m[2]!.trim();
    const words = written.split(/\s+/);
    const code = [written, words[0]!].find((c, k) => {
      const digits = c.normalize('NFKC').replace(/[\s-]/g, '');
      return CODE_LIKE.test(digits) && (k === 1 || words.length === 1 || /^\d{12}$/.test(digits));
    });
    // `alone`: the line writes nothing else (a title writing the code in it is still the title); `rest`: what else it writes.
    const end = m.index + m[0].length - m[2]!.length + (code?.length ?? 0);
    if (code !== undefined) return { code, alone: code === written && m[0].trim() === text.trim(), rest: `${text.slice(0, m.index)} ${text.slice(end)}`.trim() };
  }
  // A code without its label, then the period and nothing else (`120102 2024年3月`).
  const bare = BARE_CODE_PERIOD.exec(text.trim());
  return bare !== null && CODE_LIKE.test(bare[1]!.normalize('NFKC')) && barePeriodCell([bare[2]!]) !== null ? { code: bare[1]!, alone: false, rest: bare[2]! } : undefined;
}

/** A line of a number then words (BARE_CODE_PERIOD's code and what follows). */
const BARE_CODE_PERIOD = /^([\d\uff10-\uff19]{6,15})\s+(\S.*)$/;

/**
 * What a code may be written as: twelve digits, a district's six (`120102`) or a street's nine, up to fifteen (readCode says
 * what is wrong with all but 12), or Excel's scientific notation. Six digits only as a district's are (`202403` is a month).
 */
const CODE_LIKE = /^'?(?:[1-8][1-9]\d{4}|\d{9,15})(?:\.0+)?$|^\d(?:\.\d+)?E\+?\d+$/i;

/**
 * A table's issues without the skip note of the line that wrote only the unit's code (`区划代码：…`, find-header.ts),
 * which a one-community form reads (read-vertical.ts says so there, or readCode why not).
 */
export function codeLineRead(issues: readonly ImportIssue[], header: { readonly unitCode?: { readonly line: number; readonly skipped: boolean } }): readonly ImportIssue[] {
  const at = header.unitCode;
  return at === undefined || !at.skipped ? issues : issues.filter((i) => i.code !== 'preamble-row' || i.line !== at.line);
}
