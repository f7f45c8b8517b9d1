/**
 * The record before, as the tokenizer's split() reuses it: long files repeat the code, names and
 * period of the record above on every line, and wide files its district and street. Its cells, its
 * bytes and, per cell, where the cell's text starts and ends, where the next cell starts and how its
 * bytes read: a cell of the next record with the same bytes is the same string, not decoded again.
 */
import { equalPrefix } from './equal-prefix';

/**
 * Columns whose cells split() stops comparing after two misses in a row (a wide file's values); a
 * cell inside the bytes both records begin with is neither a miss nor a match.
 */
export const TRACKED_COLUMNS = 64;
/** Columns whose byte ranges are kept for the comparison. */
export const MAX_COMPARED = 1024;
const NO_BYTES = new Uint8Array(0);

export class RecordBefore {
  /** Its cells (none: no record to compare with). */
  cells: string[] = [];
  /** Its bytes are bytes[from, from + length), line end included; view is a DataView of bytes. */
  bytes: Uint8Array = NO_BYTES;
  view: DataView = new DataView(NO_BYTES.buffer);
  from = 0;
  length = 0;
  /**
   * Per cell, from the record's start: where its text starts and ends, where the next cell starts
   * (the last cell's next is the next record's start), and its bytes' kind (line-encodings.ts).
   * split() writes the record it splits over them from its first different cell on.
   */
  readonly start = new Int32Array(MAX_COMPARED);
  readonly end = new Int32Array(MAX_COMPARED);
  readonly next = new Int32Array(MAX_COMPARED);
  readonly kind = new Uint8Array(MAX_COMPARED);
  /** Per column: records in a row whose cell differed from the one before's. */
  readonly misses = new Uint8Array(TRACKED_COLUMNS);

  /** The record bytes[from, next) with `cells` is the one the next record is compared with. */
  keep(cells: string[], bytes: Uint8Array, view: DataView, from: number, next: number): void {
    this.cells = cells;
    this.bytes = bytes;
    this.view = view;
    this.from = from;
    this.length = next - from;
  }

  /** No record to compare with (split() wrote over its cells' places, or its cells hold the delimiter). */
  forget(): void {
    this.cells = [];
    this.length = 0;
  }

  /** How many bytes the record at bytes[from, n) begins with that this one begins with too (four at a time, then one by one). */
  samePrefix(bytes: Uint8Array, view: DataView, from: number): number {
    const n = bytes.length;
    const limit = this.length < n - from ? this.length : n - from;
    return equalPrefix(this.bytes, this.view, this.from, bytes, view, from, limit);
  }
}
