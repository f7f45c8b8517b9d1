/** Spans a clerk writes in other words than 1-N月: quarters joined (1-2季度, Q1-Q2), 前3个月, a month with （累计） after it. */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { importText } from '../pipeline/import-helpers';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};

describe('quarters joined, the first months of the year, a month with its year to date in brackets', () => {
  it.each([
    ['2024年1-2季度', '2024-H1'], ['2024年第一至二季度', '2024-H1'], ['2024年Q1-Q2', '2024-H1'], ['2024年1-3季度', '2024-C09'], ['2024年第1-4季度', '2024'],
    ['2024年前3个月', '2024-Q1'], ['2024年前三个月', '2024-Q1'], ['2024年前5个月', '2024-C05'],
    ['2024年3月（累计）', '2024-C03'], ['2024年3月(本年累计)', '2024-C03'], ['2024年12月（全年累计）', '2024-C12'], ['2024年第二季度（累计）', '2024-C06'],
  ])('%s → %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('without its year, in the year given', () => {
    expect(key('前6个月', { defaultYear: 2024 })).toBe('2024-H1');
    expect(key('1-3季度', { defaultYear: 2024 })).toBe('2024-C09');
  });

  it('quarters joined that do not start the year (2-3季度) are a span, said so', () => {
    expect(key('2024年2-3季度')).toBeNull();
    expect(periodProblem('2024年2-3季度')?.code).toBe('period-range');
  });

  it('in a 期间 column', () => {
    const r = importText('社区,期间,再就业人数\n东湖社区,2024年1-3季度,30\n', 'a.csv');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.periods).toEqual(['2024-C09']);
  });
});

describe('in a title or file name', () => {
  it.each([
    ['双港镇2024年1-3季度统计.csv', '2024-C09'], ['2024年Q1-Q2汇总', '2024-H1'], ['2024年前3个月社区统计', '2024-Q1'],
  ])('%s → %s, never the year alone', (text, expected) => {
    const found = scanPeriodText(text).found;
    expect(found ? formatPeriodKey(found.period) : null).toBe(expected);
  });
  it('2024年2-3季度 is a span, said so', () => {
    const s = scanPeriodText('2024年2-3季度统计');
    expect(s.found).toBeNull();
    expect(s.problems.map((p) => p.code)).toEqual(['period-range']);
  });
});
