/**
 * A second table in the same file (catalogue #21): after a blank line, a row that is a header
 * (`社区,期间,户数`) starts a new table with its own columns; so does a title row (`2023年4月社区统计`,
 * after a blank line, or directly under the data when it names a period) followed by a header. It
 * is read with its own header, units and shape, and its own title gives its period; a warning says
 * 检测到第二个表格，从第N行开始 and which period it was read with.
 */
import { detectShape, type TableShape } from '../table/detect-shape';
import { findHeader, type HeaderResult } from '../table/find-header';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { readTransposed } from './read-transposed';
import { isBlankRow } from '../rows/row-hygiene';
import type { ReadContext } from './read-context';
import { scanPeriodText } from '../cells/scan-period-text';
import { rowKind } from '../cells/row-label';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { streetNameIn } from '../table/file-street';
import { withoutListNumber, yearlessTitle } from '../table/file-period';
import { previousWordOf } from '../vocabulary/relative-period';

const NUMBER_LIKE = /^[-+−]?[\d,，.]+%?$/;
/** Title rows (title, `单位：人`) a second table may have above its header. */
const MAX_TITLE_ROWS = 3;

const solid = (c: string): boolean => c.length > 0 && c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x3000 && c.charCodeAt(0) !== 0xfeff && c.charCodeAt(0) !== 0xa0;

/** The one non-blank cell of a row (trimmed), or null when the row has none or more than one. */
function loneCell(row: readonly string[]): string | null {
  // Data rows fill their first two cells: the common case returns at once (a first character
  // above U+0020 that is not U+3000 is no whitespace, so no trim is needed to see it).
  if (row.length > 1 && solid(row[0]!) && solid(row[1]!)) return null;
  let text: string | null = null;
  for (const c of row) {
    const t = c.trim();
    if (t === '') continue;
    if (text !== null) return null;
    text = t;
  }
  return text;
}

/**
 * True when `row` may be the title of a second table: one text cell (not a number, not a footer
 * such as 填报日期：2023年4月5日), after a blank row, or naming a period (`2023年4月社区统计`) when
 * directly under the data. Whether a header follows decides (TableReader, readSecondTable).
 */
export function looksLikeTableTitle(row: readonly string[], afterBlank: boolean): boolean {
  const text = loneCell(row);
  if (text === null || NUMBER_LIKE.test(text)) return false;
  if (rowKind({ cells: row, unit: '', parent: '', district: '' }) === 'footer') return false;
  return afterBlank || namesPeriod(text);
}

/**
 * True when a title names a period (or a range or span the period grammar warns about), also
 * without its year (`二、1-3月累计`, `一季度`: of the file's year) or as the period before the
 * file's (`上月`): a block titled so under 本月's is that period's, never the first block's again.
 */
function namesPeriod(text: string): boolean {
  const scan = scanPeriodText(text);
  if (scan.found !== null || scan.problems.length > 0) return true;
  return yearlessTitle(text, STAND_IN_YEAR) !== null || previousWordOf(withoutListNumber(text), false) !== null;
}
/** Any year: whether a title names a period without one does not depend on which. */
const STAND_IN_YEAR = 2000;

/**
 * True when row `r` follows a blank row and looks like a header: at least two cells, none
 * numeric, one of them a dimension (社区, 期间, 指标), and either at least half of them known
 * column names or the first cell a dimension (`指标,东湖社区,西山社区` of a transposed table).
 */
export function startsSecondTable(rows: readonly string[][], r: number, dataStart: number): boolean {
  return r > dataStart && isBlankRow(rows[r - 1]!) && looksLikeSecondHeader(rows[r]!);
}

/** The test of `startsSecondTable` on the row itself (the caller knows the row above was blank). */
export function looksLikeSecondHeader(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 2 || cells.some((c) => NUMBER_LIKE.test(c))) return false;
  let known = 0;
  let dimension = false;
  for (const c of cells) {
    const role = matchDimensionHeader(c);
    if (role !== null) { known++; if (role !== 'note') dimension = true; } else if (matchMetricHeader(c).metricId !== null) known++;
  }
  const firstRole = matchDimensionHeader(row[0]?.trim() ?? '');
  return dimension && (known * 2 >= cells.length || (firstRole !== null && firstRole !== 'note'));
}

/** What a page's title may add to the first page's: `（续）`, `(续表)`, `续表`. */
const CONTINUED = /(?:[（(]续表?[）)]|续表)$/;

/**
 * True when the title rows kept over a repeat of the header (`rows`, blank rows among them) each
 * repeat the table's own title, `（续）` allowed: a page of a table printed over pages, which goes on.
 */
export function repeatsTitle(rows: readonly string[][], caption: string | undefined): boolean {
  if (caption === undefined) return false;
  const own = caption.replace(/\s+/g, '');
  let titles = 0;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const text = loneCell(row);
    if (text === null || text.replace(/\s+/g, '').replace(CONTINUED, '') !== own) return false;
    titles++;
  }
  return titles > 0;
}

/** A column name counts or amounts are headed with (救助人次, 金额, 低保户数, 就业率（%）): never a value. */
const MEASURE_NAME = /(?:人数|人次|户数|次数|个数|金额|资金|总额|数量|比例|率)(?:[（(][^）)]{1,6}[)）])?$/;

/**
 * True when `row` is a header naming no 社区 column (`名单,救助人次,慰问金额`, `单位,人次,金额`): its
 * first cell names the rows, and every other names a column (期间), a metric or a count or amount,
 * two at least of them these. Asked only where a wide table's first value cell holds a word
 * (TableReader.row): under the data such a row starts another table, whose rows the first table's
 * columns would misread.
 */
export function looksLikeOtherHeader(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 3 || cells.some((c) => NUMBER_LIKE.test(c))) return false;
  let measures = 0;
  for (const c of cells.slice(1)) {
    if (MEASURE_NAME.test(c) || matchMetricHeader(c).metricId !== null) measures++;
    else if (matchDimensionHeader(c) === null) return false;
  }
  return measures >= 2;
}

/** Rows held from where a second table may start (TableReader), read when the table ends. */
export class HeldRows {
  readonly rows: string[][] = [];
  readonly lines: number[] = [];
  /** Indexes of rows with a field that swallowed the rest of the file. */
  readonly broken = new Set<number>();

  keep(cells: string[], line: number, broken: boolean): void {
    if (broken) this.broken.add(this.rows.length);
    this.rows.push(cells);
    this.lines.push(line);
  }
}

/** Reads a grid of rows as one long or wide table with a known header and shape. */
export type GridReader = (
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>,
  header: HeaderResult, shape: TableShape, ctx: ReadContext,
) => void;

/**
 * Reads rows[r..] as a table of its own. `readTable` is passed in (not imported) so the two
 * readers do not import each other. Returns false when the rows do not form a table after all
 * (the caller then keeps reading them as before).
 */
export function readSecondTable(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>, r: number,
  first: HeaderResult, ctx: ReadContext, readTable: GridReader,
): boolean {
  const subRows = rows.slice(r);
  const subLines = lines.slice(r);
  const subBroken = new Set([...broken].filter((b) => b >= r).map((b) => b - r));
  const header = findHeader(subRows, subLines, subBroken, ctx.file);
  const h = header.headerRow;
  // Above the header only title rows; a header under titles must look like one (or repeat the first).
  if (h < 0 || h > MAX_TITLE_ROWS) return false;
  for (let k = 0; k < h; k++) if (!isBlankRow(subRows[k]!) && loneCell(subRows[k]!) === null) return false;
  if (!looksLikeSecondHeader(subRows[h]!) && !repeatsHeader(subRows[h]!, first) && !looksLikeOtherHeader(subRows[h]!)) return false;
  // A title without a period (`社区统计表（续）`) leaves the period to the first table's title.
  const caption = header.caption !== undefined && namesPeriod(header.caption) ? header.caption : first.caption ?? header.caption;
  const captionLine = caption === header.caption ? header.captionLine : first.captionLine;
  const firstCol = header.columns[0]?.index ?? 0;
  const { shape, issues } = detectShape(header.columns, {
    file: ctx.file,
    ...(caption !== undefined ? { caption } : {}),
    ...(captionLine !== undefined ? { captionLine } : {}),
    ...(first.defaultUnit !== undefined ? { defaultUnit: first.defaultUnit } : {}),
    headerLine: subLines[h] ?? 0,
    firstColumn: subRows.slice(header.dataStart, header.dataStart + 50).map((x) => x[firstCol] ?? ''),
  });
  const line = lines[r]!;
  const titleLine = subLines[subRows.findIndex((x) => loneCell(x) === header.caption)] ?? line;
  const own = header.caption !== undefined && caption === header.caption && (shape?.filePeriod?.source === 'caption' || shape?.filePeriod?.previous?.where === '标题行')
    ? `，统计期间按它自己的标题“${header.caption}”（第${titleLine}行）读作${formatPeriodLabel(shape.filePeriod.key, 'zh')}` : '';
  ctx.sink.push(makeIssue('warning', 'second-table', { file: ctx.file, line },
    `检测到第二个表格，从第${line}行开始（表头：${header.columns.map((c) => c.name).join('、')}）。已按它自己的表头读取${own}，请核对；最好把两个表格分成两个文件`,
    `A second table starts at line ${line}; it was read with its own header${own ? ` and its title's period ${formatPeriodLabel(shape!.filePeriod!.key, 'en')}` : ''}.`));
  // Its title, header and unit rows are not data: each is listed as not imported, with its reason.
  for (let k = 0; k < header.dataStart; k++) {
    const row = ctx.store.addRow(ctx.fileIndex, subLines[k]!);
    if (isBlankRow(subRows[k]!)) ctx.store.settleRow(row, 'blank', '空行');
    else ctx.store.settleRow(row, 'rejected', k < h ? '第二个表格的标题行（不是数据）' : '第二个表格的表头行（不是数据）');
  }
  // Notes about its title's period belong to the title's line (not to the whole file).
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k]!;
    if (header.caption !== undefined && caption === header.caption && i.code.startsWith('period-') && i.line === 0) issues[k] = { ...i, line: titleLine };
  }
  ctx.sink.pushAll(header.issues);
  ctx.sink.pushAll(issues);
  // Its title names its street (`双港镇` over the second town's communities): its rows are that street's.
  const street = shape !== null && shape.parent < 0 && header.caption !== undefined ? streetNameIn(header.caption, 'many') : '';
  if (street !== '' && street !== ctx.defaultParent) {
    ctx.sink.push(makeIssue('info', 'street-from-file', { file: ctx.file, line: titleLine },
      `第二个表格没有街道列，街道取自它的标题“${header.caption}”（第${titleLine}行）：${street}`,
      `The second table has no street column: the street is taken from its title: ${street}.`));
    ctx = { ...ctx, defaultParent: street, defaultParentFrom: '标题行' };
  }
  if (!shape) {
    const reason = issues.find((i) => i.severity === 'error')?.message ?? '无法识别第二个表格的结构';
    for (let k = header.dataStart; k < subRows.length; k++) ctx.store.settleRow(ctx.store.addRow(ctx.fileIndex, subLines[k]!), 'rejected', reason);
  } else if (shape.kind === 'transposed') {
    readTransposed(subRows, subLines, subBroken, header, shape, ctx);
  } else {
    readTable(subRows, subLines, subBroken, header, shape, ctx);
  }
  return true;
}

/** True when `row` repeats the first table's header (its cleaned column names, in order). */
function repeatsHeader(row: readonly string[], first: HeaderResult): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === first.columns.length && cells.every((c, k) => c === first.columns[k]!.name);
}
