/**
 * The rows of a months-down table (table/months-down.ts: one community's sheet, `月份 | 再就业人数 | …`,
 * no community column): every row is that community's, a month, or the months' 合计 (not a period,
 * not a community; checked against the months by months-total.ts), a footer, or another row that
 * is no month. The table reader hands each data row here instead of reading its names.
 */
import type { TableShape } from '../table/detect-shape';
import type { UnitLevelHint } from '../table/unit-level';
import { rowKind, rowLabel, skippedReason } from '../cells/row-label';
import { cellAt } from './cell-at';
import type { FooterRows } from './footer-rows';
import { MonthsTotal } from './months-total';
import type { ReadContext } from './read-context';
import type { RowPeriods } from './row-periods';
import type { RowValues } from './row-values';
import type { TableNotes } from './table-notes';
import type { ValueCells } from './value-cells';

export class MonthsDownRows {
  /** The months read and the rows totalling them. */
  private readonly total: MonthsTotal;
  /** The one community, resolved on the first month's row. */
  private mention = -1;

  constructor(
    private readonly ctx: ReadContext, private readonly shape: TableShape, values: ValueCells,
    private readonly periods: RowPeriods, private readonly rowValues: RowValues,
    private readonly footers: FooterRows, private readonly notes: TableNotes,
    private readonly unitLevel: { unitLevel?: UnitLevelHint },
  ) {
    this.total = new MonthsTotal(shape.measures, (raw, scale) => values.parse(raw, scale));
  }

  /** Reads one data row (`row`: its index in the store). */
  read(cells: string[], line: number, row: number): void {
    const labels = { cells, unit: '', parent: '', district: '' };
    const periodText = cellAt(cells, this.shape.period);
    const total = this.total;
    const totalWord = total.totalWord(periodText, this.shape.relativePeriods === true);
    const sub = totalWord ? 'total' : rowKind(labels);
    if (sub === 'footer') { this.footers.skip(cells, line, row, ''); return; }
    if (sub !== null) {
      this.ctx.store.settleRow(row, 'subtotal', skippedReason(sub, totalWord ? periodText : rowLabel(labels)));
      if (sub === 'average' || sub === 'comparison') this.notes.addSkipped(sub, line);
      else total.total(cells, line, this.ctx.file, this.ctx.sink);
      return;
    }
    const hit = this.periods.of(cells, line);
    const { store, fileIndex, defaultParent } = this.ctx;
    if (hit === null) { store.settleRow(row, 'rejected', this.periods.refusal); return; }
    const key = store.periods[hit.index];
    if (total.sumOfMonths(key)) {
      this.periods.notAPeriod(line, hit);
      store.settleRow(row, 'subtotal', skippedReason('total', periodText));
      total.total(cells, line, this.ctx.file, this.ctx.sink);
      return;
    }
    if (this.mention < 0) {
      this.mention = store.mentionOf({
        code: '', district: '', parent: defaultParent ?? '', rawName: this.shape.fixedUnit!.name, file: fileIndex, line,
        hasParentColumn: defaultParent !== undefined, ...this.unitLevel,
      });
    }
    total.month(cells, key);
    this.rowValues.wide(cells, line, row, this.mention, hit.index, null, '');
  }

  /** The table has ended: the notes on its total rows. */
  report(): void {
    const s = this.shape;
    this.total.report(this.ctx.file, s.period + 1, s.names.get(s.period) ?? '', this.ctx.sink);
  }
}
