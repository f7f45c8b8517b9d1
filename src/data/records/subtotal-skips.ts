/**
 * Why a subtotal value was not compared with its rows: bits of SubtotalChecker.skipped (subtotal-check.ts),
 * which the table's note lists each under its reason (table-notes.ts).
 */
export const SKIP_BLANK = 1;
export const SKIP_APPROXIMATE = 2;
export const SKIP_NOTHING_ABOVE = 4;
export const SKIP_RATE = 8;
/** A long file's 合计 row with its 指标 cell blank: which metric it totals is unknown (RowValues.metricless). */
export const SKIP_NO_METRIC = 16;
/** A row the total covers has a blank value (its line: SubtotalChecker.blankRow). */
export const SKIP_BLANK_ROW = 32;
/** The total's value cell is merged across value columns (ReadContext.mergedAcross): whose column's total it is is unknown. */
export const SKIP_MERGED = 64;
/** A row the total covers has an approximate value (约, 余; its line given as a blank row's is). */
export const SKIP_APPROXIMATE_ROW = 128;
