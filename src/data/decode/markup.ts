/**
 * Markup a spreadsheet program or an office system may have written instead of a workbook: an
 * HTML table (`导出Excel` of many systems, WPS 另存为网页, saved as `.xls`) or an XML Spreadsheet
 * 2003. Told by the first characters, after a UTF-8 BOM and white space.
 */
const OPENINGS = ['html', '!doctype', '?xml', 'table'];
/** Leading white space looked past. */
const MAX_SPACE = 64;
/** Bytes isMarkupBytes reads at most: a BOM, the white space, `<` and the longest opening. */
export const MARKUP_SNIFF_BYTES = 3 + MAX_SPACE + 1 + 8;

/** True when the bytes start like an HTML page or table, or an XML document. */
export function isMarkupBytes(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < MAX_SPACE && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x3c) return false;
  let head = '';
  for (let k = i + 1; k < Math.min(bytes.length, i + 10); k++) head += String.fromCharCode(bytes[k]!);
  head = head.toLowerCase();
  return OPENINGS.some((o) => head.startsWith(o));
}
