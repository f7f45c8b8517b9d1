// @vitest-environment jsdom
/** 散点: two metrics, axis titles with units, median lines, units missing a value listed. */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_QUERY, parseViewQuery, serializeViewQuery } from '../../src/ui/url-state';
import { ScatterView } from '../../src/ui/views/ScatterView';
import { defaultXMetric } from '../../src/ui/views/scatter/scatter-data';
import { scatterViewModel } from '../../src/ui/views/scatter/scatter-view-model';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { importFiles } from '../../src/data/pipeline/import-files';
import { metricOptions } from '../../src/ui/metric-options';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(() => {
  cleanup();
});

const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };

describe('ScatterView', () => {
  it('plots Y = 指标 against X = metric2 with titled axes, medians, and lists units missing a value', () => {
    const { container } = renderWithClient(<ScatterView {...viewData(smallDataset())} query={{ ...query, metric2: 'residents' }} setQuery={vi.fn()} chartWidth={800} />);
    expect(screen.getByRole('heading', { name: '再就业人数与常住人口' })).toBeTruthy();
    const svg = container.querySelector('[data-chart-id="scatter"] svg')!;
    const titles = [...svg.querySelectorAll('text.axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['常住人口（人）', '再就业人数（人）']);
    // 4 units have both values (戊 has no Q2 value): 4 points, 2 median lines.
    expect(svg.querySelectorAll('circle.scatter-point')).toHaveLength(4);
    expect(svg.querySelectorAll('.quadrant-line')).toHaveLength(2);
    // X median of residents 1000, 2000, 3000, 1500 = 1750; Y median of 90, 60, 60, 30 = 60.
    expect(container.textContent).toContain('虚线为中位数：常住人口 1,750人，再就业人数 60人');
    expect(screen.getByText('缺少“再就业人数”（1个）：')).toBeTruthy();
  });

  it('per 1,000 residents scales the count but not the residents axis', () => {
    const { container } = renderWithClient(<ScatterView {...viewData(smallDataset())} query={{ ...query, metric2: 'residents', per: '1000' }} setQuery={vi.fn()} chartWidth={800} />);
    const titles = [...container.querySelectorAll('text.axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['常住人口（人）', '再就业人数（人/千人）']);
  });

  it('changes the X metric and swaps the axes through the query', () => {
    const setQuery = vi.fn();
    renderWithClient(<ScatterView {...viewData(smallDataset())} query={query} setQuery={setQuery} chartWidth={800} />);
    expect((screen.getByLabelText('横轴指标') as HTMLSelectElement).value).toBe('residents');
    fireEvent.click(screen.getByRole('button', { name: '交换横纵轴' }));
    expect(setQuery).toHaveBeenLastCalledWith({ metric: 'residents', metric2: 'reemployed' });
  });

  it('picks a natural partner for X', () => {
    const ds = smallDataset();
    expect(defaultXMetric(metricOptions(ds), 'reemployed')).toBe('residents');
    const opts = [{ id: 'reemployed', family: 'employment' }, { id: 'unemployed', family: 'employment' }, { id: 'residents', family: 'base' }] as never;
    expect(defaultXMetric(opts, 'reemployed')).toBe('unemployed');
  });
});

describe('the X metric the scatter opens with', () => {
  it('has values in the period: 再就业人数 only in the year\'s file does not draw an empty scatter of 2024年第四季度', () => {
    const rows = ['社区,期间,注册志愿者,慰问困难群众,再就业人数',
      ...['甲社区', '乙社区', '丙社区'].flatMap((u, k) => [1, 2, 3, 4].map((q) => `${u},2024年第${q}季度,${q * 10 + k},${q + k},`)),
      '甲社区,2024年,,,12', '乙社区,2024年,,,8', '丙社区,2024年,,,5'];
    const model = createAnalysis(importFiles([{ name: 't.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) }]).dataset!);
    const q = { metric: 'people_visited', period: '2024-Q4', parent: '', per: 'none' as const };
    expect(scatterViewModel(model, q, 'zh')!.x.id).toBe('volunteers');
    expect(scatterViewModel(model, q, 'zh')!.data.points).toHaveLength(3);
    // In 2024 (the year) 再就业人数 has values: it is the first candidate again.
    expect(scatterViewModel(model, { ...q, period: '2024' }, 'zh')!.x.id).toBe('reemployed');
  });
});

describe('metric2 in the URL', () => {
  it('round-trips and is left out when absent', () => {
    const q = parseViewQuery('?view=compare&metric=reemployed&metric2=unemployed');
    expect(q.metric2).toBe('unemployed');
    expect(serializeViewQuery(q)).toBe('?view=compare&metric=reemployed&metric2=unemployed');
    expect('metric2' in parseViewQuery('?view=compare')).toBe(false);
    expect(parseViewQuery('?metric2=%3Cscript%3E').metric2).toBeUndefined();
  });
});
