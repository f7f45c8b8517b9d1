/** 元月 in a 期间 cell is January (`2024年元月`). */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};

describe('元月 is January', () => {
  it.each([['2024年元月', '2024-01'], ['2024年元月份', '2024-01'], ['二〇二四年元月', '2024-01']])('%s → %s', (t, k) => expect(key(t)).toBe(k));
  it('with the table\'s year', () => expect(key('元月', { defaultYear: 2024 })).toBe('2024-01'));
  it('not inside other words', () => expect(key('2024年单元月')).toBeNull());
});
