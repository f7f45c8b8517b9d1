// @vitest-environment node
/**
 * The units of measure are one list (vocabulary/measure-units.ts): a unit a header's bracket or a
 * 单位 cell names is read after a number in a value cell and in the words a number format shows,
 * as the same canonical unit; and a count is checked as a count whatever the unit it is counted in.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/data/cells/parse-value';
import { ColumnFormats } from '../../../src/data/records/column-formats';
import { IssueSink } from '../../../src/data/report/issue-sink';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { formatWords } from '../../../src/data/rows/workbook-cell-text';
import { measureUnitOf } from '../../../src/data/vocabulary/metric-aliases';
import { countsWhole, VALUE_UNITS } from '../../../src/data/vocabulary/measure-units';
import { observations } from '../pipeline/import-helpers';

describe('a unit read in a header and after a number alike', () => {
  // Units one list knew and the other did not, until both were the one list: 趟 件 … were header
  // units only (a cell 12趟 was no number), 平方千米, km2 and 班次 value-cell units only.
  it.each([
    ['趟', '趟'], ['件', '件'], ['张', '张'], ['本', '本'], ['台', '台'], ['辆', '辆'], ['套', '套'], ['棵', '棵'], ['起', '起'],
    ['篇', '篇'], ['座', '座'], ['幢', '幢'], ['块', '块'], ['批次', '批次'], ['例', '例'], ['宗', '宗'], ['趟次', '趟次'], ['车次', '车次'],
    ['课时', '课时'], ['公里', '公里'], ['千米', '公里'], ['km', '公里'], ['米', '米'], ['吨', '吨'], ['公斤', '公斤'], ['千克', '公斤'],
    ['斤', '斤'], ['亩', '亩'], ['公顷', '公顷'], ['分钟', '分钟'], ['min', '分钟'], ['h', '小时'], ['个百分点', '个百分点'], ['百分点', '个百分点'],
    ['平方千米', '平方公里'], ['km2', '平方公里'], ['班次', '班次'],
  ])('12%s: in a header bracket and a 单位 cell, and in a value cell, it is %s', (written, unit) => {
    expect(measureUnitOf(`（${written}）`)).toEqual([unit, 1]);
    const v = parseValue(`12${written}`);
    expect([v.value, v.unit]).toEqual([12, unit]);
  });

  it('every unit a value cell reads is a unit a header reads, as the same canonical unit', () => {
    for (const [written, unit] of VALUE_UNITS) {
      expect([written, measureUnitOf(written)]).toEqual([written, [unit, 1]]);
      const v = parseValue(`12${written}`);
      expect([written, v.value, v.unit]).toEqual([written, 12, unit]);
    }
  });

  it.each([
    ['日', '15日', '天'], ['组', '3组', '组'],
  ])('%s is a header unit (%s after a number is a day of a date, or a 村民小组\'s name), never a value cell\'s', (written, cell, unit) => {
    expect(measureUnitOf(written)).toEqual([unit, 1]);
    expect(parseValue(cell).qualifier).toBe('invalid');
  });

  it('a magnitude before a unit is the number\'s in a value cell, the unit\'s scale in a header: 6万元 and （万元） alike', () => {
    expect(parseValue('6万元')).toMatchObject({ value: 60000, unit: '元' });
    expect(measureUnitOf('万元')).toEqual(['元', 1e4]);
    expect(parseValue('6万人次')).toMatchObject({ value: 60000, unit: '人次' });
    expect(measureUnitOf('万人次')).toEqual(['人次', 1e4]);
  });
});

describe('the words a number format shows are the value cell\'s units', () => {
  it('0"件" and 0"趟" write a unit the value parser reads (0"件" wrote 12件, which was no number)', () => {
    expect(formatWords('0"件"')).toEqual({ before: '', after: '件' });
    expect(formatWords('0"趟"')).toEqual({ before: '', after: '趟' });
    expect(formatWords('0"余件"')).toEqual({ before: '', after: '余件' });
    expect(parseValue('12件')).toMatchObject({ value: 12, unit: '件' });
  });

  it('a workbook\'s 12 formatted 0"件" under 整改隐患（件） is 12, not an invalid 12件', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '整改隐患（件）'], ['祥福里社区', 12], ['红星里社区', 7]]);
    ws['B2']!.z = '0"件"';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = importFiles([{ name: '咸水沽镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}|${o.qualifier}`)).toEqual(['祥福里社区|12|exact', '红星里社区|7|exact']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a count in any unit of things is checked as a count', () => {
  function codes(cells: string[], metricUnit: string, name: string): string[] {
    const f = new ColumnFormats();
    const col = f.column('c2', name, 2, metricUnit);
    cells.forEach((c, k) => f.add(col, k + 2, parseValue(c)));
    const sink = new IssueSink();
    f.report(sink, 'f.csv');
    return sink.issues.map((i) => `${i.code}@${i.line}`);
  }

  it.each([
    ['份', '发放宣传资料'], ['趟', '巡逻'], ['起', '发案'], ['场', '文艺演出'], ['班次', '开班'],
  ])('under a metric counted in %s (%s), a fraction and a negative are warned of', (unit, name) => {
    expect(codes(['12', '2.5', '-3'], unit, name)).toEqual(['fractional-count@3', 'negative-count@4']);
  });

  it('课时 and 学时 count time, which may be half; 元 and 小时 may have fractions and are never negative', () => {
    expect(['课时', '学时', '元', '小时', '公里', '万元', '元/人'].map(countsWhole)).toEqual([false, false, false, false, false, false, false]);
    expect(codes(['1.5'], '课时', '培训')).toEqual([]);
    expect(codes(['1.5', '-2'], '元', '捐款')).toEqual(['negative-count@3']);
  });
});
