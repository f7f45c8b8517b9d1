// @vitest-environment jsdom
/** 趋势 marks partial periods with hollow points and keeps gaps for missing values. */
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { TrendView } from '../../src/ui/views/TrendView';
import { renderWithClient, renderWithQuery, viewData } from './render-view';

afterEach(() => {
  cleanup();
});

/** 甲 reports every month of 2024 Q1–Q3; 乙 misses June (Q2 partial) and all of Q1 except January. */
function partialDataset() {
  const b = new DatasetBuilder();
  b.addFile({ name: 't.csv', encoding: 'utf-8', bytes: 1 });
  const re = b.addMetric(canonicalMetric('reemployed')!);
  const a = b.addUnit({ code: '', name: '甲社区', parent: '一街道', district: '' });
  const c = b.addUnit({ code: '', name: '乙社区', parent: '一街道', district: '' });
  for (const m of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) b.add({ unit: a, period: `2024-${m}`, metric: re, value: 10 });
  for (const m of ['01', '04', '05', '07', '08', '09']) b.add({ unit: c, period: `2024-${m}`, metric: re, value: 5 });
  return b.build({ id: 'p', name: 'p', createdAt: '2024-07-01T00:00:00.000Z', isSample: false });
}

describe('TrendView partial periods', () => {
  it('draws a hollow point where a unit covers only part of the period, with the legend note', () => {
    const q = { ...DEFAULT_VIEW_QUERY, view: 'trend' as const, metric: 'reemployed', period: '2024-Q3', units: ['甲社区', '乙社区'] };
    const { container } = renderWithClient(<TrendView {...viewData(partialDataset())} query={q} setQuery={vi.fn()} chartWidth={800} />);
    const chart = container.querySelector('[data-chart-id="trend"]')!;
    // 甲: Q1–Q3 complete (3 filled). 乙: Q1 (1 of 3 months) and Q2 (2 of 3) partial → 2 hollow; Q3 complete.
    expect(chart.querySelectorAll('circle.dot-partial')).toHaveLength(2);
    expect(chart.querySelectorAll('circle.dot')).toHaveLength(4);
    const hollow = chart.querySelector('circle.dot-partial')!;
    expect(hollow.getAttribute('fill')).toBe('#FFFFFF');
    expect(container.textContent).toContain('空心点为不完整期间');
  });

  it('focuses a line on click without changing the selection; the focus is in the URL', () => {
    const q = { ...DEFAULT_VIEW_QUERY, view: 'trend' as const, metric: 'reemployed', period: '2024-Q3', units: ['甲社区', '乙社区'] };
    const ds = partialDataset();
    const view = renderWithQuery(q, (p) => <TrendView {...viewData(ds)} {...p} chartWidth={800} />);
    const { container, getByRole } = view;
    fireEvent.click(container.querySelector('[data-chart-id="trend"] circle.dot')!);
    const opacities = [...container.querySelectorAll('[data-chart-id="trend"] .recharts-line-curve')].map((p) => p.getAttribute('stroke-opacity'));
    expect(opacities).toEqual(['1', '0.3', '1']); // 甲 focused, 乙 faded, the median stays
    expect(view.query()).toEqual({ ...q, focus: '甲社区' });
    fireEvent.click(getByRole('button', { name: /取消突出/ }));
    expect(container.querySelectorAll('[data-chart-id="trend"] .recharts-line-curve[stroke-opacity="0.3"]')).toHaveLength(0);
    expect(view.query().focus).toBeUndefined();
  });

  it('opens with the URL focus; a focus on a unit not drawn brings nothing forward', () => {
    const q = { ...DEFAULT_VIEW_QUERY, view: 'trend' as const, metric: 'reemployed', period: '2024-Q3', units: ['甲社区', '乙社区'] };
    const faded = (c: HTMLElement) => c.querySelectorAll('[data-chart-id="trend"] .recharts-line-curve[stroke-opacity="0.3"]').length;
    const first = renderWithClient(<TrendView {...viewData(partialDataset())} query={{ ...q, focus: '乙社区' }} setQuery={vi.fn()} chartWidth={800} />);
    expect(faded(first.container)).toBe(1);
    cleanup();
    const second = renderWithClient(<TrendView {...viewData(partialDataset())} query={{ ...q, focus: '丙社区' }} setQuery={vi.fn()} chartWidth={800} />);
    expect(faded(second.container)).toBe(0);
    expect(second.queryByRole('button', { name: /取消突出/ })).toBeNull();
  });
});
