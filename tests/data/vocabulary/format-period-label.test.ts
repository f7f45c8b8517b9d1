import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodLabel, shortPeriodLabel } from '../../../src/data/vocabulary/format-period-label';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey, makePeriod } from '../../../src/data/vocabulary/period';
import type { Granularity } from '../../../src/data/vocabulary/period';

describe('formatPeriodLabel', () => {
  it.each([
    ['2024-03', '2024年3月', 'Mar 2024'], ['2024-12', '2024年12月', 'Dec 2024'], ['2024-Q1', '2024年第一季度', '2024 Q1'],
    ['2024-Q4', '2024年第四季度', '2024 Q4'], ['2024-H1', '2024年上半年', '2024 H1'], ['2024-H2', '2024年下半年', '2024 H2'],
    ['2024', '2024年', '2024'], ['2024-C09', '2024年1-9月累计', '2024 Jan–Sep (cum.)'], ['2024-C01', '2024年1月累计', '2024 Jan (cum.)'],
  ])('%s → %s / %s', (key, zh, en) => {
    expect(formatPeriodLabel(key, 'zh')).toBe(zh);
    expect(formatPeriodLabel(key, 'en')).toBe(en);
  });

  it.each(['2024年3月', '2024-13', 'x', ''])('throws on a non-canonical key %j', (key) => {
    expect(() => formatPeriodLabel(key, 'zh')).toThrow(/canonical/);
  });
});

describe('shortPeriodLabel', () => {
  it.each([
    ['2024-03', '24年3月', 'Mar 24', '3月', 'Mar'], ['2024-Q2', '24年第二季度', '24 Q2', '第二季度', 'Q2'],
    ['2024-H1', '24年上半年', '24 H1', '上半年', 'H1'], ['2024', '2024年', '2024', '2024年', '2024'],
    ['2024-C06', '24年1-6月累计', '24 Jan–Jun (cum.)', '1-6月累计', 'Jan–Jun (cum.)'],
  ])('%s → %s / %s; without year %s / %s', (key, zh, en, zhNoYear, enNoYear) => {
    expect(shortPeriodLabel(key, 'zh')).toBe(zh);
    expect(shortPeriodLabel(key, 'en')).toBe(en);
    expect(shortPeriodLabel(key, 'zh', { omitYear: true })).toBe(zhNoYear);
    expect(shortPeriodLabel(key, 'en', { omitYear: true })).toBe(enNoYear);
  });
});

describe('round trip through parsePeriodLabel', () => {
  const anyKey = fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom<Granularity>('Y', 'H', 'Q', 'M', 'C'), fc.integer({ min: 1, max: 12 }))
    .map(([year, g, i]) => formatPeriodKey(makePeriod(year, g, g === 'Y' ? 1 : g === 'H' ? ((i - 1) % 2) + 1 : g === 'Q' ? ((i - 1) % 4) + 1 : i)));

  it('parsePeriodLabel(formatPeriodLabel(k, zh)) gives k back, cumulative exactly for C', () => {
    fc.assert(fc.property(anyKey, (key) => {
      const r = parsePeriodLabel(formatPeriodLabel(key, 'zh'));
      expect(r && formatPeriodKey(r.period)).toBe(key);
      expect(r?.cumulative).toBe(key.includes('-C'));
    }));
  });

  it('short zh labels of 2000-2099 read back too', () => {
    fc.assert(fc.property(anyKey.filter((k) => k.startsWith('20')), (key) => {
      const r = parsePeriodLabel(shortPeriodLabel(key, 'zh'));
      expect(r && formatPeriodKey(r.period)).toBe(key);
    }));
  });

  it.each(['2024-03', '2024-Q1', '2024-H2', '2024'])('the English label of %s reads back', (key) => {
    const r = parsePeriodLabel(formatPeriodLabel(key, 'en'));
    expect(r && formatPeriodKey(r.period)).toBe(key);
  });
});
