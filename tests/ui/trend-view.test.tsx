// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { TrendView } from '../../src/ui/views/TrendView';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';
import { importFiles } from '../../src/data/pipeline/import-files';

afterEach(cleanup);

/** Two communities' 再就业人数 for the twelve months of 2024: four quarters, two half-years, one year. */
function yearOfMonths() {
  const rows = ['甲社区', '乙社区'].flatMap((u, k) => Array.from({ length: 12 }, (_, m) => `${u},2024-${String(m + 1).padStart(2, '0')},${m + k + 1}`));
  return importFiles([{ name: '2024年.csv', bytes: new TextEncoder().encode(`社区,期间,再就业人数\n${rows.join('\n')}\n`) }]).dataset!;
}

const query = { ...DEFAULT_VIEW_QUERY, view: 'trend' as const, metric: 'reemployed', period: '2024-Q2', units: ['甲社区'] };

describe('TrendView', () => {
  it('draws the chosen unit against the median by month when the URL\'s quarter would draw two points', () => {
    // Six months opened on 2024-Q2 (the default period) drew two quarterly points: one change, no trend.
    const { container } = renderWithClient(<TrendView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} chartWidth={800} />);
    expect(screen.getByRole('heading', { name: '再就业人数变化趋势' })).toBeTruthy();
    const legend = screen.getByRole('list', { name: '图例' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['甲社区', '全部社区中位数']);
    const ticks = [...container.querySelectorAll('[data-chart-id="trend"] text.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['2024年1月', '2024年3月', '2024年6月']));
    expect(ticks).not.toContain('2024年第二季度');
    expect(container.querySelectorAll('[data-chart-id="trend"] .recharts-line')).toHaveLength(2);
    const select = screen.getByLabelText('时间粒度') as HTMLSelectElement;
    expect(select.value).toBe('M');
    expect([...select.options].map((o) => o.value)).toEqual(['M']);
  });

  it('draws the URL\'s granularity when it gives three points or more (a year of months by quarter)', () => {
    const ds = yearOfMonths();
    const { container } = renderWithClient(<TrendView {...viewData(ds)} query={{ ...query, period: '2024-Q4' }} setQuery={vi.fn()} chartWidth={800} />);
    const select = screen.getByLabelText('时间粒度') as HTMLSelectElement;
    expect(select.value).toBe('Q');
    expect([...select.options].map((o) => o.value)).toEqual(['M', 'Q']);
    const ticks = [...container.querySelectorAll('[data-chart-id="trend"] text.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['2024年第一季度', '2024年第四季度']));
  });

  it('defaults to the three leading units when none are chosen', () => {
    renderWithClient(<TrendView {...viewData(smallDataset())} query={{ ...query, units: [] }} setQuery={vi.fn()} chartWidth={800} />);
    const chips = screen.getByRole('list', { name: '已选单位' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['甲社区', '丙社区', '乙社区']);
  });

  it('adds a unit found by search and writes the names to the query', () => {
    const setQuery = vi.fn();
    renderWithClient(<TrendView {...viewData(smallDataset())} query={query} setQuery={setQuery} chartWidth={800} />);
    fireEvent.change(screen.getByLabelText('添加社区'), { target: { value: '丁' } });
    fireEvent.click(screen.getByRole('button', { name: /丁社区/ }));
    expect(setQuery).toHaveBeenCalledWith({ units: ['甲社区', '丁社区'] });
  });

  it('moves to the latest month when the granularity changes to 月', () => {
    const setQuery = vi.fn();
    renderWithClient(<TrendView {...viewData(yearOfMonths())} query={{ ...query, period: '2024-Q4' }} setQuery={setQuery} chartWidth={800} />);
    fireEvent.change(screen.getByLabelText('时间粒度'), { target: { value: 'M' } });
    expect(setQuery).toHaveBeenCalledWith({ period: '2024-12' });
  });

  it('a metric only in the year\'s file is drawn as that year, its units named; the quarterly one by quarter', () => {
    // 再就业人数 only in 2024's file beside quarterly 注册志愿者 drew an empty chart of quarters with no unit.
    const rows = ['社区,期间,注册志愿者,再就业人数', ...['甲社区', '乙社区'].flatMap((u) => [1, 2, 3, 4].map((q) => `${u},2024年第${q}季度,${q * 10},`)), '甲社区,2024年,,12', '乙社区,2024年,,8'];
    const ds = importFiles([{ name: 't.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) }]).dataset!;
    const { container } = renderWithClient(<TrendView {...viewData(ds)} query={{ ...query, period: '2024-Q4', units: [] }} setQuery={vi.fn()} chartWidth={800} />);
    const select = screen.getByLabelText('时间粒度') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['Y']);
    const chips = screen.getByRole('list', { name: '已选单位' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['甲社区', '乙社区']);
    const ticks = [...container.querySelectorAll('[data-chart-id="trend"] text.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toContain('2024年');
    cleanup();
    renderWithClient(<TrendView {...viewData(ds)} query={{ ...query, metric: 'volunteers', period: '2024-Q4', units: [] }} setQuery={vi.fn()} chartWidth={800} />);
    expect([...(screen.getByLabelText('时间粒度') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['Q']);
  });

  it('one quarter of months (a dataset of 1-3月) is drawn by month, not as one quarter\'s single point; 季 is not offered', () => {
    const csv = '社区,期间,再就业人数\n甲社区,2024-01,3\n甲社区,2024-02,5\n甲社区,2024-03,4\n乙社区,2024-01,2\n乙社区,2024-02,6\n乙社区,2024-03,1\n';
    const ds = importFiles([{ name: '一季度.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
    const { container } = renderWithClient(<TrendView {...viewData(ds)} query={{ ...query, period: '2024-Q1', units: [] }} setQuery={vi.fn()} chartWidth={800} />);
    const select = screen.getByLabelText('时间粒度') as HTMLSelectElement;
    expect(select.value).toBe('M');
    expect([...select.options].map((o) => o.value)).toEqual(['M']);
    const ticks = [...container.querySelectorAll('[data-chart-id="trend"] text.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['2024年1月', '2024年2月', '2024年3月']));
  });
});
