// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImbalanceView } from '../../src/ui/views/ImbalanceView';
import { OverviewView } from '../../src/ui/views/OverviewView';
import type { ViewQuery } from '../../src/ui/view-query';
import { buildFixture } from '../analysis/imbalance-fixture';
import { renderWithClient, renderWithQuery, viewData } from './render-view';

const ds = buildFixture();
const query: ViewQuery = { view: 'imbalance', metric: 'reemployed', period: '2024-Q4', compare: '', parent: '', per: 'none', units: [] };

afterEach(cleanup);

describe('ImbalanceView', () => {
  it('shows the narrative, the spread table, the laggard and the accessible heatmap table', () => {
    renderWithClient(<ImbalanceView {...viewData(ds)} query={query} setQuery={() => {}} />);
    expect(screen.getByText(/^一是各社区工作开展还不平衡/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /各指标差距/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /再就业人数明显落后的单位/ }).textContent).toContain('乙3社区');
    expect(screen.getByRole('table', { name: /各指标数值与百分位/ })).toBeTruthy();
  });
  it('copies the narrative to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithClient(<ImbalanceView {...viewData(ds)} query={query} setQuery={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    expect(await screen.findByText(/已复制/)).toBeTruthy();
    expect(writeText.mock.calls[0]![0]).toMatch(/^一是.*二是/);
  });
});

describe('ImbalanceView laggard threshold', () => {
  it('opens at the URL share and writes a new one to the URL (the default 50% stays out)', () => {
    const view = renderWithQuery({ ...query, share: 0.3 }, (p) => <ImbalanceView {...viewData(ds)} {...p} />);
    const slider = screen.getByRole('slider') as HTMLInputElement;
    expect(slider.value).toBe('30');
    fireEvent.change(slider, { target: { value: '45' } });
    expect(view.query().share).toBe(0.45);
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('45');
    fireEvent.change(slider, { target: { value: '50' } });
    expect(view.query().share).toBeUndefined();
  });
});

describe('OverviewView', () => {
  it('shows family totals with 环比 arrows and findings that link to their views', () => {
    const setQuery = vi.fn();
    renderWithClient(<OverviewView {...viewData(ds)} query={{ ...query, view: 'overview' }} setQuery={setQuery} />);
    expect(screen.getByRole('heading', { name: '就业' })).toBeTruthy();
    expect(screen.getByText('296人以上')).toBeTruthy();
    // 296人以上 against an exact total: the rise is more than 6.5%.
    expect(screen.getAllByText(/环比/)[0]!.textContent).toContain('▲＞+6.5%');
    fireEvent.click(screen.getAllByRole('button', { name: '查看均衡分析' })[0]!);
    expect(setQuery).toHaveBeenCalledWith({ view: 'imbalance', metric: 'reemployed', period: '2024-Q4' });
  });
});
