import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_QUERY, mergeViewQuery, parseViewQuery, serializeViewQuery } from '../../src/ui/url-state';
import type { ViewQuery } from '../../src/ui/view-query';

const full: ViewQuery = {
  view: 'league', metric: 'reemployed', period: '2024-Q2', compare: '2023-Q2',
  parent: '咸水沽镇', per: '1000', units: ['祥福里社区', '前白庙村'],
};

describe('parseViewQuery / serializeViewQuery', () => {
  it.each<[string, ViewQuery]>([
    ['every field', full],
    ['defaults only', DEFAULT_VIEW_QUERY],
    ['custom metric with spaces and &', { ...DEFAULT_VIEW_QUERY, metric: 'custom:党员 & 志愿者', view: 'trend' }],
    ['per 100 households, half year', { ...DEFAULT_VIEW_QUERY, per: '100hh', period: '2024-H1' }],
    ['year period, data view', { ...DEFAULT_VIEW_QUERY, view: 'data', period: '2024' }],
    ['profile of a unit', { ...DEFAULT_VIEW_QUERY, view: 'profile', unit: '祥福里社区', period: '2024-Q2' }],
    ['league by street', { ...full, mode: 'street' }],
    ['composite with weights and method', {
      ...full, mode: 'composite', method: 'zscore',
      weights: [{ metric: 'reemployed', weight: 3 }, { metric: 'volunteers', weight: 0.5 }, { metric: 'low_income', weight: 0 }],
    }],
    ['对比 by street', { ...DEFAULT_VIEW_QUERY, view: 'compare', by: 'street' }],
    ['均衡 laggard share', { ...DEFAULT_VIEW_QUERY, view: 'imbalance', share: 0.35 }],
    ['趋势 focus', { ...DEFAULT_VIEW_QUERY, view: 'trend', units: ['甲社区', '乙社区'], focus: '乙社区' }],
    ['composite with no metric chosen', { ...DEFAULT_VIEW_QUERY, view: 'league', mode: 'composite', weights: [] }],
    ['composite weights of custom metrics with colons and commas', {
      ...DEFAULT_VIEW_QUERY, view: 'league', mode: 'composite',
      weights: [{ metric: 'custom:党员:人数, 在册', weight: 2 }, { metric: 'custom:志愿者 & 义工', weight: 1.25 }],
    }],
  ])('round-trips %s', (_name, q) => {
    expect(parseViewQuery(serializeViewQuery(q))).toEqual(q);
  });

  it('writes the documented parameter names and leaves defaults out', () => {
    expect(serializeViewQuery(full)).toBe(
      '?view=league&metric=reemployed&period=2024-Q2&compare=2023-Q2&parent=%E5%92%B8%E6%B0%B4%E6%B2%BD%E9%95%87&per=1000&units=%E7%A5%A5%E7%A6%8F%E9%87%8C%E7%A4%BE%E5%8C%BA%2C%E5%89%8D%E7%99%BD%E5%BA%99%E6%9D%91',
    );
    expect(serializeViewQuery(DEFAULT_VIEW_QUERY)).toBe('?view=compare');
    expect(serializeViewQuery({
      ...DEFAULT_VIEW_QUERY, view: 'league', mode: 'composite', method: 'zscore',
      weights: [{ metric: 'reemployed', weight: 3 }, { metric: 'volunteers', weight: 0.5 }],
    })).toBe('?view=league&mode=composite&method=zscore&w=reemployed%3A3&w=volunteers%3A0.5');
  });

  it('leaves the default laggard share out of the URL', () => {
    expect(serializeViewQuery({ ...DEFAULT_VIEW_QUERY, view: 'imbalance', share: 0.5 })).toBe('?view=imbalance');
    expect(serializeViewQuery({ ...DEFAULT_VIEW_QUERY, view: 'imbalance', share: 0.3 })).toBe('?view=imbalance&share=0.3');
  });

  it('leaves the league defaults out of the URL (社区 mode, 百分位 method, default weights)', () => {
    expect(serializeViewQuery({ ...DEFAULT_VIEW_QUERY, view: 'league', mode: 'unit', method: 'percentile' })).toBe('?view=league');
    expect(parseViewQuery('?view=league&mode=unit&method=percentile')).toEqual({ ...DEFAULT_VIEW_QUERY, view: 'league' });
  });

  it('keeps up to 40 weighted metrics', () => {
    expect(parseViewQuery(Array.from({ length: 40 }, (_, i) => `w=m${i}:1`).join('&')).weights).toHaveLength(40);
  });

  it('reads hand-written weights with raw colons and spaces', () => {
    expect(parseViewQuery('?view=league&mode=composite&w=reemployed:2&w= volunteers : .5 ').weights).toEqual([
      { metric: 'reemployed', weight: 2 }, { metric: 'volunteers', weight: 0.5 },
    ]);
  });

  it('reads a hand-written URL with raw Chinese', () => {
    const q = parseViewQuery('?view=trend&metric=volunteers&period=2024-06&parent=小站镇&units=甲社区, 乙社区,,甲社区');
    expect(q).toEqual({ ...DEFAULT_VIEW_QUERY, view: 'trend', metric: 'volunteers', period: '2024-06', parent: '小站镇', units: ['甲社区', '乙社区'] });
  });

  it.each<[string, Partial<ViewQuery>]>([
    ['view=nonsense', { view: 'compare' }],
    ['view=', { view: 'compare' }],
    ['period=2024-13', { period: '' }],
    ['period=2024年6月', { period: '' }],
    ['compare=Q2', { compare: '' }],
    ['per=10000', { per: 'none' }],
    ['metric=<script>alert(1)</script>', { metric: '' }],
    ['metric=Reemployed', { metric: '' }],
    ['parent=' + 'x'.repeat(500), { parent: '' }],
    ['units=%E0%A4%A (broken escape)', { units: ['\uFFFD%A (broken escape)'] }],
    ['mode=table', {}],
    ['mode=Composite', {}],
    ['method=median', {}],
    ['w=reemployed:abc', {}],
    ['w=reemployed:-1', {}],
    ['w=reemployed:1&w=volunteers:-2', {}],
    ['w=reemployed:', {}],
    ['w=reemployed', {}],
    ['w=:1', {}],
    ['w=Reemployed:1', {}],
    ['w=reemployed:Infinity', {}],
    ['w=reemployed:1e400', {}],
    ['w=reemployed:0x10', {}],
    ['w=reemployed:1,2', {}],
    ['w=reemployed:1&w=reemployed:2', {}],
    ['by=parent', {}],
    ['share=0.05', {}],
    ['share=0.95', {}],
    ['share=-0.3', {}],
    ['share=abc', {}],
    ['share=0.5', {}],
    ['share=1e-1', {}],
    ['focus=' + 'x'.repeat(121), {}],
    ['w=&w=', {}],
    ['w=&w=reemployed:1', {}],
    [Array.from({ length: 41 }, (_, i) => `w=m${i}:1`).join('&'), {}],
  ])('falls back on invalid %s', (search, expected) => {
    expect(() => parseViewQuery(search)).not.toThrow();
    expect(parseViewQuery(search)).toEqual({ ...DEFAULT_VIEW_QUERY, ...expected });
  });
});

describe('mergeViewQuery', () => {
  it('pushes a history entry for a view change only', () => {
    expect(mergeViewQuery(DEFAULT_VIEW_QUERY, { view: 'league' })).toEqual({ next: { ...DEFAULT_VIEW_QUERY, view: 'league' }, push: true });
    expect(mergeViewQuery(DEFAULT_VIEW_QUERY, { view: 'compare', metric: 'x' }).push).toBe(false);
    expect(mergeViewQuery(DEFAULT_VIEW_QUERY, { period: '2024' }).push).toBe(false);
  });

  it('pushes a history entry when the 排行 sub-mode changes, and replaces it for weights and method', () => {
    const q: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'league' };
    expect(mergeViewQuery(q, { mode: 'composite' }).push).toBe(true);
    expect(mergeViewQuery({ ...q, mode: 'composite' }, { mode: undefined }).push).toBe(true);
    expect(mergeViewQuery(q, { mode: 'unit' }).push).toBe(false);
    expect(mergeViewQuery({ ...q, mode: 'street' }, { mode: 'street' }).push).toBe(false);
    expect(mergeViewQuery({ ...q, mode: 'composite' }, { weights: [{ metric: 'reemployed', weight: 2 }] }).push).toBe(false);
    expect(mergeViewQuery({ ...q, mode: 'composite' }, { method: 'zscore' }).push).toBe(false);
  });

  it('pushes a history entry when the profiled unit changes, so Back returns to the previous one', () => {
    const q: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'profile', unit: '甲社区' };
    expect(mergeViewQuery(q, { unit: '乙社区' }).push).toBe(true);
    expect(mergeViewQuery(q, { unit: '甲社区' }).push).toBe(false);
    expect(serializeViewQuery(mergeViewQuery(q, { unit: '乙社区' }).next)).toBe('?view=profile&unit=%E4%B9%99%E7%A4%BE%E5%8C%BA');
  });
});
