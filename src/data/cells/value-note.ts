/**
 * A note about one cell: a normalisation or problem worth telling the user about, in Chinese and
 * English. Every leaf parser (values, period labels, unit names) returns its findings as these;
 * the pipeline turns them into ImportIssues.
 */

/** A normalisation or problem worth telling the user about; the pipeline turns it into an ImportIssue. */
export interface ValueNote {
  /** Stable machine code, e.g. `approximate-value`, `spreadsheet-error`. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Chinese: what happened and what to do. */
  message: string;
  messageEn: string;
}

/** Build a note (shared by the leaf parsers). */
export function note(code: string, severity: ValueNote['severity'], message: string, messageEn: string): ValueNote {
  return { code, severity, message, messageEn };
}
