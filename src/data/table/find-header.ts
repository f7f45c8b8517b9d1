/**
 * Finds the header row below any title (`2024年上半年社区统计表`) and unit (`单位：人`) rows,
 * combines two- and three-row headers from merged cells (`常住人口/2023`, header-rows.ts), and cleans header names:
 * duplicates made unique, empty names filled (`列B`), empty columns dropped. Papaparse would take
 * the title row as the header, so this is ours.
 */
import { columnLetter, type ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, matchMetricHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { unitCellText, foldUnitRow } from './unit-row';
import { columnNumberRow } from './column-number-row';
import { headerBlock, joinHeaderRows } from './header-rows';
import { COMPARISON_WORDS } from '../vocabulary/relative-period';
import { headerWithoutMarks } from '../vocabulary/footnote-marks';
import { unmarkedHeader } from './header-marks';
import { namelessColumn } from './nameless-column';
import { bareLabelLine, isPreambleRow, quotedLine, tableUnitBelow, unitNote } from './preamble-lines';
import { readAboveHeader, type FiledByLine } from './above-header';
import { keyValueHeader, keyValueIssue } from './key-value-rows';

/** One kept column: its 0-based index in the raw rows and its unique, cleaned header name. */
export interface HeaderColumn {
  readonly index: number;
  readonly name: string;
}

export interface HeaderResult {
  /** Index (in rows) of the first data row; rows before it are title/unit/header lines. */
  readonly dataStart: number;
  /** Index of the (first) header row, or -1 when the file has no rows. */
  readonly headerRow: number;
  /** Number of raw cells in the header row: a data row longer than this has too many fields. */
  readonly width: number;
  readonly columns: HeaderColumn[];
  /** Columns without a name and without data in the rows looked at: dropped (their data may start further down). */
  readonly emptyColumns: readonly number[];
  /** Title row text, stored as the file's caption. */
  readonly caption?: string;
  /** The title row's line in the file, where a problem with the title's period is said. */
  readonly captionLine?: number;
  /** The title row's cells (a title over each of two tables side by side: block-titles.ts). */
  readonly captionCells?: readonly string[];
  /** The reporting unit named above the header (`填报单位：双林街道`, `社区名称：祥福里社区`), when one is. */
  readonly filedBy?: string;
  /** The line `filedBy` was read on (where two units named on it are said: vertical-form.ts unitDisagreeIssue). */
  readonly filedByAt?: number;
  /** The line above the header that named `filedBy`, skipped as a preamble line (its info says so until a form reads it as its community: filedByRead). */
  readonly filedByLine?: FiledByLine;
  /**
   * The division code written above the header (`区划代码：120101001001`), as written, its line, and whether that line's
   * note says it was skipped (codeLineRead takes it back): a one-community form's unit's (read-vertical.ts).
   */
  readonly unitCode?: { readonly code: string; readonly line: number; readonly text: string; readonly skipped: boolean };
  /** Default measure unit from a `单位：人` row. */
  readonly defaultUnit?: string;
  readonly issues: ImportIssue[];
}

const SCAN_ROWS = 30;
const MODAL_ROWS = 500;
const NUMERIC = /^[-+−]?[\d,，.]+%?$/;

/**
 * A period column's name as Excel shows a year or a year's month typed as a number (`2023`,
 * `2024.3`, `2024.10`); it reads as a number, but two of them in a row are a header's periods.
 */
const NUMBER_PERIOD = /^(?:19|20)\d{2}(?:\.(?:0?[1-9]|1[0-2]))?$/;

/** How many of `row`'s trimmed cells are in `texts`. */
function countIn(row: readonly string[], texts: ReadonlySet<string>): number {
  let n = 0;
  for (const c of row) if (texts.has(c.trim())) n++;
  return n;
}

function nonEmptyCount(row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c.trim() !== '') n++;
  return n;
}

function isKnownHeader(cell: string): boolean {
  const t = cell.trim();
  if (t === '') return false;
  const name = headerWithoutMarks(t)?.text ?? t;
  return matchDimensionHeader(name) !== null || matchMetricHeader(name).metricId !== null;
}

function modalNonEmpty(rows: readonly string[][]): number {
  const freq = new Map<number, number>();
  const n = Math.min(rows.length, MODAL_ROWS);
  for (let i = 0; i < n; i++) {
    const k = nonEmptyCount(rows[i]!);
    if (k > 0) freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  let mode = 0;
  let best = 0;
  for (const [k, f] of freq) if (f > best || (f === best && k > mode)) { mode = k; best = f; }
  return mode;
}

/** How many of a row's cells are written, read as numbers (not as a header's periods typed as numbers) and known headers. */
function cellCounts(row: readonly string[]): { ne: number; numeric: number; known: number } {
  let numeric = 0;
  let known = 0;
  const periods = new Set<string>();
  for (const c of row) {
    const t = c.trim();
    if (t === '') continue;
    if (NUMERIC.test(t)) {
      numeric++;
      if (NUMBER_PERIOD.test(t)) periods.add(t);
    } else if (isKnownHeader(t)) known++;
  }
  // Two or more years or months typed as numbers (2022 | 2023, 2024.1 | 2024.2) name period columns, not values.
  if (periods.size >= 2) numeric -= countIn(row, periods);
  return { ne: nonEmptyCount(row), numeric, known };
}

/**
 * Picks the header row: well filled, mostly text, preferably with headers we recognise; `implied` when there is none, the rows
 * from `row` a form's metrics and values (key-value-rows.ts).
 */
function pickHeaderRow(rows: readonly string[][], broken: ReadonlySet<number>): { row: number; implied?: readonly string[] } {
  const modal = modalNonEmpty(rows);
  const minCells = Math.max(1, Math.ceil(modal * 0.5));
  const n = Math.min(rows.length, SCAN_ROWS);
  const headerLike = (i: number): { known: number } | null => {
    if (broken.has(i)) return null;
    const { ne, numeric, known } = cellCounts(rows[i]!);
    return ne < minCells || (ne === 1 && modal >= 2) || numeric > ne * 0.4 ? null : { known };
  };
  const blank = (i: number): boolean => nonEmptyCount(rows[i]!) === 0;
  const keyValue = (from: number): readonly string[] | null => keyValueHeader(rows, from, n, (i) => broken.has(i));
  // `社区名称 | 花园路社区`, `统计期间 | 2024年3月` without the colon: a line above a header (`项目 | 本月`) or a form's rows, else the
  // header of its one community (period) across.
  const headerFollows = (i: number): boolean => {
    let k = i + 1;
    while (k < n && (blank(k) || isPreambleRow(rows[k]!))) k++;
    return k < n && ((headerLike(k) !== null && !isPreambleRow(rows[k]!)) || keyValue(k) !== null);
  };
  // A form's rows before the row taken for a header (a footer: 填表人 | 王丽, 备注 | 无) or with none after them.
  let first = 0;
  while (first < n && (blank(first) || broken.has(first) || isPreambleRow(rows[first]!) || nonEmptyCount(rows[first]!) === 1)) first++;
  const formAbove = (i: number): readonly string[] | null => (first < i ? keyValue(first) : null);
  let firstPlain = -1;
  for (let i = 0; i < n; i++) {
    const counts = headerLike(i);
    if (counts === null) continue;
    if (isPreambleRow(rows[i]!) && (!bareLabelLine(rows[i]!) || headerFollows(i))) continue;
    // (`常住人口 | 1200人`: a metric and its value written with its unit, the first of a form's rows.)
    const asked = counts.known > 0 || firstPlain < 0;
    const above = asked ? formAbove(i) : null;
    if (above !== null) return { row: first, implied: above };
    const implied = asked ? keyValue(i) : null;
    if (implied !== null) return { row: i, implied };
    if (counts.known > 0) return { row: i };
    if (firstPlain < 0) firstPlain = i;
  }
  const implied = first < n && (firstPlain < 0 || first < firstPlain) ? keyValue(first) : null;
  if (implied !== null) return { row: first, implied };
  return { row: firstPlain >= 0 ? firstPlain : rows.findIndex((r) => nonEmptyCount(r) > 0) };
}

function cleanName(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, '').replace(/^\uFEFF/, '').trim();
}

/** A header as the sheet wrote it, without the number a repeated one is given here (`3月 (2)` → `3月`). */
export function headerAsWritten(name: string): string {
  return name.replace(/\s+\(\d+\)$/, '');
}

/** A header comparing with another period (`上年同期`, `增减`, or `增减 (2)` as a repeated header is renamed). */
export function isComparisonHeader(name: string): boolean {
  return COMPARISON_WORDS.test(headerAsWritten(name).replace(/\s+/g, ''));
}

/**
 * Locates the header and builds the list of kept, uniquely named columns. Never throws. A workbook
 * `sheet`'s empty columns at the right are said in its words (a CSV file's are trailing delimiters).
 */
export function findHeader(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>, file: string, hidden: ReadonlySet<number> = new Set(), sheet = false,
): HeaderResult {
  const issues: ImportIssue[] = [];
  const { row: picked, implied } = pickHeaderRow(rows, broken);
  if (picked < 0) return { dataStart: rows.length, headerRow: -1, width: 0, columns: [], emptyColumns: [], issues };
  if (implied !== undefined) return impliedHeader(rows, lines, picked, file, implied);

  // The header's first row: a group row above the row picked is the header's, not a title.
  const { top: h, bottom } = headerBlock(rows, picked, broken);
  const above = readAboveHeader(rows, lines, h, file);
  issues.push(...above.issues);
  const { caption, captionLine, captionCells, filedBy, filedByAt, filedByLine, unitCode } = above;
  let defaultUnit = above.defaultUnit;

  let header = rows[h]!.map(cleanName);
  let dataStart = bottom + 1;
  if (bottom > h) {
    const combined = joinHeaderRows(rows.slice(h, bottom + 1).map((r) => r.map(cleanName)));
    const n = bottom - h + 1;
    header = combined;
    issues.push(makeIssue('warning', 'two-row-header', { file, line: lines[h]! },
      `第${lines[h]}-${lines[bottom]}行是${n === 2 ? '两' : '三'}行表头（合并单元格），已合并为“${combined.filter((x) => x.includes('/')).slice(0, 3).join('”、“')}”等，请核对`,
      `Lines ${lines[h]}-${lines[bottom]} form a ${n}-row header; combined as e.g. "${combined.find((x) => x.includes('/')) ?? ''}".`));
  }
  // A 栏次 row (甲, 1, 2, 3 …) may sit above or below a units row.
  let numbered = skipColumnNumbers(rows, lines, dataStart, broken, file, issues);
  if (numbered) dataStart++;
  // `单位：万元` (`（单位：万元）`) alone on the row under the header: the table's unit, as above it, never one column's.
  const noted = defaultUnit === undefined && !broken.has(dataStart) ? tableUnitBelow(rows[dataStart]) : null;
  if (noted !== null) {
    defaultUnit = noted.unit;
    issues.push(unitNote(`第${lines[dataStart]}行“${noted.text}”`, noted.unit, file, lines[dataStart]!));
    dataStart++;
  }
  const folded = broken.has(dataStart) ? null : foldUnitRow(header, rows[dataStart]);
  if (folded !== null) {
    const line = lines[dataStart]!;
    const units = rows[dataStart]!.map((c) => c.trim()).map(unitCellText).filter((c) => measureUnitOf(c) !== undefined);
    issues.push(makeIssue('info', 'units-under-header', { file, line },
      `第${line}行是各列的计量单位（${units.join('、')}），已按单位读取各列，不是数据行`,
      `Line ${line} gives each column's unit (${units.join(', ')}); read as units, not data.`));
    for (const c of folded.clashes) {
      issues.push(makeIssue('warning', 'units-under-header-disagree', { file, line, column: c.column + 1, columnName: c.header },
        `第${line}行第${c.column + 1}列的单位“${c.unit}”与表头“${c.header}”写的单位不同，已按表头读取该列；请核对该列数值的单位`,
        `Line ${line}, column ${c.column + 1}: the unit "${c.unit}" differs from the header "${c.header}"; the header's unit is used.`));
    }
    header = folded.header;
    dataStart++;
    if (!numbered && (numbered = skipColumnNumbers(rows, lines, dataStart, broken, file, issues))) dataStart++;
  }
  if (rows[h]!.some((c) => /[\r\n]/.test(c.trim()))) {
    issues.push(makeIssue('info', 'header-newline', { file, line: lines[h]! },
      '表头单元格内有换行，已去掉换行后使用', 'Line breaks inside header cells were removed.'));
  }

  const unmarked = unmarkedHeader(header, file, lines[h]!);
  header = unmarked.header;
  if (unmarked.issue !== null) issues.push(unmarked.issue);

  const hasData = (c: number): boolean => {
    for (let r = dataStart; r < rows.length; r++) if ((rows[r]![c] ?? '').trim() !== '') return true;
    return false;
  };
  const columns: HeaderColumn[] = [];
  const emptyColumns: number[] = [];
  const seen = new Map<string, number>();
  // Columns from here to the end have neither a name nor data: the delimiters a sheet saved with
  // empty columns after the table leaves at the end of every line (one note for all of them).
  let emptyFrom = header.length;
  while (emptyFrom > 0 && header[emptyFrom - 1] === '' && !hasData(emptyFrom - 1)) emptyFrom--;
  for (let c = 0; c < header.length; c++) {
    let name = header[c]!;
    const at = { file, line: lines[h]!, column: c + 1 };
    if (c === emptyFrom) {
      const n = header.length - c;
      const cols = n === 1 ? `第${c + 1}列` : `第${c + 1}-${header.length}列（共${n}列）`;
      issues.push(makeIssue('info', 'trailing-delimiter', at, `${cols}无列名也无数据（${sheet ? '表格右侧多余的空列' : '行末多余的分隔符'}），已忽略`,
        n === 1 ? `Column ${c + 1} has no header and no data; ignored.` : `Columns ${c + 1}-${header.length} have no header and no data; ignored.`));
      for (let k = c; k < header.length; k++) emptyColumns.push(k);
      break;
    }
    if (name === '') {
      if (!hasData(c)) {
        // A run of such columns (a stray cell far to the right of a sheet leaves thousands) is one note.
        let last = c;
        while (last + 1 < emptyFrom && header[last + 1] === '' && !hasData(last + 1)) last++;
        const n = last - c + 1;
        issues.push(makeIssue('info', 'empty-column-dropped', at,
          n === 1 ? `第${c + 1}列无列名也无数据，已忽略` : `第${c + 1}-${last + 1}列（共${n}列）无列名也无数据，已忽略`,
          n === 1 ? `Column ${c + 1} has no header and no data; ignored.` : `Columns ${c + 1}-${last + 1} have no header and no data; ignored.`));
        for (let k = c; k <= last; k++) emptyColumns.push(k);
        c = last;
        continue;
      }
      // A nameless column of periods (社区 merged over it) or of row numbers is read as one (nameless-column.ts).
      const nameless = namelessColumn(header, rows, dataStart, c, at);
      name = nameless.name;
      issues.push(nameless.issue);
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      const first = columns.find((x) => x.name === name);
      const unique = `${name} (${count})`;
      // A hidden column the clerk did not see gives way to a visible one of the same header.
      if (first !== undefined && (hidden.has(first.index) || hidden.has(c))) {
        const hid = hidden.has(first.index) && !hidden.has(c) ? first.index : c;
        const shown = hid === c ? first.index : c;
        const both = hidden.has(first.index) && hidden.has(c);
        if (hid !== c) columns[columns.indexOf(first)] = { index: hid, name: unique };
        const col = (k: number): string => `第${k + 1}列（${columnLetter(k + 1)}列${hidden.has(k) ? '，隐藏' : ''}）`;
        issues.push(makeIssue('warning', 'duplicate-header', { ...at, column: hid + 1, columnName: unique },
          `${col(first.index)}和${col(c)}列名相同（“${name}”）：${both ? `第${c + 1}列` : `隐藏的${columnLetter(hid + 1)}列`}改名为“${unique}”另行导入，${both ? `第${first.index + 1}列` : `看得见的${columnLetter(shown + 1)}列`}按“${name}”导入，请核对；如隐藏列是旧数据或草稿，请在Excel中删除后重新导入`,
          `Columns ${first.index + 1} and ${c + 1} share the header "${name}"; hidden column ${columnLetter(hid + 1)} is renamed "${unique}", column ${columnLetter(shown + 1)} is read as "${name}".`));
        if (hid !== c) { columns.push({ index: c, name }); continue; }
        columns.push({ index: c, name: unique });
        continue;
      }
      // A long list split in two halves side by side (社区 | 常住人口 | 社区 | 常住人口): after a second 社区
      // column the headers repeat the left half's, the same metrics, read for the right half's units.
      if (first !== undefined && columns.some((x) => x.index > first.index && matchDimensionHeader(x.name) === 'unit')) {
        if (!issues.some((i) => i.code === 'side-by-side-same-headers')) {
          issues.push(makeIssue('info', 'side-by-side-same-headers', { ...at, columnName: name },
            `第${c + 1}列“${name}”与左侧第${first.index + 1}列同名，在右侧第二个表中（社区列之后），按同一指标导入（其余同名列同样处理）`,
            `Column ${c + 1} "${name}" repeats column ${first.index + 1} in the second table to the right; read as the same metric (and so the other repeated headers).`));
        }
        columns.push({ index: c, name });
        continue;
      }
      // The second table's own 社区 column, the left table's headers after it: detectShape says so (side-by-side-table).
      const secondTable = first !== undefined && matchDimensionHeader(name) === 'unit'
        && header.slice(c + 1).some((n) => n !== '' && columns.some((x) => x.index > first.index && x.name === n));
      if (secondTable) {
        columns.push({ index: c, name });
        continue;
      }
      issues.push(makeIssue('warning', 'duplicate-header', { ...at, columnName: unique },
        `第${(first?.index ?? 0) + 1}列和第${c + 1}列列名相同（“${name}”），第${c + 1}列改名为“${unique}”，两列都保留，请核对`,
        `Columns ${(first?.index ?? 0) + 1} and ${c + 1} share the header "${name}"; the second is renamed "${unique}".`));
      name = unique;
    }
    columns.push({ index: c, name });
  }
  return {
    dataStart, headerRow: h, width: header.length, columns, emptyColumns, issues,
    ...(caption !== undefined ? { caption, captionLine, ...(captionCells !== undefined ? { captionCells } : {}) } : {}), ...(defaultUnit !== undefined ? { defaultUnit } : {}),
    ...(filedBy !== undefined ? { filedBy, ...(filedByAt !== undefined ? { filedByAt } : {}) } : {}),
    ...(filedByLine !== undefined ? { filedByLine } : {}),
    ...(unitCode !== undefined ? { unitCode } : {}),
  };
}

/** The header of a form written without one (key-value-rows.ts), its rows from `h`: what is above them read as above a header. */
function impliedHeader(rows: readonly string[][], lines: readonly number[], h: number, file: string, names: readonly string[]): HeaderResult {
  const above = readAboveHeader(rows, lines, h, file);
  const { caption, captionLine, captionCells, filedBy, filedByLine, unitCode, defaultUnit } = above;
  return {
    dataStart: h, headerRow: h, width: names.length, columns: names.map((name, index) => ({ index, name })), emptyColumns: [],
    issues: [...above.issues, keyValueIssue(file, lines[h]!, names)],
    ...(caption !== undefined ? { caption, captionLine, ...(captionCells !== undefined ? { captionCells } : {}) } : {}), ...(defaultUnit !== undefined ? { defaultUnit } : {}),
    ...(filedBy !== undefined ? { filedBy } : {}),
    ...(filedByLine !== undefined ? { filedByLine } : {}),
    ...(unitCode !== undefined ? { unitCode } : {}),
  };
}

/** True (with a note) when row `r` is a 栏次 row: the caller starts the data below it. */
function skipColumnNumbers(rows: readonly string[][], lines: readonly number[], r: number, broken: ReadonlySet<number>, file: string, issues: ImportIssue[]): boolean {
  const row = rows[r];
  if (row === undefined || broken.has(r) || !columnNumberRow(row)) return false;
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  const shown = cells.length > 6 ? `${cells.slice(0, 5).join('、')}…` : cells.join('、');
  issues.push(makeIssue('info', 'column-number-row', { file, line: lines[r]! },
    `第${lines[r]}行是栏次行（${shown}），给各列编号，不是数据行，已跳过`,
    `Line ${lines[r]} numbers the columns (${cells.slice(0, 6).join(', ')}); skipped, not data.`));
  return true;
}

/**
 * The header's issues, the 填报单位 (社区名称：) line that gave a one-community form its community
 * `unit` said to be read as it, not skipped.
 */
export function filedByRead(header: HeaderResult, unit: string): ImportIssue[] {
  const at = header.filedByLine;
  if (at === undefined) return header.issues;
  const q = quotedLine(at.text);
  const period = at.period !== undefined ? [`，“${at.period}”作为统计期间`, `; "${at.period}" is its period`]
    : at.street !== undefined ? [`，“${at.street}”作为本表的街道（镇）`, `; "${at.street}" is its street`] : ['', ''];
  return header.issues.map((i) => (i.code !== 'preamble-row' || i.line !== at.line ? i : makeIssue('info', 'preamble-row', { file: i.file, line: at.line },
    `第${at.line}行${q.zh}在表头之上，其中“${unit}”作为本表的社区${period[0]}`, `Line ${at.line}: "${unit}" in ${q.en} above the header is the form's community${period[1]}.`)));
}
