// @vitest-environment jsdom
/**
 * A value reads with the same digits on the page and on its slide: the 排行 pages write a rate of
 * 21.54% as 21.5 (formatNumber's digits), but the slide wrote 21.54; the 均衡 laggard table wrote
 * 7.4人 (compact) beside the slide's 7.41, and 1.2万人 beside 12,345. A value is rounded once, from
 * the exact value, to the digits both write (21.54996 read 21.6 on the 街道/镇 slide, 21.5 on the page).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricImbalance } from '../../src/analysis/imbalance';
import { buildLaggardTableSpec } from '../../src/charts/imbalance-specs';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { valueText, type LeagueRowLike } from '../../src/charts/league-text';
import { buildStreetLeagueTableSpec, type StreetRowLike } from '../../src/charts/street-league-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { cellText } from '../../src/export/table-cell-text';
import { LaggardList } from '../../src/ui/views/imbalance/LaggardList';

afterEach(cleanup);

// 21.54996 was rounded twice on the 街道/镇 slide (to 21.55, then 21.6) beside the page's 21.5.
const VALUES = [21.54, 123.45, 7.414, 12345.6, 3, 21.54996];
const PAGE = ['21.5', '123', '7.41', '12,346', '3', '21.5'];

const rate = canonicalMetric('reemployment_rate')!;
const row = (value: number, i: number): LeagueRowLike => ({
  name: `社区${i}`, parent: '一街道', value, qualifier: 'exact', partial: false, rank: i + 1, change: NaN, changeQualifier: 'exact', rankChange: null, isNew: false, quartile: 1,
});

function slideColumn(spec: ReturnType<typeof buildLeagueTableSpec>, key: string): string[] {
  const k = spec.columns.findIndex((c) => c.key === key);
  // As the slide asks it: with the row, for its exact value and marks.
  return spec.rows.map((r, i) => cellText(r[k] ?? null, spec.columns[k]!, spec.lang, i));
}

describe('values on the page and on the slide', () => {
  it('社区排行: the page’s valueText and the slide cell are the same', () => {
    const rows = VALUES.map(row);
    expect(rows.map((r) => valueText(r.value, r.qualifier))).toEqual(PAGE);
    const spec = buildLeagueTableSpec(rows, { metric: rate, periodLabel: '2024年3月', previousLabel: '', parent: '', per: 'none', source: 's' });
    expect(slideColumn(spec, 'value')).toEqual(PAGE);
  });
  it('街道/镇排行: the same', () => {
    const rows: StreetRowLike[] = VALUES.map((value, i) => ({ parent: `街道${i}`, value, rank: i + 1, units: 3, reporting: 3, rankChange: null }));
    expect(rows.map((r) => valueText(r.value, r.qualifier ?? 0))).toEqual(PAGE);
    const spec = buildStreetLeagueTableSpec(rows, { metric: rate, periodLabel: '2024年3月', previousLabel: '', per: 'none', source: 's' });
    expect(slideColumn(spec, 'value')).toEqual(PAGE);
  });
  it('均衡 laggards: the page’s cell (with 人) and the slide cell (人 in the header) are the same number', () => {
    const m: MetricImbalance = {
      metric: canonicalMetric('reemployed')!, period: '2024-Q4', n: 20, cv: 0.5, gini: 0.3, maxMin: 20, p90p10: 5,
      theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2, outliers: [], laggardCount: 2,
      laggards: [{ unit: 0, name: '甲社区', parent: '一街道', value: 7.414, qualifier: 0, shareOfMedian: 0.2 }, { unit: 1, name: '乙社区', parent: '一街道', value: 12345.6, qualifier: 0, shareOfMedian: 0.3 },
        { unit: 2, name: '丙社区', parent: '一街道', value: 21.54996, qualifier: 0, shareOfMedian: 0.4 }],
      median: 50000, mean: 50000, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true,
    };
    render(<LaggardList per="none" imbalance={m} persistent={[]} share={0.5} onShare={() => {}} />);
    const page = [...screen.getByRole('table').querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[1]!.textContent);
    expect(page).toEqual(['7.41人', '12,346人', '21.5人']);
    const spec = buildLaggardTableSpec(m, [], 0.5, { periodLabel: '2024年第四季度', parent: '', per: 'none', source: 's' });
    expect(slideColumn(spec, 'value')).toEqual(['7.41', '12,346', '21.5']);
  });
});
