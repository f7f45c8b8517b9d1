/**
 * Blanks left by merged cells, filled from the cell above (issue 15, class 5): a 街道 or 区 cell
 * merged over its communities leaves the rows under the first blank; in a long file a 社区 cell
 * merged over the unit's metric rows does the same, filled only while the street and district stay
 * the same and no blank or total row came between (and in a wide file of 本月 and 累计 rows). A ditto mark (`〃`, `同上`) in those columns says
 * the same thing in writing and is filled the same way; in a wide file's 社区 column too, where a
 * blank is no merged cell (each row there is a unit of its own) but a ditto mark is the unit above
 * in another period (a unit named 〃 would be a community of its own, silently). A 期间 cell (and a 年份 beside a 月份)
 * merged over the rows of its period does the same in long and wide files: a blank directly under
 * a written one is filled, until a blank row (row-periods.ts asks, on every row). Measure columns
 * are never filled. One warning per column names every filled line (an info for ditto marks,
 * which leave no doubt).
 */
import type { TableShape } from '../table/detect-shape';
import type { IssueSink } from '../report/issue-sink';
import type { ImportIssue } from '../report/import-report';
import { lineRanges, makeIssue } from '../report/make-issue';
import { cellAt } from './cell-at';
import { isDittoMark } from '../cells/ditto-mark';

interface FillTrack { readonly column: number; readonly name: string; readonly lines: number[]; readonly ditto: number[] }
/** A period or year column: its last written cell ('' at the start and after a blank row). */
interface PeriodTrack extends FillTrack { above: string }


/** The fill state of one table; after `dims` and `unit`, the fields below hold the row's filled cells. */
export class MergedCellFill {
  /** The row's street and district, blanks filled (set by `dims`). */
  parent = '';
  district = '';
  /** A cell of the row was filled (set by `dims` and `unit`). */
  filled = false;
  private readonly dimTracks: FillTrack[];
  private readonly unitTrack: FillTrack | null;
  /** Blank unit cells are filled (a long file, or 本月 and 累计 rows); else only ditto marks are. */
  private readonly unitBlanks: boolean;
  private readonly periodTrack: PeriodTrack | null;
  private readonly yearTrack: PeriodTrack | null;
  /** The last non-blank street/district cell, by column. */
  private readonly last: (string | undefined)[] = [];
  // The unit of the last data row of a long file, with its street and district ('' after a blank or total row).
  private lastUnit = '';
  private lastParent = '';
  private lastDistrict = '';
  /** The last row `seen` and not yet taken into the state above (read lazily: most rows are never needed). */
  private seenCells: readonly string[] | null = null;
  /**
   * The street above is a heading row's (`heading`), whose own info says the rows below are its
   * street's: the blanks it fills are no merged cells to warn of. Until a street is written, a
   * total, or a blank row.
   */
  private headed = false;

  constructor(private readonly shape: TableShape) {
    const names = shape.names;
    this.dimTracks = [shape.parent, shape.district].filter((c) => c >= 0).map((c) => ({ column: c, name: names.get(c) ?? '', lines: [], ditto: [] }));
    // A unit has several rows in a long file, and in a wide one of 本月 and 累计 rows.
    const rowsPerUnit = shape.kind === 'long' || shape.relativePeriods === true;
    this.unitBlanks = rowsPerUnit;
    this.unitTrack = shape.unit >= 0 ? { column: shape.unit, name: names.get(shape.unit) ?? '', lines: [], ditto: [] } : null;
    // (A column of 本月 and 累计 is no merged period: its blank is the table's own period.)
    const periodTrack = (c: number | undefined): PeriodTrack | null =>
      c !== undefined && c >= 0 && shape.relativePeriods !== true ? { column: c, name: names.get(c) ?? '', lines: [], ditto: [], above: '' } : null;
    this.periodTrack = periodTrack(shape.period);
    this.yearTrack = periodTrack(shape.year);
  }

  /**
   * The row's period cell, a blank one under a written one filled from it; `counted`: the filled
   * line is listed (not for a 合计 row, whose blank period is the total's own, no merged cell).
   */
  period(text: string, line: number, counted: boolean): string {
    return this.periodTrack === null ? text : below(this.periodTrack, text, line, counted);
  }

  /** The row's year cell beside its period cell, filled as `period` is. */
  year(text: string, line: number, counted: boolean): string {
    return this.yearTrack === null ? text : below(this.yearTrack, text, line, counted);
  }

  /**
   * A row whose unit cells resolved cleanly before (the reader's shortcut): it is the row above the
   * next ones. Its unit is only kept here and read when a later row needs it (the last such row
   * is the one above; most rows are never needed). `asAbove`: its street and district cells are
   * the very cells of the unit's first row, already taken.
   */
  seen(cells: readonly string[], asAbove: boolean): void {
    if (!asAbove) {
      for (const f of this.dimTracks) {
        const v = cellAt(cells, f.column);
        if (v === '') continue;
        this.last[f.column] = v;
        if (f.column === this.shape.parent) this.headed = false;
      }
    }
    this.seenCells = cells;
  }

  private takeSeen(): void {
    const cells = this.seenCells;
    if (cells === null) return;
    this.seenCells = null;
    if (this.unitTrack !== null) {
      this.lastUnit = cellAt(cells, this.shape.unit);
      this.lastParent = cellAt(cells, this.shape.parent);
      this.lastDistrict = cellAt(cells, this.shape.district);
    }
  }

  /** A blank row: the unit above no longer fills the rows below it. */
  breakUnit(): void {
    this.takeSeen();
    this.lastUnit = '';
    this.headed = false;
    if (this.periodTrack !== null) this.periodTrack.above = '';
    if (this.yearTrack !== null) this.yearTrack.above = '';
  }

  /**
   * Fills the row's blank street and district from above into `parent` and `district`; `counted`:
   * the filled lines are listed (not for a 合计 row, whose blank street is not a gap).
   */
  dims(parentText: string, districtText: string, line: number, counted: boolean): void {
    this.takeSeen();
    const s = this.shape;
    this.parent = parentText;
    this.district = districtText;
    this.filled = false;
    if (!counted || parentText !== '') this.headed = false;
    for (const f of this.dimTracks) {
      const v = f.column === s.parent ? parentText : districtText;
      const ditto = v !== '' && isDittoMark(v);
      if (v !== '' && !ditto) { this.last[f.column] = v; continue; }
      // A ditto mark with nothing above it says nothing: the cell is blank.
      const above = this.last[f.column] ?? (ditto ? '' : undefined);
      if (above === undefined) continue;
      this.filled = true;
      if (ditto) f.ditto.push(line);
      else if (counted && !(this.headed && f.column === s.parent)) f.lines.push(line);
      if (f.column === s.parent) this.parent = above; else this.district = above;
    }
  }

  /**
   * A street heading row (street-column-headings.ts) over the rows below: their blank street cells
   * are `street` (and their district cells `districtText`, when written), said by the heading's info.
   */
  heading(street: string, districtText: string, line: number): void {
    this.dims(street, districtText, line, false);
    this.headed = true;
  }

  /**
   * The row's unit name, a blank one filled from the unit above in a long file (after `dims`; `total`:
   * a total or breakdown row, which ends the unit above).
   */
  unit(unitName: string, code: string, total: boolean, line: number): string {
    if (this.unitTrack === null) return unitName;
    if (total) { this.lastUnit = ''; return unitName; }
    const ditto = unitName !== '' && isDittoMark(unitName);
    if (unitName !== '' && !ditto) {
      this.lastUnit = unitName; this.lastParent = this.parent; this.lastDistrict = this.district;
      return unitName;
    }
    if (!ditto && !this.unitBlanks) return unitName;
    if (code !== '' || this.lastUnit === '' || this.parent !== this.lastParent || this.district !== this.lastDistrict) return ditto ? '' : unitName;
    this.filled = true;
    (ditto ? this.unitTrack.ditto : this.unitTrack.lines).push(line);
    return this.lastUnit;
  }

  /** One warning per column with filled cells, naming every filled line. */
  report(sink: IssueSink, file: string): void {
    const tracks = [this.unitTrack, ...this.dimTracks, this.yearTrack, this.periodTrack].filter((f) => f !== null);
    for (const f of tracks) {
      if (f.ditto.length > 0) sink.push(dittoFilledIssue(file, f.ditto, f.column, f.name));
      if (f.lines.length === 0) continue;
      sink.push(makeIssue('warning', 'forward-filled', { file, line: f.lines[0]!, column: f.column + 1, columnName: f.name },
        `第${lineRanges(f.lines)}行${f.name}列为空（合并单元格），已由上方单元格填充，请核对`,
        `Blank ${f.name} cells on lines ${lineRanges(f.lines)} (merged cells) were filled from above.`));
    }
  }
}

/**
 * A cell of a period track: written, it is the one above the next rows; blank or a ditto mark under
 * one, it is that one (a ditto mark with nothing above is a blank). Every row of a period column
 * comes here: the same text as above returns first, and only a text beginning like a ditto mark is
 * matched. A filled blank's line is listed when `counted`; a ditto mark's always (it was written).
 */
function below(t: PeriodTrack, text: string, line: number, counted: boolean): string {
  if (text === t.above) return text;
  if (text !== '') {
    if (!isDittoMark(text)) { t.above = text; return text; }
    if (t.above === '') return '';
    t.ditto.push(line);
    return t.above;
  }
  if (t.above === '') return text;
  if (counted) t.lines.push(line);
  return t.above;
}

/** The info for a column's cells written as ditto marks (`lines`, the first one first), taken from the cell above. */
export function dittoFilledIssue(file: string, lines: readonly number[], column: number, name: string): ImportIssue {
  return makeIssue('info', 'ditto-filled', { file, line: lines[0]!, column: column + 1, columnName: name },
    `第${lineRanges(lines)}行${name}列写作“同上”或“〃”，已取上方单元格的内容`,
    `${name} written as a ditto mark (同上, 〃) on lines ${lineRanges(lines)}: taken from the cell above.`);
}
