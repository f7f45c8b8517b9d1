/**
 * A minimal XLSX writer on JSZip (already loaded for PowerPoint): sheet 数据 holds the table with
 * numbers as number cells and text as inline-string cells, so nothing can become a formula (we
 * never write `<f>`); sheet 说明 holds title, subtitle, source, notes and export date.
 * Why not exceljs: ~1 MB more for the browser, Node-stream polyfills in the Vite build, and we need
 * only a flat sheet; this writer is deterministic and its XML is asserted in tests.
 */
import type { TableSpec } from '../charts/chart-spec';
import { columnLetter } from '../data/report/import-report';
import { PPT_FONT } from './export-fonts';
import { exportWords } from './export-words';

/** XML text escape; also drops characters XML 1.0 forbids (control chars other than TAB/LF/CR). */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  return columnLetter(index + 1);
}

type Cell = string | number | null;

function cellXml(value: Cell, ref: string, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return `<c r="${ref}"${s} t="n"><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function sheetXml(rows: readonly (readonly Cell[])[], opts: { headerBold: boolean; widths: readonly number[] }): string {
  const body = rows.map((row, r) => {
    const cells = row.map((v, c) => cellXml(v, `${columnLetters(c)}${r + 1}`, opts.headerBold && r === 0 ? 1 : 0)).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  }).join('');
  const cols = opts.widths.length === 0 ? '' : `<cols>${opts.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  const frozen = opts.headerBold
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${cols}<sheetData>${body}</sheetData></worksheet>`;
}

/** Display width of text in Excel character units (CJK counts double), clamped to 8..40. */
function widthOf(values: readonly Cell[]): number {
  let max = 0;
  for (const v of values) {
    const t = v === null ? '' : String(v);
    let w = 0;
    for (const ch of t) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    max = Math.max(max, w);
  }
  return Math.min(40, Math.max(8, max + 2));
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbookXml = (data: string, about: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${data}" sheetId="1" r:id="rId1"/><sheet name="${about}" sheetId="2" r:id="rId2"/></sheets></workbook>`;
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="${PPT_FONT}"/><charset val="134"/></font><font><b/><sz val="11"/><name val="${PPT_FONT}"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * A table as .xlsx bytes. `exportDate` (as printed) goes on the 说明 sheet; defaults to today (ISO).
 */
export async function tableToXlsx(spec: TableSpec, exportDate = new Date().toISOString().slice(0, 10)): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const header: Cell[] = spec.columns.map((c) => c.label);
  // Every row of the table (allRows), also where the page and its slide show a selection.
  const rows: Cell[][] = [header, ...(spec.allRows ?? spec.rows).map((r) => spec.columns.map((_c, i) => r[i] ?? null))];
  const widths = spec.columns.map((_c, i) => widthOf(rows.map((r) => r[i] ?? null)));
  const w = exportWords(spec.lang);
  const about: Cell[][] = [
    [w.aboutTitle, spec.title], [w.aboutSubtitle, spec.subtitle], [w.aboutSource, spec.source], [w.aboutDate, exportDate],
    ...(spec.notes ?? []).map((n): Cell[] => [w.aboutNote, n]),
  ];
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/workbook.xml', workbookXml(w.sheetData, w.sheetAbout));
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/worksheets/sheet1.xml', sheetXml(rows, { headerBold: true, widths }));
  zip.file('xl/worksheets/sheet2.xml', sheetXml(about, { headerBold: false, widths: [12, 80] }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
