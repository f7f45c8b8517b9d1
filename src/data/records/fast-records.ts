/**
 * The fast import's working table: like ObservationRecords, but the observations live in growable
 * typed arrays (no per-row objects or boxed numbers) and rows that carry no observation (blank
 * rows) are kept sparse. Mentions, metrics and periods are registered exactly as
 * ObservationRecords does (same keys, same first-seen order), so unit resolution and the merged
 * dataset come out identical to the general path.
 */
import { keepsRaw } from '../dataset/dataset';
import { RecordDictionaries } from './record-dictionaries';

/** A data row that produced no observation (its outcome is settled when read). */
export interface SparseRow {
  readonly file: number;
  readonly line: number;
  readonly outcome: 'blank';
  readonly reason: string;
}

export class FastRecords extends RecordDictionaries {

  private cap = 4096;
  /** Number of observations. */
  size = 0;
  mention = new Uint32Array(this.cap);
  metric = new Uint16Array(this.cap);
  period = new Uint16Array(this.cap);
  value = new Float64Array(this.cap);
  qualifier = new Uint8Array(this.cap);
  file = new Uint16Array(this.cap);
  line = new Uint32Array(this.cap);
  /** 1-based column of the value cell. */
  column = new Uint16Array(this.cap);
  /** Source text where it differs from String(value). */
  readonly raw = new Map<number, string>();
  /** Rows without an observation, in reading order. */
  readonly sparseRows: SparseRow[] = [];
  /** Data rows read so far (rows with an observation + sparse rows). */
  rows = 0;

  /** Adds one observation (one data row of a long file). `raw` is kept only when it differs from the number. */
  add(mention: number, metric: number, period: number, value: number, qualifier: number, file: number, line: number, column: number, raw: string | null): void {
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.mention[i] = mention;
    this.metric[i] = metric;
    this.period[i] = period;
    this.value[i] = value;
    this.qualifier[i] = qualifier;
    this.file[i] = file;
    this.line[i] = line;
    this.column[i] = column;
    if (raw !== null && keepsRaw(raw, value)) this.raw.set(i, raw);
    this.rows++;
  }

  /** A blank data row. */
  addBlank(file: number, line: number): void {
    this.sparseRows.push({ file, line, outcome: 'blank', reason: '空行' });
    this.rows++;
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(this.cap);
      b.set(a);
      return b;
    };
    this.mention = g(this.mention, Uint32Array);
    this.metric = g(this.metric, Uint16Array);
    this.period = g(this.period, Uint16Array);
    this.value = g(this.value, Float64Array);
    this.qualifier = g(this.qualifier, Uint8Array);
    this.file = g(this.file, Uint16Array);
    this.line = g(this.line, Uint32Array);
    this.column = g(this.column, Uint16Array);
  }
}
