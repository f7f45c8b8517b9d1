/** Texts that are no period, with the reason in the message: a lunar month (`腊月`), a comparison (`上年同期`, `上月`). */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText } from '../pipeline/import-helpers';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};

describe('no period, with a reason', () => {
  it.each(['腊月', '正月', '2024年腊月'])('%s is a lunar month', (t) => {
    expect(key(t, { defaultYear: 2024 })).toBeNull();
    expect(periodProblem(t)?.message).toContain('农历');
  });
  it.each(['上年同期', '去年同期', '上月', '同比'])('%s is a comparison', (t) => {
    expect(key(t, { defaultYear: 2024 })).toBeNull();
    expect(periodProblem(t)?.message).toContain('比较');
  });
});

describe('a span of two years (2023-2024年度) is no period, and the message says so', () => {
  it.each(['2023-2024年度', '2023—2024年', '2023至2024年度', '2023/2024年度', '2023~2024', '2023年-2024年', '2023-24年度'])('%s', (t) => {
    expect(key(t)).toBeNull();
    const why = periodProblem(t)!;
    expect(why.code).toBe('period-two-years');
    expect(why.message).toContain('跨2023年和2024年两个年度');
    expect(why.message).toContain('“2024年”');
  });

  it('the import names the cell and how to write one year, not only "无法识别"', () => {
    const r = importText('社区,期间,常住人口\n东湖社区,2023-2024年度,1200\n', 'a.csv');
    const e = r.report.issues.find((i) => i.severity === 'error')!;
    expect(e).toMatchObject({ code: 'period-invalid', line: 2, column: 2 });
    expect(e.message).toContain('跨2023年和2024年两个年度');
  });
});

describe('a part of a month (旬, 周, some days) is no period: the message says to total it into months', () => {
  it.each(['3月上旬', '2024年3月中旬', '2024年三月下旬', '上旬', '第1周', '2024年第12周', '3月第2周', '2024-W12', '2024年3月1日-15日', '3月16日至31日'])('%s', (t) => {
    expect(key(t, { defaultYear: 2024 })).toBeNull();
    const why = periodProblem(t)!;
    expect(why.code).toBe('period-part-of-month');
    expect(why.message).toContain('旬、周的数据请汇总为月份后导入');
  });
});

describe('two months in one cell (2024年3、4月, 3-4月) is no period: the message says to write each month apart', () => {
  it.each(['2024年3、4月', '3、4月', '2024年3月、4月', '3月和4月', '2024年3、4、5月'])('%s: months listed', (t) => {
    expect(key(t, { defaultYear: 2024 })).toBeNull();
    const why = periodProblem(t)!;
    expect(why.code).toBe('period-months-listed');
    expect(why.message).toContain('按月分开填写');
  });
  it.each(['3-4月', '3月-4月', '3至4月'])('%s: a span of months, without its year too', (t) => {
    expect(key(t, { defaultYear: 2024 })).toBeNull();
    expect(periodProblem(t)?.code).toBe('period-range');
  });
});

describe('a period with its months in brackets (2024年第一季度（1-3月）) is that period', () => {
  it.each([
    ['2024年第一季度（1-3月）', '2024-Q1'], ['2024年第一季度(1月-3月)', '2024-Q1'], ['2024年上半年（1-6月）', '2024-H1'],
    ['2024年1-3月（一季度）', '2024-Q1'], ['2024年（1-12月）', '2024'], ['2024年1-9月（前三季度）', '2024-C09'], ['2024年3月（3月份）', '2024-03'],
  ])('%s → %s', (t, k) => {
    expect(key(t)).toBe(k);
  });
  it('brackets naming other months than the period: no period, the message names both', () => {
    expect(key('2024年第一季度（4-6月）')).toBeNull();
    const why = periodProblem('2024年第一季度（4-6月）')!;
    expect(why.code).toBe('period-bracket-disagree');
    expect(why.message).toContain('2024年第一季度');
    expect(why.message).toContain('4-6月');
  });
});

describe('in a 期间 column: each named at its cell with what to write, never only "无法识别"', () => {
  it.each([
    ['3月上旬', '旬、周的数据请汇总为月份后导入'], ['第1周', '旬、周的数据请汇总为月份后导入'],
    ['2024年3、4月', '按月分开填写'], ['3-4月', '跨月的时间段'],
  ])('%s', (t, says) => {
    const r = importText(`社区,期间,再就业人数\n东湖社区,2024年2月,5\n东湖社区,${t},12\n`, 'a.csv');
    const e = r.report.issues.find((i) => i.severity === 'error')!;
    expect(e).toMatchObject({ code: 'period-invalid', line: 3, column: 2 });
    expect(e.message).toContain(says);
  });
  it('2024年第一季度（1-3月） is read as the quarter', () => {
    const r = importText('社区,期间,再就业人数\n东湖社区,2024年第一季度（1-3月）,12\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-Q1']);
  });
});
