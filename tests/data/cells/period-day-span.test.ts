/** A span of whole months written as its first and last days (`2024-01-01至2024-03-31`): the quarter, half or year. */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};

describe('a span of whole months written as its first and last days', () => {
  it.each([
    ['2024-01-01至2024-03-31', '2024-Q1'], ['2024-04-01~2024-06-30', '2024-Q2'], ['2024/01/01-2024/06/30', '2024-H1'],
    ['2024-01-01至2024-12-31', '2024'], ['2024年1月1日至2024年3月31日', '2024-Q1'], ['2024年4月1日至6月30日', '2024-Q2'],
  ])('%s → %s', (t, k) => expect(key(t)).toBe(k));
  it('not a part of a month, nor across years', () => {
    expect(key('2024-01-01至2024-03-30')).toBeNull();
    expect(key('2024-01-15至2024-03-31')).toBeNull();
    expect(key('2023-12-01至2024-02-29')).toBeNull();
  });
});
