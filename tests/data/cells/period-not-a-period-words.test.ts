/** Texts that are no period, with the reason in the message: a lunar month (`腊月`), a comparison (`上年同期`, `上月`). */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodProblem } from '../../../src/data/cells/parse-period-label';
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
