// @vitest-environment jsdom
/**
 * The 均衡 laggard table on the page and on its slide say the same things. Before, the page wrote
 * 为中位数的 as 12% (or 2.9倍 where lower is better) and 持续情况 as 连续4期靠后, while the slide
 * wrote 0.12 (2.87) under 为中位数的（倍） and a bare 4 under 连续靠后期数, its note saying neither
 * the granularity nor the cutoff; the criterion read 1.67倍 in the note beside 1.7倍 on the slider.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaggardRow, MetricImbalance } from '../../src/analysis/imbalance';
import type { PersistentLaggard } from '../../src/analysis/persistent-laggards';
import { buildLaggardTableSpec } from '../../src/charts/imbalance-specs';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { cellText } from '../../src/export/table-cell-text';
import { LaggardList } from '../../src/ui/views/imbalance/LaggardList';

afterEach(cleanup);

const ctx = { periodLabel: '2024年第四季度', parent: '', per: 'none' as const, source: '示例数据', granularity: 'Q' as const };

function imbalance(metric: string, laggards: LaggardRow[]): MetricImbalance {
  return {
    metric: canonicalMetric(metric)!, period: '2024-Q4', n: 20, cv: 0.5, gini: 0.3, maxMin: 20, p90p10: 5,
    theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2, laggardCount: laggards.length, laggards, outliers: [],
    median: 100, mean: 110, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true,
  };
}

const runs: PersistentLaggard[] = [{ unit: 1, name: '乙社区', parent: '甲街道', run: 4, periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] }];

/** The page's and the slide's columns 为中位数的 and 持续靠后: headers and cells. */
function both(m: MetricImbalance, share: number) {
  render(<LaggardList per="none" imbalance={m} persistent={runs} share={share} onShare={() => {}} />);
  const table = screen.getByRole('table');
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
  const slider = screen.getByRole('slider').parentElement!.textContent ?? '';
  const spec = buildLaggardTableSpec(m, runs, share, ctx);
  const col = (key: string) => spec.columns.findIndex((c) => c.key === key);
  const slide = (key: string) => spec.rows.map((r) => cellText(r[col(key)] ?? null, spec.columns[col(key)]!));
  return {
    page: { share: cells.map((c) => c[2]), run: cells.map((c) => c[3]), runHead: heads[4], slider },
    slide: { share: slide('share'), run: slide('lagging'), shareHead: spec.columns[col('share')]!.label, runHead: spec.columns[col('lagging')]?.label },
    notes: spec.notes ?? [],
  };
}

describe('the 均衡 laggard table on the page and on its slide', () => {
  it('higher is better: 为中位数的 is a percentage on both, 持续靠后 in the same words, the rule with its granularity', () => {
    const m = imbalance('reemployed', [
      { unit: 0, name: '甲社区', parent: '甲街道', value: 12, qualifier: 0, shareOfMedian: 0.1249 },
      { unit: 1, name: '乙社区', parent: '甲街道', value: 40, qualifier: 0, shareOfMedian: 0.4 },
    ]);
    const { page, slide, notes } = both(m, 0.5);
    expect(page.share).toEqual(['12%', '40%']);
    expect(slide.share).toEqual(['12', '40']);
    expect(slide.shareHead).toBe('为中位数的（%）');
    expect(page.runHead).toBe('持续靠后');
    expect(slide.runHead).toBe('持续靠后');
    expect(page.run).toEqual(['', '连续4期靠后']);
    expect(slide.run).toEqual(page.run);
    expect(notes).toContain('“持续靠后”：连续3期及以上处于后25%（按季度计，截至2024年第四季度）。');
    expect(page.slider).toContain('50%');
    expect(notes[0]).toContain('低于中位数的50%');
  });
  it('lower is better: 为中位数的 is a multiple to one digit on both (2.87 is 2.9), the criterion the same on slider and note', () => {
    const m = imbalance('unemployed', [
      { unit: 0, name: '甲社区', parent: '甲街道', value: 287, qualifier: 0, shareOfMedian: 2.87 },
      { unit: 1, name: '乙社区', parent: '甲街道', value: 200, qualifier: 0, shareOfMedian: 2 },
    ]);
    const { page, slide, notes } = both(m, 0.6);
    expect(page.share).toEqual(['2.9倍', '2.0倍']);
    expect(slide.share).toEqual(['2.9', '2.0']);
    expect(slide.shareHead).toBe('为中位数的（倍）');
    expect(page.slider).toContain('1.7倍');
    expect(notes[0]).toContain('高于中位数的1.7倍');
  });
});

describe('the 均衡 laggard list per 1,000 residents', () => {
  it('says 人/千人 after its values, as its slide’s header does, not 人 (7.41 residents?)', () => {
    const m = imbalance('reemployed', [{ unit: 0, name: '甲社区', parent: '甲街道', value: 7.414, qualifier: 0, shareOfMedian: 0.2 }]);
    render(<LaggardList per="1000" imbalance={{ ...m, median: 37.1 }} persistent={[]} share={0.5} onShare={() => {}} />);
    const table = screen.getByRole('table');
    expect(table.querySelector('tbody td:nth-of-type(2)')!.textContent).toBe('7.41人/千人');
    expect(table.querySelector('caption')!.textContent).toContain('（中位数37.1人/千人）');
    const spec = buildLaggardTableSpec({ ...m, median: 37.1 }, [], 0.5, { ...ctx, per: '1000' });
    expect(spec.columns.find((c) => c.key === 'value')!.label).toBe('数值（人/千人）');
  });
});
