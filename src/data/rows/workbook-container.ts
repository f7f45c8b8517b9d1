/**
 * What kind of workbook bytes are, by their first bytes (not the file name): a zip (.xlsx, .xlsm,
 * .ods), an OLE file (.xls, .et, an encrypted .xlsx), a bare BIFF stream (an Excel 2.x–4.0
 * worksheet .xls, no container), or markup (an HTML table or XML Spreadsheet 2003 saved as .xls);
 * and whether the workbook keeps its text in a codepage (needsCodepage).
 */
import { isMarkupBytes, MARKUP_SNIFF_BYTES } from '../decode/markup';

/** How many first bytes workbookContainer needs to tell a workbook (markup takes the most). */
export const WORKBOOK_SNIFF_BYTES = MARKUP_SNIFF_BYTES;

export type WorkbookContainer = 'zip' | 'ole' | 'biff' | 'markup';

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

/**
 * A BIFF stream's first record: BOF (0x0009 Excel 2.x, 0x0209 3.0, 0x0409 4.0, 0x0809 5.0 and
 * later) of a worksheet, chart, macro sheet or workspace. Its BIFF version (2–8), or 0.
 */
function bareBiffVersion(b: Uint8Array): number {
  if (b.length < 8 || b[0] !== 0x09 || b[1]! > 0x08 || (b[1]! & 0x01) !== 0) return 0;
  const length = u16(b, 2);
  const kind = u16(b, 6);
  if (length < 4 || length > 20 || ![0x0005, 0x0010, 0x0020, 0x0040, 0x0100].includes(kind)) return 0;
  if (b[1] === 0x08) return u16(b, 4) === 0x0600 ? 8 : 5;
  return b[1]! / 2 + 2;
}

/** Kind of container by its first bytes, or null (then the bytes are read as text). */
export function workbookContainer(bytes: Uint8Array): WorkbookContainer | null {
  const b = bytes;
  // A zip's local file header, or the end record of an empty (or cut) one: a damaged workbook is one too.
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 0x03 && b[3] === 0x04) || (b[2] === 0x05 && b[3] === 0x06) || (b[2] === 0x07 && b[3] === 0x08))) return 'zip';
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole';
  if (bareBiffVersion(b) > 0) return 'biff';
  if (isMarkupBytes(b)) return 'markup';
  return null;
}

/** True when the bytes are a workbook container (by magic bytes, not by extension). */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return workbookContainer(bytes) !== null;
}

/** True when a zip ends with its end-of-central-directory record (`PK\x05\x06`, in the last 64 KB + 22 bytes). */
export function hasZipEnd(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/** True when a bare BIFF stream ends with its EOF record (`0A 00 00 00`): one without was cut short. */
export function endsWithBiffEof(bytes: Uint8Array): boolean {
  const n = bytes.length;
  return n >= 4 && bytes[n - 4] === 0x0a && bytes[n - 3] === 0 && bytes[n - 2] === 0 && bytes[n - 1] === 0;
}

/**
 * The codepage of an old file's text when it has no CODEPAGE record (PHP's Spreadsheet_Excel_Writer
 * and other exporters leave it out): GBK, the ANSI codepage of a Chinese Windows, which Excel and
 * WPS read it in there (SheetJS's default would be 1252).
 */
export const SYSTEM_CODEPAGE = 936;

/** `Book` in UTF-16LE with its terminator: the stream of an Excel 5.0/95 workbook (Excel 97's is `Workbook`). */
const BOOK = [0x42, 0x6f, 0x6f, 0x6b];

/**
 * True when the workbook keeps its text in a codepage (GBK on a Chinese Windows), which SheetJS
 * reads only with its codepage tables: an Excel 5.0/95 workbook (an OLE file with a `Book`
 * stream) or a bare Excel 2.x–5.0 stream. Excel 97 and later (.xls BIFF8, .xlsx), .ods and markup
 * keep Unicode. Needs the whole file for an OLE one: its directory may be anywhere in it.
 */
export function needsCodepage(bytes: Uint8Array): boolean {
  const kind = workbookContainer(bytes);
  if (kind === 'biff') return bareBiffVersion(bytes) < 8;
  if (kind !== 'ole') return false;
  // Directory entries are 128 bytes at sector boundaries (sectors are 512 or 4096 bytes after the header):
  // an entry's name is UTF-16LE at its start, its byte length (with the terminator) at 64, its type at 66 (2: stream).
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (u16(bytes, at + 64) !== 10 || bytes[at + 66] !== 2) continue;
    if (BOOK.every((ch, k) => (bytes[at + 2 * k]! | 0x20) === (ch | 0x20) && bytes[at + 2 * k + 1] === 0) && u16(bytes, at + 8) === 0) return true;
  }
  return false;
}
