/**
 * The merge's working table (merge-records.ts): the merged observations' columns, and for every
 * unit × period × metric key the observation stored for it, looked up in a flat table made at
 * the first key met again (till then a bit per key; a Map past 16M keys). `run` goes through the
 * records while each is plain: a new key is stored, the value already stored for its key (same
 * qualifier) from another row or file is counted as merged. It stops at the first record that
 * needs more, for mergeRecords to settle: a different value for a stored key, or a row repeated in
 * its own file. The loop is its own small method so that it is compiled on its own, not with
 * mergeRecords' messages around it (it then ran at half the speed).
 */
import type { Dataset, ObservationColumns } from '../dataset/dataset';
import type { ObservationRecords } from '../records/observation-records';

/** Largest unit × period × metric key space looked up in a flat table instead of a Map. */
const MAX_TABLE = 1 << 24;

/** The records' codes → the merged dataset's (see mergeRecords). */
export interface MergeCodes {
  /** Units in the merged dataset: each mention's unit. */
  readonly unitOfMention: Int32Array;
  /** Period and metric codes of the key (the merged dataset's order of first appearance). */
  readonly periodCode: Int32Array;
  readonly metricCode: Int32Array;
  /** Each record metric's index in the dataset builder. */
  readonly metricIndex: Int32Array;
  readonly units: number;
  readonly periods: number;
  readonly metrics: number;
  /** Files of the existing dataset: the new records' file indices start here. */
  readonly base: number;
}

export class MergeTable {
  /** Observations stored. */
  n = 0;
  /**
   * The merged observations' columns (the first n hold them; the dataset's codes for unit, metric
   * and file; file and line once settleSources has run). Till then `file` holds, for an observation
   * stored from a record, the record's column (1-based): a conflict inside one row names both columns.
   */
  readonly obs: ObservationColumns;
  /**
   * The row of the record stored as each observation (-1: an observation of the existing dataset).
   * In place it is the records' row column itself, read as the observations' `line` by `settleSources`.
   */
  readonly storedRow: Int32Array;
  /** Period codes some stored observation has. */
  readonly usedPeriod: Uint8Array;
  /** Observations whose source text differs from String(value), ascending, and those texts. */
  readonly rawIndex: number[] = [];
  readonly rawText: string[] = [];
  /** Per data row: observations stored, and observations merged with one stored before. */
  readonly added: Uint32Array;
  readonly merged: Uint32Array;
  /** Rows with a merge against another file or the existing dataset (reported as duplicate-merged). */
  readonly mergedElsewhere: Uint8Array;
  /** Rows with a merge against the existing dataset only (a file imported again). */
  readonly mergedExisting: Uint8Array;
  private readonly uStep: number;
  private readonly pStep: number;
  /**
   * Keys up to MAX_TABLE: a bit per key says it is stored, and the table of what is stored for
   * each is made at the first key met again (see `indexed`): a file without repeats never makes
   * it (8 MB of fresh memory for the wide city file). Past MAX_TABLE keys, a Map.
   */
  private readonly seen: Int32Array | null;
  private table: Int32Array | null = null;
  private readonly space: number;
  private readonly map: Map<number, number> | null;
  /** The next record raw text to read (the records' raw texts are walked alongside, their indices ascend). */
  private rk = 0;

  /**
   * Without an existing dataset (`old` 0) the merged observations are written over the records'
   * own columns (observation n is stored once record n has been read, and never ahead of it), so
   * an import does not make and fill a second copy of every observation; the records are then
   * used up. Their row column is the stored rows too: fresh memory costs an import more than the
   * writes into it (a page touched first), and a column of 4 bytes per observation less is kept.
   */
  constructor(private readonly recs: ObservationRecords, private readonly codes: MergeCodes, old: number) {
    if (recs.consumed) throw new Error('mergeRecords: these records were merged already');
    const inPlace = old === 0;
    if (inPlace) recs.consumed = true;
    const cap = old + recs.size;
    this.obs = inPlace
      ? { unit: recs.mention, period: recs.period, metric: recs.metric, value: recs.value, qualifier: recs.qualifier, file: recs.column, line: recs.row }
      : { unit: new Uint32Array(cap), period: new Uint16Array(cap), metric: new Uint16Array(cap), value: new Float64Array(cap), qualifier: new Uint8Array(cap), file: new Uint16Array(cap), line: new Uint32Array(cap) };
    this.storedRow = inPlace ? new Int32Array(recs.row.buffer, recs.row.byteOffset, recs.row.length) : new Int32Array(cap);
    this.usedPeriod = new Uint8Array(codes.periods);
    const rows = recs.rows;
    this.added = new Uint32Array(rows);
    this.merged = new Uint32Array(rows);
    this.mergedElsewhere = new Uint8Array(rows);
    this.mergedExisting = new Uint8Array(rows);
    // Key layout: the dimension that changes more often from one record to the next is the inner
    // one, so the records visit the table in order (a long file is unit-major, a wide one period-major).
    let unitMoves = 0;
    let periodMoves = 0;
    for (let i = 1; i < Math.min(recs.size, 4096); i++) {
      if (recs.mention[i] !== recs.mention[i - 1]) unitMoves++;
      if (recs.period[i] !== recs.period[i - 1]) periodMoves++;
    }
    const { units: nU, metrics: nM } = codes;
    const nP = Math.max(1, codes.periods);
    this.uStep = unitMoves > periodMoves ? nM : nP * nM;
    this.pStep = unitMoves > periodMoves ? nU * nM : nM;
    const space = nU * nP * nM;
    this.space = space;
    this.seen = space <= MAX_TABLE ? new Int32Array((space + 31) >>> 5) : null;
    this.map = this.seen ? null : new Map<number, number>();
    // The existing dataset's keys are all stored before the records: a repeat is likely.
    if (this.seen && old > 0) this.table = new Int32Array(space);
  }

  /**
   * Stores the existing dataset's observations first (period and metric codes mapped to the
   * merged ones); `raw` holds their source texts by observation.
   */
  loadExisting(existing: Dataset, pCodes: readonly number[], mCodes: readonly number[], raw: ReadonlyMap<number, string>): void {
    const o = existing.obs;
    const to = this.obs;
    for (let i = 0; i < o.value.length; i++) {
      const pc = pCodes[o.period[i]!]!;
      to.unit[i] = o.unit[i]!; to.period[i] = pc; this.usedPeriod[pc] = 1; to.metric[i] = o.metric[i]!; to.value[i] = o.value[i]!;
      to.qualifier[i] = o.qualifier[i]!; to.file[i] = o.file[i]!; to.line[i] = o.line[i]!;
      this.storedRow[i] = -1;
      const r = raw.get(i);
      if (r !== undefined && r !== String(o.value[i])) { this.rawIndex.push(i); this.rawText.push(r); }
      this.set(o.unit[i]! * this.uStep + pc * this.pStep + mCodes[o.metric[i]!]!, i);
    }
    this.n = o.value.length;
  }

  /** The key of record `i`. */
  keyOf(i: number): number {
    const c = this.codes;
    return c.unitOfMention[this.recs.mention[i]!]! * this.uStep + c.periodCode[this.recs.period[i]!]! * this.pStep + c.metricCode[this.recs.metric[i]!]!;
  }

  /** The observation stored for `key`, or -1. */
  stored(key: number): number {
    return (this.seen ? this.indexed()[key]! : this.map!.get(key) ?? 0) - 1;
  }

  /** Record `i`'s source text, if it kept one; call once per record, in order. */
  rawOf(i: number): string | undefined {
    const idx = this.recs.rawIndex;
    if (this.rk < idx.length && idx[this.rk] === i) return this.recs.rawText[this.rk++];
    return undefined;
  }

  /**
   * Stores and merges plain records from `from` on (see the file's comment); returns the first
   * record that needs mergeRecords, or the records' size. Its raw text is not read yet.
   */
  run(from: number): number {
    const { unitOfMention, periodCode, metricCode, metricIndex } = this.codes;
    const { seen, map, uStep, pStep, storedRow, usedPeriod, added, merged, mergedElsewhere, mergedExisting } = this;
    const { unit, period, metric, value, qualifier, file } = this.obs;
    const recs = this.recs;
    const { size, mention: rMention, period: rPeriod, metric: rMetric, value: rValue, qualifier: rQualifier, row: rRow, column: rColumn, rowFile: rRowFile, rawIndex: rawIdx } = recs;
    let rk = this.rk;
    let nextRaw = rk < rawIdx.length ? rawIdx[rk]! : -1;
    let n = this.n;
    let table = this.table;
    let i = from;
    for (; i < size; i++) {
      // Record i is read whole before anything is stored (in place, observation n ≤ i goes over it).
      const rp = rPeriod[i]!;
      const pc = periodCode[rp]!;
      const rm = rMetric[i]!;
      const u = unitOfMention[rMention[i]!]!;
      const key = u * uStep + pc * pStep + metricCode[rm]!;
      const v = rValue[i]!;
      const q = rQualifier[i]!;
      const row = rRow[i]!;
      let prev: number;
      if (table) prev = table[key]!;
      else if (!seen) prev = map!.get(key) ?? 0;
      else if ((seen[key >>> 5]! & (1 << (key & 31))) === 0) prev = 0;
      else {
        this.n = n;
        table = this.indexed();
        prev = table[key]!;
      }
      if (prev === 0) {
        unit[n] = u; period[n] = pc; usedPeriod[pc] = 1; metric[n] = metricIndex[rm]!; value[n] = v;
        qualifier[n] = q; storedRow[n] = row; file[n] = rColumn[i]!;
        if (i === nextRaw) {
          this.rawIndex.push(n); this.rawText.push(recs.rawText[rk++]!);
          nextRaw = rk < rawIdx.length ? rawIdx[rk]! : -1;
        }
        n++;
        if (table) table[key] = n; else if (seen) seen[key >>> 5]! |= 1 << (key & 31); else map!.set(key, n);
        added[row]!++;
        continue;
      }
      const j = prev - 1;
      const pv = value[j]!;
      if (!(pv === v || (pv !== pv && v !== v)) || qualifier[j] !== q) break;
      const prevRow = storedRow[j]!;
      if (prevRow >= 0 && rRowFile[prevRow] === rRowFile[row]) {
        // A row repeated in its own file is named (duplicate-rows.ts); the same cell twice in one row is not.
        if (prevRow !== row) break;
      } else {
        mergedElsewhere[row] = 1;
        if (prevRow < 0) mergedExisting[row] = 1;
      }
      merged[row]!++;
      if (i === nextRaw) nextRaw = ++rk < rawIdx.length ? rawIdx[rk]! : -1;
    }
    this.rk = rk;
    this.n = n;
    return i;
  }

  /** Stores observation `j` (one stored before) anew, from `row`'s `column`. */
  replace(j: number, v: number, q: number, row: number, column: number): void {
    const o = this.obs;
    o.value[j] = v; o.qualifier[j] = q; this.storedRow[j] = row; o.file[j] = column;
  }

  /**
   * Writes the file and line of every observation stored from a record (from its stored row),
   * once the records are merged: in place, `line` is `storedRow`, which the merge reads until then.
   */
  settleSources(): void {
    const { storedRow, codes: { base } } = this;
    const { file, line } = this.obs;
    const { rowFile, rowLine } = this.recs;
    for (let j = 0; j < this.n; j++) {
      const row = storedRow[j]!;
      if (row < 0) continue;
      file[j] = base + rowFile[row]!;
      line[j] = rowLine[row]!;
    }
  }

  private set(key: number, j: number): void {
    if (this.seen) this.indexed()[key] = j + 1; else this.map!.set(key, j + 1);
  }

  /** The table of what is stored for each key; made from the stored observations when first asked for. */
  private indexed(): Int32Array {
    if (this.table) return this.table;
    const table = new Int32Array(this.space);
    const { unit, period, metric } = this.obs;
    const { metricIndex, metricCode } = this.codes;
    // Without an existing dataset (the table is made at once with one) every stored metric is a record's.
    const codeOf = new Int32Array(metricIndex.length === 0 ? 0 : Math.max(...metricIndex) + 1);
    metricIndex.forEach((m, rm) => { codeOf[m] = metricCode[rm]!; });
    for (let j = 0; j < this.n; j++) table[unit[j]! * this.uStep + period[j]! * this.pStep + codeOf[metric[j]!]!] = j + 1;
    this.table = table;
    return table;
  }
}
