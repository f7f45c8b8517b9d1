/** The end of a quarter, a half or a year (`2024年二季度末`, `2024年底`): an as-of date, as `6月末` is read. */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};
const codes = (text: string, ctx?: { defaultYear?: number }): string[] => parsePeriodLabel(text, ctx)?.notes.map((n) => n.code) ?? [];

describe('the end of a quarter, a half or a year: an as-of date, read as its last month with a warning', () => {
  it.each([
    ['2024年二季度末', '2024-06'], ['2024年第二季度末', '2024-06'], ['2024年2季度末', '2024-06'], ['2024年一季度末', '2024-03'],
    ['截至2024年三季度末', '2024-09'], ['2024年上半年末', '2024-06'], ['2024年末', '2024-12'], ['2024年底', '2024-12'],
  ])('%s → %s', (t, k) => {
    expect(key(t)).toBe(k);
    expect(codes(t)).toContain('period-as-of');
  });
  it('with the table\'s year', () => expect(key('二季度末', { defaultYear: 2024 })).toBe('2024-06'));
});
