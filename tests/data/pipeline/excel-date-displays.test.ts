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

describe('importFiles: a filtered sheet whose 合计 is SUBTOTAL(109,…)', () => {
  /** 社区 | 再就业人数 over four communities and a 合计 by `formula`, row 3 (and 5) hidden by a filter. */
  function filtered(total: number, formula: string, hiddenRows: number[]): Uint8Array {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['祥福里社区', 10], ['红星里社区', 11], ['红旗楼社区', 12], ['惠苑里社区', 13], ['合计', total]]);
    ws['B6'] = { t: 'n', v: total, f: formula };
    ws['!autofilter'] = { ref: 'A1:B5' };
    ws['!rows'] = [0, 1, 2, 3, 4].map((r) => (hiddenRows.includes(r + 1) ? { hidden: true } : {}));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer);
  }
  const run = (bytes: Uint8Array) => importFiles([{ name: '咸水沽镇2024年3月.xlsx', bytes }], { workbookLib: XLSX });

  it('a SUBTOTAL(109,…) equal to the visible rows\' sum is no mismatch: the filtered-rows warning alone, and the total said to be of the visible rows', () => {
    for (const f of ['SUBTOTAL(109,B2:B5)', 'SUBTOTAL(9,B2:B5)']) {
      const r = run(filtered(22, f, [3, 5]));
      expect(observations(r.dataset).map((o) => o.value).sort((a, b) => a! - b!), f).toEqual([10, 11, 12, 13]);
      expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`), f).toEqual(['hidden-cells@3']);
      expect(r.report.issues.find((i) => i.code === 'subtotal-visible-rows')?.message, f).toContain('第3、5行');
    }
  });

  it('a SUBTOTAL(109,…) that is not the visible rows\' sum is a mismatch saying it sums the visible rows', () => {
    const r = run(filtered(30, 'SUBTOTAL(109,B2:B5)', [3, 5]));
    const m = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(m.map((i) => `${i.line}:${i.column}`)).toEqual(['6:2']);
    expect(m[0]!.message).toContain('22');
    expect(m[0]!.message).toContain('看得见');
  });

  it('a SUBTOTAL(109,…) whose rows are all in view (the hidden row is below it) is checked as any total, with no word of hidden rows', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['祥福里社区', 10], ['红星里社区', 11], ['合计', 21], ['填表人：张三']]);
    ws['B4'] = { t: 'n', v: 21, f: 'SUBTOTAL(109,B2:B3)' };
    ws['!rows'] = [{}, {}, {}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = run(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer));
    expect(r.report.issues.filter((i) => i.code.startsWith('subtotal-')).map((i) => i.code)).toEqual(['subtotal-rows']);
  });

  it('a SUM 合计 in the same filtered sheet is still checked against every row', () => {
    const r = run(filtered(33, 'SUM(B2:B5)', [3, 5]));
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.message)).toEqual([expect.stringContaining('46')]);
  });
});

describe('importFiles: a quarter or half with a two-digit year', () => {
  it('24Q1, 24Q2 and 24H1 are 2024\'s quarters and half, with the two-digit-year warning at each cell', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,24Q1,5\n祥福里社区,24Q2,6\n红星里社区,24H1,7\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`)).toEqual(['祥福里社区|2024-Q1', '祥福里社区|2024-Q2', '红星里社区|2024-H1']);
    expect(r.report.issues.filter((i) => i.code === 'two-digit-year').map((i) => `${i.severity}@${i.line}`)).toEqual(['warning@2', 'warning@3', 'warning@4']);
  });
});

describe('importFiles: a period column mixing first and last days of months', () => {
  it('2024-03-31 beside 2024-04-01 (a 截至 date and the next month\'s first day) is warned, naming the lines of each', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,2024-03-31,5\n红星里社区,2024-04-01,6\n东姜井社区,2024-03-31,7\n', '咸水沽镇.csv');
    const w = r.report.issues.filter((i) => i.code === 'period-day-mix');
    expect(w.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@2:2']);
    expect(w[0]!.message).toContain('“2024-04-01”（第3行）');
    expect(w[0]!.message).toContain('“2024-03-31”（第2、4行）');
  });

  it('a column of first days only, or of last days only, is not warned', () => {
    for (const [a, b] of [['2024-03-01', '2024-04-01'], ['2024-03-31', '2024-04-30']]) {
      const r = importText(`社区,期间,再就业人数\n祥福里社区,${a},5\n红星里社区,${b},6\n`, '咸水沽镇.csv');
      expect(r.report.issues.some((i) => i.code === 'period-day-mix')).toBe(false);
    }
  });
});

describe('importFiles: Chinese Excel\'s long date forms saved as text', () => {
  it('三月-24 (mmmm-yy) is March 2024 with the two-digit-year warning; 2024年3月1日 星期五 (a long date with its weekday) is March 2024', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,三月-24,5\n红星里社区,2024年3月1日 星期五,6\n东姜井社区,十二月-2023,7\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`)).toEqual(['东姜井社区|2023-12', '祥福里社区|2024-03', '红星里社区|2024-03']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['two-digit-year@2']);
  });
});

describe('importFiles: a month and two digits (3/24)', () => {
  it('is refused at its cell saying it may be March 2024 or 24 March, and how to write it', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,3/24,5\n', '咸水沽镇.csv');
    const e = r.report.issues.find((i) => i.code === 'period-invalid')!;
    expect(e).toMatchObject({ severity: 'error', line: 2, column: 2 });
    expect(e.message).toContain('2024年3月');
    expect(e.message).toContain('3月24日');
  });
});

describe('importFiles: a date in Chinese numerals ([DBNum1] formats)', () => {
  it('二〇二四年三月一日 is March 2024; 二〇二四年三月十五日 too, warned as a day within the month', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,二〇二四年三月一日,5\n红星里社区,二〇二四年三月十五日,6\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`)).toEqual(['祥福里社区|2024-03', '红星里社区|2024-03']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['date-mid-month@3']);
  });
});

describe('importFiles: a year and its quarter apart', () => {
  it('2024 1季度 (a space for 年) is the first quarter of 2024, as 2024 一季度 and 2024 3月 are', () => {
    expect(periods('社区,期间,再就业人数\n祥福里社区,2024 1季度,5\n红星里社区,2024 2季度,6\n')).toEqual(['祥福里社区|2024-Q1', '红星里社区|2024-Q2']);
  });
});
