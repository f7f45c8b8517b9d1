/** Workbooks for the import tests, written by SheetJS's own writer. */
import * as XLSX from '@e965/xlsx';

/** A cell as `aoa_to_sheet` takes it: text, a number, or nothing. */
export type BookCell = string | number | null;

/** A `.xlsx` workbook of `sheets` (each its name and rows), in order. */
export function book(sheets: readonly (readonly [string, BookCell[][]])[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
