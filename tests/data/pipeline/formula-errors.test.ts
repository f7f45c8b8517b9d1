// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';

const dir = join(__dirname, '../../fixtures/workbooks');

function book(cells: (string | number | XLSX.CellObject)[][]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(cells);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '3月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const run = (name: string, bytes: Uint8Array) => importFiles([{ name, bytes }], { workbookLib: XLSX });
const at = (i: { code: string; sheet?: string; line: number; column: number }) => `${i.code}@${i.sheet ?? ''}!${i.line}:${i.column}`;

describe('importFiles: #N/A cells in a workbook get one issue each, placed by its fields', () => {
  it('a formula\'s #N/A: one warning at the cell, without the place written into the message', () => {
    const r = run('咸水沽镇2024年3月.xlsx', book([
      ['社区', '再就业人数', '户数'],
      ['东湖社区', { t: 'e', v: 0x2a, f: 'VLOOKUP(A2,代码!A:B,2,0)', w: '#N/A' }, 2],
      ['西山社区', '#N/A', 4],
    ]));
    const cells = r.report.issues.filter((i) => i.line > 0 && i.column > 0);
    expect(cells.map(at)).toEqual(['spreadsheet-error@3月!2:2', 'missing-placeholder@3月!3:2']);
    expect(cells[0]!.message).not.toContain('B2');
    expect(cells[0]!.message).not.toContain('咸水沽镇2024年3月.xlsx');
  });

  it('the LibreOffice .xls (a5): D3 typed and D4 an error cell saved as a formula are one note each', () => {
    const name = 'LibreOffice-错误值-咸水沽镇2024年3月.xls';
    const r = run(name, new Uint8Array(readFileSync(join(dir, name))));
    const d = r.report.issues.filter((i) => i.column === 4 && i.line > 0).map(at);
    expect(d).toEqual(['spreadsheet-error@3月!2:4', 'missing-placeholder@3月!3:4', 'missing-placeholder@3月!4:4']);
    const perCell = new Map<string, number>();
    for (const i of r.report.issues.filter((x) => x.line > 0 && x.column > 0)) perCell.set(`${i.line}:${i.column}`, (perCell.get(`${i.line}:${i.column}`) ?? 0) + 1);
    expect([...perCell.values()].every((n) => n === 1)).toBe(true);
  });
});
