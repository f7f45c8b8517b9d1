/**
 * Reads the lines above a table's header (for find-header.ts): the title, kept as the file's caption,
 * and what the lines under it say: the table's unit (`单位：万元`), who filed it (`填报单位：…`), its
 * division code (`区划代码：…`), its period (`统计时间：2024年3月`) or its street (`咸水沽镇` alone).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { scanPeriodText } from '../cells/scan-period-text';
import { streetNameIn } from './file-street';
import { rowKind } from '../cells/row-label';
import { unitNameIn } from './name-text';
import { LABELLED_PERIOD } from '../vocabulary/period-labels';
import { barePeriodCell, captionText, filedByOf, isFormFieldLine, quotedLine, UNIT_ROW, unitCodeIn, unitNote, unitPhrase, withoutRemark } from './preamble-lines';

/** What the lines above the header say (HeaderResult's fields of the same names). */
export interface AboveHeader {
  readonly caption?: string;
  readonly captionLine: number;
  readonly captionCells?: readonly string[];
  readonly defaultUnit?: string;
  readonly filedBy?: string;
  /** The line `filedBy` was read on. */
  readonly filedByAt?: number;
  /** The 填报单位 line, and the period it wrote after the name (then read as the table's). */
  readonly filedByLine?: FiledByLine;
  readonly unitCode?: { readonly code: string; readonly line: number; readonly text: string; readonly skipped: boolean };
  readonly issues: readonly ImportIssue[];
}

/**
 * The 填报单位 line and what else it gave: the period written after the name (then read as the table's), or the street
 * written before the community (`填报单位：东海街道华江里社区第一居委会`), the line then joined to the caption as `captioned`.
 */
export interface FiledByLine {
  readonly line: number;
  readonly text: string;
  readonly period?: string;
  readonly street?: string;
  readonly captioned?: string;
}

/** The note on a line above the header that the table does not read (a title's second line, a code line a form reads later: codeLineRead). */
function skippedAbove(file: string, line: number, text: string): ImportIssue {
  const q = quotedLine(text);
  return makeIssue('info', 'preamble-row', { file, line }, `第${line}行${q.zh}在表头之上，已跳过`, `Line ${line}: ${q.en} above the header was skipped.`);
}

/** Reads rows 0..h-1 (above the header row `h`), `lines` their line numbers. Never throws. */
export function readAboveHeader(rows: readonly string[][], lines: readonly number[], h: number, file: string): AboveHeader {
  const issues: ImportIssue[] = [];
  let caption: string | undefined;
  let captionLine = 0;
  let captionCells: readonly string[] | undefined;
  let defaultUnit: string | undefined;
  let filedBy: string | undefined;
  let filedByAt: number | undefined;
  let filedByLine: FiledByLine | undefined;
  let unitCode: AboveHeader['unitCode'];
  const fieldLines: { i: number; text: string; code: ReturnType<typeof unitCodeIn> }[] = [];
  const takeTitle = (i: number, text: string): void => {
    // Who filled it in and their phone (a form's fields on the title's line) are no part of the caption.
    const kept = captionText(text);
    if (kept === '') { issues.push(skippedAbove(file, lines[i]!, text)); return; }
    caption = kept;
    captionLine = lines[i]!;
    captionCells = rows[i]!;
    const q = quotedLine(text);
    issues.push(makeIssue('info', 'title-row', { file, line: lines[i]! },
      `第${lines[i]}行${q.zh}是表格标题，已记为说明`, `Line ${lines[i]}: ${q.en} is a title row, kept as the caption.`));
  };
  const readUnderTitle = (i: number, text: string, code: ReturnType<typeof unitCodeIn>): void => {
    const title = caption!;
    const q = quotedLine(text);
    // `统计时间：2024年3月` beside `填报单位：…` under the title, or `2024年3月` alone in a cell of
    // that row (or after the code on a code line): the table's period when the title has none.
    // A 填报单位 line may write the period after the name in the same cell (`填报单位：红星里社区　　2024年10月`).
    const labelled = LABELLED_PERIOD.exec(text)?.[0];
    const filer = filedByOf(text);
    const period = scanPeriodText(title).found !== null ? null
      : labelled !== undefined && scanPeriodText(labelled).found !== null ? labelled
      : barePeriodCell(code !== undefined ? [...rows[i]!, code.rest] : rows[i]!) ?? (filer !== undefined ? barePeriodCell(text.split(/\s+/)) : null);
    if (period !== null) {
      caption = `${title} ${period}`;
      // The line is also who filed it: a form's community is said with the period (filedByRead).
      if (filer !== undefined && filer === filedBy && filedByLine === undefined) filedByLine = { line: lines[i]!, text, period };
      issues.push(makeIssue('info', 'preamble-row', { file, line: lines[i]! },
        `第${lines[i]}行${q.zh}在表头之上；其中“${period}”作为统计期间`, `Line ${lines[i]}: "${period}" above the header is the table's period.`));
      return;
    }
    // A title split over two rows (`劝业场街道各社区` over `２０２４年３月就业情况统计表`, `2024年3月` over `花园路社区就业情况统计表`,
    // each merged across the table): the second, alone on its row and naming a period or a community the first does not,
    // goes on with the title (no footer: not the day it was filled in, a note, 以上数据截至…; no 社区名称： line, read as filed by).
    const alone = rows[i]!.filter((c) => c.trim() !== '').length === 1;
    const more = (scanPeriodText(title).found === null && scanPeriodText(text).found !== null) || (unitNameIn(title) === '' && unitNameIn(text) !== '');
    if (alone && more && code === undefined && filedByOf(text) === undefined && rowKind({ cells: rows[i]!, unit: '', parent: '', district: '' }) === null) {
      caption = `${title} ${text}`;
      issues.push(makeIssue('info', 'title-row', { file, line: lines[i]! },
        `第${lines[i]}行${q.zh}接着上一行的标题，已并入标题`, `Line ${lines[i]}: ${q.en} goes on with the title above it; joined to it.`));
      return;
    }
    // `咸水沽镇` alone on a row under a title that names no street: the street of the table's rows.
    const street = alone && streetNameIn(title, 'many') === '' ? streetNameIn(text, 'many') : '';
    if (street !== '') {
      const captioned = captionText(text);
      caption = `${title} ${captioned}`;
      // The 填报单位 line naming the community after its street: a form reading the community says so (filedByRead).
      if (filer !== undefined && filer === filedBy && filedByLine === undefined && unitNameIn(filer) !== '') filedByLine = { line: lines[i]!, text, street, captioned };
      issues.push(makeIssue('info', 'preamble-row', { file, line: lines[i]! },
        `第${lines[i]}行${q.zh}在表头之上，作为本表的街道（镇）`, `Line ${lines[i]}: ${q.en} above the header is the table's street.`));
      return;
    }
    if (filedBy !== undefined && filedByLine === undefined && filedByOf(text) === filedBy) filedByLine = { line: lines[i]!, text };
    if (unitCode !== undefined && unitCode.line === lines[i]) unitCode = { ...unitCode, skipped: true };
    issues.push(skippedAbove(file, lines[i]!, text));
  };
  for (let i = 0; i < h; i++) {
    const text = rows[i]!.map((c) => c.trim()).filter((c) => c !== '').join(' ');
    if (text === '') continue;
    // `sep=;` (the delimiter split it to `sep=`), which Excel writes and reads as the file's delimiter: no title.
    if (i === 0 && /^sep=.?$/i.test(text)) {
      issues.push(makeIssue('info', 'sep-line', { file, line: lines[i]! },
        `第${lines[i]}行“${text}”是Excel写入的分隔符声明，不是标题或数据，已跳过`, `Line ${lines[i]}: "${text}" is Excel's delimiter line; skipped.`));
      continue;
    }
    if (filedBy === undefined) {
      filedBy = filedByOf(text);
      if (filedBy !== undefined) filedByAt = lines[i]!;
    }
    const code = unitCodeIn(text);
    // A code line is no title, though the first line: skipped, a one-community form reads it (as it reads one in a title or 填报单位 line).
    if (code !== undefined && unitCode === undefined) unitCode = { code: code.code, line: lines[i]!, text, skipped: false };
    if (code?.alone === true) {
      if (unitCode!.line === lines[i]) unitCode = { ...unitCode!, skipped: true };
      issues.push(skippedAbove(file, lines[i]!, text));
      continue;
    }
    // (`（单位：户、人）` in its brackets too: a unit line, not a line skipped after its unit is taken.)
    const unit = UNIT_ROW.exec(text.replace(/^[(（](.*)[)）]$/, '$1'));
    if (unit) {
      // `单位：万元` alone, or with 填报单位：… after it on the same row: the unit is its first word.
      defaultUnit = withoutRemark(unit[1]!.trim().split(/\s+/)[0]!);
      issues.push(unitNote(`第${lines[i]}行${quotedLine(text).zh}`, defaultUnit, file, lines[i]!));
      continue;
    }
    // `单位：万元` written in the title (`…救助情况（单位：万元）`) or beside 填报单位 on one row.
    const phrase = defaultUnit === undefined ? unitPhrase(text) : undefined;
    if (phrase !== undefined) {
      defaultUnit = phrase;
      issues.push(unitNote(`第${lines[i]}行中的“单位：${phrase}”`, phrase, file, lines[i]!));
    }
    // A line of the form's fields above the title (填报单位：… / 2024年3月各社区统计) is read under it: the title is the next line.
    if (caption === undefined && isFormFieldLine(rows[i]!)) fieldLines.push({ i, text, code });
    else if (caption === undefined) takeTitle(i, text);
    else readUnderTitle(i, text, code);
  }
  // With no other line above the header, the first such line is the title, as any first line is.
  const first = caption === undefined ? fieldLines.shift() : undefined;
  if (first !== undefined) takeTitle(first.i, first.text);
  for (const f of fieldLines) readUnderTitle(f.i, f.text, f.code);
  if (fieldLines.length > 0) issues.sort((a, b) => a.line - b.line);

  return {
    captionLine, issues,
    ...(caption !== undefined ? { caption, ...(captionCells !== undefined ? { captionCells } : {}) } : {}),
    ...(defaultUnit !== undefined ? { defaultUnit } : {}),
    ...(filedBy !== undefined ? { filedBy, ...(filedByAt !== undefined ? { filedByAt } : {}) } : {}),
    ...(filedByLine !== undefined ? { filedByLine } : {}),
    ...(unitCode !== undefined ? { unitCode } : {}),
  };
}
