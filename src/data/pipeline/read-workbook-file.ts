/**
 * The workbook hook of the pipeline: a workbook file becomes one table of rows per visible,
 * non-empty sheet, each with its header found like a CSV file's, for the same header → shape →
 * records chain. Kept in one function so the pipeline can re-attach it wherever files are read.
 */
import { columnLetter, type ImportIssue } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { fillMergedDown, readWorkbook, type MergedRange, type WorkbookLib } from '../rows/read-workbook';
import type { TableShape } from '../table/detect-shape';
import type { ParsedRows } from '../rows/parse-rows';
import { findHeader, type HeaderResult } from '../table/find-header';

/** One table of rows: a CSV file, or one sheet of a workbook. */
export interface TablePart {
  /** The file's name. */
  readonly name: string;
  /** The sheet's name (workbooks only). */
  readonly sheet?: string;
  /** What issues and sources call this table: the file name, or `文件.xlsx › 3月` for a sheet. */
  readonly label: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly parsed: ParsedRows;
  readonly header: HeaderResult;
  /** Merged cell ranges of a sheet (index space of `parsed.rows`). */
  readonly merges?: readonly MergedRange[];
}

/** `文件.xlsx › 3月`: the label of a sheet in issues, sources and messages. */
export function sheetLabel(file: string, sheet: string): string {
  return `${file} › ${sheet}`;
}

/**
 * Reads a workbook's sheets into tables with their headers found. `lib` is SheetJS (loaded by the
 * caller only when a workbook arrives); without it the file is refused with an error issue.
 * Issues about a sheet name it; a file that cannot be read gives no tables and an error issue.
 */
export function readWorkbookFile(bytes: Uint8Array, name: string, ctx: { lib?: WorkbookLib; issues: ImportIssue[] }): TablePart[] {
  if (!ctx.lib) {
    ctx.issues.push(makeIssue('error', 'workbook-reader-missing', { file: name },
      '无法读取该Excel文件：Excel读取组件没有加载。请刷新页面后重试，或把文件另存为CSV后导入',
      'The workbook reader was not loaded; reload the page, or save the file as CSV.'));
    return [];
  }
  const read = readWorkbook(ctx.lib, bytes, name);
  ctx.issues.push(...read.issues);
  const parts: TablePart[] = [];
  // A sheet of one column of text (填表说明, 备注) beside data sheets is a note, not a table.
  const tables = read.sheets.filter((s) => widestRow(s.rows) >= 2);
  for (const s of tables.length > 0 ? read.sheets : []) {
    if (tables.includes(s)) continue;
    ctx.issues.push(makeIssue('info', 'sheet-not-table', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”只有一列文字，不是数据表，未导入`, `Sheet "${s.sheet}" holds one column of text, not a table; not imported.`));
  }
  for (const s of tables.length > 0 ? tables : read.sheets) {
    const label = sheetLabel(name, s.sheet);
    const parsed: ParsedRows = { rows: s.rows, lines: s.lines, broken: new Set(), issues: [] };
    const header = findHeader(parsed.rows, parsed.lines, parsed.broken, label);
    ctx.issues.push(...header.issues);
    if (header.headerRow >= 0 && header.dataStart >= parsed.rows.length) {
      ctx.issues.push(makeIssue('error', 'header-only', { file: label, line: parsed.lines[header.headerRow]! },
        '工作表只有表头没有数据', 'The sheet has a header but no data rows.'));
    }
    parts.push({ name, sheet: s.sheet, label, encoding: '', delimiter: '', parsed, header, merges: s.merges });
  }
  return parts;
}

/** An issue whose `file` is a sheet label (`文件.xlsx › 3月`) names the file and the sheet apart. */
export function withSheet(i: ImportIssue, places: ReadonlyMap<string, { file: string; sheet: string }>): ImportIssue {
  const place = places.get(i.file);
  if (!place) return i;
  const { severity, code, line, column, columnName, message, messageEn } = i;
  return { severity, code, file: place.file, sheet: place.sheet, line, column, ...(columnName !== undefined ? { columnName } : {}), message, messageEn };
}

/**
 * Merged cells of a sheet below the header in the dimension columns (街道, 社区, 期间…) are filled
 * down from their top-left cell, with one note per sheet naming the ranges.
 */
export function fillSheetMerges(part: TablePart, shape: TableShape, sink: IssueSink): void {
  const dims = new Set([shape.code, shape.district, shape.parent, shape.unit, shape.period, shape.metric].filter((c) => c >= 0));
  const filled = fillMergedDown(part.parsed.rows, part.merges ?? [], part.header.dataStart, dims);
  if (filled.length === 0) return;
  const ranges = filled.slice(0, 10).map((m) => `${columnLetter(m.left + 1)}${part.parsed.lines[m.top]}:${columnLetter(m.right + 1)}${part.parsed.lines[m.bottom]}`);
  sink.push(makeIssue('info', 'merged-cells-filled', { file: part.label, line: part.parsed.lines[filled[0]!.top]! },
    `合并单元格${ranges.join('、')}${filled.length > 10 ? `等${filled.length}处` : ''}已按其第一个单元格的内容向下填充`,
    `Merged cells ${ranges.join(', ')} were filled down from their first cell.`));
}

/** The most non-empty cells in any row. */
function widestRow(rows: readonly string[][]): number {
  let most = 0;
  for (const row of rows) {
    let n = 0;
    for (const c of row) if (c.trim() !== '') n++;
    if (n > most) most = n;
  }
  return most;
}
