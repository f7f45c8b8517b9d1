import { describe, expect, it } from 'vitest';
import { findLaggards, madOutliers } from '../../src/analysis/laggards';

const f = (xs: number[]) => Float64Array.from(xs);

describe('findLaggards', () => {
  it('finds units below half the median (strictly), furthest first', () => {
    // finite values 2,4,8,10,12 → median 8; below 4: only 2 (4 is exactly half, not below).
    const out = findLaggards(f([10, 4, 12, 8, NaN, 2]), 'higher');
    expect(out).toEqual([{ index: 5, value: 2, shareOfMedian: 0.25 }]);
  });
  it('takes an adjustable share', () => {
    const out = findLaggards(f([10, 4, 12, 8, NaN, 2]), 'higher', 0.6);
    expect(out.map((l) => l.index)).toEqual([5, 1]);
  });
  it('flips for lower-is-better metrics: above median / share', () => {
    // 2,4,8,10,12,20 → median 9; above 18: 20.
    const out = findLaggards(f([2, 4, 8, 10, 12, 20]), 'lower');
    expect(out.map((l) => l.index)).toEqual([5]);
    expect(out[0]!.shareOfMedian).toBeCloseTo(20 / 9, 12);
  });
  it('is empty when the median is 0 or there are no values', () => {
    expect(findLaggards(f([0, 0, 0, 5]), 'higher')).toEqual([]);
    expect(findLaggards(f([NaN]), 'higher')).toEqual([]);
  });
  it('counts zeros as laggards (0% of the median)', () => {
    expect(findLaggards(f([0, 10, 10, 12]), 'higher')).toEqual([{ index: 0, value: 0, shareOfMedian: 0 }]);
  });
  it('rejects a share outside (0, 1)', () => {
    expect(() => findLaggards(f([1]), 'higher', 1.5)).toThrow(/1.5/);
  });
});

describe('madOutliers', () => {
  it('flags one extreme unit with its robust z', () => {
    // median 3.5, |dev| sorted .5,.5,1.5,1.5,2.5,96.5 → MAD 1.5; z = 0.6745·96.5/1.5.
    const out = madOutliers(f([1, 2, 3, 4, 5, 100]));
    expect(out).toHaveLength(1);
    expect(out[0]!.index).toBe(5);
    expect(out[0]!.side).toBe('high');
    expect(out[0]!.z).toBeCloseTo((0.6745 * 96.5) / 1.5, 10);
  });
  it('flags low outliers too', () => {
    const out = madOutliers(f([100, 101, 99, 100, 102, 98, 1]));
    expect(out.map((o) => [o.index, o.side])).toEqual([[6, 'low']]);
  });
  it('falls back to the mean absolute deviation when the MAD is 0', () => {
    // median 5, MAD 0, mean |dev| = 1/6 → z(6) = 1 / (1.2533/6) ≈ 4.79 > 3.5.
    const out = madOutliers(f([5, 5, 5, 5, 5, 6]));
    expect(out.map((o) => o.index)).toEqual([5]);
    expect(out[0]!.z).toBeCloseTo(6 / 1.2533, 10);
  });
  it('finds nothing when all values are equal or there are too few', () => {
    expect(madOutliers(f([4, 4, 4, 4]))).toEqual([]);
    expect(madOutliers(f([1, 1000]))).toEqual([]);
  });
});
