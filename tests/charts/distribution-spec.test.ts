import { describe, expect, it } from 'vitest';
import { buildDistributionSpec, histogramBins, niceStep } from '../../src/charts/distribution-spec';
import { niceTicks } from '../../src/charts/scale';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

describe('niceStep', () => {
  it.each([[0.7, 1], [1, 1], [1.3, 2], [2.2, 2.5], [3, 5], [7, 10], [13, 20], [0.042, 0.05], [0, 1]])('%f → %f', (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 10);
  });
});

describe('histogramBins', () => {
  it('bins by nice edges, half-open except the last, NaN ignored', () => {
    // range 0..10, 5 bins → step 2: [0,2) [2,4) [4,6) [6,8) [8,10) and 10 on an edge → a 6th bin [10,12).
    const bins = histogramBins([0, 1, 2, 3, 9.9, 10, NaN], 5);
    expect(bins.map((b) => [b.lo, b.hi, b.count])).toEqual([[0, 2, 2], [2, 4, 2], [4, 6, 0], [6, 8, 0], [8, 10, 1], [10, 12, 1]]);
  });

  it('puts equal values in one bin and returns nothing for no values', () => {
    expect(histogramBins([5, 5, 5])).toEqual([{ lo: 5, hi: 5, count: 3 }]);
    expect(histogramBins([NaN])).toEqual([]);
  });

  it('keeps a city (5,617 values) to about 30 columns, counting every unit once', () => {
    const values = Array.from({ length: 5617 }, (_, i) => (i * 7919) % 997);
    const bins = histogramBins(values, 30);
    expect(bins.length).toBeLessThanOrEqual(31);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(5617);
  });
});

describe('buildDistributionSpec', () => {
  it('is a column chart of counts with the median in the note', () => {
    const spec = buildDistributionSpec([1, 2, 3, 4, 100], {
      metric: canonicalMetric('reemployed')!, periodLabel: '2024年上半年', parent: '', per: 'none', source: 's',
    }, 10);
    expect(spec.kind).toBe('bar');
    expect(spec.horizontal).toBe(false);
    expect(spec.title).toBe('再就业人数分布（5个单位）');
    expect(spec.series[0]!.values.reduce((s: number, v) => s + (v ?? 0), 0)).toBe(5);
    expect(spec.notes?.[0]).toContain('中位数为3人');
  });
});

describe('niceTicks', () => {
  it.each([
    // 138 / 4 intervals = 34.5 → step 50.
    [0, 138, 5, [0, 150]],
    [0, 10, 6, [0, 10]],
    // Equal ends get ±10%: [2.7, 3.3], step 0.6 / 5 = 0.12 → 0.2.
    [3, 3, 6, [2.6, 3.4]],
  ])('[%f, %f] → domain %j', (lo, hi, n, domain) => {
    expect(niceTicks(lo, hi, n).domain).toEqual(domain);
  });
});
