/**
 * A second table beside the first on the same lines (a clerk pastes another street's table, or
 * next month's, to the right): its own 社区 column (TableShape.rightUnit) names the unit the
 * measure columns right of it belong to on each line. The two tables are read row for row, so a
 * 合计 on one side beside a community on the other means they are not aligned: that side's values
 * on the line are not imported, and a warning names the line and the column.
 */
import { makeIssue } from '../report/make-issue';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';
import type { ReadContext } from './read-context';
import { subtotalKind, type SubtotalKind } from '../cells/row-label';

/** The district and street of a line's units: the row's cells, or those filled down from above. */
export interface RowPlace {
  readonly district: string;
  readonly parent: string;
}

/** RightTable.owner when the right table has no row on the line (its 社区 and value cells blank): nothing to import. */
export const NO_RIGHT_ROW = -2;

export class RightTable {
  constructor(
    private readonly ctx: ReadContext,
    private readonly shape: TableShape,
    /** The right table's 社区 column. */
    readonly column: number,
    /** Whether the rows' units have a street (TableReader.located). */
    private readonly located: boolean,
  ) {}

  /** Whether measure column `index` is the right table's. */
  owns(index: number): boolean {
    return index > this.column;
  }

  /**
   * The mention the right table's values on this line belong to: the left unit's (`mention`) when
   * the right 社区 cell is blank or the same name; another unit of the same street and district
   * otherwise; -1 when it is a 合计 beside a unit (see notImported); NO_RIGHT_ROW when the right
   * table's cells on the line are all blank. A left total row (`sub`) keeps
   * its whole line, and a unit named beside it is warned about: its values are not imported.
   */
  owner(cells: readonly string[], line: number, mention: number, sub: SubtotalKind | null, label: string, place: () => RowPlace): number {
    const name = cellAt(cells, this.column);
    if (sub !== null) {
      if (name !== '' && subtotalKind(name) === null) {
        this.ctx.sink.pushCapped(makeIssue('warning', 'side-by-side-total', { file: this.ctx.file, line, column: this.column + 1, columnName: this.shape.names.get(this.column) ?? '' },
          `第${line}行左侧表是“${label}”行，而右侧是“${name}”，两个表不是逐行对应，右侧该行的数值未导入；请把两个表分开后重新导入`,
          `Line ${line}: the left table has a total row beside a unit on the right; its values were not imported.`));
      }
      return mention;
    }
    // The right half of a list split in two ends a line early: a line with nothing on the right has no unit there.
    if (name === '' && this.shape.measures.every((m) => !this.owns(m.index) || cellAt(cells, m.index) === '')) return NO_RIGHT_ROW;
    // (Under a street titled over it, a name of the left table's is another street's unit.)
    const own = this.ctx.rightParent;
    if (name === '' || (name === cellAt(cells, this.shape.unit) && own === undefined)) return mention;
    if (subtotalKind(name) !== null) return -1;
    const { district, parent } = place();
    return this.ctx.store.mentionOf({ code: '', district, parent: own ?? parent, rawName: name, file: this.ctx.fileIndex, line, hasParentColumn: this.located || own !== undefined });
  }

  /** Warns that the right table's value in `column` (1-based) on this line was not imported: a 合计 beside a unit on the left. */
  notImported(cells: readonly string[], line: number, column: number, columnName: string): void {
    this.ctx.sink.pushCapped(makeIssue('warning', 'side-by-side-total', { file: this.ctx.file, line, column, columnName },
      `第${line}行右侧表是“${cellAt(cells, this.column)}”行，而左侧是社区，两个表不是逐行对应，右侧该行的数值未导入；请把两个表分开后重新导入`,
      `Line ${line}: the right table has a total row beside a unit on the left; its values were not imported.`));
  }
}
