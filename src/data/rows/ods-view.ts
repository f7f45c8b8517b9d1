/**
 * What an OpenDocument spreadsheet (.ods, LibreOffice's and WPS's own format) hides from view,
 * put where SheetJS puts it for an .xlsx: SheetJS reads an .ods's cells but none of its hidden
 * sheets, hidden or filtered rows, or hidden columns, so a hidden draft sheet was imported as data
 * and filtered-out rows went unsaid. Read once per file from content.xml, never per cell.
 */
import type * as Xlsx from '@e965/xlsx';
import { applyOdsNumberFormats } from './ods-number-formats';

type ZipLib = Pick<typeof Xlsx, 'CFB'>;

/** `PK…mimetype` then the ODF spreadsheet mime type: the stored first entry every .ods writer puts first. */
const ODS_MIME = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

/** True when the zip bytes are an OpenDocument spreadsheet (by its first, uncompressed entry). */
export function isOdsBytes(bytes: Uint8Array): boolean {
  if (bytes.length < 30 + ODS_MIME.length) return false;
  for (let i = 0; i < ODS_MIME.length; i++) if (bytes[30 + i] !== ODS_MIME.charCodeAt(i)) return false;
  return true;
}

/**
 * True when an .ods is saved with a password (LibreOffice's or WPS's 用密码保存): its content.xml is
 * stored encrypted, not XML. SheetJS cannot tell: it stops at the zip's entries (`Bad compressed
 * size`, as for a damaged file). Reads the local entry headers only; an entry compressed (deflate)
 * is the unencrypted file's way.
 */
export function isEncryptedOds(bytes: Uint8Array): boolean {
  const name = 'content.xml';
  for (let p = 0; p + 30 + name.length <= bytes.length; p++) {
    if (bytes[p] !== 0x50 || bytes[p + 1] !== 0x4b || bytes[p + 2] !== 0x03 || bytes[p + 3] !== 0x04) continue;
    const nameLength = bytes[p + 26]! | (bytes[p + 27]! << 8);
    if (nameLength !== name.length) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = bytes[p + 30 + i] === name.charCodeAt(i);
    if (!same) continue;
    const method = bytes[p + 8]! | (bytes[p + 9]! << 8);
    const data = p + 30 + nameLength + (bytes[p + 28]! | (bytes[p + 29]! << 8));
    // Stored as is, an unencrypted content.xml starts with its XML (`<?xml`, or `<office:` with no declaration).
    return method === 0 && data < bytes.length && bytes[data] !== 0x3c && bytes[data] !== 0xef;
  }
  return false;
}

/** The attributes read, each pattern compiled once (a sheet has a row tag per row). */
const ATTRIBUTES = ['table:visibility', 'table:number-rows-repeated', 'table:number-columns-repeated', 'table:style-name', 'style:family', 'style:name'] as const;
const ATTRIBUTE_PATTERN = new Map(ATTRIBUTES.map((name) => [name, new RegExp(`\\b${name}="([^"]*)"`)]));
const attr = (attrs: string, name: (typeof ATTRIBUTES)[number]): string | undefined => ATTRIBUTE_PATTERN.get(name)!.exec(attrs)?.[1];
const repeat = (attrs: string, name: (typeof ATTRIBUTES)[number]): number => Math.max(1, Number(attr(attrs, name) ?? 1) || 1);

/** Rows `from` to `to` (0-based, `to` excluded): LibreOffice writes a sheet's unused rows as one repeated row. */
interface RowRun { from: number; to: number; filtered: boolean }

/** The hidden parts of one table (sheet), in SheetJS's 0-based row and column indexes. */
interface TableView { hidden: boolean; rows: RowRun[]; columns: number[] }

/** Each table's hidden parts, in sheet order, from content.xml's text. */
export function odsTableViews(xml: string): TableView[] {
  // Table styles that hide their sheet (<style:table-properties table:display="false">); a style
  // written as <style:style …/> has no body, and must not take the next one's.
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*[^/>])?>(.*?)<\/style:style>/gs)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'style:family') === 'table' && /table:display="false"/.test(m[2]!)) hiddenStyles.add(attr(attrs, 'style:name') ?? '');
  }
  const views: TableView[] = [];
  let view: TableView | null = null;
  let row = 0;
  let column = 0;
  for (const m of xml.matchAll(/<table:table(-row|-column)?(?=[\s/>])([^>]*)>|<\/table:table>/g)) {
    const attrs = m[2] ?? '';
    if (m[0] === '</table:table>') { view = null; continue; }
    if (m[1] === undefined) {
      view = { hidden: hiddenStyles.has(attr(attrs, 'table:style-name') ?? ''), rows: [], columns: [] };
      views.push(view);
      row = 0;
      column = 0;
      continue;
    }
    if (!view) continue;
    const visibility = attr(attrs, 'table:visibility');
    if (m[1] === '-row') {
      const n = repeat(attrs, 'table:number-rows-repeated');
      if (visibility === 'collapse' || visibility === 'filter') view.rows.push({ from: row, to: row + n, filtered: visibility === 'filter' });
      row += n;
    } else {
      const n = repeat(attrs, 'table:number-columns-repeated');
      if (visibility === 'collapse') for (let c = column; c < Math.min(column + n, 16_384); c++) view.columns.push(c);
      column += n;
    }
  }
  return views;
}

/**
 * Marks an .ods workbook's hidden sheets, rows and columns as SheetJS marks an .xlsx's, and gives a
 * sheet with filtered rows an autofilter over them, so the reader's own checks name them; puts back
 * the number formats SheetJS reads wrong (ods-number-formats.ts).
 */
export function applyOdsView(lib: ZipLib, bytes: Uint8Array, wb: Xlsx.WorkBook): void {
  let xml: string;
  let styles: string;
  try {
    const zip = lib.CFB.read(bytes, { type: 'array' });
    const entry = lib.CFB.find(zip, 'content.xml');
    if (!entry?.content) return;
    xml = new TextDecoder().decode(entry.content as Uint8Array);
    const stylesEntry = lib.CFB.find(zip, 'styles.xml');
    styles = stylesEntry?.content ? new TextDecoder().decode(stylesEntry.content as Uint8Array) : '';
  } catch {
    return;
  }
  applyOdsNumberFormats(xml, styles, wb);
  const views = odsTableViews(xml);
  if (views.length !== wb.SheetNames.length) return;
  const sheets = wb.SheetNames.map((name, k) => ({ ...wb.Workbook?.Sheets?.[k], name, Hidden: views[k]!.hidden ? 1 as const : 0 as const }));
  wb.Workbook = { ...wb.Workbook, Sheets: sheets };
  views.forEach((v, k) => {
    const ws = wb.Sheets[wb.SheetNames[k]!];
    if (!ws) return;
    // Only the rows up to the sheet's last cell: the empty rows below are not read.
    const last = Number(/(\d+)$/.exec(ws['!ref'] ?? '')?.[1] ?? 0);
    const rows: Xlsx.RowInfo[] = ws['!rows'] ?? [];
    const filtered: number[] = [];
    for (const run of v.rows) {
      for (let r = run.from; r < Math.min(run.to, last); r++) {
        rows[r] = { ...rows[r], hidden: true };
        if (run.filtered) filtered.push(r);
      }
    }
    if (v.rows.length > 0) ws['!rows'] = rows;
    if (v.columns.length > 0) {
      const cols: Xlsx.ColInfo[] = ws['!cols'] ?? [];
      for (const c of v.columns) cols[c] = { ...cols[c], hidden: true };
      ws['!cols'] = cols;
    }
    // Filtered rows lie below the filter's header row: an autofilter from the row above the first to the last.
    if (filtered.length > 0 && !ws['!autofilter']) ws['!autofilter'] = { ref: `A${Math.max(1, filtered[0]!)}:A${filtered[filtered.length - 1]! + 1}` };
  });
}
