/**
 * A sheet Excel (or WPS) made by copying a month's sheet, `3月 (2)`: the copy's number is no part
 * of its period.
 */
import { describe, expect, it } from 'vitest';
import { sheetNamePeriod } from '../../../src/data/table/sheet-period';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

describe('sheetNamePeriod: a copied sheet', () => {
  it.each([
    ['3月 (2)', '2024-03'], ['3月(2)', '2024-03'], ['3月 (3)', '2024-03'], ['3月（2）', '2024-03'], ['3月 （2）', '2024-03'],
    ['3月份 (2)', '2024-03'], ['3月(修改) (2)', '2024-03'], ['一季度 (2)', '2024-Q1'], ['12月 (2)', '2024-12'], ['2024年3月 (2)', '2024-03'],
    ['3月 (12)', '2024-03'], ['上半年(2)', '2024-H1'],
  ])('%s (file 咸水沽镇2024年.xlsx) → %s', (sheet, key) => {
    const p = sheetNamePeriod(sheet, undefined, '咸水沽镇2024年.xlsx');
    expect(p && formatPeriodKey(p.period)).toBe(key);
  });
});

describe('sheetNamePeriod: a revision word after a dash, or a version number', () => {
  it.each([['3月-改', '2024-03'], ['3月—修改', '2024-03'], ['3月_最终版', '2024-03'], ['3月 - 新', '2024-03'],
    ['3月v2', '2024-03'], ['3月_V3', '2024-03'], ['3月（2次）', '2024-03'], ['3月第2版', '2024-03']])('%s → %s', (sheet, key) => {
    const p = sheetNamePeriod(sheet, undefined, '咸水沽镇2024年.xlsx');
    expect(p && formatPeriodKey(p.period)).toBe(key);
  });

  it.each(['3月-4月', '3-5月', '3月-', '1月-3月累计'])('%s is not March', (sheet) => {
    const p = sheetNamePeriod(sheet, undefined, '咸水沽镇2024年.xlsx');
    expect(p && formatPeriodKey(p.period)).not.toBe('2024-03');
  });
});
