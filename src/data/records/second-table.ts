/**
 * A second table in the same file (catalogue #21): after a blank line, a row that is a header
 * (`社区,期间,户数`) starts a new table with its own columns. It is read with its own header and
 * shape, and a warning says 检测到第二个表格，从第N行开始.
 */
import { detectShape, type TableShape } from '../table/detect-shape';
import { findHeader, type HeaderResult } from '../table/find-header';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { readTransposed } from './read-transposed';
import { isBlankRow } from '../table/row-checks';
import type { ReadContext } from './read-context';

const NUMBER_LIKE = /^[-+−]?[\d,，.]+%?$/;

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
  if (header.headerRow !== 0) return false;
  const firstCol = header.columns[0]?.index ?? 0;
  const { shape, issues } = detectShape(header.columns, {
    file: ctx.file,
    ...(first.caption !== undefined ? { caption: first.caption } : {}),
    ...(first.defaultUnit !== undefined ? { defaultUnit: first.defaultUnit } : {}),
    firstColumn: subRows.slice(header.dataStart, header.dataStart + 50).map((x) => x[firstCol] ?? ''),
  });
  const line = lines[r]!;
  ctx.sink.push(makeIssue('warning', 'second-table', { file: ctx.file, line },
    `检测到第二个表格，从第${line}行开始（表头：${header.columns.map((c) => c.name).join('、')}）。已按它自己的表头读取，请核对；最好把两个表格分成两个文件`,
    `A second table starts at line ${line}; it was read with its own header.`));
  // The second header line is not data: it is listed as not imported, with its reason.
  ctx.store.settleRow(ctx.store.addRow(ctx.fileIndex, line), 'rejected', '第二个表格的表头行（不是数据）');
  ctx.sink.pushAll(header.issues);
  ctx.sink.pushAll(issues);
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
