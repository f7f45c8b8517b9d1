import { describe, expect, it } from 'vitest';
import { isRelativePeriodColumn, relativePeriod, toDateThrough } from '../../../src/data/vocabulary/relative-period';

describe('relativePeriod: words for the year to date', () => {
  it.each([
    '累计', '本年累计', '年累计', '累计数', '本年累计数', '累计完成', '1-3月累计',
    '年度累计', '今年累计', '全年累计', '本年度累计', '今年以来', '年初至今', '自年初累计', '年初以来', '本年以来', '今年以来累计', ' 年度 累计 ',
  ])('%j in a table of 2024-03 → 2024-C03', (word) => {
    expect(relativePeriod(word, '2024-03')).toEqual({ key: '2024-C03' });
  });

  it.each(['本月', '当月', '本期'])('%j → the table\'s own period', (word) => {
    expect(relativePeriod(word, '2024-03')).toEqual({ key: '2024-03' });
  });

  it.each(['累计再就业人数', '全年', '年度', '上年累计', '去年累计', '同期累计', '至今'])('%j is no relative word', (word) => {
    expect(relativePeriod(word, '2024-03')).toBeNull();
  });

  it('a column of 本月 / 年度累计 rows says each row\'s period', () => {
    expect(isRelativePeriodColumn(['本月', '年度累计', '本月', '今年以来'])).toBe(true);
    expect(isRelativePeriodColumn(['本月', '本月'])).toBe(false);
  });
});

describe('toDateThrough: the period a year to date written in a period is for', () => {
  it.each([
    ['2024-03', '2024-C03'], ['2024-Q2', '2024-C06'], ['2024-H1', '2024-C06'], ['2024-C05', '2024-C05'],
    // A whole year's year to date runs through December: the year's total, the year itself.
    ['2024', '2024'],
  ])('%s → %s', (key, through) => {
    expect(toDateThrough(key)).toBe(through);
  });
});
