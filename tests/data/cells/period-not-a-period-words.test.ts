/** Texts that are no period, with the reason in the message: a lunar month (`腊月`), a comparison (`上年同期`, `上月`). */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodProblem } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

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
