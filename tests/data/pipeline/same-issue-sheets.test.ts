// @vitest-environment node
/**
 * A workbook with a sheet per month made from one template repeats the template's quirks in every
 * sheet: the report says each once, naming every sheet (same-issue-places.ts), and what differs
 * from sheet to sheet (each sheet's own period) is still said per sheet.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { refusedFiles } from '../../../src/data/report/import-report';
import { book, type BookCell } from './workbook-helpers';

const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月'];

function month(m: number): BookCell[][] {
  return [
    [`劝业场街道2024年${m}月各社区工作统计表`],
    ['社区名称', '再就业人数（人）', '慰问困难群众（户）'],
    ['花园路社区', 10 + m, 3], ['滨西社区', 20 + m, 4],
    ['合计', 30 + 2 * m, 7],
  ];
}

describe('importFiles: a template\'s finding in every sheet is said once', () => {
  it('six month sheets: the header\'s unit warning once with six places; each sheet\'s period still its own', () => {
    const bytes = book(MONTHS.map((name, k) => [name, month(k + 1)] as const));
    const r = importFiles([{ name: '劝业场街道2024年上半年.xlsx', bytes }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    const unit = r.report.issues.filter((i) => i.code === 'header-unit-not-metric');
    expect(unit).toHaveLength(1);
    expect(unit[0]).toMatchObject({ file: '劝业场街道2024年上半年.xlsx', sheet: '1月', line: 2, column: 3 });
    expect(unit[0]!.places).toEqual(MONTHS.map((sheet) => ({ file: '劝业场街道2024年上半年.xlsx', sheet })));
    // The 合计 row at line 5 of every sheet: one note.
    expect(r.report.issues.filter((i) => i.code === 'subtotal-rows').map((i) => i.places?.length)).toEqual([6]);
    // Each sheet's period is its own words: six notes.
    expect(r.report.issues.filter((i) => i.code === 'period-from-sheet-name' || i.code === 'period-from-caption').length).toBeGreaterThanOrEqual(6);
    expect(r.dataset!.periods).toEqual(MONTHS.map((_, k) => `2024-0${k + 1}`));
  });

  it('two refused files with the same words: both are refused files', () => {
    const notBook = new TextEncoder().encode('PK\u0003\u0004 not really a zip');
    const good = book([['3月', [['社区', '再就业人数'], ['花园路社区', 3]]]]);
    const r = importFiles([{ name: 'a.xlsx', bytes: notBook }, { name: 'b.xlsx', bytes: notBook.slice() }, { name: '好-2024年3月.xlsx', bytes: good }], { workbookLib: XLSX });
    expect(r.report.status).toBe('blocked');
    expect(refusedFiles(r.report)?.sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
