/**
 * The running sums of one table's unit rows, by metric key and period (total-sums.ts), that the
 * check of totals (subtotal-check.ts) compares its 合计 and 小计 rows with. With a store, the
 * table's unit rows are the observations the store gets from its creation on (one table at a time
 * is read into it), and they are added only when a total is checked (sync): a table without
 * subtotal rows never sums anything.
 */
import type { IssueAt } from '../report/make-issue';
import type { VisibleSums } from '../rows/visible-sums';
import type { ObservationRecords } from './observation-records';
import { textNumbersNote, type TextNumbersNote } from './text-numbers-note';
import { addToSum, type Sum } from './total-sums';

const EXACT = 0; // QUALIFIER_CODE.exact

export class RowSums {
  /** Unit rows added so far (a block of them is those added between two counts). */
  added = 0;
  /** The store's size when the table began: its observations are those from here on. */
  readonly first: number;
  /** Sums by metric key then period: plain arrays, since a long file adds to them on every row. */
  private readonly sums: (Sum | undefined)[][] = [];
  /** The observations of `store` added so far (see sync). */
  private synced: number;

  constructor(
    readonly store?: ObservationRecords, private readonly visible?: VisibleSums,
    /** A second table beside the first (TableShape.rightUnit, 0-based): each side's totals sum that side's rows. */
    private readonly rightUnit?: number,
    /** The rows summed are parts given by addPart (a community's grids), never the store's: its observations are the totals'. */
    readonly partsOnly = false,
  ) {
    this.synced = store?.size ?? 0;
    this.first = this.synced;
  }

  /** The key the sums of `metric` in (1-based) `column` are kept under: the metric's, and its side's beside a second table. */
  lane(metric: number, column: number): number {
    return this.rightUnit === undefined ? metric : metric * 2 + (column - 1 > this.rightUnit ? 1 : 0);
  }

  /** Adds the observations the store got since the last time (in the order they came). */
  sync(): void {
    const store = this.store;
    if (store === undefined || this.partsOnly) return;
    const { metric, period, value, qualifier, row, rowLine, column } = store;
    const end = store.size;
    const visible = this.visible;
    for (let i = this.synced; i < end; i++) {
      const line = rowLine[row[i]!]!;
      const text = visible !== undefined && qualifier[i] === EXACT && visible.isText(line, column[i]!);
      this.add(this.lane(metric[i]!, column[i]!), period[i]!, value[i]!, qualifier[i]!, line, i, text);
    }
    this.synced = end;
  }

  /**
   * Adds a unit row's value for (metric key, period), both small non-negative codes: the store's
   * observation `obs` (-1: a part's), `text` when its cell is a number stored as text (a note may name it).
   */
  add(metric: number, period: number, value: number, qualifier: number, line: number, obs = -1, text = false): void {
    const byPeriod = this.sums[metric] ?? (this.sums[metric] = []);
    byPeriod[period] = addToSum(byPeriod[period], value, qualifier, line, obs, text);
    this.added++;
  }

  /** The sums of metric key `key` in `period` (undefined: no row of them yet). */
  of(key: number, period: number): Sum | undefined {
    return this.sums[key]?.[period];
  }

  /** A street's block of rows begins under its heading at `line`: every segment and group ends here, the next row of each key and period starts new ones. */
  newBlock(line: number): void {
    for (const byPeriod of this.sums) {
      for (const s of byPeriod ?? []) if (s !== undefined) { s.segRows = 0; s.runRows = 0; s.runHeading = line; }
    }
  }

  /**
   * The sum and count of the store's values of `key` in `period` from observation `start` on, on
   * lines `from` to `to` but those in `out` (a SUBTOTAL over the rows in view): summed from the
   * store, as it is asked rarely.
   */
  sumOfLines(key: number, period: number, start: number, from: number, to: number, out: ReadonlySet<number>): { sum: number; rows: number } {
    const store = this.store!;
    let sum = 0;
    let rows = 0;
    for (let i = start; i < store.size; i++) {
      if (this.lane(store.metric[i]!, store.column[i]!) !== key || store.period[i] !== period) continue;
      const line = store.rowLine[store.row[i]!]!;
      if (line < from || line > to || out.has(line)) continue;
      sum += store.value[i]!;
      rows++;
    }
    return { sum, rows };
  }

  /**
   * The note for the sum formula at `at` of `value`, not the `sum` of its rows (those of `key` and
   * `period` from line `from` to `to`, but lines `out`; of the segment only when `segment`), when it
   * is short by exactly the numbers stored as text among them (records/text-numbers-note.ts). Only
   * the text cells of those rows are looked at: a sheet of many 小计 each wrong is read in linear time.
   */
  textNote(
    key: number, period: number, segment: boolean, from: number, to: number, value: number, sum: number,
    label: string, at: IssueAt & { line: number }, out?: ReadonlySet<number>,
  ): TextNumbersNote | null {
    const store = this.store;
    const s = this.of(key, period);
    if (store === undefined || this.partsOnly || this.visible === undefined || s === undefined) return null;
    const covers = (i: number, line: number): boolean => line >= from && line <= to && !(out?.has(line) ?? false);
    const texts = segment ? s.texts.slice(s.segText) : s.texts;
    return textNumbersNote(store, texts, covers, this.visible, label, at.line, at.column ?? 0, value, sum);
  }
}
