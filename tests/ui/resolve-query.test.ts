import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { importFiles } from '../../src/data/pipeline/import-files';
import { resolveViewQuery } from '../../src/ui/resolve-query';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import type { ViewQuery } from '../../src/ui/view-query';
import { smallDataset } from './small-dataset';

/** smallDataset has 再就业人数 (reemployed) and 人口 (residents, a base figure: never in the index). */
const league: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'league', metric: 'reemployed', period: '2024-Q2', mode: 'composite' };

describe('resolveViewQuery: the 排行 sub-mode and composite weights', () => {
  it('keeps the sub-mode, the method and the weights of metrics the data has', () => {
    const q = resolveViewQuery(createAnalysis(smallDataset()), { ...league, method: 'zscore', weights: [{ metric: 'reemployed', weight: 2 }] });
    expect(q).toMatchObject({ mode: 'composite', method: 'zscore', weights: [{ metric: 'reemployed', weight: 2 }] });
  });

  it('leaves out weights of metrics the data lacks and of base figures', () => {
    const q = resolveViewQuery(createAnalysis(smallDataset()), {
      ...league,
      weights: [{ metric: 'volunteers', weight: 1 }, { metric: 'reemployed', weight: 3 }, { metric: 'residents', weight: 1 }, { metric: 'custom:党员', weight: 1 }],
    });
    expect(q.weights).toEqual([{ metric: 'reemployed', weight: 3 }]);
  });

  it('falls back to the default choice when no weighted metric is in the data, but keeps an explicit empty choice', () => {
    expect(resolveViewQuery(createAnalysis(smallDataset()), { ...league, weights: [{ metric: 'volunteers', weight: 1 }] }).weights).toBeUndefined();
    expect(resolveViewQuery(createAnalysis(smallDataset()), { ...league, weights: [] }).weights).toEqual([]);
    expect(resolveViewQuery(createAnalysis(smallDataset()), league).weights).toBeUndefined();
  });
});

describe('resolveViewQuery: 每千人 and 每百户 need their base', () => {
  const compare: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'compare', metric: 'reemployed', period: '2024-Q2' };
  it('keeps 每千人 where the data has 常住人口', () => {
    expect(resolveViewQuery(createAnalysis(smallDataset()), { ...compare, per: '1000' }).per).toBe('1000');
  });
  it('falls back to 绝对值 without 常住人口 (每千人) or 户数 (每百户): the view would otherwise say there is no data', () => {
    expect(resolveViewQuery(createAnalysis(smallDataset({ withoutResidents: true })), { ...compare, per: '1000' }).per).toBe('none');
    expect(resolveViewQuery(createAnalysis(smallDataset()), { ...compare, per: '100hh' }).per).toBe('none');
  });
});

describe('resolveViewQuery: the opening metric and period have values together', () => {
  // Quarterly workbooks with 注册志愿者, and the year's file with 再就业人数 only for 2024: the app
  // opened on 再就业人数 in 2024年第四季度, an empty league table and an empty trend.
  const rows = ['社区,期间,注册志愿者,再就业人数', ...['甲社区', '乙社区'].flatMap((u) => [1, 2, 3, 4].map((q) => `${u},2024年第${q}季度,${q * 10},`)), '甲社区,2024年,,12', '乙社区,2024年,,8'];
  const model = createAnalysis(importFiles([{ name: 't.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) }]).dataset!);
  const open: ViewQuery = { ...DEFAULT_VIEW_QUERY, view: 'league' };

  it('opens on a metric the opening quarter has, not on 再就业人数 the quarter lacks', () => {
    expect(resolveViewQuery(model, open)).toMatchObject({ metric: 'volunteers', period: '2024-Q4' });
  });
  it('a metric chosen without a period opens on its latest period with values', () => {
    expect(resolveViewQuery(model, { ...open, metric: 'reemployed' })).toMatchObject({ metric: 'reemployed', period: '2024' });
  });
  it('choosing another period keeps the metric shown', () => {
    expect(resolveViewQuery(model, { ...open, period: '2024' })).toMatchObject({ metric: 'volunteers', period: '2024' });
  });
  it('再就业人数 stays the opening metric where the opening period has it', () => {
    expect(resolveViewQuery(createAnalysis(smallDataset()), open)).toMatchObject({ metric: 'reemployed', period: '2024-Q2' });
  });
});
