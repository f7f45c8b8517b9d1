/** The import report's words by key: severities and row outcomes (labels come from the catalogue). */
import type { RowCounts, Severity } from '../../data/report/import-report';
import type { Messages } from '../i18n/messages-zh';

/** Severity → its label in the catalogue's `report` group. */
export function severityLabel(s: Severity, t: Messages['report']): string {
  return t[s];
}

/** Row outcomes in report order (each key is also its label key in the catalogue's `report` group). */
export const OUTCOMES: readonly (keyof RowCounts & keyof Messages['report'])[] = ['imported', 'merged', 'subtotal', 'blank', 'rejected'];
