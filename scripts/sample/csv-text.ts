/** CSV writing as Excel does it: CRLF, fields quoted only when they must be. */

/** Excel's "CSV" line ending. */
export const CRLF = '\r\n';

/** A field quoted (with doubled quotes) when it contains a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line without its terminator. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** An integer as plain digits, independent of locale; throws on anything else. */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/** `1568` → `1,568`, as a cell formatted with thousands separators exports (no locale lookup). */
export function withThousandsSeparator(value: number): string {
  return formatInteger(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
