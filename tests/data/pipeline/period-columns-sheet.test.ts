// @vitest-environment node
/**
 * A sheet per quarter (`一季度`, `二季度`) whose columns are its months (`社区 | 4月 | 5月 | 6月`):
 * the columns' periods are read, and a sheet whose columns are another quarter's months (a copied
 * sheet whose headers were not changed) is said, naming the sheet's period and the columns.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

type Cell = string | number;
const quarter = (months: string[], b: number): Cell[][] => [['社区', ...months], ['花园路社区', 1 + b, 2 + b, 3 + b], ['滨西社区', 4 + b, 5 + b, 6 + b]];
const run = (sheets: [string, Cell[][]][]) => importFiles([{ name: '2024年再就业人数.xlsx', bytes: book(sheets) }], { workbookLib: XLSX });

describe('a sheet per quarter with its months across', () => {
  it('each quarter\'s months are read, with no word of a disagreement', () => {
    const r = run([['一季度', quarter(['1月', '2月', '3月'], 0)], ['二季度', quarter(['4月', '5月', '6月'], 10)]]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect(r.report.issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
  });

  it('a 二季度 sheet whose columns are 1月 2月 3月 is warned, naming the sheet\'s period and the columns', () => {
    const r = run([['二季度', quarter(['1月', '2月', '3月'], 10)]]);
    const w = r.report.issues.filter((i) => i.code === 'period-disagree');
    expect(w.map((i) => [i.severity, i.sheet, i.line, i.column])).toEqual([['warning', '二季度', 1, 2]]);
    expect(w[0]!.message).toContain('1月、2月、3月');
    expect(w[0]!.message).toContain('工作表名');
    expect(w[0]!.message).toContain('2024年第二季度');
    expect(observations(r.dataset).map((o) => o.period)).toContain('2024-01');
  });

  it('a month\'s file (2024年3月.xlsx) whose columns are the year\'s months up to it (1月 2月 3月: year to date) says no disagreement', () => {
    const month = (months: string[]) => importFiles([{ name: '2024年3月.xlsx', bytes: book([['再就业人数', quarter(months, 0)]]) }], { workbookLib: XLSX });
    const r = month(['1月', '2月', '3月']);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
    // Months after the file's, or months up to it without the file's own (a leftover February table), are still said.
    expect(month(['3月', '4月', '5月']).report.issues.filter((i) => i.code === 'period-disagree').map((i) => i.column)).toEqual([3]);
    expect(month(['1月', '2月', '12月']).report.issues.filter((i) => i.code === 'period-disagree').map((i) => i.column)).toEqual([2]);
    expect(month(['12月', '1月', '2月']).report.issues.filter((i) => i.code === 'period-disagree').map((i) => i.column)).toEqual([2]);
  });
});
