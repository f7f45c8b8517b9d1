// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { CompareView } from '../../src/ui/views/CompareView';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };

describe('CompareView', () => {
  it('shows the chart title, bars in value order, median/mean and the unit without data', () => {
    const { container } = renderWithClient(<CompareView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} chartWidth={800} />);
    expect(screen.getByRole('heading', { name: '各社区再就业人数对比' })).toBeTruthy();
    expect(screen.getByText('2024年第二季度 · 全部街道/镇 · 绝对值（人）')).toBeTruthy();
    const chart = container.querySelector('[data-chart-id="compare"]')!;
    const ticks = [...chart.querySelectorAll('text.chart-category')]
      .map((t) => t.textContent ?? '').filter((t) => /社区/.test(t));
    expect(ticks).toEqual(['甲社区', '丙社区', '乙社区', '丁社区']);
    // Approximate value marked on the bar label.
    expect(chart.textContent).toContain('≈30');
    // Legend with the reference values: median of 90,60,60,30 = 60 (its middle values exact), mean = 60,
    // about so, as one of the values it sums is 约30.
    const legend = screen.getByRole('list', { name: '图例' });
    expect(within(legend).getByText('中位数：60人')).toBeTruthy();
    expect(within(legend).getByText('平均值：约60人')).toBeTruthy();
    expect(screen.getByText('无数据（1个）：')).toBeTruthy();
    expect(screen.getByText('戊社区', { exact: false, selector: '.missing-units p' })).toBeTruthy();
  });

  it('filters by street and shows per 1,000 residents', () => {
    const { container } = renderWithClient(
      <CompareView {...viewData(smallDataset())} query={{ ...query, parent: '一街道', per: '1000' }} setQuery={vi.fn()} chartWidth={800} />,
    );
    expect(screen.getByRole('heading', { name: '一街道各社区再就业人数对比' })).toBeTruthy();
    // 甲 90/1000 residents = 90 per 1,000; 乙 60/2000 = 30 per 1,000.
    const labels = [...container.querySelectorAll('.bar-value-label')].map((t) => t.textContent);
    expect(labels).toEqual(['90', '30']);
  });

  it('says what to do when the period has no data', () => {
    renderWithClient(<CompareView {...viewData(smallDataset())} query={{ ...query, period: '2024-Q3' }} setQuery={vi.fn()} chartWidth={800} />);
    expect(screen.getByText(/没有“再就业人数”的数据/)).toBeTruthy();
  });

  it('renders hostile names as text, never as markup', () => {
    const ds = smallDataset();
    const evil = '<img src=x onerror=alert(1)>';
    const patched = { ...ds, units: ds.units.map((u, i) => (i === 0 ? { ...u, name: evil, aliases: [evil] } : u)) };
    const { container } = renderWithClient(<CompareView {...viewData(patched)} query={query} setQuery={vi.fn()} chartWidth={800} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(evil);
  });
});
