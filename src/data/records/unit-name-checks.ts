/**
 * What a unit's name says about itself, read when the name column changes (a run of rows of one
 * unit is looked at once): a formula's text where its value belongs (TableNotes.checkName, on every
 * row of it), a `?` where a GBK export lost a rare character (a warning on every row of it), and two
 * communities' names in one cell (joined-names.ts, said once per name).
 */
import { makeIssue } from '../report/make-issue';
import { joinedNameIssue, joinedUnitNames } from '../cells/joined-names';
import type { SubtotalKind } from '../cells/row-label';
import type { ReadContext } from './read-context';
import { looksLikeFormula, type TableNotes } from './table-notes';

const GBK_LOST = /[?？]/;

export class UnitNameChecks {
  private name = '\u0000';
  private formula = false;
  private gbkLost = false;
  /** Names of two units in one cell already warned about. */
  private readonly joined = new Set<string>();

  /** `column`: the name column's (1-based) and its header. */
  constructor(private readonly ctx: ReadContext, private readonly notes: TableNotes, private readonly column: number, private readonly columnName: string | undefined) {}

  /** The name of the unit on `line` (`sub`: the kind of a subtotal row, null for a unit's). */
  check(unitName: string, sub: SubtotalKind | null, line: number): void {
    const sink = this.ctx.sink;
    if (unitName !== this.name) {
      this.name = unitName;
      this.formula = looksLikeFormula(unitName);
      this.gbkLost = this.ctx.encoding === 'gb18030' && GBK_LOST.test(unitName);
      // Two communities in one cell (`花园路社区、滨西社区`): said once per name, the row read as written.
      const joined = sub === null ? joinedUnitNames(unitName) : null;
      if (joined !== null && !this.joined.has(unitName)) {
        this.joined.add(unitName);
        sink.pushCapped(joinedNameIssue(unitName, joined, this.at(line)));
      }
    }
    if (sub === null && this.formula) this.notes.checkName(unitName, line, this.column);
    if (this.gbkLost) {
      sink.pushCapped(makeIssue('warning', 'gbk-lost-char', this.at(line),
        `第${line}行名称“${unitName}”含“?”，可能有字符在导出为GBK时丢失（生僻字），请核对`,
        `Line ${line}: "${unitName}" contains "?"; a rare character may have been lost in the GBK export.`));
    }
  }

  private at(line: number): { file: string; line: number; column: number; columnName: string | undefined } {
    return { file: this.ctx.file, line, column: this.column, columnName: this.columnName };
  }

  /** The last name checked needs its word on every row: a row like it may not take the reader's shortcut. */
  get flagged(): boolean {
    return this.formula || this.gbkLost;
  }
}
