import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/analysis/composite-index';
import { datasetOf } from './imbalance-fixture';
import { modelOf } from './model-of';

// 再就业人数 10, 20, 30 (higher is better); 零就业家庭 5, 5, — (lower is better; U3 has none).
const ds = datasetOf([
  ['U1', 'x', '2024', 'reemployed', 10], ['U2', 'x', '2024', 'reemployed', 20], ['U3', 'y', '2024', 'reemployed', 30],
  ['U1', 'x', '2024', 'zero_employment_households', 5], ['U2', 'x', '2024', 'zero_employment_households', 5],
  ['U3', 'y', '2024', 'zero_employment_households', NaN],
]);
const metrics = [{ id: 'reemployed', weight: 1 }, { id: 'zero_employment_households', weight: 1 }];

describe('compositeIndex', () => {
  it('percentile method: direction-aware, renormalised for missing metrics', () => {
    // 再就业: 0, 50, 100. 零就业 (tied 5, 5): mid-rank → 50 each. U3 only has 再就业 → 100.
    const r = compositeIndex(modelOf(ds), { metrics, period: '2024', method: 'percentile' });
    expect(r.rows.map((x) => [x.name, x.score, x.rank, x.missing])).toEqual([
      ['U3', 100, 1, ['zero_employment_households']], ['U2', 50, 2, []], ['U1', 25, 3, []],
    ]);
    expect(r.methodNote).toContain('百分位法');
    expect(r.methodNote).toContain('再就业人数50%、零就业家庭50%');
    expect(r.methodNote).toContain('1个单位缺少部分指标');
    expect(r.methodNoteEn).toContain('1 unit lack');
  });
  it('z-score method: inverted for lower-is-better, 0 when all equal', () => {
    const r = compositeIndex(modelOf(ds), { metrics: [{ id: 'reemployed', weight: 3 }, { id: 'zero_employment_households', weight: 1 }], period: '2024', method: 'zscore' });
    const z = 10 / Math.sqrt(200 / 3); // (30 − 20) / population SD
    const score = Object.fromEntries(r.rows.map((x) => [x.name, x.score]));
    expect(score.U3).toBeCloseTo(z, 12);
    expect(score.U2).toBeCloseTo(0, 12);
    expect(score.U1).toBeCloseTo((0.75 * -z + 0.25 * 0) / 1, 12);
    expect(r.methodNote).toContain('再就业人数75%、零就业家庭25%');
  });
  it('inverts a lower-is-better metric on its own', () => {
    const r = compositeIndex(modelOf(ds), { metrics: [{ id: 'zero_employment_households', weight: 1 }], period: '2024', method: 'percentile' });
    expect(r.rows.map((x) => [x.name, x.rank])).toEqual([['U1', 1], ['U2', 1]]);
  });
  it('filters by street and ignores zero weights', () => {
    const r = compositeIndex(modelOf(ds), { metrics: [{ id: 'reemployed', weight: 1 }, { id: 'zero_employment_households', weight: 0 }], period: '2024', method: 'percentile', parent: 'x' });
    expect(r.rows.map((x) => [x.name, x.score])).toEqual([['U2', 100], ['U1', 0]]);
    expect(r.methodNote).not.toContain('零就业家庭');
  });
});
