/**
 * Reading single cells that need context: the division code (text, never a number), the period
 * of a row, and turning a value's notes into located ImportIssues.
 */
import type { IssueSink } from '../report/issue-sink';
import { makeIssue, whereEn, whereZh, type IssueAt } from '../report/make-issue';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { periodProblem } from '../cells/period-problem';
import { subtotalKind, type SubtotalKind } from '../cells/row-label';
import { isTwelveDigits } from './plain-number';
import { periodErrorIssue } from './period-cell-text';
import type { ParsedValue } from '../cells/parse-value';
import { relativePeriod } from '../vocabulary/relative-period';
import { SOURCE_WORDS } from '../table/file-period';
import { quotedLine } from '../table/preamble-lines';
import { formatPeriodKey, parsePeriodKey, periodWithin, type PeriodKey } from '../vocabulary/period';
import type { TableShape } from '../table/detect-shape';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { withYearWritten } from '../cells/period-words';

type CellAt = IssueAt & { line: number };

/** Period cell text → parsed key (null when unrecognised), cached per distinct text. */
export type PeriodCache = Map<string, { key: PeriodKey | null; notes: ParsedValue['notes']; cumulative: boolean; day?: 'first' | 'last' | 'within' }>;


const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/i;
/** Zero-width and other invisible characters. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/**
 * 12 digits as a person reads them (after NFKC, so full-width digits too), behind Excel's text
 * prefix `'` or followed by the `.0` of a code stored as a number.
 */
const LOOSE_CODE = /^('?)(\d{12})(\.0+)?$/;

/** A 12-digit division code typed before the name in the same cell: `120112001001 花园路社区`. */
const CODE_BEFORE_NAME = /^\s*(\d{12})[\s、.．:：\-—_·|]*(?=[^\d\s])(.+?)\s*$/;
/** ... or after it: `祥福里社区⏎120112100001` (Alt+Enter), `祥福里社区（120112100001）`, `祥福里社区 120112100001`. */
const CODE_AFTER_NAME = /^\s*(.*?[^\d\s])[\s、:：\-—_·|]*[（(]?\s*(\d{12})\s*[)）]?\s*$/;

/** The code and the name of a name cell that starts or ends with a 12-digit division code (`after`: it ends with it), else null. */
export function codeBeforeName(cell: string): { code: string; name: string; after: boolean } | null {
  // Most cells are a name alone: neither end is a digit, a space or a bracket, and no pattern is run.
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  const m = digitOrSpace(first) ? CODE_BEFORE_NAME.exec(cell) : null;
  if (m) return { code: m[1]!, name: m[2]!, after: false };
  const a = digitOrSpace(last) || last === 41 || last === 0xff09 ? CODE_AFTER_NAME.exec(cell) : null;
  return a ? { code: a[2]!, name: a[1]!, after: true } : null;
}

/** A digit, or a character `\s` matches (ASCII spaces and controls, NBSP, U+2000–U+200A, U+3000, BOM …). */
function digitOrSpace(c: number): boolean {
  return (c >= 48 && c <= 57) || c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A 12-digit division code as text; '' when the cell is empty or not a code (warning, names are
 * used instead); null when Excel turned it into scientific notation (blocking: the code is lost).
 * Full-width digits are the code they show, and invisible characters around them are none of it;
 * Excel's `'` prefix and a trailing `.0` are taken off with an info.
 */
export function readCode(text: string, at: CellAt, sink: IssueSink): string | null {
  if (text === '') return '';
  if (/^\d{12}$/.test(text)) return text.endsWith('000') ? notUnitCode(text, at, sink) : text;
  // Invisible characters (a zero-width space pasted from a web page) are no part of what a person reads.
  const loose = LOOSE_CODE.exec(text.replace(INVISIBLE, '').normalize('NFKC').trim());
  if (loose !== null) {
    const code = loose[2]!;
    if (code.endsWith('000')) return notUnitCode(text, at, sink);
    const prefix = loose[1] !== '';
    const point = loose[3];
    if (prefix || point !== undefined) {
      const zh = [prefix ? '开头的“\'”（Excel的文本前缀）' : '', point !== undefined ? `末尾的“${point}”（代码被存成了数字）` : ''].filter((x) => x !== '').join('和');
      const en = [prefix ? "the leading ' (Excel's text prefix)" : '', point !== undefined ? `the trailing "${point}" (a code stored as a number)` : ''].filter((x) => x !== '').join(' and ');
      sink.pushCapped(makeIssue('info', 'code-normalised', at,
        `${whereZh(at.line, at.column, at.columnName)}：区划代码“${text}”已去掉${zh}，按${code}读取`,
        `${whereEn(at.line, at.column, at.columnName)}: code "${text}" read as ${code}, without ${en}.`));
    }
    return code;
  }
  // Digits grouped by spaces or dashes as people read codes out (1201 0100 1001, 120101-001-002).
  const grouped = text.normalize('NFKC');
  if (/^\d+(?:[ -]\d+)+$/.test(grouped) && /^\d{12}$/.test(grouped.replace(/[ -]/g, ''))) {
    const code = grouped.replace(/[ -]/g, '');
    sink.pushCapped(makeIssue('info', 'code-normalised', at,
      `${whereZh(at.line, at.column, at.columnName)}：区划代码“${text}”已去掉中间的空格或横线，按${code}读取`,
      `${whereEn(at.line, at.column, at.columnName)}: code "${text}" read as ${code}, without its spaces or dashes.`));
    return code;
  }
  if (SCIENTIFIC.test(text)) {
    sink.pushCapped(makeIssue('error', 'code-scientific', at,
      `${whereZh(at.line, at.column, at.columnName)}：区划代码“${text}”疑似被Excel转为科学计数法，原值已丢失。请在Excel中把该列设为“文本”格式后重新导出`,
      `${whereEn(at.line, at.column, at.columnName)}: code "${text}" was turned into scientific notation by Excel; the original is lost.`));
    return null;
  }
  // 15 digits ending in 000: a 12-digit code with three digits a system added (or a village code written long);
  // ending in a 城乡分类代码 (111 主城区 … 220 村庄): the code and its class, as the statistics office lists them side by side.
  const padded = /^\d{12}000$/.test(text) ? `；如是12位代码后多了“000”，请去掉末尾的000（即${text.slice(0, 12)}）后重新导入`
    : /^\d{12}(?:11[12]|12[123]|2[12]0)$/.test(text) ? `；如是12位代码后接了3位城乡分类代码“${text.slice(12)}”，请只保留前12位（即${text.slice(0, 12)}）后重新导入`
    // A district's 6 digits (`120102`, full-width too) or a street's 9: the code of the place the unit lies in, not the unit's own.
      : /^\d{6}$|^\d{9}$/.test(text.normalize('NFKC')) ? `；${text.length}位数字是${text.length === 6 ? '区（县）' : '街道（乡镇）'}的代码，不是社区（村）的代码，如需代码请填社区（村）的12位代码` : '';
  sink.pushCapped(makeIssue('warning', 'code-invalid', at,
    `${whereZh(at.line, at.column, at.columnName)}：区划代码“${text}”不是12位数字，已忽略，按名称识别单位${padded}`,
    `${whereEn(at.line, at.column, at.columnName)}: code "${text}" is not 12 digits; ignored, the name is used.`));
  return '';
}

/**
 * The code a `区划代码：…` line above the header gives the table's one unit `unit` (a one-community form's, the community
 * of a table of its grids), checked as a code column's cell is (readCode), said at its line; '' when none.
 */
export function unitCodeAbove(at: { code: string; line: number; text: string }, unit: string, file: string, sink: IssueSink): string {
  const code = readCode(at.code, { file, line: at.line }, sink) ?? '';
  if (code !== '') {
    sink.push(makeIssue('info', 'code-above-form', { file, line: at.line },
      `第${at.line}行${quotedLine(at.text).zh}在表头之上，其中${code}作为“${unit}”的区划代码`, `Line ${at.line}: ${code} above the header is the division code of "${unit}".`));
  }
  return code;
}

/**
 * 12 digits ending in 000 are no community's or village's code (theirs end in 001–598): a street's
 * or district's code, or what Excel kept of a code it turned into `1.20111E+11` (120111000000, in
 * a workbook's number cell or a CSV saved after it). Read as a code, every such row was one unit.
 */
function notUnitCode(text: string, at: CellAt, sink: IssueSink): '' {
  sink.pushCapped(makeIssue('warning', 'code-not-unit', at,
    `${whereZh(at.line, at.column, at.columnName)}：区划代码“${text}”末三位是000，不是社区（村）的代码：可能是街道或区的代码，或是Excel把代码转成科学计数法（如1.20111E+11）后丢了后几位。已忽略，按名称识别单位；请在Excel中把该列设为“文本”格式、填入12位代码后重新导入`,
    `${whereEn(at.line, at.column, at.columnName)}: code "${text}" ends in 000, no community's or village's code (a street's or district's, or one Excel's scientific notation cut short); ignored, the name is used.`));
  return '';
}

/**
 * The division code of a row's unit, and its name: the code column's text, or the code written in
 * the name cell (`120112001001 花园路社区`, `花园路社区（120112001001）`, with an info) when the code
 * column has none or the same. A total's label merged over the code and name columns, and the
 * 9-digit code on a street's or district's own row (`placeRow`), are no unit's code (''). Null:
 * Excel turned the code into scientific notation (readCode's error; the row is rejected).
 * `sameAsAbove`: the code text is the row above's, checked there.
 */
export function rowCode(
  codeText: string, unitText: string, sub: SubtotalKind | null, placeRow: boolean, sameAsAbove: boolean,
  s: Pick<TableShape, 'code' | 'unit' | 'names'>, file: string, line: number, sink: IssueSink,
): { code: string; name: string } | null {
  // The cells' places are made only for an issue (most rows have none).
  const at = (column: number): CellAt => ({ file, line, column: column + 1, columnName: s.names.get(column) });
  const split = sub === null ? codeBeforeName(unitText) : null;
  const written = split !== null && (codeText === '' || codeText === split.code) ? split : null;
  if (written !== null) {
    sink.pushCapped(makeIssue('info', 'code-in-name', at(s.unit),
      `第${line}行名称“${unitText}”${written.after ? '后' : '前'}的12位数字按区划代码${written.code}使用，名称按“${written.name}”`,
      `Line ${line}: the 12 digits ${written.after ? 'after' : 'before'} "${written.name}" are read as its division code ${written.code}.`));
    return { code: written.code, name: written.name };
  }
  // A total's 12 digits ending in 000 are its street's code; a unit's are no code (notUnitCode).
  const code = codeText === '' || sameAsAbove || (isTwelveDigits(codeText) && (sub !== null || placeRow || !codeText.endsWith('000'))) ? codeText
    : sub === 'heading' || (sub !== null && (placeRow || subtotalKind(codeText) !== null)) ? ''
    : readCode(codeText, at(s.code), sink);
  return code === null ? null : { code, name: unitText };
}

/** parsePeriodKey throws on out-of-range years (`1000`); for user text that just means "not a key". */
function safePeriodKey(text: string): ReturnType<typeof parsePeriodKey> {
  try {
    return parsePeriodKey(text);
  } catch {
    return null;
  }
}

/** The row's period key: from its period cell, else the file period; null (with an error) when neither works. */
export function readPeriod(text: string, shape: TableShape, cache: PeriodCache, at: CellAt, sink: IssueSink): PeriodKey | null {
  if (text === '') {
    if (shape.filePeriod) return shape.filePeriod.key;
    sink.pushCapped(makeIssue('error', 'period-missing', at,
      `${whereZh(at.line, at.column, at.columnName)}：期间为空，请补全（如 2024年3月）后重新导入`,
      `${whereEn(at.line, at.column, at.columnName)}: the period is empty.`));
    return null;
  }
  let hit = cache.get(text);
  if (!hit) {
    const direct = safePeriodKey(text);
    const defaultYear = shape.filePeriod ? Number(shape.filePeriod.key.slice(0, 4)) : undefined;
    // 本月 / 累计: the table's own period and its year to date.
    const relative = direct || !shape.filePeriod ? null : relativePeriod(text, shape.filePeriod.key);
    const parsed = direct || relative ? null : parsePeriodLabel(text, defaultYear !== undefined ? { defaultYear } : {});
    hit = direct
      ? { key: formatPeriodKey(direct), notes: [], cumulative: direct.granularity === 'C' }
      : relative
        // (A column that says 本月 or 累计 on each row mixes them on purpose: no period-mix warning.)
        ? { key: relative.key, notes: [], cumulative: false }
        : parsed
          ? { key: formatPeriodKey(parsed.period), notes: parsed.notes, cumulative: parsed.cumulative, ...(parsed.day !== undefined ? { day: parsed.day } : {}) }
          : { key: null, notes: [], cumulative: false };
    cache.set(text, hit);
    const file = shape.filePeriod;
    // (Our own export, with its `raw` column, is named for the dataset, which may name only its first month.)
    const ownExport = shape.rawText >= 0 && file?.source === 'file-name';
    if (hit.key !== null && file && relative === null && !ownExport && !periodWithin(hit.key, file.key)) {
      const { zh: from, en: fromEn } = SOURCE_WORDS[file.source];
      sink.push(makeIssue('warning', 'period-disagree', at,
        `${whereZh(at.line, at.column, at.columnName)}：期间“${text}”（${formatPeriodLabel(hit.key, 'zh')}）与${from}的期间${formatPeriodLabel(file.key, 'zh')}不一致，已按期间列统计；请核对${from}或期间列`,
        `${whereEn(at.line, at.column, at.columnName)}: period "${text}" (${formatPeriodLabel(hit.key, 'en')}) differs from the ${fromEn} period ${formatPeriodLabel(file.key, 'en')}; the period column is used.`));
    }
  }
  for (const n of hit.notes) {
    sink.pushCapped(makeIssue(n.severity, n.code, at,
      `${whereZh(at.line, at.column, at.columnName)}：${n.message}`, `${whereEn(at.line, at.column, at.columnName)}: ${n.messageEn}`));
  }
  if (hit.key === null) {
    // `4月` under a 2024年3月 row: a month without its year (the file name or title may give it).
    if (parsePeriodLabel(text, { defaultYear: 2000 }) !== null) {
      sink.pushCapped(makeIssue('error', 'period-no-year', at,
        `${whereZh(at.line, at.column, at.columnName)}：期间“${text}”没有写年份。请写成“${withYearWritten(text, 2024)}”这样的形式，或把年份写进文件名或标题行（如“2024年各社区统计.xlsx”）后重新导入`,
        `${whereEn(at.line, at.column, at.columnName)}: period "${text}" has no year; write it with the year, or put the year in the file name or title.`));
      return null;
    }
    // 合计 (总计, 小计) in the 期间 column: a total over the periods, no period; said, not imported.
    const total = subtotalKind(text);
    if (total === 'total' || total === 'segment') {
      sink.pushCapped(makeIssue('warning', 'subtotal-period-row', at,
        `${whereZh(at.line, at.column, at.columnName)}：期间为“${text}”，是各期的合计行，不是一个统计期间，未导入（也未与各期之和核对）；如不需要，可从源表删除该行`,
        `${whereEn(at.line, at.column, at.columnName)}: the period "${text}" is a total over the periods; not imported.`));
      return null;
    }
    const error = periodErrorIssue(text, '期间', at);
    if (error !== null) { sink.pushCapped(error); return null; }
    const why = periodProblem(text);
    sink.pushCapped(makeIssue('error', 'period-invalid', at,
      `${whereZh(at.line, at.column, at.columnName)}：期间“${text}”无法识别${why ? `（${why.message}）` : ''}，请写成 2024年3月、2024年第一季度、2024年上半年 或 2024-03 等形式`,
      `${whereEn(at.line, at.column, at.columnName)}: period "${text}" is not recognised.`));
  }
  return hit.key;
}

/** Every note of a parsed value becomes an issue at the value's cell (capped per column). */
export function addValueNotes(v: ParsedValue, at: CellAt, sink: IssueSink): void {
  for (const n of v.notes) {
    sink.pushCappedAs(n.severity, n.code, at.file, at.column ?? 0, () => makeIssue(n.severity, n.code, at,
      `${whereZh(at.line, at.column, at.columnName)}：${n.message}`, `${whereEn(at.line, at.column, at.columnName)}: ${n.messageEn}`));
  }
}

