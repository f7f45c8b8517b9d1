/** barLayout: the bar chart's geometry as numbers (no page, no React). */
import { describe, expect, it } from 'vitest';
import { barLayout } from '../../src/charts/bar-layout';
import type { ChartSpec } from '../../src/charts/chart-spec';

const bars = (values: (number | null)[], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  kind: 'bar', horizontal: true, title: 't', subtitle: '', source: '', unit: '人',
  categories: values.map((_, i) => `第${i + 1}社区`), series: [{ name: '本期', values }], ...extra,
});
const opts = { width: 800, height: 400, compact: false, fontSize: 12, categoryWidth: 120 };

describe('barLayout', () => {
  it('ends the value axis close to the largest value (45 → 0–50, not 0–60)', () => {
    expect(barLayout(bars([45, 30, 7]), opts).valueTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(barLayout(bars([1568, 900]), opts).valueTicks.at(-1)!.value).toBeLessThanOrEqual(2000);
  });

  it('widens the axis to take in a reference line beyond the bars', () => {
    const l = barLayout(bars([10, 12], { references: [{ label: '目标', value: 30 }] }), opts);
    expect(l.valueTicks.at(-1)!.value).toBeGreaterThanOrEqual(30);
    expect(l.references[0]!.at).toBeLessThanOrEqual(l.plot.x1);
  });

  it('splits each row between the series, keeping gaps out', () => {
    const spec: ChartSpec = { ...bars([3, null]), series: [{ name: 'a', values: [3, null] }, { name: 'b', values: [2, 1] }] };
    const l = barLayout(spec, opts);
    expect(l.bars.map((b) => [b.category, b.series])).toEqual([[0, 0], [0, 1], [1, 1]]);
    const [a, b] = l.bars;
    expect(b!.y).toBeCloseTo(a!.y + a!.height + 1, 5);
    expect(a!.y).toBeGreaterThanOrEqual(l.plot.y0);
  });

  it('lays columns out left to right and thins their names only when they would collide', () => {
    const cols = (n: number): ChartSpec => ({ ...bars(Array.from({ length: n }, () => 1)), horizontal: false, categories: Array.from({ length: n }, (_, i) => `${i}0–${i + 1}0`) });
    expect(barLayout(cols(8), opts).categoryTicks).toHaveLength(8);
    const thin = barLayout(cols(40), opts).categoryTicks;
    expect(thin.length).toBeLessThan(40);
    // Shown names are at least their width apart.
    expect(thin[1]!.at - thin[0]!.at).toBeGreaterThanOrEqual(5 * 0.6 * 12);
  });

  it('gives every value of a fixed domain the same scale, whatever the data', () => {
    const a = barLayout(bars([5]), { ...opts, domain: [0, 100] });
    const b = barLayout(bars([80]), { ...opts, domain: [0, 100] });
    expect(a.scale(50)).toBe(b.scale(50));
  });
});
