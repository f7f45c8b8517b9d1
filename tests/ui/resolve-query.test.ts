import { describe, expect, it } from 'vitest';
import { resolveViewQuery } from '../../src/ui/resolve-query';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import type { ViewQuery } from '../../src/ui/view-query';
import { smallDataset } from './small-dataset';

/** smallDataset has 再就业人数 (reemployed) and 人口 (residents, a base figure: never in the index). */
const league: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'league', metric: 'reemployed', period: '2024-Q2', mode: 'composite' };

describe('resolveViewQuery: the 排行 sub-mode and composite weights', () => {
  it('keeps the sub-mode, the method and the weights of metrics the data has', () => {
    const q = resolveViewQuery(smallDataset(), { ...league, method: 'zscore', weights: [{ metric: 'reemployed', weight: 2 }] });
    expect(q).toMatchObject({ mode: 'composite', method: 'zscore', weights: [{ metric: 'reemployed', weight: 2 }] });
  });

  it('leaves out weights of metrics the data lacks and of base figures', () => {
    const q = resolveViewQuery(smallDataset(), {
      ...league,
      weights: [{ metric: 'volunteers', weight: 1 }, { metric: 'reemployed', weight: 3 }, { metric: 'residents', weight: 1 }, { metric: 'custom:党员', weight: 1 }],
    });
    expect(q.weights).toEqual([{ metric: 'reemployed', weight: 3 }]);
  });

  it('falls back to the default choice when no weighted metric is in the data, but keeps an explicit empty choice', () => {
    expect(resolveViewQuery(smallDataset(), { ...league, weights: [{ metric: 'volunteers', weight: 1 }] }).weights).toBeUndefined();
    expect(resolveViewQuery(smallDataset(), { ...league, weights: [] }).weights).toEqual([]);
    expect(resolveViewQuery(smallDataset(), league).weights).toBeUndefined();
  });
});

describe('resolveViewQuery: 每千人 and 每百户 need their base', () => {
  const compare: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'compare', metric: 'reemployed', period: '2024-Q2' };
  it('keeps 每千人 where the data has 常住人口', () => {
    expect(resolveViewQuery(smallDataset(), { ...compare, per: '1000' }).per).toBe('1000');
  });
  it('falls back to 绝对值 without 常住人口 (每千人) or 户数 (每百户): the view would otherwise say there is no data', () => {
    expect(resolveViewQuery(smallDataset({ withoutResidents: true }), { ...compare, per: '1000' }).per).toBe('none');
    expect(resolveViewQuery(smallDataset(), { ...compare, per: '100hh' }).per).toBe('none');
  });
});
