// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { ProfileView } from '../../src/ui/views/profile/ProfileView';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

const SLOW = { timeout: 15_000 };
const query = { ...DEFAULT_VIEW_QUERY, view: 'profile' as const, metric: 'reemployed', period: '2024-Q2', unit: '丁社区' };

describe('ProfileView', () => {
  it('shows every metric with value, per 1,000, ranks, percentile and 环比/同比', () => {
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '丁社区单位画像' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '丁社区各项指标一览' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['指标', '数值', '每千人', '全区排名', '街道内排名', '百分位', '环比变化', '环比标注', '环比名次', '同比变化', '同比名次', '持续靠后']);
    const row = within(table).getByRole('rowheader', { name: '再就业人数' }).closest('tr')!;
    const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    // Hand-computed in tests/analysis/unit-profile.test.ts: ≈30, 20 per 1,000, 4th, 2/2 in 二街道, percentile 0, about +6 (约30 − 24), ↓1, no 2023.
    expect(cells).toEqual(['再就业人数', '约30人', '20', '4', '2/2', '0', '6', '≈', '↓1', '—', '—', '']);
  });

  it('says where the unit lags, whom to learn from (a link to that profile), with both numbers', () => {
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    const learn = screen.getByRole('region', { name: '取长补短' });
    expect(learn.textContent).toContain('再就业人数：可向丙社区学习（丙社区60人，全区第2位；本社区约30人；同街道、规模相近）');
    expect(within(learn).getByRole('link', { name: '丙社区' }).getAttribute('href')).toContain('unit=%E4%B8%99%E7%A4%BE%E5%8C%BA');
    expect(learn.textContent).toContain('没有指标处于全区前25%');
  });

  it('writes the narrative in the seeds’ style with a copy button', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    const panel = screen.getByRole('region', { name: '画像摘要' });
    expect(panel.textContent).toMatch(/^画像摘要2024年第二季度，一是丁社区再就业人数相对落后/);
    fireEvent.click(within(panel).getByRole('button', { name: '复制摘要' }));
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toContain('已复制到剪贴板'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('二是再就业人数排名下降最多，下降1位至第4位'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('三是建议在再就业人数方面向丙社区学习'));
  });

  it('draws the percentile chart and offers the batch export of every community', () => {
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '丁社区各项指标所处位置' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '批量导出全部社区画像（PPT）' })).toBeTruthy();
    expect(screen.getByText('5个社区，每个社区一页')).toBeTruthy();
  });

  it('asks for a community when none (or an unknown one) is named', () => {
    const setQuery = vi.fn();
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={{ ...query, unit: '不存在社区' }} setQuery={setQuery} />);
    expect(screen.getByText('数据中没有“不存在社区”，请在下面重新选择。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('选择社区'), { target: { value: '甲社区' } });
    expect(setQuery).toHaveBeenCalledWith({ unit: '甲社区' });
  });
});

describe('ProfileView against a partial comparison value', () => {
  // 金龙里社区 sent only January and February of the first quarter (tests/analysis/prev-partial-fixture.ts).
  const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
  const at = (unit: string, period = '2024-Q2') => ({ ...query, unit, period });
  const metricRow = () => {
    const table = screen.getByRole('table', { name: /各项指标一览/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    const cells = [...within(table).getByRole('rowheader', { name: '再就业人数' }).closest('tr')!.querySelectorAll('th, td')].map((c) => c.textContent);
    return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  };
  it('marks the 环比 of 金龙里社区 and says what the mark means', () => {
    renderWithClient(<ProfileView {...viewData(ds)} query={at('金龙里社区')} setQuery={vi.fn()} />);
    expect([metricRow()['环比变化'], metricRow()['环比标注']]).toEqual(['9', '比较期不完整']);
    expect(screen.getByText('“比较期不完整”表示2024年第一季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。')).toBeTruthy();
  });
  it('marks nothing for 中山路社区, nor in months', () => {
    renderWithClient(<ProfileView {...viewData(ds)} query={at('中山路社区')} setQuery={vi.fn()} />);
    expect(metricRow()['环比变化']).toBe('3');
    expect(screen.queryByText(/比较期不完整/)).toBeNull();
    cleanup();
    renderWithClient(<ProfileView {...viewData(ds)} query={at('金龙里社区', '2024-05')} setQuery={vi.fn()} />);
    expect(metricRow()['环比变化']).toBe('0');
    expect(screen.queryByText(/比较期不完整/)).toBeNull();
  });
});

describe('reaching a profile from a community name', () => {
  it('opens the profile from the 排行 table, and Back returns to the table', async () => {
    window.history.replaceState(null, '', '/?view=league&period=2024-Q2');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: false }), report: null }));
    render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
    const table = await screen.findByRole('table', { name: /各社区再就业人数排行/ }, SLOW);
    fireEvent.click(within(table).getByRole('link', { name: '查看丙社区的单位画像' }));
    expect(await screen.findByRole('heading', { name: '丙社区单位画像' }, SLOW)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('unit')).toBe('丙社区');
    expect(new URLSearchParams(window.location.search).get('period')).toBe('2024-Q2');
    // The profile shows every metric: no 指标 select in the toolbar.
    expect(screen.queryByLabelText('指标')).toBeNull();
    window.history.back();
    expect(await screen.findByRole('table', { name: /各社区再就业人数排行/ }, SLOW)).toBeTruthy();
  });
});
