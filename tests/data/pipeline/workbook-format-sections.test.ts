// @vitest-environment node
/**
 * Number formats whose shown text and stored number disagree: a conditional format
 * (`[>=10000]0.0,"万";0`) divides only the numbers its condition takes, and a format that divides
 * by one power of ten while writing another's word (`0.0,"万"` shows 12000 as 12.0万).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';
import { scaledFormatsBook } from '../../fixtures/workbooks/make-workbooks';

const c = (v: number, z: string): XLSX.CellObject => ({ t: 'n', v, z });

function book(rows: (string | XLSX.CellObject)[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '2024年3月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const run = (bytes: Uint8Array) => importFiles([{ name: '咸水沽镇.xlsx', bytes }], { workbookLib: XLSX });

describe('importFiles: a conditional number format', () => {
  it('[>=10000]0.0,"万";0 divides only numbers of 10000 and more: 500 and 3.5 under （万元）, shown 500 and 4, are 500万元 and 3.5万元', () => {
    const z = '[>=10000]0.0,"万";0';
    const r = run(book([
      ['社区', '慰问救助金额（万元）', '常住人口'],
      ['祥福里社区', c(500, z), c(8000, z)],
      ['红星里社区', c(3.5, z), c(-20, z)],
    ]));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}|${o.raw}`).sort()).toEqual([
      '祥福里社区|aid_amount|5000000|500', '祥福里社区|residents|8000|8000', '红星里社区|aid_amount|35000|3.5', '红星里社区|residents|-20|-20']);
    expect(r.report.issues.filter((i) => i.code === 'magnitude-scaled' || i.code === 'cell-unit-overrides-column')).toEqual([]);
  });
});

describe('importFiles: a format whose word is not its division', () => {
  it('12000 in a 0.0,"万" cell (shown 12.0万, as if 120000) is 12000, with a warning naming the cells and what Excel shows', () => {
    const r = run(book([
      ['社区', '常住人口', '爱心捐款'],
      ['祥福里社区', c(12000, '[>=10000]0.0,"万";0'), c(15000, '0.0,"万"')],
      ['红星里社区', c(3001, '[>=10000]0.0,"万";0'), c(1234567, '#,##0.00,"千"')],
    ]));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '祥福里社区|donations|15000', '祥福里社区|residents|12000', '红星里社区|donations|1234567', '红星里社区|residents|3001']);
    const said = r.report.issues.filter((i) => i.code === 'format-magnitude-misnamed');
    expect(said).toMatchObject([{ severity: 'warning', file: '咸水沽镇.xlsx', sheet: '2024年3月', line: 2, column: 2 }]);
    expect(said[0]!.message).toContain('B2、C2');
    expect(said[0]!.message).toContain('12000显示为“12.0万”');
    expect(said[0]!.message).not.toContain('C3');
  });
});

describe('importFiles: scaled number formats in a LibreOffice .ods', () => {
  it('the .ods re-save (number styles with a display factor and conditions, which SheetJS drops) reads as the .xlsx: 15000 in 0.0,"万" is not 15000万', () => {
    const ods = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/workbooks/LibreOffice-万元格式-2024年3月.ods')));
    const read = (name: string, bytes: Uint8Array) => {
      const r = importFiles([{ name, bytes }], { workbookLib: XLSX });
      return {
        values: observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}|${o.raw}`),
        warnings: r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}:${i.column}`),
      };
    };
    const xlsx = read('咸水沽镇2024年3月.xlsx', scaledFormatsBook());
    expect(xlsx.values).toEqual([
      '东湖社区|aid_amount|5000000|500', '东湖社区|donations|15000|15千', '东湖社区|residents|12000|12千',
      '西山社区|aid_amount|35000|3.5', '西山社区|donations|1234567|1234.567千', '西山社区|residents|8000|8000']);
    expect(xlsx.warnings).toEqual(['format-magnitude-misnamed@2:3']);
    expect(read('咸水沽镇2024年3月.ods', ods)).toEqual(xlsx);
  });
});
