/**
 * Per 1,000 residents a rate keeps its value (perCapita leaves it), and the narrative must keep its
 * unit: it wrote 再就业率 20.5% as 20.5%/千人, and a 常住人口 of 3,456 as 3,456人/千人 (to one digit).
 */
import { describe, expect, it } from 'vitest';
import { narrativeValue } from '../../src/analysis/narrative';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

describe('narrativeValue per 1,000 residents', () => {
  it.each([
    ['reemployment_rate', 20.5, '1000', '20.5%'],
    ['residents', 3456, '1000', '3,456人'],
    ['reemployed', 7.41, '1000', '7.4人/千人'],
  ] as const)('%s %d (%s) reads %s', (id, value, per, text) => {
    expect(narrativeValue(canonicalMetric(id)!, { value, qualifier: 0 }, 'zh', per)).toBe(text);
  });
});
