/**
 * The import's working table: every observation read from the files, before units are resolved
 * and duplicates merged, plus one entry per input data row for the row accounting. Observations
 * and rows live in growable typed arrays (no per-row objects or boxed numbers); unit mentions,
 * metrics and periods are dictionary-coded in first-seen order. A checkpoint taken when a file
 * starts lets the pipeline forget what it read of that file when it has to read it again.
 */
import { keepsRaw, QUALIFIER_CODE, type Qualifier } from '../dataset/dataset';
import { unguardFormula } from '../dataset/formula-guard';
import type { RowOutcome } from '../report/import-report';
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { PeriodKey } from '../vocabulary/period';
import type { UnitLevelHint } from '../table/unit-level';

/** Two mentions are the same when code, names, file, street column and stated level agree. */
function mentionKey(m: UnitMention): string {
  return `${m.code}\u0001${m.district}\u0001${m.parent}\u0001${m.rawName}\u0001${m.file}\u0001${m.hasParentColumn ? 1 : 0}\u0001${m.unitLevel?.level ?? ''}`;
}

/** One way a unit was named in one file: identity is resolved later across all files. */
export interface UnitMention {
  readonly code: string;
  readonly district: string;
  readonly parent: string;
  /** The name as written (trimmed). */
  readonly rawName: string;
  readonly file: number;
  /** First line where this mention appears. */
  readonly line: number;
  /** Whether the file had a street/town column (otherwise `parent` is unknown, not empty). */
  readonly hasParentColumn: boolean;
  /** Its street is a street row's above or below it (records/street-rows.ts), not a street column's or the file name's. */
  readonly streetRow?: true;
  /** The level its table states for its units (table/unit-level.ts): a bare name is of that level. */
  readonly unitLevel?: UnitLevelHint;
}

/** Row outcome codes; 0 is pending (decided by the merge: imported or merged). */
const OUTCOMES: readonly (RowOutcome | null)[] = [null, 'imported', 'merged', 'subtotal', 'blank', 'rejected'];
const OUTCOME_CODE: Readonly<Record<RowOutcome, number>> = { imported: 1, merged: 2, subtotal: 3, blank: 4, rejected: 5 };

/** What the store held at one moment (see `checkpoint` and `rollback`). */
export interface RecordsCheckpoint {
  readonly size: number;
  readonly rows: number;
  readonly mentions: number;
  readonly metrics: number;
  readonly periods: number;
  readonly tables: number;
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array;
function grown<T extends Typed>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

export class ObservationRecords {
  readonly mentions: UnitMention[] = [];
  private readonly mentionByKey = new Map<string, number>();
  readonly metrics: MetricDef[] = [];
  private readonly metricById = new Map<string, number>();
  readonly periods: PeriodKey[] = [];
  private readonly periodByKey = new Map<PeriodKey, number>();

  private cap = 4096;
  /** Number of observations. */
  size = 0;
  mention = new Uint32Array(this.cap);
  metric = new Uint16Array(this.cap);
  period = new Uint16Array(this.cap);
  value = new Float64Array(this.cap);
  qualifier = new Uint8Array(this.cap);
  /** Global row id of each observation (index into the row arrays). */
  row = new Uint32Array(this.cap);
  /** 1-based column of the value cell. */
  column = new Uint16Array(this.cap);
  /**
   * Set by mergeRecords when it writes the merged observations over these columns (an import
   * without an existing dataset): from then on they are the dataset's, not records.
   */
  consumed = false;
  /** Observations whose source text differs from String(value), ascending (see rawText). */
  readonly rawIndex: number[] = [];
  /** The source text of each observation in rawIndex. */
  readonly rawText: string[] = [];

  private rowCap = 4096;
  /** Data rows registered (every file, below the header). */
  rows = 0;
  rowFile = new Uint16Array(this.rowCap);
  rowLine = new Uint32Array(this.rowCap);
  private outcome = new Uint8Array(this.rowCap);
  private readonly reason = new Map<number, string>();
  /** Rows whose period cell marks their figures corrected (`2024年3月（更正）`): the word, for a conflict's message. */
  readonly corrected = new Map<number, string>();
  /** The first data row of each table read, and its header's names by 0-based column (for messages: `tableStarts`). */
  private readonly tableFrom: number[] = [];
  private readonly tableNames: ReadonlyMap<number, string>[] = [];

  /** Index of a unit mention; two mentions are the same when code, names, file and street column agree. */
  mentionOf(written: UnitMention): number {
    // Names a formula guard wrote as `'=…` (our normalised CSV) are read back as written.
    const m = written.rawName.startsWith("'") || written.parent.startsWith("'") || written.district.startsWith("'")
      ? { ...written, rawName: unguardFormula(written.rawName), parent: unguardFormula(written.parent), district: unguardFormula(written.district) }
      : written;
    const key = mentionKey(m);
    let i = this.mentionByKey.get(key);
    if (i === undefined) {
      i = this.mentions.length;
      this.mentions.push(m);
      this.mentionByKey.set(key, i);
    }
    return i;
  }

  /**
   * Mention `i` is of street `parent` after all (a street's subtotal row under its communities, in a
   * table without a street column): the same cells met again are a new mention, not this one.
   */
  reparent(i: number, parent: string): void {
    const old = this.mentions[i]!;
    const key = mentionKey(old);
    if (this.mentionByKey.get(key) === i) this.mentionByKey.delete(key);
    const m: UnitMention = { ...old, parent, hasParentColumn: true, streetRow: true };
    this.mentions[i] = m;
    if (!this.mentionByKey.has(mentionKey(m))) this.mentionByKey.set(mentionKey(m), i);
  }

  /**
   * Index of a metric by its id; a custom metric by its id and unit, as 走访次数（次） and 走访次数（户）
   * are two (the merge names the later one with its unit: merge/custom-metric-units.ts).
   */
  metricOf(def: MetricDef): number {
    const key = def.family === 'custom' && def.unit !== '' ? `${def.id}\u0001${def.unit}` : def.id;
    let i = this.metricById.get(key);
    if (i === undefined) {
      i = this.metrics.length;
      this.metrics.push(def);
      this.metricById.set(key, i);
    }
    return i;
  }

  periodOf(key: PeriodKey): number {
    let i = this.periodByKey.get(key);
    if (i === undefined) {
      i = this.periods.length;
      this.periods.push(key);
      this.periodByKey.set(key, i);
    }
    return i;
  }

  /** Registers a data row; its outcome is decided later (pending). */
  addRow(file: number, line: number): number {
    if (this.rows === this.rowCap) this.growRows(this.rowCap * 2);
    const r = this.rows++;
    this.rowFile[r] = file;
    this.rowLine[r] = line;
    return r;
  }

  /** A table starts: its data rows are the next ones registered, its header names `names` (by 0-based column). */
  tableStarts(names: ReadonlyMap<number, string>): void {
    this.tableFrom.push(this.rows);
    this.tableNames.push(names);
  }

  /** The header of 1-based `column` in the table of data row `row` ('' when unknown): for a message, not per value. */
  columnName(row: number, column: number): string {
    for (let k = this.tableFrom.length - 1; k >= 0; k--) if (this.tableFrom[k]! <= row) return this.tableNames[k]!.get(column - 1) ?? '';
    return '';
  }

  /** Marks a row as not imported (blank, subtotal, rejected, merged) with a Chinese reason. */
  settleRow(row: number, outcome: Exclude<RowOutcome, 'imported'>, reason: string): void {
    this.outcome[row] = OUTCOME_CODE[outcome];
    this.reason.set(row, reason);
  }

  /** Marks a pending row as imported. */
  importRow(row: number): void {
    this.outcome[row] = OUTCOME_CODE.imported;
  }

  /** The row's outcome, or null while pending. */
  outcomeOf(row: number): RowOutcome | null {
    return OUTCOMES[this.outcome[row]!]!;
  }

  /**
   * Marks as imported every pending row with an observation stored (`stored[row]` > 0) and no
   * conflict (`conflict[row]` 0): most rows of an import, in one pass over the outcomes.
   */
  importStored(stored: Uint32Array, conflict: Uint8Array): void {
    const outcome = this.outcome;
    for (let r = 0; r < this.rows; r++) if (outcome[r] === 0 && stored[r]! > 0 && conflict[r] === 0) outcome[r] = OUTCOME_CODE.imported;
  }

  /** The first row from `from` on whose outcome is neither pending nor imported, or -1. */
  nextNotImported(from: number): number {
    const outcome = this.outcome;
    for (let r = from; r < this.rows; r++) if (outcome[r]! > OUTCOME_CODE.imported) return r;
    return -1;
  }

  /** The first pending row from `from` on, or -1. */
  nextPending(from: number): number {
    const outcome = this.outcome;
    for (let r = from; r < this.rows; r++) if (outcome[r] === 0) return r;
    return -1;
  }

  /** The reason given when the row was settled ('' for imported and pending rows). */
  reasonOf(row: number): string {
    return this.reason.get(row) ?? '';
  }

  /** Adds one observation of data row `row`. `raw` is kept only when it says more than String(value) (keepsRaw). */
  add(mention: number, metric: number, period: number, value: number, qualifier: number, row: number, column: number, raw: string | null): void {
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.mention[i] = mention;
    this.metric[i] = metric;
    this.period[i] = period;
    this.value[i] = value;
    this.qualifier[i] = qualifier;
    this.row[i] = row;
    this.column[i] = column;
    if (raw === null) return;
    // Our normalised CSV guards formula-like text with a `'`: the raw text is kept as written.
    const text = raw.charCodeAt(0) === 39 ? unguardFormula(raw) : raw;
    if (keepsRaw(text, value)) { this.rawIndex.push(i); this.rawText.push(text); }
  }

  /** The source text kept for observation `i` (see add), or undefined. */
  rawOf(i: number): string | undefined {
    const idx = this.rawIndex;
    let lo = 0;
    let hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (idx[mid]! < i) lo = mid + 1; else hi = mid;
    }
    return lo < idx.length && idx[lo] === i ? this.rawText[lo] : undefined;
  }

  /** Same as `add` with a qualifier name. */
  addNamed(mention: number, metric: number, period: number, value: number, qualifier: Qualifier, row: number, column: number, raw: string | null): void {
    this.add(mention, metric, period, value, QUALIFIER_CODE[qualifier], row, column, raw);
  }

  checkpoint(): RecordsCheckpoint {
    return { size: this.size, rows: this.rows, mentions: this.mentions.length, metrics: this.metrics.length, periods: this.periods.length, tables: this.tableFrom.length };
  }

  /** Forgets everything added since `cp` (a file that is read again from its start). */
  rollback(cp: RecordsCheckpoint): void {
    while (this.rawIndex.length > 0 && this.rawIndex[this.rawIndex.length - 1]! >= cp.size) { this.rawIndex.pop(); this.rawText.pop(); }
    for (let r = cp.rows; r < this.rows; r++) { this.reason.delete(r); this.outcome[r] = 0; }
    this.size = cp.size;
    this.rows = cp.rows;
    this.tableFrom.length = this.tableNames.length = cp.tables;
    const drop = <T>(list: T[], keep: number, index: Map<unknown, number>): void => {
      if (list.length === keep) return;
      for (const [k, i] of index) if (i >= keep) index.delete(k);
      list.length = keep;
    };
    drop(this.mentions, cp.mentions, this.mentionByKey);
    drop(this.metrics, cp.metrics, this.metricById);
    drop(this.periods, cp.periods, this.periodByKey);
  }

  /**
   * Makes room for `observations` observations and `rows` rows in all (a projection from the part
   * of a file read so far), so the arrays are not copied at every doubling on the way there.
   */
  reserve(observations: number, rows: number): void {
    if (observations > this.cap) this.grow(Math.ceil(observations));
    if (rows > this.rowCap) this.growRows(Math.ceil(rows));
  }

  private growRows(cap: number): void {
    this.rowCap = cap;
    this.rowFile = grown(this.rowFile, this.rowCap);
    this.rowLine = grown(this.rowLine, this.rowCap);
    this.outcome = grown(this.outcome, this.rowCap);
  }

  private grow(cap = this.cap * 2): void {
    this.cap = cap;
    this.mention = grown(this.mention, this.cap);
    this.metric = grown(this.metric, this.cap);
    this.period = grown(this.period, this.cap);
    this.value = grown(this.value, this.cap);
    this.qualifier = grown(this.qualifier, this.cap);
    this.row = grown(this.row, this.cap);
    this.column = grown(this.column, this.cap);
  }
}
