/**
 * Rows of one file (or sheet), whatever read them → header → shape → records. The first rows are
 * held until the header and the shape are known (findHeader and detectShape look at the first 500
 * rows); then every row goes straight to the table reader. The few layouts that need every row at
 * once (a transposed table, a vertical form) are read when the rows end.
 * A column without a name and without data in the first rows (the empty columns a sheet leaves
 * after its table) is dropped at once and watched: should a later row hold data in it, `redo`
 * asks for the file to be read again with every row held (`holdRows`), so that column is kept as
 * reading the whole file would keep it.
 * Cells typed far to the right of the table (past 256 or more empty columns: a CSV saved from a
 * sheet with a stray XFD3) are cut from every row and named in one warning, as a sheet's are
 * (sheet-extent.ts); a later row with data closer to the table has the file read again whole.
 */
import { blockTitles, withRightTitle } from '../table/block-titles';
import { detectShape, type ShapeKind, type TableShape } from '../table/detect-shape';
import type { FilePeriod } from '../table/file-period';
import { detectVerticalForm, type VerticalForm } from '../table/vertical-form';
import type { MergedRange } from '../rows/merged-ranges';
import type { ImportIssue } from '../report/import-report';
import { filedByRead, findHeader, type HeaderResult } from '../table/find-header';
import { codeLineRead } from '../table/preamble-lines';
import { namelessItemsRead } from '../table/nameless-column';
import { makeIssue } from '../report/make-issue';
import type { ReadContext } from '../records/read-context';
import { columnSample } from '../records/column-period';
import { TableReader } from '../records/read-table';
import { readTransposed } from '../records/read-transposed';
import { readSecondTable } from '../records/second-table';
import { readsUnitCode, readVertical } from '../records/read-vertical';
import { fileStreet, type TableUnits } from '../table/file-street';
import { tableUnitLevel } from '../table/unit-level';
import { lostChineseUnitsIssue } from '../table/lost-chinese';
import type { VisibleSums } from '../rows/visible-sums';
import type { CoverPeriod } from '../table/cover-period';
import { fillSheetMerges } from './sheet-merges';
import { farCellsIssue, farColumns, pastGap, type FarCell, type FarCells } from '../rows/sheet-extent';

/** Rows findHeader and detectShape look at. */
const SAMPLE_ROWS = 500;
/** A column's first data cells, which the shape stage reads to judge what the column holds. */
const COLUMN_SAMPLE = 50;

/** Where the rows come from, beyond the ReadContext: a workbook sheet's name and merged cells. */
export interface RowsSource {
  /** The file's own name (ReadContext.file may be a sheet label `文件.xlsx › 3月`). */
  readonly fileName?: string;
  readonly sheet?: string;
  /** A sheet's merged ranges: the rows are then all held until the end, and merged dimension cells filled down. */
  readonly merges?: readonly MergedRange[];
  /** A sheet's hidden columns that hold data: of two columns naming one metric, the visible one is read as it. */
  readonly hiddenColumns?: readonly number[];
  /** What a sheet's sum formulas leave out (rows a filter hides, numbers stored as text): said of a total that disagrees with its rows. */
  readonly visibleSums?: VisibleSums;
  /**
   * Hold every row until the end when the header depends on all of them (a nameless column's
   * data): for rows in memory anyway (a sheet's), and for a file read again after `redo`.
   */
  readonly holdRows?: boolean;
  /** A 汇总 sheet beside sheets named for communities (read-workbook-file.ts): left out unless it is a vertical form, which says so itself. */
  readonly sumOfUnits?: boolean;
  /** The name a sheet named by a bare month number (`6` beside 1月…5月) is read by for its period (`2024年6月`). */
  readonly periodName?: string;
  /** The period a workbook's cover sheet names (table/cover-period.ts), for a sheet naming none. */
  readonly cover?: CoverPeriod;
  /** A summary sheet read only to check it (summary-sheet-check.ts): its months down, without a community, are the street's. */
  readonly streetTotal?: boolean;
}

/** What was read of one file or sheet. */
export interface RowsSummary {
  /** The table's form; `vertical` is one community's 项目｜本月 table (vertical-form.ts). */
  readonly shape: ShapeKind | 'vertical' | null;
  readonly caption?: string;
  /** Data rows (below the header). */
  readonly rows: number;
  /** Title, unit and header rows above the data (or every row when no header was found). */
  readonly structural: number;
  /** The period the title, file or sheet name gave the table (when it has no period column, that is its period). */
  readonly filePeriod?: FilePeriod;
  /** Columns of the first rows up to the last with data, far cells left out (0 before any row). */
  readonly columns: number;
  /** The streets of a table refused as listing streets only (ShapeResult.streetsOnly). */
  readonly streetsOnly?: readonly string[];
}

export class RowsReader {
  private rows: string[][] = [];
  private lines: number[] = [];
  private broken = new Set<number>();
  private table: TableReader | null = null;
  private whole = false;
  private decided = false;
  private header: HeaderResult | null = null;
  private shape: TableShape | null = null;
  private streetsOnly: readonly string[] | undefined;
  private vertical: VerticalForm | null = null;
  private rejectReason = '';
  private readonly rowsBefore: number;
  /** Nameless columns dropped on the first rows' evidence; a later row with data in one sets `redo`. */
  private watched: readonly number[] | null = null;
  /** A dropped nameless column has data after all: read the file again with `holdRows` (nothing more is read). */
  redo = false;
  /** RowsSummary.columns, counted when the header is looked for. */
  private columns = 0;
  /** Cells far to the right of the table: where every row is cut, the gap, and the cells left out so far. */
  private far: { readonly cut: FarCells; readonly cells: FarCell[] } | null = null;
  /** Cells of values merged across value columns (sheet-merges.ts), for ReadContext.mergedAcross. */
  private mergedAcross: ((line: number, column: number) => boolean) | null = null;

  constructor(private readonly ctx: ReadContext, private readonly source: RowsSource = {}) {
    this.rowsBefore = ctx.store.rows;
  }

  /** One record of the file (`broken`: a field swallowed the rest of the file). */
  row(cells: string[], line: number, broken = false): void {
    if (this.far !== null && cells.length > this.far.cut.from) {
      const kept = this.cutRow(cells, line);
      if (kept === null) { this.redo = true; this.table = null; return; }
      cells = kept;
    }
    if (this.table !== null) {
      if (this.watched !== null && holdsAny(cells, this.watched)) { this.redo = true; this.table = null; return; }
      this.table.row(cells, line, broken);
      return;
    }
    if (this.redo) return;
    if (this.decided && !this.whole) { this.rejectRow(line); return; }
    if (broken) this.broken.add(this.rows.length);
    this.rows.push(cells);
    this.lines.push(line);
    if (!this.decided && this.rows.length >= SAMPLE_ROWS && this.source.merges === undefined) this.decide(false);
  }

  /** Ends the rows: reads what was held, reports the table-wide notes. */
  end(): RowsSummary {
    if (!this.decided) this.decide(true);
    if (this.whole) this.readWhole();
    this.table?.end();
    if (this.far !== null && !this.redo) this.ctx.sink.push(farCellsIssue(this.ctx.file, this.source.sheet, { ...this.far.cut, cells: this.far.cells }));
    const header = this.header;
    const structural = header === null || header.headerRow < 0 ? this.rows.length : header.dataStart;
    const filePeriod = this.vertical?.filePeriod ?? this.shape?.filePeriod;
    return {
      shape: this.vertical ? 'vertical' : this.shape?.kind ?? null,
      ...(header?.caption !== undefined ? { caption: header.caption } : {}),
      rows: this.ctx.store.rows - this.rowsBefore,
      structural,
      ...(filePeriod !== undefined ? { filePeriod } : {}),
      columns: this.columns,
      ...(this.streetsOnly !== undefined ? { streetsOnly: this.streetsOnly } : {}),
    };
  }

  private hidden(): ReadonlySet<number> { return new Set(this.source.hiddenColumns ?? []); }

  /** Header and shape from the rows held so far (`final`: all the rows of the file). */
  private decide(final: boolean): void {
    this.decided = true;
    const far = this.farCells();
    if (far !== null) {
      // Read again because a later row had data near the table: the gap is found on every row.
      if (!final && this.source.holdRows) { this.whole = true; return; }
      this.cutFar(far);
    }
    this.columns = usedWidth(this.rows);
    const header = findHeader(this.rows, this.lines, this.broken, this.ctx.file, this.hidden(), this.source.sheet !== undefined);
    if (!final && header.emptyColumns.length > 0) {
      if (this.source.holdRows) { this.whole = true; return; }
      this.watched = header.emptyColumns;
    }
    const at = this.ctx.sink.issues.length;
    this.begin(header, final);
    // A layout that needs every row (transposed, vertical) is read at the end: its notes come then.
    if (this.whole) this.ctx.sink.issues.length = at;
  }

  private begin(header: HeaderResult, final: boolean): void {
    const { sink, file } = this.ctx;
    this.header = header;
    if (header.headerRow < 0) { sink.pushAll(header.issues); this.whole = true; return; }
    const firstCol = header.columns[0]?.index ?? 0;
    // A title over each of two tables side by side: the table's own is the left one's (block-titles.ts).
    const blocks = blockTitles(header.captionCells, header.columns);
    const shapeCtx = {
      file: this.source.fileName ?? file,
      ...(this.source.sheet !== undefined ? { sheet: this.source.sheet } : {}),
      ...(this.source.cover !== undefined ? { cover: this.source.cover } : {}),
      ...(this.source.periodName !== undefined ? { periodName: this.source.periodName } : {}),
      ...(this.source.streetTotal === true ? { streetTotal: true } : {}),
      ...(this.source.sumOfUnits === true ? { sumOfUnits: true } : {}),
      hidden: this.hidden(),
      ...(header.caption !== undefined ? { caption: blocks?.left ?? header.caption } : {}),
      ...(header.captionLine !== undefined ? { captionLine: header.captionLine } : {}),
      ...(header.filedBy !== undefined ? { filedBy: header.filedBy } : {}),
      ...(header.filedByAt !== undefined ? { filedByAt: header.filedByAt } : {}),
      ...(header.filedByLine?.captioned !== undefined ? { captionedFiler: header.filedByLine.captioned } : {}),
      ...(header.defaultUnit !== undefined ? { defaultUnit: header.defaultUnit } : {}),
      headerLine: this.lines[header.headerRow] ?? 0,
      firstColumn: this.firstCells(header, firstCol),
      sampleOf: (c: number) => this.firstCells(header, c),
    };
    // Issues name the table as the report does (`文件.xlsx › 3月` for a sheet).
    const relabel = (issues: readonly ImportIssue[]): void => { for (const i of issues) sink.push(i.file === file ? i : { ...i, file }); };
    const vertical = detectVerticalForm(header.columns, shapeCtx);
    // A 填报单位 line above the header that gave a one-community form its community was read, not skipped.
    const filed = vertical?.form.unitSource === 'filed-by' ? filedByRead(header, vertical.form.unitName) : header.issues;
    // A nameless column the form reads as its items is said so, not as a column named 列A.
    const issues = vertical ? namelessItemsRead(filed, [vertical.form.metric, ...(vertical.form.item !== undefined ? [vertical.form.item] : [])]) : filed;
    // A 区划代码 line above a one-community form is its unit's code, read with the form (read-vertical.ts); above a
    // community's table of its grids, the community's (records/grid-rows.ts).
    const pushHeader = (readsCode: boolean, said: readonly ImportIssue[] = issues): void => {
      sink.pushAll(readsCode ? codeLineRead(said, header) : said);
      if (final && header.dataStart >= this.rows.length) {
        sink.push(makeIssue('error', 'header-only', { file, line: this.lines[header.headerRow]! }, '文件只有表头没有数据（或只有一行文字），没有可导入的内容。如是随表发来的说明，不必导入；如应有数据，请检查是否选错了文件', 'The file has a header (or one line of text) but no data rows.'));
      }
    };
    if (vertical || (this.source.sumOfUnits && this.source.sheet !== undefined)) pushHeader(vertical !== null && readsUnitCode(vertical.form));
    if (vertical) {
      if (!final) { this.whole = true; return; }
      this.vertical = vertical.form;
      relabel(vertical.issues);
      readVertical(this.rows, this.lines, this.broken, header, vertical.form, this.tableCtx(header, 'one', !vertical.form.summarySheet));
      return;
    }
    if (this.source.sumOfUnits && this.source.sheet !== undefined) { this.skipSummary(header, this.source.sheet); return; }
    const result = detectShape(header.columns, shapeCtx);
    // A 填报单位 line naming the community whose grids the rows are was read, as a form's is.
    const grids = result.shape?.gridsOf;
    pushHeader(grids !== undefined, grids?.source === 'filed-by' ? filedByRead(header, grids.name) : issues);
    relabel(result.issues);
    this.streetsOnly = result.streetsOnly;
    // Names of `????` under an English header (Community, Period): the file lost its Chinese.
    const lost = result.shape !== null && result.shape.unit >= 0 ? this.lostUnits(header, result.shape) : null;
    if (lost !== null) sink.push(lost);
    const right = lost === null && result.shape !== null && blocks !== null ? withRightTitle(result.shape, blocks, file) : null;
    if (right !== null) sink.push(right.issue);
    const shape = lost !== null ? null : right?.shape ?? result.shape;
    this.shape = shape;
    if (shape && this.source.merges) this.mergedAcross = fillSheetMerges(this.rows, this.lines, this.source.merges, header.dataStart, shape, file, sink);
    const held = { rows: this.rows, lines: this.lines, broken: this.broken };
    if (!shape) {
      this.rejectReason = (lost ?? result.issues.find((i) => i.severity === 'error'))?.message ?? '无法识别表格结构';
      for (let r = header.dataStart; r < held.rows.length; r++) this.rejectRow(held.lines[r]!);
      this.release();
      return;
    }
    if (shape.kind === 'transposed') {
      if (final) readTransposed(held.rows, held.lines, held.broken, header, shape, this.tableCtx(header, 'many', true));
      else this.whole = true;
      return;
    }
    const ctx = this.tableCtx(header, 'many', shape.parent < 0, shape.names.get(shape.unit));
    this.table = new TableReader(header, shape, ctx, held.rows.slice(header.headerRow, header.dataStart),
      (rows, lines, broken, first) => readSecondTable(rows, lines, broken, 0, first, ctx, readTableGrid),
      shape.period >= 0 && shape.year === undefined ? columnSample(held.rows, held.lines, header.dataStart, shape.period) : null);
    this.release();
    for (let r = header.dataStart; r < held.rows.length; r++) this.table.row(held.rows[r]!, held.lines[r]!, held.broken.has(r));
  }

  /** The error when the unit column's first names are question marks (lost-chinese.ts), or null. */
  private lostUnits(header: HeaderResult, shape: TableShape): ImportIssue | null {
    const columnName = shape.names.get(shape.unit);
    return lostChineseUnitsIssue(this.firstCells(header, shape.unit), this.lines.slice(header.dataStart, header.dataStart + COLUMN_SAMPLE),
      { file: this.ctx.file, column: shape.unit + 1, ...(columnName !== undefined ? { columnName } : {}) });
  }

  /** Column `c`'s first COLUMN_SAMPLE data cells ('' where a row is short). */
  private firstCells(header: HeaderResult, c: number): string[] {
    return this.rows.slice(header.dataStart, header.dataStart + COLUMN_SAMPLE).map((r) => r[c] ?? '');
  }

  /** Every row was held: the header is found on all of them, then the table is read. */
  private readWhole(): void {
    this.whole = false;
    if (this.header !== null && this.header.headerRow < 0) return; // no header: nothing to read
    const far = this.far === null ? this.farCells() : null;
    if (far !== null) this.cutFar(far);
    this.columns = usedWidth(this.rows);
    this.begin(findHeader(this.rows, this.lines, this.broken, this.ctx.file, this.hidden(), this.source.sheet !== undefined), true);
  }

  /** A sheet that sums the community sheets: its rows are the street's totals, not data (counted as such). */
  private skipSummary(header: HeaderResult, sheet: string): void {
    const { sink, file, store, fileIndex } = this.ctx;
    sink.push(makeIssue('warning', 'summary-sheet-skipped', { file },
      `工作表“${sheet}”是各社区工作表的汇总，未导入；各社区以各自的工作表为准。如这张表另有其他社区的数据，请移到该社区的工作表后重新导入`,
      `Sheet "${sheet}" sums the community sheets; not imported.`));
    for (let r = header.dataStart; r < this.rows.length; r++) {
      const blank = this.rows[r]!.every((c) => c.trim() === '');
      store.settleRow(store.addRow(fileIndex, this.lines[r]!), blank ? 'blank' : 'subtotal', blank ? '空行' : '汇总表');
    }
    this.release();
  }

  private rejectRow(line: number): void {
    const store = this.ctx.store;
    store.settleRow(store.addRow(this.ctx.fileIndex, line), 'rejected', this.rejectReason);
  }

  /** Cells far to the right of the held rows (null: none). */
  private farCells(): FarCells | null {
    let width = 0;
    for (const r of this.rows) if (r.length > width) width = r.length;
    return farColumns(this.rows, this.rows.length - 1, width, (r) => this.lines[r]!);
  }

  /** Cuts the held rows, and every row after them, where `cut` begins. */
  private cutFar(cut: FarCells): void {
    this.far = { cut, cells: [...cut.cells] };
    // (New arrays: the tokenizer reuses a row's cells for the next.)
    this.rows = this.rows.map((r) => (r.length > cut.from ? r.slice(0, cut.from) : r));
  }

  /** A row read after the cut: its cells up to the cut (those past the gap named), or null when it has data near the table. */
  private cutRow(cells: string[], line: number): string[] | null {
    const { cut, cells: named } = this.far!;
    for (let c = cut.from; c < cells.length; c++) {
      const text = cells[c]!.trim();
      if (text === '') continue;
      if (!pastGap(cut.from, c)) return null;
      named.push({ line, column: c, text });
    }
    return cells.slice(0, cut.from);
  }

  /** The held rows are no longer needed (the header rows stay for the summary count). */
  private release(): void {
    this.rows = [];
    this.lines = [];
    this.broken = new Set();
  }

  /**
   * The context a table is read in: the default unit from a `单位：` row; for a table without a
   * street column (`streetless`) the street its file names (file-street.ts; an info says where it
   * came from); for a table of several `units`, the level it states for them (its name column's
   * header `unitHeader`, title, sheet or file name: unit-level.ts); and those names themselves.
   */
  private tableCtx(header: HeaderResult, units: TableUnits, streetless: boolean, unitHeader?: string): ReadContext {
    const fileName = this.source.fileName ?? this.ctx.file;
    // A title over each of two tables side by side: the table's own is the left one's, the right one's street its units' (block-titles.ts).
    const blocks = blockTitles(header.captionCells, header.columns);
    const caption = header.caption !== undefined ? { caption: blocks?.left ?? header.caption } : {};
    const sheet = this.source.sheet !== undefined ? { sheet: this.source.sheet } : {};
    const street = streetless
      ? fileStreet({ file: this.ctx.file, fileName, ...(header.filedBy !== undefined ? { filedBy: header.filedBy } : {}), ...caption, ...sheet }, units)
      : null;
    if (street !== null) this.ctx.sink.push(street.issue);
    const level = units === 'many' ? tableUnitLevel({ fileName, ...caption, ...sheet, ...(unitHeader !== undefined ? { unitHeader } : {}) }) : null;
    return {
      ...this.ctx, ...(header.defaultUnit !== undefined ? { defaultUnit: header.defaultUnit } : {}), ...(street !== null ? { defaultParent: street.name, defaultParentFrom: street.where } : {}),
      ...(blocks !== null && 'street' in blocks.right ? { rightParent: blocks.right.street } : {}),
      ...(level !== null ? { unitLevel: level } : {}), ...(this.source.visibleSums !== undefined ? { visibleSums: this.source.visibleSums } : {}),
      ...(this.mergedAcross !== null ? { mergedAcross: this.mergedAcross } : {}), tableNames: [header.caption, this.source.sheet, fileName].join(' '),
    };
  }
}

/** Cells up to the last non-blank one, in the widest of `rows`. */
export function usedWidth(rows: readonly string[][]): number {
  let width = 0;
  for (const r of rows) {
    let w = r.length;
    while (w > width && r[w - 1]!.trim() === '') w--;
    if (w > width) width = w;
  }
  return width;
}

/** A row has a non-blank cell in one of `columns`. */
function holdsAny(cells: readonly string[], columns: readonly number[]): boolean {
  for (const c of columns) {
    const v = cells[c];
    if (v !== undefined && v !== '' && v.trim() !== '') return true;
  }
  return false;
}

/** Reads a grid as one long or wide table with a known header and shape (second tables too). */
export function readTableGrid(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>,
  header: HeaderResult, shape: TableShape, ctx: ReadContext,
): void {
  const table = new TableReader(header, shape, ctx, rows.slice(header.headerRow, header.dataStart),
    (r, l, b, first) => readSecondTable(r, l, b, 0, first, ctx, readTableGrid));
  for (let r = header.dataStart; r < rows.length; r++) table.row(rows[r]!, lines[r]!, broken.has(r));
  table.end();
}
