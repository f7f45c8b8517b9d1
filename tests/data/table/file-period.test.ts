/**
 * A 月报 whose title gives its year beside the street and its month apart (`2024年咸水沽镇（街道）社区月报 3月`),
 * and the hint for a 月报 that really names only its year.
 */
import { describe, expect, it } from 'vitest';
import { filePeriodOf, noPeriodIssue } from '../../../src/data/table/file-period';

describe('filePeriodOf: a 月报 (季报) with its month (quarter) apart from its year', () => {
  it.each([
    ['2024年咸水沽镇（街道）社区月报 3月', 't10.csv', '2024-03'], ['2024年咸水沽镇社区月报（3月）', 'a.csv', '2024-03'],
    ['2024年咸水沽镇社区月报 3月份', 'a.csv', '2024-03'], ['2024年咸水沽镇社区月报 三月', 'a.csv', '2024-03'], ['2024年咸水沽镇社区月报 十二月', 'a.csv', '2024-12'],
    ['2024年咸水沽镇社区季报 一季度', 'a.csv', '2024-Q1'], ['2024年咸水沽镇社区月报', '3月.csv', '2024-03'], ['咸水沽镇社区月报', '2024年月报-3月.csv', '2024-03'],
  ])('title %s, file %s → %s', (caption, file, key) => {
    const p = filePeriodOf(caption, file)!;
    expect(p.key).toBe(key);
    expect(p.yearOnly).toBeUndefined();
  });
});

describe('noPeriodIssue: a 月报 naming only its year', () => {
  it.each([['t10.csv', '2024年3月各社区统计.csv'], ['社区月报.csv', '2024年3月各社区统计.csv'], ['咸水沽镇月报.xlsx', '2024年3月各社区统计.xlsx']])(
    'the file %s has no year: the example is a made-up name (%s), not the file\'s own', (file, example) => {
      const p = filePeriodOf('2024年咸水沽镇社区月报', file)!;
      const e = noPeriodIssue({ file, caption: '2024年咸水沽镇社区月报' }, p, [], { file });
      expect(e.message).toContain('只写了年份（2024年），没有写月份');
      expect(e.message).toContain(`如文件名“${example}”`);
      expect(e.message).not.toContain(`“${file}”`);
    });
});
