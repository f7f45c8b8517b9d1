/**
 * The running sums of one table's unit rows, by metric key and period, that the check of totals
 * (subtotal-check.ts) compares its 合计 and 小计 rows with: each (Sum) over the table, over the
 * segment since the last 小计, over the group since the last 合计 or street heading, with the rows
 * in text cells a note may name. With a store, the table's unit rows are the observations the store
 * gets from its creation on (one table at a time is read into it), and they are added only when a
 * total is checked (sync): a table without subtotal rows never sums anything.
 */
import type { IssueAt } from '../report/make-issue';
import type { VisibleSums } from '../rows/visible-sums';
import type { ObservationRecords } from './observation-records';
import { textNumbersNote, type TextNumbersNote } from './text-numbers-note';

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

/** The sums of one (metric, period): over the whole table, and over the segment since the last subtotal. */
export interface Sum {
  sum: number;
  exact: boolean;
  rows: number;
  firstLine: number;
  segSum: number;
  segExact: boolean;
  segRows: number;
  segFirstLine: number;
  /** The first covered row whose value is blank (0: none), over the table and over the segment. */
  blankLine: number;
  segBlankLine: number;
  /** The first covered row whose value is approximate (约, 余; 0: none), over the table and over the segment. */
  approxLine: number;
  segApproxLine: number;
  /** The store's observations among the rows in a workbook's text cells (exact numbers no sum formula counts), in order; the segment's from `segText` on. */
  readonly texts: number[];
  segText: number;
  /** The store's first observation added here, over the table and over the segment (-1: a part's, not the store's). */
  readonly firstObs: number;
  segFirstObs: number;
  /**
   * The rows since the last 合计 checked (`lastTotal`, its line; 0: none yet) or the street heading
   * that began their block (`runHeading`, its line; 0: none since): a group's, when each group has its 合计.
   */
  runSum: number;
  runExact: boolean;
  runRows: number;
  runFirstLine: number;
  runLastLine: number;
  lastTotal: number;
  runHeading: number;
}

/**
 * `s` (a new one when undefined) with a row's `value` added: its `qualifier`'s code, its `line`, the
 * store's observation `obs` (-1: a part's), `text` when its cell is a number stored as text.
 */
export function addToSum(sum: Sum | undefined, value: number, qualifier: number, line: number, obs: number, text: boolean): Sum {
  const s = sum ?? {
    sum: 0, exact: true, rows: 0, firstLine: line, segSum: 0, segExact: true, segRows: 0, segFirstLine: line, blankLine: 0, segBlankLine: 0, approxLine: 0, segApproxLine: 0,
    texts: [], segText: 0, firstObs: obs, segFirstObs: obs, runSum: 0, runExact: true, runRows: 0, runFirstLine: line, runLastLine: line, lastTotal: 0, runHeading: 0,
  };
  if (s.segRows === 0) { s.segSum = 0; s.segExact = true; s.segFirstLine = line; s.segBlankLine = 0; s.segApproxLine = 0; s.segText = s.texts.length; s.segFirstObs = obs; }
  if (text) s.texts.push(obs);
  if (s.runRows === 0) { s.runSum = 0; s.runExact = true; s.runFirstLine = line; }
  s.runRows++;
  s.runLastLine = line;
  if (Number.isNaN(value) || qualifier !== EXACT) s.runExact = false; else s.runSum += value;
  if (Number.isNaN(value)) {
    s.exact = false;
    s.segExact = false;
    if (s.blankLine === 0) s.blankLine = line;
    if (s.segBlankLine === 0) s.segBlankLine = line;
  } else if (qualifier !== EXACT) {
    s.exact = false;
    s.segExact = false;
    if (s.approxLine === 0) s.approxLine = line;
    if (s.segApproxLine === 0) s.segApproxLine = line;
  } else { s.sum += value; s.segSum += value; }
  s.rows++;
  s.segRows++;
  return s;
}
