// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

/** Views are lazy chunks: the first import of one (recharts, the import pipeline) can take seconds under vitest. */
const SLOW = { timeout: 15_000 };
beforeEach(() => window.history.replaceState(null, '', '/'));

function renderApp(search: string, isSample = true) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample }), report: null }));
  return render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}

describe('App shell', () => {
  it('opens on 对比 with 再就业人数 and the latest full quarter, and shows the sample banner', async () => {
    renderApp('');
    expect(await screen.findByRole('heading', { name: '各社区再就业人数对比' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: '对比' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('当前显示示例数据（合成数据，非真实统计）')).toBeTruthy();
    expect((screen.getByLabelText('指标') as HTMLSelectElement).value).toBe('reemployed');
    expect((screen.getByLabelText('期间') as HTMLSelectElement).value).toBe('2024-Q2');
  });

  it('opens the view a URL names, and falls back quietly on invalid values', async () => {
    renderApp('?view=league&metric=nonsense&period=2031-Q1&parent=不存在&per=1000', false);
    expect(await screen.findByRole('table', { name: /各社区再就业人数排行（2024年第二季度）/ }, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: '排行' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByText('当前显示示例数据（合成数据，非真实统计）')).toBeNull();
    expect(screen.getByRole('button', { name: '每千人' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the URL in step with tabs and toolbar', async () => {
    renderApp('');
    fireEvent.click(screen.getByRole('link', { name: '排行' }));
    await waitFor(() => expect(window.location.search).toBe('?view=league'));
    fireEvent.change(screen.getByLabelText('街道/镇'), { target: { value: '一街道' } });
    expect(new URLSearchParams(window.location.search).get('parent')).toBe('一街道');
    expect(await screen.findByRole('table', { name: /一街道各社区再就业人数排行/ }, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导入自己的数据' }));
    expect(new URLSearchParams(window.location.search).get('view')).toBe('data');
    expect(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW)).toBeTruthy();
  });
});
