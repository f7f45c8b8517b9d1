/**
 * Rows of a long or wide table → observation records, one row at a time, with an outcome for every
 * data row: blank, subtotal (excluded and checked), rejected (with a reason and an issue), or
 * pending (decided at merge time: imported or merged). Blanks left by merged cells are filled
 * from above with a warning (merged-cell-fill.ts). A second table below the first (after a blank
 * row, or under its own title) is read with its own header and period (second-table.ts). Here each
 * row's unit is resolved; its value cells are read by row-values.ts.
 *
 * This is the hot loop of every import: long files repeat the unit, period and metric cells on
 * every row, so each is resolved once per distinct text and reused while the next row repeats it.
 */
import type { HeaderResult } from '../table/find-header';
import type { ImportIssue } from '../report/import-report';
import { ColumnFormats } from './column-formats';
import { DECIMAL_COMMA_SCAN_ROWS, findDecimalCommaCell } from './number-locale';
import { TableNotes } from './table-notes';
import { checkRowWidth, shortRowIssue } from '../table/row-checks';
import { isBlankRow } from '../rows/row-hygiene';
import { breakdownName, rowLabel, segmentName, skippedReason } from '../cells/row-label';
import { blankUnitTotal, NamedRowKinds } from './named-row-kind';
import type { TableShape } from '../table/detect-shape';
import { RowValues } from './row-values';
import { rowCode } from './read-cells';
import type { ReadContext } from './read-context';
import { SectionRows } from './section-rows';
import { HeldRows, looksLikeOtherHeader, looksLikeSecondHeader, looksLikeTableTitle, repeatsTitle } from './second-table';
import { CleanUnits } from './clean-units';
import { ValueCells } from './value-cells';
import { RowPeriods } from './row-periods';
import type { ColumnSample } from './column-period';
import { cellAt, hasValues } from './cell-at';
import { UnitNameChecks } from './unit-name-checks';
import { MonthsDownRows } from './months-down-rows';
import { BreakdownCheck, firstUnitUnderTotal } from './breakdown-check';
import { MergedCellFill } from './merged-cell-fill';
import { unitNoteBelow } from './unit-note-below';
import { FooterRows } from './footer-rows';
import { RepeatedRows } from './repeated-rows';
import { headingValued, SEQ_HEADER, StreetRows } from './street-rows';
import { StreetColumnHeadings } from './street-column-headings';
import { districtNames } from './district-row';
import { notAName, rejectNamelessRow } from './nameless-row';
import { placeOf } from './place-error';
import type { RowPlace } from './right-table';
import { GridRows } from './grid-rows';

/** A unit cell that is only a number (`0`, `12`, `1,234`): never a community's name. */
const BARE_NUMBER = /^[-+]?[\d,，.]+$/;

/** Reads one long or wide table whose header and shape are known, row by row. */
export class TableReader {
  private readonly kept: number[];
  /** The value cells of each data row (row-values.ts). */
  private readonly rowValues: RowValues;
  private readonly notes = new TableNotes();
  private readonly formats = new ColumnFormats();
  private readonly values: ValueCells;
  private readonly periods: RowPeriods;
  private readonly fill: MergedCellFill;
  /** Rows naming a street in a table without a street column (street-rows.ts). */
  private readonly streets: StreetRows;
  /** Rows naming only a street in a table with a street column (street-column-headings.ts). */
  private readonly columnHeadings: StreetColumnHeadings;
  /** Every row names its street: a street column, or the street the file names (file-street.ts). */
  private readonly located: boolean;
  /** The level the table, or the part heading above (一、社区), states for the rows' names (spread into each mention). */
  private readonly sections: SectionRows;
  /** The header (and title) again below the first rows (repeated-rows.ts). */
  private readonly repeated: RepeatedRows;
  /** Footer rows under the table (footer-rows.ts). */
  private readonly footers: FooterRows;
  /** A wide table's first value column (-1: long, or one value column), where a word hints at another table's header. */
  private readonly firstMeasure: number;
  private readonly needRowPeriod: boolean;
  /** The first data rows, held until findDecimalCommaCell has looked at them. */
  private early: { cells: string[]; line: number; broken: boolean }[] | null = [];
  private prevBlank = false;
  /** The rows from a possible second table on, once one starts (read at `end`). */
  private tail: HeldRows | null = null;
  /** The tail starts with title rows and no header has followed yet (it may not be a table). */
  private titled = false;
  // The previous row's unit cells and what they resolved to (long files repeat them).
  private pCode = '\u0000';
  private pDistrict = '';
  private pParent = '';
  private pUnit = '';
  private pMention = -1;
  /** The unit cells of rows that resolved cleanly, for the shortcut in row(). */
  private readonly clean = new CleanUnits();
  /** What a new unit name says about itself (unit-name-checks.ts). */
  private readonly nameChecks: UnitNameChecks;
  /** A named row's kind by its names (named-row-kind.ts). */
  private readonly kinds = new NamedRowKinds();
  /** The cells of the row read before (a blank 社区 under the same period and metric is a total, readNamed). */
  private prevCells: readonly string[] | null = null;
  private prevLine = 0;
  /** 其中 rows under a community, compared with it (breakdown-check.ts). */
  private readonly breakdowns: BreakdownCheck;
  /** A months-down table's rows (shape.fixedUnit; months-down-rows.ts); null for other tables. */
  private readonly monthsDown: MonthsDownRows | null;

  constructor(
    private readonly header: HeaderResult, private readonly shape: TableShape, private readonly ctx: ReadContext,
    /** The rows from the header's first to the row above the first data row. */
    headerRows: readonly (readonly string[])[],
    private readonly readGrid: (rows: string[][], lines: number[], broken: Set<number>, first: HeaderResult) => boolean,
    /** The period column's cells in the rows held before reading (column-period.ts); none for a second table. */
    periodSample: ColumnSample | null = null,
  ) {
    this.kept = header.columns.map((c) => c.index);
    this.values = new ValueCells(ctx.file, ctx.sink, this.formats);
    this.fill = new MergedCellFill(shape);
    this.periods = new RowPeriods(shape, ctx, this.fill, periodSample);
    this.streets = new StreetRows(shape.parent < 0, ctx.defaultParent, ctx.defaultParentFrom);
    this.columnHeadings = new StreetColumnHeadings(shape, ctx);
    this.breakdowns = new BreakdownCheck(shape, ctx, this.values);
    this.nameChecks = new UnitNameChecks(ctx, this.notes, shape.unit + 1, shape.names.get(shape.unit));
    this.located = shape.parent >= 0 || ctx.defaultParent !== undefined;
    this.sections = new SectionRows(ctx, shape, ctx.unitLevel !== undefined ? { unitLevel: ctx.unitLevel } : {});
    this.repeated = new RepeatedRows(ctx, headerRows);
    this.firstMeasure = shape.kind === 'wide' && shape.measures.length >= 2 ? shape.measures[0]!.index : -1;
    this.footers = new FooterRows(ctx, shape, this.notes, this.values, (c, l) => this.read(c, l, false));
    this.rowValues = new RowValues(ctx, shape, this.values, this.formats, this.notes, this.located, (cells) => this.place(cells));
    this.needRowPeriod = shape.period >= 0 || shape.kind === 'long' || shape.measures.some((m) => m.period === undefined);
    this.monthsDown = shape.fixedUnit !== undefined
      ? new MonthsDownRows(ctx, shape, this.values, this.periods, this.rowValues, this.footers, this.notes, this.sections.level) : null;
    if (shape.gridsOf !== undefined) this.rowValues.grids = new GridRows(ctx, shape, shape.gridsOf, this.sections.level, this.periods, this.rowValues, this.needRowPeriod, header.unitCode);
  }

  /** Reads one data row (`broken`: a field that swallowed the rest of the file). */
  row(cells: string[], line: number, broken = false): void {
    if (this.early !== null) {
      this.early.push({ cells, line, broken });
      if (this.early.length >= DECIMAL_COMMA_SCAN_ROWS) this.startReading();
      return;
    }
    // A repeated header's lower rows go with it (read() skips them), never starting a second table.
    if (this.repeated.expecting && this.repeated.isLowerRow(cells)) { this.read(cells, line, broken); return; }
    if (this.tail !== null) {
      if (this.titled && !broken) {
        // The table's own title and header again (a page of a table printed over pages): the table goes on.
        if (this.repeated.isHeader(cells) && repeatsTitle(this.tail.rows, this.header.caption)) { this.skipRepeatedTitle(); this.read(cells, line, broken); return; }
        // Under a title: a header confirms a second table, blank and more title rows may come, anything else ends the guess.
        if (looksLikeSecondHeader(cells) || this.repeated.isHeader(cells) || looksLikeOtherHeader(cells)) this.titled = false;
        else if (!isBlankRow(cells) && !looksLikeTableTitle(cells, true)) { this.readTitleRows(); this.row(cells, line, broken); return; }
      }
      this.keepTail(cells, line, broken);
      return;
    }
    // After a blank line another header starts a second table; the same header again, with no title
    // of its own, is this table going on (a printed page's header, pasted back in): read() skips it.
    if (this.prevBlank && looksLikeSecondHeader(cells) && !this.repeated.isHeader(cells)) { this.keepTail(cells, line, broken); return; }
    // Another header right under the data (`社区,户数` under `社区,常住人口`): a second table too.
    if (cellAt(cells, 0) === this.repeated.first && this.repeated.first !== '' && !this.repeated.isHeader(cells) && looksLikeSecondHeader(cells)) { this.keepTail(cells, line, broken); return; }
    if (!broken && looksLikeTableTitle(cells, this.prevBlank)) { this.titled = true; this.keepTail(cells, line, broken); return; }
    // A header naming no 社区 column (名单 | 人次 | 金额) under the data: another table, read with its own
    // header (read as this table's rows, its 人次 was stored as this table's first metric). Looked at
    // only when a CJK word stands where the first value should be.
    if (this.firstMeasure >= 0 && !broken && (cells[this.firstMeasure]?.charCodeAt(0) ?? 0) >= 0x4e00 && looksLikeOtherHeader(cells) && !this.repeated.isHeader(cells)) { this.keepTail(cells, line, broken); return; }
    this.read(cells, line, broken);
  }

  /** The rows kept under a title that no header followed: read as rows of this table after all. */
  private readTitleRows(): void {
    const tail = this.tail!;
    this.tail = null;
    this.titled = false;
    // The first is read without the title check (it would start the same guess again).
    this.read(tail.rows[0]!, tail.lines[0]!, tail.broken.has(0));
    for (let k = 1; k < tail.rows.length; k++) this.row(tail.rows[k]!, tail.lines[k]!, tail.broken.has(k));
  }

  /** The kept rows repeat the table's title over its header: skipped with a note, blank rows read as blank. */
  private skipRepeatedTitle(): void {
    const tail = this.tail!;
    this.tail = null;
    this.titled = false;
    for (let k = 0; k < tail.rows.length; k++) {
      if (isBlankRow(tail.rows[k]!)) this.read(tail.rows[k]!, tail.lines[k]!, false);
      else this.repeated.title(tail.lines[k]!);
    }
  }

  /** Ends the table: a second table is read, then the table-wide notes are reported. */
  end(): void {
    if (this.early !== null) this.startReading();
    // Titles no header followed are rows after all (reading them may start another guess).
    while (this.titled) this.readTitleRows();
    this.footers.release();
    const tail = this.tail;
    if (tail !== null) {
      this.tail = null;
      if (!this.readGrid(tail.rows, tail.lines, tail.broken, this.header)) {
        // Not a table after all: its rows are read as rows of this one (the first without the check).
        for (let k = 0; k < tail.rows.length; k++) {
          if (k === 0) this.read(tail.rows[0]!, tail.lines[0]!, tail.broken.has(0));
          else this.row(tail.rows[k]!, tail.lines[k]!, tail.broken.has(k));
        }
        this.end();
        return;
      }
    }
    this.repeated.end();
    this.rowValues.end();
    this.streets.end(this.ctx.store, this.ctx);
    this.columnHeadings.end();
    const { sink, file } = this.ctx;
    this.monthsDown?.report();
    this.notes.report(sink, file);
    this.formats.report(sink, file);
    this.values.report();
    this.periods.report();
    this.fill.report(sink, file);
  }

  private keepTail(cells: string[], line: number, broken: boolean): void { this.footers.release(); (this.tail ??= new HeldRows()).keep(cells, line, broken); }

  private startReading(): void {
    const early = this.early!;
    this.early = null;
    const s = this.shape;
    const comma = findDecimalCommaCell(early.map((e) => e.cells), early.map((e) => e.line), 0,
      s.kind === 'long' ? [s.value] : s.measures.map((m) => m.index));
    this.values.decimalComma = comma?.line ?? 0;
    this.values.comma = comma;
    this.streets.readEarly(early, s, this.header.columns.find((c) => SEQ_HEADER.test(c.name))?.index ?? -1);
    this.kinds.districtNames = districtNames(early, s, this.ctx, this.streets);
    for (const e of early) this.row(e.cells, e.line, e.broken);
  }

  private read(cells: string[], line: number, broken: boolean): void {
    const { store, sink, file, fileIndex } = this.ctx;
    const s = this.shape;
    const names = s.names;
    if (this.footers.hold(cells, line, broken)) return;
    const row = store.addRow(fileIndex, line);
    this.prevBlank = false;
    if (broken) { store.settleRow(row, 'rejected', '引号未闭合'); return; }
    if (this.repeated.expecting && this.repeated.lowerRow(cells, row, line)) return;
    if (isBlankRow(cells)) { this.prevBlank = true; this.fill.breakUnit(); this.notes.addBlank(line); store.settleRow(row, 'blank', '空行'); return; }
    if (this.repeated.isHeader(cells)) { this.repeated.header(row, line); return; }
    if (this.footers.skipsUnnamed(cells, line, row, this.header.width)) return;
    // A short row is said once it is known to be no heading written alone on its line (`南湖街道`, no trailing commas: readNamed).
    let short: ImportIssue | null = null;
    if (cells.length !== this.header.width) {
      const width = checkRowWidth(cells, this.header.width, this.kept, names, { file, line });
      if (width.kind === 'reject') { sink.push(width.issue); store.settleRow(row, 'rejected', width.reason); return; }
      if (width.kind === 'extra-empty') this.notes.addExtraEmpty(line);
      if (width.kind === 'short') short = shortRowIssue(width.missing, names, { file, line });
    }

    if (this.monthsDown !== null) { if (short !== null) sink.pushCapped(short); this.monthsDown.read(cells, line, row); return; }
    const above = this.prevCells;
    const aboveLine = this.prevLine;
    this.prevCells = cells;
    this.prevLine = line;
    // A row naming its unit with the very cells of a clean row above (long files repeat them on
    // every row; the tokenizer hands over the same strings) resolves to the same mention.
    const rawCode = s.code >= 0 ? cells[s.code] : undefined;
    const rawDistrict = s.district >= 0 ? cells[s.district] : undefined;
    const rawParent = s.parent >= 0 ? cells[s.parent] : this.streets.street;
    const rawUnit = s.unit >= 0 ? cells[s.unit] : undefined;
    const aboveUnit = this.clean.above(rawCode, rawDistrict, rawParent, rawUnit);
    const asAbove = aboveUnit >= 0;
    // Wide files list every unit once per period: a unit resolved cleanly before, with the same
    // code, street and district cells, is that mention again.
    const known = asAbove ? aboveUnit : rawUnit !== undefined ? this.clean.before(rawCode, rawDistrict, rawParent, rawUnit) : -1;
    if (known >= 0) {
      if (short !== null) sink.pushCapped(short);
      // The street, district and unit above the next rows are this row's (for merged cells exported as blanks).
      this.fill.seen(cells, asAbove);
      let rowPeriod = -1;
      if (this.needRowPeriod) {
        const hit = this.periods.of(cells, line);
        if (hit === null) { store.settleRow(row, 'rejected', this.periods.refusal); return; }
        rowPeriod = hit.index;
      }
      if (s.kind === 'long') this.rowValues.long(cells, line, row, known, rowPeriod, null, '');
      else this.rowValues.wide(cells, line, row, known, rowPeriod, null, '');
      return;
    }
    this.clean.forgetAbove();
    this.readNamed(cells, line, row, rawCode, rawDistrict, rawParent, rawUnit, above, aboveLine, short);
  }

  /**
   * A row whose unit is not a clean row's above or before (read): its names are read, checked and
   * resolved to a mention, or it is a total, a footer, a row without a name. Its own method, so
   * that read() stays small for the rows of units met before.
   */
  private readNamed(
    cells: string[], line: number, row: number,
    rawCode: string | undefined, rawDistrict: string | undefined, rawParent: string | undefined, rawUnit: string | undefined,
    above: readonly string[] | null, aboveLine: number, short: ImportIssue | null,
  ): void {
    const { store, sink, file, fileIndex } = this.ctx;
    const s = this.shape;
    // A street row merged over the 序号 and name columns writes its name in the first (street-rows.ts).
    const nameColumn = this.streets.nameColumn(cells, s.unit);
    const unitText = cellAt(cells, nameColumn);
    const parentText = this.parentCell(cells);
    const districtText = cellAt(cells, s.district);
    // The row's kind depends on its names (and, without a unit name, on every cell: a footer, or a
    // 合计 in another column when no name is written at all).
    // A street taken from the title or file name is not written in the row: a 合计 merged over the
    // code and name columns (no name cell at all) is still found in the row's own cells.
    const labels = { cells, unit: unitText, parent: s.parent >= 0 ? parentText : '', district: districtText };
    const label = rowLabel(labels);
    // A district's or street's own code (120111, 120111001) on a row of a table of communities' codes.
    const level = this.streets.level(cells, unitText);
    // `一、社区`, `二、村`: a part's heading, its level the bare names' below it (section-rows.ts).
    if (this.sections.read(cells, line, row, unitText)) { if (short !== null && hasValues(cells, s)) sink.pushCapped(short); this.clean.forgetAll(); this.pCode = '\u0000'; return; }
    let sub = this.kinds.of(labels, parentText) ?? blankUnitTotal(cells, above, unitText, parentText, s);
    // A street's name, or its subtotal (`咸水沽镇小计`), heads the rows below it or ends those above it.
    // `其中：中北镇` before any unit: the street's row under the district's total, heading its rows.
    const street = unitText === '' ? null : sub === null ? this.streets.kind(unitText, line, cells, false, level === 'street')
      : sub === 'segment' ? this.streets.kind(segmentName(unitText), line, cells, true)
      : sub === 'breakdown' && !this.streets.trailing ? this.streets.kind(breakdownName(unitText), line, cells) : null;
    if (sub === null && this.columnHeadings.read(cells, line, row, unitText, parentText, districtText, this.fill, this.rowValues.checker)) return;
    // A heading of nothing but its name (that one too) is no short data row; a 小计 on it may miss a value: said.
    if (short !== null && (street !== 'heading' || hasValues(cells, s))) sink.pushCapped(short);
    if (street === 'heading') {
      if (!headingValued(cells, line, row, unitText, this.streets.street!, s, this.ctx, this.rowValues.checker, nameColumn)) return;
      sub = 'heading';
    }
    if (street === 'trailing') {
      sub = 'segment';
      // The communities above it since the street row before are this street's: 花园路社区 above
      // 劝业场街道 and 花园路社区 above 小白楼街道 are two units.
      this.streets.reparentSegment(store, line);
      // Their mentions changed: no row before may lend its mention to the rows below.
      this.clean.forgetAll();
      this.pCode = '\u0000';
    }
    // `其中：华苑社区` under a 合计 row: the first of the communities it sums, read by its name.
    let ownName = unitText;
    if (sub === 'breakdown' && street === null) {
      const first = firstUnitUnderTotal(unitText, line, above, s, this.ctx);
      if (first !== '') { ownName = first; sub = null; }
    }
    // `单位：万元` under the table: a note (FooterRows says when it is not applied), never a community.
    if (sub === 'footer' || (sub === null && unitText.includes('单位') && unitNoteBelow(cells) !== null)) { this.footers.skip(cells, line, row, label); return; }
    // `其中：女` under a community: not imported, its values compared with the community's.
    if (sub === 'breakdown') this.breakdowns.check(cells, line, above, aboveLine);
    if (sub === 'average' || sub === 'comparison') {
      // Not a unit and not a total to check: listed with its line, never imported.
      store.settleRow(row, 'subtotal', skippedReason(sub, label));
      this.notes.addSkipped(sub, line);
      return;
    }
    if (this.rowValues.grids?.read(cells, line, row, ownName, sub, label) === true) return; // a grid, or its community's row (合计)
    // Street/district (and a long file's 社区) left blank by merged cells are filled from above.
    const fill = this.fill;
    fill.dims(parentText, districtText, line, sub === null);
    const parent = fill.parent;
    const district = fill.district;
    if (sub === null) this.columnHeadings.unit(parent, line); else this.columnHeadings.end();
    const codeText = cellAt(cells, s.code);
    const coded = rowCode(codeText, ownName, sub, level !== null, codeText === this.pCode, s, file, line, sink);
    if (coded === null) { store.settleRow(row, 'rejected', '区划代码被Excel改成了科学计数法'); return; }
    const code = coded.code;
    const unitName = fill.unit(coded.name, code, sub !== null, line);
    // No name, a bare number (a stray 0 typed far below a sheet's table), an error value (a lookup's #N/A) or a dash (`—`): not a unit.
    const numericName = sub === null && code === '' && unitName !== '' && (BARE_NUMBER.test(unitName) || notAName(unitName));
    if (sub === null && code === '' && (unitName === '' || numericName)) { rejectNamelessRow(cells, line, row, unitName, s, this.values, this.ctx, this.notes); return; }
    this.nameChecks.check(unitName, sub, line);
    let rowPeriod = -1;
    if (this.needRowPeriod) {
      const hit = this.periods.of(cells, line, sub !== null);
      if (hit === null) { store.settleRow(row, 'rejected', this.periods.refusal); return; }
      rowPeriod = hit.index;
    }
    let mention = -1;
    if (sub === null) {
      if (code !== this.pCode || unitName !== this.pUnit || parent !== this.pParent || district !== this.pDistrict) {
        mention = store.mentionOf({ code, district: placeOf(district, 'district', line, s, this.ctx), parent: placeOf(parent, 'parent', line, s, this.ctx), rawName: unitName, file: fileIndex, line, hasParentColumn: this.located || this.streets.street !== undefined, ...(s.parent < 0 && this.streets.street !== undefined ? { streetRow: true } : {}), ...this.sections.level });
        this.pCode = code; this.pUnit = unitName; this.pParent = parent; this.pDistrict = district; this.pMention = mention;
      } else mention = this.pMention;
      this.streets.unit(mention, cells, line);
      // Nothing about these cells needs a word on the next row: it may take the shortcut above.
      this.clean.remember(rawCode, rawDistrict, rawParent, rawUnit, mention, !fill.filled && !this.nameChecks.flagged);
    }

    if (s.kind === 'long') this.rowValues.long(cells, line, row, mention, rowPeriod, sub, label);
    else this.rowValues.wide(cells, line, row, mention, rowPeriod, sub, label);
  }

  /** The row's street cell; with no street column, the street of a street row above, else the one the file names ('' when none). */
  private parentCell(cells: readonly string[]): string {
    return this.shape.parent >= 0 ? cellAt(cells, this.shape.parent) : this.streets.street ?? this.ctx.defaultParent ?? '';
  }

  /** The row's district and street, or those filled down from above when its cells are blank. */
  private place(cells: readonly string[]): RowPlace {
    const parent = this.parentCell(cells);
    const district = cellAt(cells, this.shape.district);
    return { district: district !== '' ? district : this.fill.district, parent: parent !== '' ? parent : this.fill.parent };
  }
}
