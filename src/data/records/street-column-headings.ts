/**
 * Rows naming only a street in a table that has a street column (street-rows.ts reads them in a
 * table without one): the street in its street cell with the name cell blank (`劝业场街道 | | `), or
 * in the name cell with the street cell blank (` | 劝业场街道 | `), no values and nothing else
 * written but a 序号 or the district. Such a row heads its street's rows as a merged street cell
 * would: it is no community (before, the first was refused as a row without a name and the second
 * imported as a community named 劝业场街道), and the street cells left blank below it are its street.
 * The street column stays each row's own: rows below whose street cell names another street are
 * imported under it, with one warning per heading naming them.
 */
import { makeIssue, lineRanges } from '../report/make-issue';
import { namesStreet, streetRowKey, streetRowName } from '../vocabulary/place-words';
import type { TableShape } from '../table/detect-shape';
import { cellAt, hasValues } from './cell-at';
import { headingValued, type StreetBlocks } from './street-rows';
import type { MergedCellFill } from './merged-cell-fill';
import type { ReadContext } from './read-context';

/** A 序号 a heading row may keep beside its street (`一`, `1、`, `（二）`). */
const LIST_MARK = /^[（(]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[)）]?[、.．]?$/;

export class StreetColumnHeadings {
  /** The street of the last heading row ('' before one, and after a row that ends its rows). */
  private street = '';
  private line = 0;
  /** The first other street written below the heading, and the lines that wrote one. */
  private other = '';
  private lines: number[] = [];

  /** `fileStreet`: the street the title or file name gives (a row named like another town is then a village). */
  constructor(private readonly shape: TableShape, private readonly ctx: ReadContext) {}

  /**
   * True when row `line` (`row`) is a street's heading row: said with an info and settled, its street
   * given to `fill` as the street above the rows below, and to `checker` as a new block for the totals
   * under it. `unitText`, `parentText` and `districtText` are its name, street and district cells as written.
   */
  read(
    cells: readonly string[], line: number, row: number, unitText: string, parentText: string, districtText: string,
    fill: MergedCellFill, checker: StreetBlocks,
  ): boolean {
    const s = this.shape;
    if (s.parent < 0 || s.unit < 0 || (unitText === '') === (parentText === '') || hasValues(cells, s)) return false;
    if (unitText !== '' && !namesStreet(unitText, false, this.ctx.defaultParent)) return false;
    for (let c = 0; c < cells.length; c++) {
      if (c === s.parent || c === s.unit || c === s.district) continue;
      const t = cellAt(cells, c);
      if (t !== '' && !LIST_MARK.test(t)) return false;
    }
    const street = unitText !== '' ? streetRowName(unitText) : parentText;
    this.end();
    this.street = street;
    this.line = line;
    fill.heading(street, districtText, line);
    headingValued(cells, line, row, street, street, s, this.ctx, checker, unitText !== '' ? s.unit : s.parent);
    return true;
  }

  /** A community row below the heading, its street cell (blanks filled) `parent`. */
  unit(parent: string, line: number): void {
    if (this.street === '' || parent === '' || streetRowKey(parent) === streetRowKey(this.street)) return;
    if (this.other === '') this.other = parent;
    this.lines.push(line);
  }

  /**
   * A total, a blank row or the table's end: the heading's rows end, with a warning when some named
   * another street.
   */
  end(): void {
    if (this.lines.length > 0) {
      const s = this.shape;
      const span = lineRanges(this.lines, 10);
      this.ctx.sink.push(makeIssue('warning', 'street-heading-disagree', { file: this.ctx.file, line: this.lines[0]!, column: s.parent + 1, columnName: s.names.get(s.parent) },
        `第${this.line}行是街道行“${this.street}”，但其下第${span}行的街道列写的是“${this.other}”，已按街道列导入；请核对是街道行漏写了“${this.other}”，还是这些行的街道填错了`,
        `Line ${this.line} heads the rows of ${this.street}, but lines ${span} below it name ${this.other} in the street column; imported under the street column.`));
    }
    this.street = '';
    this.other = '';
    this.lines = [];
  }
}
