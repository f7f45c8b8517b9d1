// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';

// A sheet named for a 小区 topic (老旧小区改造) beside a district's street sheets names no community: the workbook is
// still one of a sheet per street, and its 汇总 of the streets is left out (it was read as the streets' units, once
// 小区 became a unit's ending in a title, b6b7843).
describe('a district workbook of street sheets with a 小区 topic sheet', () => {
  it('老旧小区改造 does not make the street sheets community sheets: the 汇总 is still the streets\' summary, left out', () => {
    const street = (names: string[]) => [['社区', '再就业人数'], ...names.map((n, i) => [n, 5 + i])];
    const bytes = book([
      ['汇总', [['街道', '再就业人数'], ['咸水沽镇', 11], ['双港镇', 15], ['合计', 26]]],
      ['咸水沽镇', street(['祥福里社区', '红星里社区'])], ['双港镇', street(['鑫港园社区', '柳林社区'])],
      ['老旧小区改造', [['社区', '改造户数'], ['祥福里社区', 30], ['鑫港园社区', 12]]],
    ]);
    const r = importFiles([{ name: '津南区2024年3月汇总.xlsx', bytes }], { workbookLib: XLSX });
    expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['汇总']);
  });
});
