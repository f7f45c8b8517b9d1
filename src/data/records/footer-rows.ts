/**
 * The footer rows under a table (填表人：…, 注：1.…, 单位：万元, a page number): listed with their
 * lines, never imported. A `单位：万元` there is said (unit-note-below.ts), and a number in a value
 * cell is named, since it may be data written under the table. Once a footer is met, a numbered
 * item alone on a row (`2.户数含空挂户`) is the note's next item, not a community (skipsUnnamed).
 */
import type { TableShape } from '../table/detect-shape';
import { isNoteItemRow, nameAlone, nameOverPhone, rowKind, skippedReason } from '../cells/row-label';
import { makeIssue } from '../report/make-issue';
import { isBlankRow } from '../rows/row-hygiene';
import { cellAt } from './cell-at';
import type { ReadContext } from './read-context';
import type { TableNotes } from './table-notes';
import { unitNoteBelow, unitNoteIssue } from './unit-note-below';
import type { ValueCells } from './value-cells';

/** Digits a telephone number is written with (after a country code's +, +86…): not a value in a footer row. */
const PHONE = /^[+＋]?[\d\s\-—()（）]{7,}$/;

export class FooterRows {
  /** A footer row was read: a row of a numbered item alone below it is the note's next item. */
  after = false;

  /** A person's name alone on its row (nameAlone), held until the next row says whether their phone follows (hold). */
  private held: { cells: string[]; line: number } | null = null;
  /** The held row is being read (hold's `read` comes back through hold): not held again. */
  private releasing = false;

  constructor(
    private readonly ctx: ReadContext, private readonly shape: TableShape, private readonly notes: TableNotes, private readonly values: ValueCells,
    /** Reads a row held (hold) as a row of the table after all. */
    private readonly read: (cells: string[], line: number) => void,
  ) {}

  /**
   * Skips row `row` when it is a footer before its names are read: a footer (填表人：…, 联系电话…) is
   * often one cell in a row shorter than the header's `width` (a footer, not a short row), and
   * `2.户数含空挂户` under `注：1.本表数据截至3月31日` is the note's next item, not a community.
   */
  skipsUnnamed(cells: readonly string[], line: number, row: number, width: number): boolean {
    const short = cells.length < width && (rowKind({ cells, unit: '', parent: '', district: '' }) === 'footer' || unitNoteBelow(cells) !== null);
    if (!short && !(this.after && (isNoteItemRow(cells) || this.holdsNoValue(cells)))) return false;
    this.skip(cells, line, row, '');
    return true;
  }

  /**
   * Who to call on two rows (`王丽` / `13812345678`, nameOverPhone): a name alone is held (true: not read yet), and
   * skipped as a footer when the next row that is not blank is their phone; else it is read before that row.
   */
  hold(cells: string[], line: number, broken: boolean): boolean {
    if (this.releasing) return false;
    const held = this.held;
    if (held !== null) {
      // Blank lines between the name and the phone (`王丽` / blank / `13812345678`) keep it held; they are read as blank.
      if (!broken && isBlankRow(cells)) return false;
      if (!broken && nameOverPhone(held.cells, cells)) {
        this.held = null;
        this.skip(held.cells, held.line, this.ctx.store.addRow(this.ctx.fileIndex, held.line), '');
      } else this.release();
    }
    if (broken || !nameAlone(cells)) return false;
    this.held = { cells, line };
    return true;
  }

  /** The name held (hold) with no row after it: read as a row. */
  release(): void {
    const held = this.held;
    this.held = null;
    if (held === null) return;
    this.releasing = true;
    this.read(held.cells, held.line);
    this.releasing = false;
  }

  /**
   * No value cell of the row is written: under a footer, a line of it (此表一式两份…, a signer's
   * name alone, a pasted link), not a community; a row with a value there is still read.
   */
  private holdsNoValue(cells: readonly string[]): boolean {
    const s = this.shape;
    const valueColumns = s.kind === 'long' ? [s.value] : s.measures.map((m) => m.index);
    return valueColumns.every((c) => c < 0 || cellAt(cells, c).trim() === '');
  }

  /** Skips the footer row `row` (`label`: its label, when it has one). */
  skip(cells: readonly string[], line: number, row: number, label: string): void {
    const s = this.shape;
    this.after = true;
    this.ctx.store.settleRow(row, 'rejected', skippedReason('footer', label));
    this.notes.addSkipped('footer', line);
    const unitNote = unitNoteBelow(cells);
    const unitIssue = unitNote === null ? null : unitNoteIssue(unitNote, s, this.ctx.file, line);
    if (unitIssue !== null) this.ctx.sink.push(unitIssue);
    const valueColumns = s.kind === 'long' ? [s.value] : s.measures.map((m) => m.index);
    // (A telephone number, 13812345678, 022-2839xxxx or +8613812345678, is no value.)
    const k = valueColumns.find((c) => c >= 0 && !PHONE.test(cellAt(cells, c)) && !Number.isNaN(this.values.parse(cellAt(cells, c), 1).value));
    if (k === undefined) return;
    const name = s.names.get(k) ?? '';
    this.ctx.sink.pushCapped(makeIssue('warning', 'footer-row-values', { file: this.ctx.file, line, column: k + 1, columnName: name },
      `第${line}行是表尾说明，但“${name}”列有数值“${cellAt(cells, k)}”，未导入；如是数据，请把它写在表格的数据行中`,
      `Line ${line} is a footer but its "${name}" cell holds ${cellAt(cells, k)}; not imported.`));
  }
}
