/**
 * The period of each row of a table, from its period cell (or, left blank, the table's own period
 * from its title, sheet or file name), read with the year cell beside it when the table has one
 * (`年份 | 月份`, period-cell-text.ts), blanks under written cells filled (merged-cell-fill.ts): each pair of texts read once (read-cells.ts readPeriod), the
 * one of the row before checked first, and whether the column mixes single periods with
 * year-to-date ones (period-mix.ts) counted as it goes.
 */
import type { ReadContext } from './read-context';
import { PeriodMix } from './period-mix';
import { readPeriod, type PeriodCache } from './read-cells';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';
import { bareNumberReader, periodCellText, periodInYear, readYearCell } from './period-cell-text';
import type { MergedCellFill } from './merged-cell-fill';

/** A row's period: its code in the store, and whether it is a year to date. */
export interface PeriodHit { readonly index: number; readonly cumulative: boolean }

export class RowPeriods {
  private readonly cache: PeriodCache = new Map();
  /** Hits by the year cell ('' in a table without a year column), then by the period cell. */
  private readonly hits = new Map<string, Map<string, PeriodHit>>();
  private readonly mix = new PeriodMix();
  /** The year column (-1: none). */
  private readonly yearColumn: number;
  /** What a bare number in the period column means (`3` in a 月份 column); null when nothing. */
  private readonly bare: ((n: number) => string) | null;
  private lastText = '\u0000';
  private lastYear = '\u0000';
  private last: PeriodHit | undefined = undefined;
  // The hits of the year last looked up (a table's rows mostly share a year).
  private hitsYear = '\u0000';
  private yearHits = new Map<string, PeriodHit>();

  /** `fill`: the table's merged-cell fill, which fills blank period and year cells under written ones. */
  constructor(private readonly shape: TableShape, private readonly ctx: ReadContext, private readonly fill: MergedCellFill) {
    this.yearColumn = shape.year ?? -1;
    this.bare = bareNumberReader(shape.names.get(shape.period) ?? '');
  }

  /** The row's period, or null when its text is unreadable (an issue says why). */
  of(cells: readonly string[], line: number): PeriodHit | null {
    const text = this.fill.period(cellAt(cells, this.shape.period), line);
    const year = this.fill.year(cellAt(cells, this.yearColumn), line);
    const same = text === this.lastText && year === this.lastYear;
    let hit = same ? this.last : this.hitsOf(year).get(text);
    if (hit !== undefined && !same) {
      // A long file ordered by unit goes through its periods again for every unit: the next rows
      // repeat this text, not the last one met for the first time.
      this.lastText = text;
      this.lastYear = year;
      this.last = hit;
    }
    if (hit === undefined) {
      hit = this.read(text, year, line) ?? undefined;
      if (hit === undefined) return null;
    }
    if (text !== '') this.mix.add(line, hit.cumulative);
    return hit;
  }

  private hitsOf(year: string): Map<string, PeriodHit> {
    if (year !== this.hitsYear) {
      let m = this.hits.get(year);
      if (m === undefined) this.hits.set(year, m = new Map());
      this.hitsYear = year;
      this.yearHits = m;
    }
    return this.yearHits;
  }

  /** The period of texts not met before (or met with notes, which every row reports again). */
  private read(text: string, year: string, line: number): PeriodHit | null {
    const s = this.shape;
    const { file, sink } = this.ctx;
    let full = periodCellText(text, this.bare);
    if (this.yearColumn >= 0) {
      const y = readYearCell(year, { file, line, column: this.yearColumn + 1, columnName: s.names.get(this.yearColumn) }, sink);
      if (y === null) return null;
      if (full !== '') full = periodInYear(y, full);
    }
    const key = full === '' && s.filePeriod ? s.filePeriod.key
      : readPeriod(full, s, this.cache, { file, line, column: s.period + 1, columnName: s.names.get(s.period) }, sink);
    if (key === null) return null;
    const entry = full === '' ? undefined : this.cache.get(full);
    const hit = { index: this.ctx.store.periodOf(key), cumulative: entry?.cumulative ?? false };
    // A text with notes is read again on every row, so each row reports them (capped), as the first did.
    if (entry === undefined || entry.notes.length === 0) {
      this.hitsOf(year).set(text, hit);
      this.lastText = text;
      this.lastYear = year;
      this.last = hit;
    }
    return hit;
  }

  /** The warning for a column mixing single periods with years to date, if it does. */
  report(): void {
    const s = this.shape;
    this.mix.report(this.ctx.sink, { file: this.ctx.file, column: s.period + 1, ...(s.names.get(s.period) ? { columnName: s.names.get(s.period)! } : {}) });
  }
}
