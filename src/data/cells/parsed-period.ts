/**
 * What the period grammar (parse-period-label.ts) gives for a label: the period, whether it is a
 * year to date, the notes on how it was read, and the helpers that build one.
 */
import type { Period } from '../vocabulary/period';
import type { ValueNote } from './value-note';

export interface ParsedPeriod {
  period: Period;
  /** True for year-to-date values (`1-9月累计`, `前三季度`): granularity C. */
  cumulative: boolean;
  notes: ValueNote[];
  /** For a date read as its month (`2024-03-31`): which day of the month it is. */
  day?: 'first' | 'last' | 'within';
}

/** A period read with nothing to say about it. */
export function plain(period: Period): ParsedPeriod {
  return { period, cumulative: false, notes: [] };
}

export function withNotes(parsed: ParsedPeriod, notes: readonly ValueNote[]): ParsedPeriod {
  parsed.notes.push(...notes);
  return parsed;
}

export function withNote(parsed: ParsedPeriod, n: ValueNote): ParsedPeriod {
  parsed.notes.push(n);
  return parsed;
}
