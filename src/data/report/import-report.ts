/**
 * The import report: every problem in the user's data is returned as data (never thrown), with
 * file, line and column, a stable code and a Chinese message that says what to do.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  readonly severity: Severity;
  /** Stable machine code, e.g. `ragged-row-short`, `encoding-guessed`, `subtotal-mismatch`. */
  readonly code: string;
  readonly file: string;
  /** Workbook sheet name, for issues inside a sheet of an Excel workbook (absent for CSV files). */
  readonly sheet?: string;
  /** 1-based physical line in the file (the Excel row number in a sheet); 0 when the issue is about the whole file. */
  readonly line: number;
  /** 1-based column; 0 when not about one column. */
  readonly column: number;
  /** Header text of that column, when known. */
  readonly columnName?: string;
  /** Chinese message: what is wrong and what to do. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /**
   * Every file and sheet where this very issue was found (the same code, severity, line, column and
   * words: one template's sheets or files), in order, when more than one; `file` and `sheet` are
   * the first's. The issue is reported once for all of them (same-issue-places.ts).
   */
  readonly places?: readonly IssuePlace[];
}

/** A file, and the sheet of a workbook, an issue was found in. */
export interface IssuePlace {
  readonly file: string;
  readonly sheet?: string;
}

/** What happened to one input row (a physical data line after the header). */
export type RowOutcome = 'imported' | 'merged' | 'subtotal' | 'blank' | 'rejected';

/** Row accounting: rowsIn = imported + merged + subtotal + blank + rejected. */
export interface RowCounts {
  /** Data rows read (physical lines below the header, excluding title/header/unit lines). */
  rowsIn: number;
  imported: number;
  /** Rows whose observations all duplicated ones already imported (reported once). */
  merged: number;
  subtotal: number;
  blank: number;
  rejected: number;
  /** Lines above the data: title, unit and header lines. Not part of rowsIn. */
  structural: number;
}

/** One row that was not imported, with its line and reason. */
export interface RowDisposition {
  readonly file: string;
  /** Workbook sheet name, when the row is in a sheet of an Excel workbook. */
  readonly sheet?: string;
  readonly line: number;
  readonly outcome: Exclude<RowOutcome, 'imported'>;
  readonly reason: string;
}

export interface ImportReport {
  /** `blocked` when any issue has severity `error`: nothing is committed. */
  readonly status: 'ok' | 'blocked';
  /**
   * Per file given, in order, the name the dataset and the issues know it by: its own, or
   * `三月（第2次导入）.csv` when a file of that name was in the dataset or earlier in the import
   * (resent-label.ts); the save stores the original under it.
   */
  readonly files: readonly string[];
  readonly counts: RowCounts;
  readonly issues: readonly ImportIssue[];
  readonly rows: readonly RowDisposition[];
  /** Observations in the resulting dataset, those without a number (blank, “—”, a range, text) included. */
  readonly observations: number;
  /** Of those, the ones with a number; undefined in a report saved before they were counted (import log). */
  readonly values?: number;
  /** The numbers this import added to an existing dataset (only when adding to one). */
  readonly added?: number;
  /** The numbers of that dataset this import replaced, as a correction (ImportOptions.correctExisting). */
  readonly corrected?: number;
}

/** Observations kept without a number (blank, “—”, a range, text); 0 when the report did not count them. */
export function cellsWithoutNumber(report: ImportReport): number {
  return report.values === undefined ? 0 : report.observations - report.values;
}

export function emptyCounts(): RowCounts {
  return { rowsIn: 0, imported: 0, merged: 0, subtotal: 0, blank: 0, rejected: 0, structural: 0 };
}

/** True when the accounting identity holds. */
export function countsBalance(c: RowCounts): boolean {
  return c.rowsIn === c.imported + c.merged + c.subtotal + c.blank + c.rejected;
}

/** Excel-style column letter for a 1-based column (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Errors that refuse a file whole (damaged, encrypted, empty, a header alone, a PDF, an archive, a note): nothing in it to fix but the file. */
const REFUSAL = /^(?:workbook-|file-empty$|file-is-|header-only$)/;

/** Whether an error refuses its file whole (no row or column to fix). */
export function refusesFile(issue: ImportIssue): boolean {
  return issue.severity === 'error' && REFUSAL.test(issue.code);
}

/**
 * The files a blocked import refused whole, when they are its only errors and other files are
 * left to import (the rest can be imported without them); null otherwise.
 */
export function refusedFiles(report: ImportReport): string[] | null {
  if (report.status !== 'blocked') return null;
  const errors = report.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0 || !errors.every(refusesFile)) return null;
  const refused = [...new Set(errors.flatMap((i) => (i.places !== undefined ? i.places.map((p) => p.file) : [i.file])))];
  return report.files.some((f) => !refused.includes(f)) ? refused : null;
}

/**
 * Whether a blocked import's only errors are numbers that differ from the dataset it was added to
 * (existing-conflict): imported again as a correction (`correctExisting`), it would go through.
 */
export function correctsExisting(report: ImportReport): boolean {
  if (report.status !== 'blocked') return false;
  const errors = report.issues.filter((i) => i.severity === 'error');
  return errors.length > 0 && errors.every((i) => i.code === 'existing-conflict');
}

/**
 * Whether a blocked import's only errors are two different numbers for one unit, period and metric
 * (conflicting-values): a file and its corrected copy chosen together, or a row or column repeated,
 * which is fixed by choosing one file or deleting the repeat, not by mending a row.
 */
export function conflictsOnly(report: ImportReport): boolean {
  if (report.status !== 'blocked') return false;
  const errors = report.issues.filter((i) => i.severity === 'error');
  return errors.length > 0 && errors.every((i) => i.code === 'conflicting-values');
}
