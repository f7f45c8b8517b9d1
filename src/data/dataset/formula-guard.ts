/**
 * Formula-injection guard for spreadsheet text (OWASP CSV injection, CWE-1236; reliability §3.1).
 * Excel/WPS evaluate a cell that starts with `= + - @`, TAB or CR even inside quotes, so such text
 * gets a leading apostrophe. Leading spaces/NBSP do not stop Excel, so we look past them. Negative
 * numbers written as text (`-3.2`, `-3%`, `-1,234.5`) are data, not formulas: they stay. A plus-signed
 * text (`+1`) is escaped like any other `+` start: our tables carry changes as numbers, so such text
 * is unusual, and OWASP's list has no numeric exemption for `+` (issue #5 fixture).
 */

/** Whitespace Excel skips before deciding a cell is a formula (space, NBSP, ideographic space…). */
const LEADING_BLANKS = /^[\s\u00a0\u3000\ufeff]*/;
/** Negative-number text: minus, digits with , or . and an optional exponent or trailing %. */
const NUMERIC_TEXT = /^-(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?$/;
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** True when `text` would be read as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  if (DANGEROUS_START.test(text)) return !NUMERIC_TEXT.test(text);
  const rest = text.replace(LEADING_BLANKS, '');
  return rest !== text && DANGEROUS_START.test(rest) && !NUMERIC_TEXT.test(rest);
}

/** `text` with a leading `'` when it would otherwise be evaluated; unchanged otherwise. */
export function guardFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * The text a guarded cell stood for: `'=1+1` → `=1+1`. Spreadsheets never write their own `'` text
 * marker into a CSV, so a `'` before formula-like text comes from a guard (ours or another tool's).
 */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
