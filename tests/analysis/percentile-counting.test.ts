/**
 * Percentiles of small integers read off their counts (percentileScoresByCounting, what the heatmap
 * does for counts) against the same scores from the sort (percentileScoresInto), to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/data/vocabulary/metric-catalog';
import { percentileScoresByCounting, percentileScoresInto } from '../../src/analysis/percentile-scores';
import { countable, finiteOrder, finiteSpan } from '../../src/analysis/value-order';

const direction = fc.constantFrom<Direction>('higher', 'lower', 'neutral');

describe('percentileScoresByCounting', () => {
  it('equals the scores from the order for small integers with ties, gaps and missing values', () => {
    const value = fc.oneof(fc.integer({ min: -4, max: 30 }), fc.constantFrom(NaN, 0, 7, 7, 7, Infinity));
    fc.assert(fc.property(fc.array(value, { maxLength: 200 }), direction, (xs, dir) => {
      const v = Float64Array.from(xs);
      const span = finiteSpan(v);
      fc.pre(countable(span));
      const a = new Float64Array(v.length).fill(NaN);
      const b = new Float64Array(v.length).fill(NaN);
      percentileScoresByCounting(v, dir, span, a);
      percentileScoresInto(v, dir, finiteOrder(v), b);
      expect(Array.from(a, String)).toEqual(Array.from(b, String));
    }), { numRuns: 500 });
  });
  it('refuses values that are not small integers (reals, −0, a single value)', () => {
    for (const xs of [[1.5, 2], [0, -0, 1], [3], [0, 1e9]]) {
      const v = Float64Array.from(xs);
      expect(() => percentileScoresByCounting(v, 'higher', finiteSpan(v), new Float64Array(v.length))).toThrow(/not small integers/);
    }
  });
});
