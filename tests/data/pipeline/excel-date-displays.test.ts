// @vitest-environment node
/**
 * Round 15c: periods as Chinese Excel shows month-year dates (a CSV saved from it, cells typed as
 * text, real date cells in Chinese date formats), and text lost on the way.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations } from './import-helpers';

const periods = (text: string): string[] => observations(importText(text, '咸水沽镇.csv').dataset).map((o) => `${o.unit}|${o.period}`);

describe('importFiles: a period column as Chinese Excel displays month-year dates', () => {
  it('3月-24, 4月-2024 (mmm-yy / mmm-yyyy in Chinese Excel, saved as CSV) are March and April 2024; the two-digit year warned at its cell', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,3月-24,5\n红星里社区,4月-2024,6\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`)).toEqual(['祥福里社区|2024-03', '红星里社区|2024-04']);
    expect(r.report.issues.filter((i) => i.code === 'two-digit-year').map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@2:2']);
  });

  it('24年3月, 2024/3, 2024.03, 2024.3, Mar-24, 2024年3月1日, 2024/3/1, 2024-03-31 are all March 2024', () => {
    for (const t of ['24年3月', '2024/3', '2024.03', '2024.3', 'Mar-24', '2024年3月1日', '2024/3/1', '2024-03-31']) {
      expect(periods(`社区,期间,再就业人数\n祥福里社区,${t},5\n`), t).toEqual(['祥福里社区|2024-03']);
    }
  });
});

/** A one-sheet workbook from a worksheet. */
function sheetBook(ws: XLSX.WorkSheet): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('importFiles: a day in a table of months', () => {
  it('2024-03-15 (typed, or a date cell) is read as March with a warning naming the cell; the first and last days of a month only with an info', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,2024-03-01,5\n红星里社区,2024-03-15,6\n东姜井社区,2024/3/31,7\n', '咸水沽镇.csv');
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2024-03', '2024-03', '2024-03']);
    expect(r.report.issues.filter((i) => i.code.startsWith('date-')).map((i) => `${i.code}:${i.severity}@${i.line}:${i.column}`))
      .toEqual(['date-as-month:info@2:2', 'date-mid-month:warning@3:2', 'date-as-month:info@4:2']);
    for (const z of ['yyyy"年"m"月"', 'yyyy/m', 'mmm-yy', 'yyyy-mm-dd']) {
      const ws = XLSX.utils.aoa_to_sheet([['社区', '期间', '再就业人数'], ['祥福里社区', 45352, 6], ['红星里社区', 45366, 4], ['东姜井社区', 45382, 4]]);
      for (const a of ['B2', 'B3', 'B4']) ws[a]!.z = z;
      const b = importFiles([{ name: '咸水沽镇.xlsx', bytes: sheetBook(ws) }], { workbookLib: XLSX });
      expect(observations(b.dataset).map((o) => o.period), z).toEqual(['2024-03', '2024-03', '2024-03']);
      expect(b.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}:${i.column}`), z).toEqual(['date-mid-month@3:2']);
      expect(b.report.issues.find((i) => i.code === 'date-mid-month')!.message, z).toContain('15日');
    }
  });
});
