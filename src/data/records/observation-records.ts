/**
 * The import's working table: every observation read from the files, before units are resolved
 * and duplicates merged, plus one entry per input data row for the row accounting. Plain number
 * arrays (V8 keeps them packed) instead of one object per observation.
 */
import { keepsRaw, QUALIFIER_CODE, type Qualifier } from '../dataset/dataset';
import { unguardFormula } from '../dataset/formula-guard';
import type { RowOutcome } from '../report/import-report';
import { RecordDictionaries } from './record-dictionaries';

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
}

export class ObservationRecords extends RecordDictionaries {

  // Observations.
  readonly mention: number[] = [];
  readonly metric: number[] = [];
  readonly period: number[] = [];
  readonly value: number[] = [];
  readonly qualifier: number[] = [];
  /** Global row id (index into the row arrays below). */
  readonly row: number[] = [];
  /** 1-based column of the cell. */
  readonly column: number[] = [];
  /** Source text where it differs from the plain number. */
  readonly raw = new Map<number, string>();

  // Rows: one per data row of every file (below the header).
  readonly rowFile: number[] = [];
  readonly rowLine: number[] = [];
  readonly rowOutcome: (RowOutcome | null)[] = [];
  readonly rowReason: string[] = [];

  get size(): number {
    return this.value.length;
  }

  /** Registers a data row; its outcome is decided later (null = pending). */
  addRow(file: number, line: number): number {
    this.rowFile.push(file);
    this.rowLine.push(line);
    this.rowOutcome.push(null);
    this.rowReason.push('');
    return this.rowFile.length - 1;
  }

  /** Marks a row as not imported (blank, subtotal, rejected) with a Chinese reason. */
  settleRow(row: number, outcome: Exclude<RowOutcome, 'imported'>, reason: string): void {
    this.rowOutcome[row] = outcome;
    this.rowReason[row] = reason;
  }

  add(o: {
    mention: number; metric: number; period: number; value: number; qualifier: Qualifier;
    row: number; column: number; raw?: string;
  }): void {
    const i = this.value.length;
    this.mention.push(o.mention);
    this.metric.push(o.metric);
    this.period.push(o.period);
    this.value.push(o.value);
    this.qualifier.push(QUALIFIER_CODE[o.qualifier]);
    this.row.push(o.row);
    this.column.push(o.column);
    const raw = o.raw === undefined ? undefined : unguardFormula(o.raw);
    if (raw !== undefined && keepsRaw(raw, o.value)) this.raw.set(i, raw);
  }
}
