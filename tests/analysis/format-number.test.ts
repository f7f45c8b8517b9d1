import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercentPoints, formatQualified, formatRatio, formatShare, qualifierMark } from '../../src/analysis/format-number';
import { QUALIFIER_CODE } from '../../src/data/dataset/dataset';

describe('formatNumber', () => {
  it.each([
    [12345, {}, '12,345'],
    [1234567, {}, '1,234,567'],
    [12.345, {}, '12.3'],
    [0.456, {}, '0.46'],
    [12000, { compact: true }, '1.2万'],
    [15680, { compact: true, digits: 2 }, '1.57万'],
    [350000000, { compact: true }, '3.5亿'],
    [10000, { compact: true }, '1万'],
    [3500, { compact: true }, '3,500'],
    [3500, { unit: '人' }, '3,500人'],
    [NaN, {}, '—'],
  ])('zh %s %j → %s', (v, opts, expected) => {
    expect(formatNumber(v, 'zh', opts)).toBe(expected);
  });
  it.each([
    [12000, {}, '12,000'],
    [12000, { compact: true }, '12K'],
    [3500, { unit: 'people' }, '3,500 people'],
    [63.5, { unit: '%' }, '63.5%'],
  ])('en %s %j → %s', (v, opts, expected) => {
    expect(formatNumber(v, 'en', opts)).toBe(expected);
  });
});

describe('ratios, points and shares', () => {
  it('formats differences of percentages as 百分点', () => {
    expect(formatPercentPoints(3.24, 'zh')).toBe('3.2个百分点');
    expect(formatPercentPoints(-3.24, 'en')).toBe('-3.2 pp');
  });
  it('formats ratios as 倍 and says 最低为0 for infinity', () => {
    expect(formatRatio(2.345, 'zh')).toBe('2.3倍');
    expect(formatRatio(2.345, 'en')).toBe('2.3×');
    expect(formatRatio(Infinity, 'zh')).toBe('最低为0');
  });
  it('formats shares', () => {
    expect(formatShare(0.45)).toBe('45%');
    expect(formatShare(0.314)).toBe('31%');
    expect(formatShare(0.004)).toBe('0.4%');
  });
});

describe('qualifiers', () => {
  it('carries 约 / 以上 into text and ≈ ＞ ＜ into charts', () => {
    expect(formatQualified(3500, 'gt', 'zh', { unit: '人' })).toBe('3,500人以上');
    expect(formatQualified(1200, QUALIFIER_CODE.approx, 'zh')).toBe('约1,200');
    expect(formatQualified(900, 'approx_lt', 'en')).toBe('nearly 900');
    expect(qualifierMark('approx').mark).toBe('≈');
    expect(qualifierMark('gte').mark).toBe('＞');
    expect(qualifierMark('lt').mark).toBe('＜');
    expect(qualifierMark('exact')).toEqual({ zhBefore: '', zhAfter: '', enBefore: '', mark: '' });
  });
});
