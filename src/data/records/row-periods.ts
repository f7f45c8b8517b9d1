/**
 * The period of each row of a table, from its period cell (or, left blank, the table's own period
 * from its title, sheet or file name): each text read once (read-cells.ts readPeriod), the one of
 * the row before checked first, and whether the column mixes single periods with year-to-date ones
 * (period-mix.ts) counted as it goes.
 */
import type { ReadContext } from './read-context';
import { PeriodMix } from './period-mix';
import { readPeriod, type PeriodCache } from './read-cells';
import type { TableShape } from '../table/detect-shape';

/** A row's period: its code in the store, and whether it is a year to date. */
export interface PeriodHit { readonly index: number; readonly cumulative: boolean }

export class RowPeriods {
  private readonly cache: PeriodCache = new Map();
  private readonly hits = new Map<string, PeriodHit>();
  private readonly mix = new PeriodMix();
  private lastText = '\u0000';
  private last: PeriodHit | undefined = undefined;

  constructor(private readonly shape: TableShape, private readonly ctx: ReadContext) {}

  /** The row's period, or null when its text is unreadable (an issue says why). */
  of(text: string, line: number): PeriodHit | null {
    const s = this.shape;
    let hit = text === this.lastText ? this.last : this.hits.get(text);
    if (hit !== undefined && text !== this.lastText) {
      // A long file ordered by unit goes through its periods again for every unit: the next rows
      // repeat this text, not the last one met for the first time.
      this.lastText = text;
      this.last = hit;
    }
    if (hit === undefined) {
      const key = text === '' && s.filePeriod ? s.filePeriod.key
        : readPeriod(text, s, this.cache, { file: this.ctx.file, line, column: s.period + 1, columnName: s.names.get(s.period) }, this.ctx.sink);
      if (key === null) return null;
      const entry = text === '' ? undefined : this.cache.get(text);
      hit = { index: this.ctx.store.periodOf(key), cumulative: entry?.cumulative ?? false };
      // A text with notes is read again on every row, so each row reports them (capped), as the first did.
      if (entry === undefined || entry.notes.length === 0) {
        this.hits.set(text, hit);
        this.lastText = text;
        this.last = hit;
      }
    }
    if (text !== '') this.mix.add(line, hit.cumulative);
    return hit;
  }

  /** The warning for a column mixing single periods with years to date, if it does. */
  report(): void {
    const s = this.shape;
    this.mix.report(this.ctx.sink, { file: this.ctx.file, column: s.period + 1, ...(s.names.get(s.period) ? { columnName: s.names.get(s.period)! } : {}) });
  }
}
