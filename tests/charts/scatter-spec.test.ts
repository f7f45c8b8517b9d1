import { describe, expect, it } from 'vitest';
import { axisTitle, buildScatterSpec } from '../../src/charts/scatter-spec';
import { fitLine, quadrants, scatterOutliers } from '../../src/charts/scatter-stats';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const X1_10 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('fitLine', () => {
  it('fits y = 2x + 1 exactly and refuses a vertical cloud', () => {
    expect(fitLine([1, 2, 3], [3, 5, 7])).toEqual({ slope: 2, intercept: 1 });
    expect(fitLine([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(fitLine([1], [1])).toBeNull();
  });
});

describe('quadrants', () => {
  it('splits at the medians, points on a line counting right/up', () => {
    // medians 2.5 / 2.5: (1,4) (2,3) upper left; (3,2) (4,1) lower right.
    expect(quadrants([1, 2, 3, 4], [4, 3, 2, 1])).toEqual({ medianX: 2.5, medianY: 2.5, counts: { highHigh: 0, lowHigh: 2, lowLow: 0, highLow: 2 } });
    // (2,2) sits on both medians → upper right.
    expect(quadrants([1, 2, 3], [1, 2, 3]).counts).toEqual({ highHigh: 2, lowHigh: 0, lowLow: 1, highLow: 0 });
  });
});

describe('scatterOutliers', () => {
  it('labels a point extreme on Y (hand-computed robust z)', () => {
    // y = 2x except the last (60). Y median 11, |dev| sorted 1,1,3,3,5,5,7,7,9,49 → MAD 5;
    // z = 0.6745 × 49 / 5 = 6.6101. X is uniform (no outlier). Residuals of the OLS line
    // (slope 345/82.5, intercept −8): the last is 26.18, robust z 0.6745 × 28.0 / 5.45 ≈ 3.46 < 3.5.
    const ys = [2, 4, 6, 8, 10, 12, 14, 16, 18, 60];
    const out = scatterOutliers(X1_10, ys);
    expect(out).toHaveLength(1);
    expect(out[0]!.index).toBe(9);
    expect(out[0]!.reason).toBe('y');
    expect(out[0]!.z).toBeCloseTo(6.6101, 3);
  });

  it('labels a point off the trend that is ordinary on each axis', () => {
    // y = x except x = 6 → y = 11: y's robust z is only 0.6745 × 4 / 3 = 0.90, but its residual stands out.
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const ys = [1, 2, 3, 4, 5, 11, 7, 8, 9, 10, 11];
    const out = scatterOutliers(xs, ys);
    expect(out.map((o) => [o.index, o.reason])).toEqual([[5, 'line']]);
  });

  it('labels nothing in a tidy cloud and caps the number of labels', () => {
    expect(scatterOutliers(X1_10, X1_10.map((x) => 3 * x))).toEqual([]);
    // 1..30 then six far points (1000..1005): all six are outliers on both axes; only the 4 most extreme are kept.
    const many = [...Array.from({ length: 30 }, (_, i) => i + 1), 1000, 1001, 1002, 1003, 1004, 1005];
    expect(scatterOutliers(many, many, 3.5, 4).map((o) => o.index)).toEqual([35, 34, 33, 32]);
  });
});

describe('buildScatterSpec', () => {
  const x = canonicalMetric('unemployed')!;
  const y = canonicalMetric('reemployed')!;
  const points = X1_10.map((v, i) => ({ name: `单位${i + 1}`, parent: '一街道', x: v, y: i === 9 ? 60 : 2 * v }));
  const spec = buildScatterSpec(points, {
    x, y, per: '1000', xPer: '1000', yPer: '1000', periodLabel: '2024年上半年', parent: '', source: 's', missingCount: 2,
  });

  it('follows the export convention: series[0] = X, series[1] = Y, one category per unit', () => {
    expect(spec.kind).toBe('scatter');
    expect(spec.series[0]!.values).toEqual(X1_10);
    expect(spec.series[1]!.values).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 60]);
    expect(spec.series.map((s) => s.name)).toEqual(['下岗失业人员（人/千人）', '再就业人数（人/千人）']);
    expect(spec.categories).toHaveLength(10);
    expect(spec.categoryUnits?.[0]).toBe('单位1');
    expect(spec.unit).toBe('人/千人');
  });

  it('carries the median quadrant lines, the labelled outlier and notes with the numbers', () => {
    // Medians: X (5+6)/2 = 5.5, Y (10+12)/2 = 11.
    expect(spec.scatter).toMatchObject({ xTitle: '下岗失业人员（人/千人）', yTitle: '再就业人数（人/千人）', medianX: 5.5, medianY: 11, labelled: [9] });
    expect(spec.reasons).toEqual(['y']);
    expect(spec.title).toBe('再就业人数与下岗失业人员');
    expect(spec.notes?.[0]).toBe('虚线为中位数：下岗失业人员 5.5人/千人，再就业人数 11人/千人；四个象限的单位数：右上5、左上0、左下5、右下0（落在虚线上的计入右侧或上方）。');
    expect(spec.notes).toContain('标注名称的为离群单位（稳健z值绝对值大于3.5：单位10（纵轴））。');
    expect(spec.notes).toContain('另有2个单位缺少其中一项数据，未画出（列在图下）。');
  });

  it('titles axes with the unit actually used (ratios and bases are never per capita)', () => {
    expect(axisTitle(canonicalMetric('residents')!, 'none')).toBe('常住人口（人）');
    expect(axisTitle(x, '100hh')).toBe('下岗失业人员（人/百户）');
  });
});
