// @vitest-environment jsdom
/**
 * 均衡: how many units are 持续靠后, on the page and on the laggard table's slide. The page counts
 * every unit of the scope with a run (共2个单位, 名单 of both), the slide only marked the listed
 * laggards' rows (one) and gave no count. Both now say the same number, and what it counts:
 * the units with a run, of which so many are far behind and in the table.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricImbalance } from '../../src/analysis/imbalance';
import type { PersistentLaggard } from '../../src/analysis/persistent-laggards';
import { buildLaggardTableSpec } from '../../src/charts/imbalance-specs';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { LaggardList } from '../../src/ui/views/imbalance/LaggardList';

afterEach(cleanup);

const ctx = { periodLabel: '2024年第四季度', parent: '', per: 'none' as const, source: '示例数据', granularity: 'Q' as const };

const m: MetricImbalance = {
  metric: canonicalMetric('reemployed')!, period: '2024-Q4', n: 20, cv: 0.5, gini: 0.3, maxMin: 20, p90p10: 5,
  theil: { total: 0.2, between: 0.05, within: 0.15 }, groups: 2, laggardCount: 1,
  laggards: [{ unit: 0, name: '甲社区', parent: '甲街道', value: 12, qualifier: 0, shareOfMedian: 0.12 }], outliers: [],
  median: 100, mean: 110, partial: false, partialLeftOut: 0, partialMeaning: 'low', sparse: false, ranked: true,
};

// 甲 is far behind and in the table; 丙 is in the bottom quarter 3 quarters running but above half the median.
const runs: PersistentLaggard[] = [
  { unit: 0, name: '甲社区', parent: '甲街道', run: 4, periods: [] },
  { unit: 2, name: '丙社区', parent: '甲街道', run: 3, periods: [] },
];

describe('持续靠后 counted on the 均衡 page and its slide', () => {
  it('says the same number on both, and that the table lists only some of them', () => {
    render(<LaggardList per="none" imbalance={m} persistent={runs} share={0.5} onShare={() => {}} />);
    const page = [...document.querySelectorAll('.laggards p.notes')].map((p) => p.textContent ?? '').join('\n');
    expect(page).toContain('共2个单位');
    const notes = buildLaggardTableSpec(m, runs, 0.5, ctx).notes ?? [];
    expect(notes.join('\n')).toContain('共2个');
    expect(notes.join('\n')).toContain('丙社区（3期）');
    const listed = '持续靠后的2个单位中，1个明显落后，列在上表。';
    expect(page).toContain(listed);
    expect(notes).toContain(listed);
    expect(screen.getByRole('table')).toBeTruthy();
  });
  it('a run among units not in the table still has the rule on the slide', () => {
    const notes = buildLaggardTableSpec(m, [runs[1]!], 0.5, ctx).notes ?? [];
    expect(notes).toContain('“持续靠后”：连续3期及以上处于后25%（按季度计，截至2024年第四季度）。');
    expect(notes).toContain('持续靠后的1个单位本期均未明显落后，不在上表中。');
  });
});
