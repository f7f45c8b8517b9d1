// @vitest-environment node
/**
 * How far a sheet is read: cells that hold nothing but a format (`<c r="XFD5" s="3"/>`, what WPS and
 * Excel keep after a clerk formats whole rows) do not widen the table or cost time and memory.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/data/rows/read-workbook';

/** A one-sheet workbook written by SheetJS, its sheet XML passed through `edit` (SheetJS's writer drops empty cells). */
function editedSheet(rows: (string | number)[][], edit: (xml: string) => string): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '3月');
  const cfb = XLSX.CFB.read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), { type: 'array' });
  const entry = cfb.FileIndex[cfb.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'))]!;
  const xml = new TextDecoder().decode(entry.content as Uint8Array);
  entry.content = new TextEncoder().encode(edit(xml)) as unknown as typeof entry.content;
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as unknown as ArrayBuffer);
}

const table = [['社区', '常住人口', '户数'], ['东湖社区', 3200, 1100], ['西山社区', 2800, 950]];

describe('readWorkbook: cells that hold only a format', () => {
  it('4,000 rows formatted to their last column (an empty styled cell at XFD in each) are read at once, as the 3 rows of the table', () => {
    let extra = '';
    for (let r = 4; r <= 4000; r++) extra += `<row r="${r}"><c r="XFD${r}" s="0"/></row>`;
    const bytes = editedSheet(table, (xml) => xml.replace('</sheetData>', `${extra}</sheetData>`).replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD4000"'));
    const t0 = performance.now();
    const r = readWorkbook(XLSX, bytes, '格式整行-2024年3月.xlsx');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.blocked).toBe(false);
    expect(r.sheets[0]!.rows).toEqual(table.map((row) => row.map(String)));
    expect(r.issues).toEqual([]);
  }, 30_000);

  it('a formula with no saved value beyond the table\'s last filled cell is still reported', () => {
    const bytes = editedSheet(table, (xml) => xml.replace('</row></sheetData>', '<c r="F3" s="0"><f>B3*2</f></c></row></sheetData>'));
    const r = readWorkbook(XLSX, bytes, 't.xlsx');
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['formula-no-value', 3, 6]]);
  });
});
