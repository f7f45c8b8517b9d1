/**
 * partExceedsWhole: a part of a count or an amount cannot be larger than its whole; a part of a rate
 * or an average is no share of it; a bound is the range it allows, and 约 proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { QUALIFIER_CODE, type Qualifier } from '../../../src/data/dataset/dataset';
import { partExceedsWhole } from '../../../src/data/records/part-exceeds-whole';
import { canonicalMetric, customMetric } from '../../../src/data/vocabulary/metric-catalog';

const reemployed = canonicalMetric('reemployed')!;
const women = customMetric('再就业人数（其中：女）', '人');
const q = (name: Qualifier): number => QUALIFIER_CODE[name];

describe('partExceedsWhole', () => {
  it.each([
    // part, its qualifier, whole, its qualifier, exceeds
    [150, 'exact', 120, 'exact', true],
    [120, 'exact', 120, 'exact', false],
    [119, 'exact', 120, 'exact', false],
    [120, 'gt', 120, 'exact', true], // ＞120 > 120
    [120, 'gte', 120, 'exact', false], // ≥120 may be 120
    [121, 'gte', 120, 'exact', true],
    [150, 'exact', 120, 'gt', false], // 120余 may be 150
    [150, 'exact', 120, 'gte', false],
    [100, 'exact', 100, 'lt', true], // 不足100 < 100
    [100, 'exact', 100, 'approx_lt', true], // 近100 < 100
    [99, 'exact', 100, 'lt', false],
    [150, 'lt', 120, 'exact', false], // 不足150 may be 100
    [150, 'approx_lt', 120, 'exact', false],
    [150, 'approx', 120, 'exact', false], // 约: an estimate
    [150, 'exact', 120, 'approx', false],
    [NaN, 'missing', 120, 'exact', false],
    [150, 'exact', NaN, 'missing', false],
  ] as const)('part %d (%s) of whole %d (%s): %s', (part, pq, whole, wq, exceeds) => {
    expect(partExceedsWhole(women, part, q(pq), reemployed, whole, q(wq))).toBe(exceeds);
    // A 其中 row under a community: the same metric on both sides.
    expect(partExceedsWhole(reemployed, part, q(pq), reemployed, whole, q(wq))).toBe(exceeds);
  });

  it('a part of a rate or an average is a rate of its own', () => {
    const rate = canonicalMetric('reemployment_rate')!;
    expect(partExceedsWhole(customMetric('再就业率（其中：女）', '%'), 80, 0, rate, 60, 0)).toBe(false);
    expect(partExceedsWhole(rate, 80, 0, rate, 60, 0)).toBe(false);
    const average = customMetric('人均慰问金', '元');
    expect(partExceedsWhole(customMetric('人均慰问金（其中：女）', '元'), 400, 0, average, 300, 0)).toBe(false);
    expect(partExceedsWhole(customMetric('入户走访占比'), 80, 0, customMetric('入户走访占比'), 60, 0)).toBe(false);
  });

  it('a part in another unit is no share of the whole\'s number', () => {
    const amount = canonicalMetric('aid_amount')!;
    expect(partExceedsWhole(customMetric('慰问救助金额（其中：慰问人次）', '人次'), 150, 0, amount, 120, 0)).toBe(false);
  });
});
