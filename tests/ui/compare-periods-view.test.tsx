// @vitest-environment jsdom
/** 对比 with a second period (grouped bars, ↑/↓ changes in the chosen colours) and 分街道显示. */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_COLOURS, resetColourConventionForTests, setColourConvention } from '../../src/ui/highlight/colour-convention';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { CompareView } from '../../src/ui/views/CompareView';
import { renderWithClient, renderWithQuery, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(() => {
  cleanup();
  localStorage.clear();
  resetColourConventionForTests();
});

// small-dataset: Q2 甲90 乙60 丙60 丁≈30 戊—; Q1 乙60 甲30 丁24 丙15 戊3.
const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2', compare: '2024-Q1' };

describe('CompareView with two periods', () => {
  it('draws grouped bars sorted by the main period with the change after the value', () => {
    const { container } = renderWithClient(<CompareView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} chartWidth={800} />);
    expect(screen.getByText('2024年第二季度 对比 2024年第一季度 · 全部街道/镇 · 绝对值（人）')).toBeTruthy();
    const legend = screen.getByRole('list', { name: '图例' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent).slice(0, 2)).toEqual(['2024年第二季度', '2024年第一季度']);
    const chart = container.querySelector('[data-chart-id="compare"]')!;
    const ticks = [...chart.querySelectorAll('text[data-unit]')].map((t) => t.textContent);
    expect(ticks).toEqual(['甲社区', '丙社区', '乙社区', '丁社区']);
    // Two bar series; the change labels: 甲 +60, 丙 +45, 乙 ±0, 丁 ≈30−24 = about +6.
    expect(chart.querySelectorAll('.bar-chart-series')).toHaveLength(2);
    const deltas = [...chart.querySelectorAll('.bar-value-label tspan')].map((t) => t.textContent);
    expect(deltas).toEqual(['↑60', '↑45', '±0', '↑≈6']);
  });

  it('colours the changes by the 涨跌颜色 setting (arrows stay)', () => {
    const { container } = renderWithClient(<CompareView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} chartWidth={800} />);
    const fill = () => container.querySelector('.bar-value-label tspan')!.getAttribute('fill');
    expect(fill()).toBe(CHANGE_COLOURS.neutral.up);
    act(() => setColourConvention('red-up'));
    expect(fill()).toBe(CHANGE_COLOURS['red-up'].up);
    // The select itself lives in the app header (App.tsx); here the shared setting is changed directly.
    act(() => setColourConvention('green-up'));
    expect(fill()).toBe(CHANGE_COLOURS['green-up'].up);
    expect(localStorage.getItem('shequ.colourConvention')).toBe('green-up');
  });

  it('offers 上期 and disables 去年同期 when the data has no such period', () => {
    const setQuery = vi.fn();
    renderWithClient(<CompareView {...viewData(smallDataset())} query={{ ...query, compare: '' }} setQuery={setQuery} chartWidth={800} />);
    expect((screen.getByRole('button', { name: '去年同期' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '上期' }));
    expect(setQuery).toHaveBeenLastCalledWith({ compare: '2024-Q1' });
    fireEvent.change(screen.getByLabelText('对比期间'), { target: { value: '' } });
    expect(setQuery).toHaveBeenLastCalledWith({ compare: '' });
  });
});

describe('CompareView 分街道显示', () => {
  it('draws one small chart per street on one scale, best street first; the choice is in the URL', () => {
    const ds = smallDataset();
    const view = renderWithQuery({ ...query, compare: '', by: 'street' }, (p) => <CompareView {...viewData(ds)} {...p} chartWidth={800} />);
    const { container } = view;
    // 一街道: 甲90 乙60 → median 75; 二街道: 丙60 丁30 → 45 (戊 has no value).
    const panels = [...container.querySelectorAll('.small-multiple')];
    expect(panels.map((p) => p.querySelector('h3')!.firstChild!.textContent)).toEqual(['一街道', '二街道']);
    expect(panels[0]!.textContent).toContain('2个 · 中位数75');
    // Same value axis in every panel.
    const axis = (p: Element) => [...p.querySelectorAll('.chart-value-tick')].map((t) => t.textContent).join(',');
    expect(axis(panels[0]!)).not.toBe('');
    expect(axis(panels[0]!)).toBe(axis(panels[1]!));
    expect(screen.getByRole('heading', { name: '再就业人数分街道对比' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '全部单位' }));
    expect(container.querySelectorAll('.small-multiple')).toHaveLength(0);
    expect(view.query().by).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: '分街道显示' }));
    expect(view.query().by).toBe('street');
    expect(container.querySelectorAll('.small-multiple')).toHaveLength(2);
  });
});
