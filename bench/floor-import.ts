/**
 * A floor for the wide-file line of issue 14: the least any importer of these files must do, so
 * that the bench can show what "wide MB/s within 1.5× of the long file's" asks of time per byte
 * and time per observation. It splits lines and cells (quotes toggle, CR/LF end a line), looks
 * the unit, period and metric up by a hash of their cells' bytes, reads a value's digits, and
 * stores each row and observation in the import's own records (ObservationRecords: 23 bytes per
 * observation, which become the dataset's columns; room for the whole file is made after its first
 * MB, as the import does). It does not decode text, check anything or merge: its time is below any
 * real import's.
 */
import { ObservationRecords } from '../src/data/records/observation-records';

/** Bytes read before the records make room for the rest of the file, as the import does. */
const RESERVE_AFTER_BYTES = 1024 * 1024;

/** Where the floor finds its cells (0-based columns). */
export interface FloorLayout {
  /** Lines before the first data row (title, header). */
  readonly skipLines: number;
  readonly unit: number;
  readonly period: number;
  /** Long files: the metric column and the value column. */
  readonly long?: { readonly metric: number; readonly value: number };
  /** Wide files: every column from here on holds one metric's value. */
  readonly valuesFrom?: number;
}

/** Imports `bytes` the least possible way; returns the observations stored. */
export function floorImport(bytes: Uint8Array, layout: FloorLayout): ObservationRecords {
  const n = bytes.length;
  const cols = new ObservationRecords();
  const units = new Map<number, number>();
  const periods = new Map<number, number>();
  const metrics = new Map<number, number>();
  const starts = new Int32Array(256);
  const ends = new Int32Array(256);
  const idOf = (map: Map<number, number>, a: number, b: number): number => {
    let h = 2166136261;
    for (let i = a; i < b; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
    let id = map.get(h);
    if (id === undefined) {
      id = map.size;
      map.set(h, id);
    }
    return id;
  };
  const digits = (a: number, b: number): number => {
    let v = 0;
    for (let i = a; i < b; i++) {
      const d = bytes[i]! - 48;
      if (d >= 0 && d <= 9) v = v * 10 + d;
    }
    return v;
  };
  let pos = 0;
  let line = 0;
  let reserved = false;
  while (pos < n) {
    if (!reserved && pos >= RESERVE_AFTER_BYTES) {
      reserved = true;
      cols.reserve(Math.ceil((cols.size / pos) * n * 1.05), Math.ceil((cols.rows / pos) * n * 1.05));
    }
    let k = 0;
    let a = pos;
    let i = pos;
    let quoted = false;
    for (; i < n; i++) {
      const c = bytes[i]!;
      if (c === 34) quoted = !quoted;
      else if (quoted) continue;
      else if (c === 44) {
        if (k < 255) { starts[k] = a; ends[k++] = i; }
        a = i + 1;
      } else if (c === 10 || c === 13) break;
    }
    starts[k] = a;
    ends[k++] = i;
    pos = bytes[i] === 13 && bytes[i + 1] === 10 ? i + 2 : i + 1;
    line++;
    if (line <= layout.skipLines || k <= layout.period) continue;
    const unit = idOf(units, starts[layout.unit]!, ends[layout.unit]!);
    const period = idOf(periods, starts[layout.period]!, ends[layout.period]!);
    const row = cols.addRow(0, line);
    if (layout.long) {
      const { metric, value } = layout.long;
      if (k > value) cols.add(unit, idOf(metrics, starts[metric]!, ends[metric]!), period, digits(starts[value]!, ends[value]!), 0, row, value + 1, null);
    } else {
      for (let c = layout.valuesFrom ?? k; c < k; c++) cols.add(unit, c, period, digits(starts[c]!, ends[c]!), 0, row, c + 1, null);
    }
  }
  return cols;
}
