/**
 * A column with no header that holds data, named by what it holds. Cells all periods (`2023年`,
 * `2024年`; `本月`, `累计`): the table's period column, its name left out where 社区 was merged over
 * the name and period columns (named 列B, it was read as words and the table refused for want of a
 * period column it had). The table's first column counting its rows 1, 2, 3: the 序号 column, its
 * name left out (named 列A, the row numbers were imported as a metric 列A). Left of 项目, words: the
 * metric rows' groups, named 类别 (groupsMetricRows); right of it, units of measure: its 单位. Else 列B, warned.
 */
import { columnLetter, type ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { periodCellsExample } from './period-looking-column';
import { SUBTOTAL_NAME } from './total-columns';
import { UNIT_HEADER } from './header-rows';
import { endsLikeUnit, namesStreet } from '../vocabulary/place-words';

/** How many data rows are looked at. */
const SAMPLE_ROWS = 200;

/** Header roles that give the rows their periods: with one, a nameless column is no period column. */
const PERIOD_ROLES = new Set(['period', 'year']);

/**
 * The first cell of column `c` in `rows` from `dataStart`, when every written cell (two at least)
 * is a period written as one (not a bare number, no day or Excel serial: those are warned of where
 * a period is read, never taken here) or a 本月/累计 word; else null.
 */
export function namelessPeriodExample(rows: readonly (readonly string[])[], dataStart: number, c: number): string | null {
  return periodCellsExample(rows.slice(dataStart, dataStart + SAMPLE_ROWS).map((r) => r[c] ?? ''), 2, true);
}

/**
 * True when column `c` is the table's first (no header named before it) and its written cells count
 * the rows 1, 2, 3 … (two at least; a 合计 row's word beside them is no row number).
 */
function countsRows(header: readonly string[], rows: readonly (readonly string[])[], dataStart: number, c: number): boolean {
  if (header.slice(0, c).some((x) => x.trim() !== '')) return false;
  const numbers = rows.slice(dataStart, dataStart + SAMPLE_ROWS).map((r) => (r[c] ?? '').trim()).filter((t) => t !== '' && !SUBTOTAL_NAME.test(t));
  return numbers.length >= 2 && numbers.every((t, k) => t === String(k + 1));
}

/** The written cells of column `c` are words, none a number or a community's name (a group's name, merged down over its rows). */
function groupsWords(rows: readonly (readonly string[])[], dataStart: number, c: number): boolean {
  const written = rows.slice(dataStart, dataStart + SAMPLE_ROWS).map((r) => (r[c] ?? '').trim()).filter((t) => t !== '');
  return written.length > 0 && written.every((t) => Number.isNaN(Number(t.replace(/[,，%]/g, ''))) && !UNIT_HEADER.test(t));
}

/**
 * True when the cells (a nameless column's) name a form's items: two written at least, every one a
 * word, none a number, a community's or a street's name or a unit of measure (志愿服务场次, 老旧楼栋改造数).
 */
export function namesItems(cells: readonly string[]): boolean {
  const written = cells.map((t) => t.trim()).filter((t) => t !== '');
  return written.length >= 2 && written.every((t) => Number.isNaN(Number(t.replace(/[,，%]/g, ''))) && !endsLikeUnit(t)
    && !namesStreet(t, false, undefined) && measureUnitOf(t) === undefined);
}

/** The written cells of column `c` are units of measure (`人`, `户`, `万元`): two at least, every one. */
function namesUnits(rows: readonly (readonly string[])[], dataStart: number, c: number): boolean {
  const written = rows.slice(dataStart, dataStart + SAMPLE_ROWS).map((r) => (r[c] ?? '').trim()).filter((t) => t !== '');
  return written.length >= 2 && written.every((t) => measureUnitOf(t) !== undefined);
}

/** True when a column's name is the one namelessColumn gives a nameless column of data (`列B`): nobody wrote it. */
export function isNamelessName(name: string): boolean {
  return /^列[A-Z]+$/.test(name);
}

/** The name column `c` of `header`, written with none but holding data, is read by, and the note saying so. */
export function namelessColumn(
  header: readonly string[], rows: readonly (readonly string[])[], dataStart: number, c: number, at: { file: string; line: number; column: number },
): { name: string; issue: ImportIssue } {
  const period = header.some((x) => PERIOD_ROLES.has(matchDimensionHeader(x) ?? '')) ? null : namelessPeriodExample(rows, dataStart, c);
  if (period !== null) {
    return { name: '期间', issue: makeIssue('info', 'header-empty-period', at, `第${c + 1}列无列名，其单元格都是期间（如“${period}”），已按“期间”列读取`,
      `Column ${c + 1} has no header and holds periods (such as "${period}"); read as the period column.`) };
  }
  if (countsRows(header, rows, dataStart, c)) {
    return { name: '序号', issue: makeIssue('info', 'header-empty-row-number', at, `第${c + 1}列无列名，其单元格是各行的序号（1、2、3…），按“序号”列读取，不导入`,
      `Column ${c + 1} has no header and numbers the rows (1, 2, 3 …); read as a row-number column, not imported.`) };
  }
  // Left of 项目 (指标), a nameless column of words groups the metric rows (就业 merged down over its items): named so.
  if (matchDimensionHeader(header[c + 1] ?? '') === 'metric' && groupsWords(rows, dataStart, c)) {
    return { name: '类别', issue: makeIssue('info', 'header-empty-group', at, `第${c + 1}列无列名，在“${header[c + 1]!.trim()}”列左边，是各指标的分类，按“类别”列读取，不导入`,
      `Column ${c + 1} has no header and groups the metric rows of the column right of it; read as a category column, not imported.`) };
  }
  // Right of 项目 (its header merged over both), a nameless column of units of measure (人, 户, 万元) is each item's 单位.
  if (c > 0 && matchDimensionHeader(header[c - 1] ?? '') === 'metric' && namesUnits(rows, dataStart, c)) {
    return { name: '单位', issue: makeIssue('info', 'header-empty-measure-unit', at, `第${c + 1}列无列名，在“${header[c - 1]!.trim()}”列右边，是各指标的计量单位（人、户、万元等），按“单位”列读取`,
      `Column ${c + 1} has no header and holds each metric's unit of measure; read as the unit column.`) };
  }
  const name = `列${columnLetter(c + 1)}`;
  return { name, issue: makeIssue('warning', 'header-empty', at, `第${c + 1}列无列名，已命名为“${name}”，数据已保留`, `Column ${c + 1} has no header; named "${name}", data kept.`) };
}

/**
 * The issues with the warning at a nameless column that a one-community form reads as its items
 * (`columns`: the blank corner over 常住人口, 新增就业人数; the second column of 项目 merged over two)
 * said as read, not as a column named 列A: the form knows its items only after the header's notes.
 */
export function namelessItemsRead(issues: readonly ImportIssue[], columns: readonly number[]): readonly ImportIssue[] {
  return issues.map((i) => (i.code !== 'header-empty' || i.column === undefined || !columns.includes(i.column - 1) ? i
    : makeIssue('info', 'header-empty-items', { file: i.file, ...(i.line !== undefined ? { line: i.line } : {}), column: i.column },
      `第${i.column}列无列名，其单元格是各项指标的名称，按“项目”列读取`, `Column ${i.column} has no header and names the metrics; read as the item column.`)));
}
