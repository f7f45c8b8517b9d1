/**
 * Period words that name the same months read as the same period: the first two quarters are the
 * first half (as 1-6月 and 1-2季度 are read), the first three a year to date through September (no
 * period is nine months long), all four the year. Only a written 累计 makes a year to date of months
 * that are also a quarter, half or year (`1-6月累计`): the sheet said so, and the dataset keeps such
 * values apart (they are compared as year-to-date values, never as a half's).
 */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

const key = (text: string): string | null => {
  const p = parsePeriodLabel(text, { defaultYear: 2024 });
  return p && formatPeriodKey(p.period);
};

describe('period words that name the same months', () => {
  it.each([
    [['2024年前两季度', '2024年前2季度', '2024年前两个季度', '2024年1-2季度', '2024年上半年', '2024年1-6月', '2024年前6个月', '2024年H1', '前两季度', '上半年'], '2024-H1'],
    [['2024年前三季度', '2024年1-3季度', '2024年1-9月', '2024年前9个月', '前三季度'], '2024-C09'],
    [['2024年全年', '2024年1-12月', '2024年度', '2024年前四季度', '2024年1-4季度', '2024年前12个月', '全年'], '2024'],
    [['2024年前一季度', '2024年第一季度', '2024年1-3月', '2024年前3个月'], '2024-Q1'],
  ])('%j all read as %s', (texts, expected) => {
    expect(texts.map(key)).toEqual(texts.map(() => expected));
  });

  it('a written 累计 is a year to date, whatever months it covers', () => {
    expect(['2024年1-6月累计', '2024年前两季度累计', '2024年前六个月累计'].map(key)).toEqual(['2024-C06', '2024-C06', '2024-C06']);
    expect(['2024年1-12月累计', '2024年前四季度累计'].map(key)).toEqual(['2024-C12', '2024-C12']);
  });
});
