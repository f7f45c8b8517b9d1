// @vitest-environment jsdom
/**
 * The 均衡 spread table on the page and on its slide say the same numbers: the page wrote P90/P10
 * as 5.3倍 while the slide wrote 5.34 under P90/P10（倍）, and 最高/最低 alike. Both now take the
 * spec's digits (one for the ratios, two for CV and Gini) through the same formatter.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricImbalance } from '../../src/analysis/imbalance';
import { buildSpreadTableSpec } from '../../src/charts/imbalance-specs';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { cellText } from '../../src/export/table-cell-text';
import { SpreadTable } from '../../src/ui/views/imbalance/SpreadTable';

afterEach(cleanup);

const ctx = { periodLabel: '2024年第四季度', parent: '', per: 'none' as const, source: '示例数据' };

function imb(over: Partial<MetricImbalance>): MetricImbalance {
  return {
    metric: canonicalMetric('reemployed')!, period: '2024-Q4', n: 5, cv: 0.51234, gini: 0.27777, maxMin: 20, p90p10: 6.666,
    theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2, laggards: [], laggardCount: 0,
    outliers: [], median: 30, mean: 33, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true, ...over,
  };
}

const KEYS = ['cv', 'gini', 'maxMin', 'p90p10'] as const;

/** The page's cells of the four figures, and the slide's, with 倍 taken off the page's ratios. */
function both(m: MetricImbalance) {
  render(<SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />);
  const td = [...document.querySelectorAll('tbody td')].map((c) => c.textContent ?? '');
  const page = [td[1], td[2], td[3], td[4]];
  const spec = buildSpreadTableSpec([m], ctx);
  const slide = KEYS.map((k) => {
    const i = spec.columns.findIndex((c) => c.key === k);
    return cellText(spec.rows[0]![i]!, spec.columns[i]!, spec.lang);
  });
  cleanup();
  return { page, slide, headers: KEYS.map((k) => spec.columns.find((c) => c.key === k)!.label) };
}

describe('the spread table’s figures on the page and on the slide', () => {
  it.each<[string, Partial<MetricImbalance>, string[]]>([
    ['P90/P10 5.34 and 最高/最低 12.96', { p90p10: 5.34, maxMin: 12.96 }, ['0.51', '0.28', '13.0倍', '5.3倍']],
    ['whole ratios keep their digit', { p90p10: 5, maxMin: 20, cv: 0.6998, gini: 0.3 }, ['0.70', '0.30', '20.0倍', '5.0倍']],
    ['a ratio at a half', { p90p10: 4.35, maxMin: 1.05, cv: 0.125, gini: 0.675 }, ['0.13', '0.68', '1.1倍', '4.4倍']],
  ])('%s: the same number on both', (_, over, shown) => {
    const { page, slide, headers } = both(imb(over));
    expect(page).toEqual(shown);
    expect(slide).toEqual(page.map((t) => t!.replace(/倍$/, '')));
    // The slide says 倍 in its header, the page after each ratio.
    expect(headers.slice(2)).toEqual(['最高/最低（倍）', 'P90/P10（倍）']);
  });
  it.each<[number, number, string[]]>([
    [0.7149, 0.2851, ['71%', '29%']],
    [0.1, 0.9, ['10%', '90%']],
    [0.004, 0.996, ['0.4%', '100%']],
  ])('街道间 %d, 街道内 %d of the Theil index: a percentage on both (the slide said 0.71, and 0.1 beside 0.11)', (between, within, shown) => {
    const m = imb({ theil: { total: 1, between, within } });
    render(<SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />);
    const page = [...document.querySelectorAll('tbody td')].map((c) => c.textContent ?? '').slice(5, 7);
    const spec = buildSpreadTableSpec([m], ctx);
    const slide = (['between', 'within'] as const).map((k) => {
      const i = spec.columns.findIndex((c) => c.key === k);
      return cellText(spec.rows[0]![i]!, spec.columns[i]!, spec.lang);
    });
    expect(page).toEqual(shown);
    expect(slide).toEqual(shown.map((t) => t.replace(/%$/, '')));
    expect(spec.columns.filter((c) => c.key === 'between' || c.key === 'within').map((c) => c.label)).toEqual(['街道间差异占比（%）', '街道内差异占比（%）']);
  });
  it('a lowest value of 0 reads 最低为0 on both', () => {
    const { page, slide } = both(imb({ p90p10: Infinity, maxMin: Infinity }));
    expect(page.slice(2)).toEqual(['最低为0', '最低为0']);
    expect(slide.slice(2)).toEqual(['最低为0', '最低为0']);
  });
});

describe('落后单位 of a metric with no better or worse', () => {
  it.each([['residents', '常住人口'], ['households', '户数'], ['dibao_households', '低保户数 (context)']])('%s reads — on the page and the slide, not the count below half its median', (id) => {
    // 20 communities under half the median population is no lag: population differs because communities do.
    const m = imb({ metric: canonicalMetric(id)!, laggardCount: 20, ranked: false });
    render(<SpreadTable rows={[m]} selected={id} onSelect={() => {}} />);
    const page = [...document.querySelectorAll('tbody td')].map((c) => c.textContent ?? '')[7];
    const spec = buildSpreadTableSpec([m], ctx);
    const i = spec.columns.findIndex((c) => c.key === 'laggards');
    expect([page, cellText(spec.rows[0]![i]!, spec.columns[i]!, spec.lang)]).toEqual(['—', '—']);
  });
  it('a ranked metric keeps its count on both', () => {
    const m = imb({ laggardCount: 3 });
    render(<SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />);
    const page = [...document.querySelectorAll('tbody td')].map((c) => c.textContent ?? '')[7];
    const spec = buildSpreadTableSpec([m], ctx);
    const i = spec.columns.findIndex((c) => c.key === 'laggards');
    expect([page, cellText(spec.rows[0]![i]!, spec.columns[i]!, spec.lang)]).toEqual(['3', '3']);
  });
});
