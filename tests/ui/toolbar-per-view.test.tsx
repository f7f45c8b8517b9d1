// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { smallDataset } from './small-dataset';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));
const SLOW = { timeout: 15_000 };

function renderApp(search: string, opts: { withoutResidents?: boolean } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: false, ...opts }), report: null }));
  return render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}

describe('the toolbar shows only controls that act on the view', () => {
  it('总览 (district totals per family) has the period only: no 指标, 街道/镇 or 每千人 that would do nothing', async () => {
    renderApp('?view=overview&period=2024-Q2');
    expect(await screen.findByRole('heading', { name: '就业' }, SLOW)).toBeTruthy();
    expect(screen.getByLabelText('期间')).toBeTruthy();
    expect(screen.queryByLabelText('指标')).toBeNull();
    expect(screen.queryByLabelText('街道/镇')).toBeNull();
    expect(screen.queryByRole('button', { name: '每千人' })).toBeNull();
  });

  it('排行 keeps all four', async () => {
    renderApp('?view=league&period=2024-Q2');
    expect(await screen.findByRole('table', { name: /排行/ }, SLOW)).toBeTruthy();
    for (const label of ['指标', '期间', '街道/镇']) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByRole('button', { name: '每千人' })).toBeTruthy();
  });

  it('offers no 每千人 when the data has no 常住人口 (as no 每百户 without 户数): it would only empty the view', async () => {
    renderApp('?view=league&period=2024-Q2&per=1000', { withoutResidents: true });
    expect(await screen.findByRole('table', { name: /排行/ }, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '每千人' })).toBeNull();
    expect(screen.queryByRole('button', { name: '每百户' })).toBeNull();
    expect(screen.getByRole('button', { name: '绝对值' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('has a skip link, first in the page, that reaches the filters', async () => {
    renderApp('?view=league&period=2024-Q2');
    const link = await screen.findByRole('link', { name: '跳到筛选栏' }, SLOW);
    expect(document.body.querySelector('a')).toBe(link);
    const target = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(target.getAttribute('aria-label')).toBe('筛选条件');
    expect(target.tabIndex).toBe(-1);
  });
});
