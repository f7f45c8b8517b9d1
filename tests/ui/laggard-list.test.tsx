// @vitest-environment jsdom
/**
 * At city scale a metric can have a thousand laggards and hundreds of 连续N期靠后 units: the page
 * lists the furthest behind and says how many there are (the exported table has them all).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaggardRow, MetricImbalance } from '../../src/analysis/imbalance';
import type { PersistentLaggard } from '../../src/analysis/persistent-laggards';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { laggingNote, laggingRule } from '../../src/charts/league-table-spec';
import { LAGGARDS_SHOWN, LaggardList, NAMES_SHOWN } from '../../src/ui/views/imbalance/LaggardList';

afterEach(cleanup);

const laggard = (u: number): LaggardRow => ({ unit: u, name: `落后${u}社区`, parent: '甲街道', value: u, qualifier: 0, shareOfMedian: u / 200 });

function imbalance(count: number): MetricImbalance {
  const laggards = Array.from({ length: count }, (_, u) => laggard(u));
  return {
    metric: canonicalMetric('reemployed')!, period: '2024-Q4', n: 5617, cv: 0.5, gini: 0.3, maxMin: 20, p90p10: 5,
    theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 250, laggardCount: count, laggards, outliers: [],
    median: 200, mean: 210, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true,
  };
}

const runs = (count: number): PersistentLaggard[] =>
  Array.from({ length: count }, (_, u) => ({ unit: u, name: `落后${u}社区`, parent: '甲街道', run: 4, periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] }));

describe('LaggardList', () => {
  it('lists the first laggards of a city and says how many there are', () => {
    render(<LaggardList per="none" imbalance={imbalance(1200)} persistent={runs(45)} share={0.5} onShare={() => {}} />);
    const body = screen.getByRole('table').querySelector('tbody')!;
    expect(within(body).getAllByRole('row')).toHaveLength(LAGGARDS_SHOWN);
    expect(screen.getByText(`仅列出落后最多的${LAGGARDS_SHOWN}个，共1200个；完整名单请用本节的“导出”下载表格。`)).toBeTruthy();
    const sentence = screen.getByText(/连续3期及以上处于后25%/).textContent!;
    expect(sentence.split('、')).toHaveLength(NAMES_SHOWN);
    expect(sentence.endsWith('落后19社区（4期）等，共45个')).toBe(true);
  });

  it('lists every laggard and name when there are few', () => {
    render(<LaggardList per="none" imbalance={imbalance(3)} persistent={runs(2)} share={0.5} onShare={() => {}} />);
    expect(within(screen.getByRole('table').querySelector('tbody')!).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByText(/仅列出/)).toBeNull();
    expect(screen.getByText(/连续3期及以上处于后25%/).textContent).toBe('“持续靠后”：连续3期及以上处于后25%（按季度计，截至2024年第四季度），共2个单位。名单：落后0社区（4期）、落后1社区（4期）');
  });

  it('says what 持续靠后 means in the 排行 page’s and the slide’s words, with the granularity and cutoff, none or not', () => {
    // The page said 连续3期及以上处于后四分之一 (no granularity, no cutoff) and nothing when no unit had a run.
    const { rerender } = render(<LaggardList per="none" imbalance={imbalance(3)} persistent={runs(2)} share={0.5} onShare={() => {}} />);
    const rule = laggingRule('Q', '2024年第四季度');
    expect(screen.getByText(/持续靠后”：/).textContent!.startsWith(rule)).toBe(true);
    rerender(<LaggardList per="none" imbalance={imbalance(3)} persistent={[]} share={0.5} onShare={() => {}} />);
    expect(screen.getByText(/持续靠后”：/).textContent).toBe(laggingNote({ runs: [], granularity: 'Q' }, '2024年第四季度'));
  });
});
