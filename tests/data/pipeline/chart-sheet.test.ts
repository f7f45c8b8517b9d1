// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';

describe('importFiles: a workbook with a chart sheet', () => {
  it('the chart sheet is one note saying it is a chart sheet; no 只有一列文字 note; the data sheets import', () => {
    const name = '图表工作表-咸水沽镇2024年3月.xlsx';
    const r = importFiles([{ name, bytes: new Uint8Array(readFileSync(join(__dirname, '../../fixtures/workbooks', name))) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    const chart = r.report.issues.filter((i) => i.sheet === '图表1');
    expect(chart.map((i) => [i.code, i.file])).toEqual([['sheet-chart', name]]);
    expect(r.report.issues.some((i) => i.message.includes('只有一列文字'))).toBe(false);
    expect(r.files.map((f) => f.sheet)).toEqual(['3月', '3月 (2)']);
  });
});
