/**
 * Which value columns of each subtotal row were compared with the sum of their rows, and why the
 * others were not (SKIP_ bits, with the line of the row that kept them from it): a row compared in
 * some of its columns only is said so column by column (TableNotes.partly), never as checked. A
 * column whose own cell is blank or a rate is nothing left unchecked (no figure to check), so not named.
 */
import { SKIP_APPROXIMATE, SKIP_APPROXIMATE_ROW, SKIP_BLANK, SKIP_BLANK_ROW, SKIP_MERGED, SKIP_RATE } from './subtotal-skips';

/** One column of a subtotal row: its header text, why it was not compared (0: it was), the row in the way. */
interface ColumnOutcome { readonly name: string; readonly skipped: number; readonly row: number }

/** A subtotal row compared in the columns `checked` only: the others, and why. */
export interface PartlyChecked { readonly line: number; readonly checked: readonly string[]; readonly unchecked: readonly ColumnOutcome[] }

export class SubtotalColumns {
  private readonly byLine = new Map<number, Map<number, ColumnOutcome>>();

  /**
   * The value of 1-based `column` (header `name`) of the subtotal row at `line`: compared (`skipped`
   * 0) or not and why; a later outcome (a total above its rows, settled as they end) replaces the first.
   */
  note(line: number, column: number, name: string, skipped: number, row: number): void {
    if (name === '' || column === 0) return;
    let cols = this.byLine.get(line);
    if (cols === undefined) this.byLine.set(line, (cols = new Map()));
    cols.set(column, { name, skipped, row });
  }

  /** The rows compared in some columns and not in others, by line. */
  partly(): PartlyChecked[] {
    const out: PartlyChecked[] = [];
    for (const [line, cols] of this.byLine) {
      const all = [...cols.values()];
      const checked = all.filter((c) => c.skipped === 0).map((c) => c.name);
      const unchecked = all.filter((c) => c.skipped !== 0 && (c.skipped & (SKIP_BLANK | SKIP_RATE)) === 0);
      if (checked.length > 0 && unchecked.length > 0) out.push({ line, checked, unchecked });
    }
    return out.sort((a, b) => a.line - b.line);
  }
}

/** Why column `c` of a subtotal row was not compared, in a note's words (zh, en). */
export function columnReason(c: ColumnOutcome): { zh: string; en: string } {
  if ((c.skipped & SKIP_BLANK_ROW) !== 0) return { zh: `其所含的第${c.row}行在这一列没有数值，空白或不是数字`, en: `line ${c.row} it covers has no number there` };
  if ((c.skipped & SKIP_APPROXIMATE_ROW) !== 0) return { zh: `其所含的第${c.row}行在这一列的数值是约数`, en: `line ${c.row} it covers is approximate there` };
  if ((c.skipped & SKIP_APPROXIMATE) !== 0) return { zh: '本行或其所含各行在这一列有约数、非确数', en: 'approximate values there' };
  if ((c.skipped & SKIP_MERGED) !== 0) return { zh: '其数值单元格是跨列合并的，不知是哪一列的数', en: 'its cell is merged across columns' };
  return { zh: '其上下没有这一列可加总的行', en: 'no rows of it to sum' };
}
