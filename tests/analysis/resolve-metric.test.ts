import { describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { availableMetrics, requireMetric, resolveMetric } from '../../src/analysis/resolve-metric';
import { makeDataset } from './analysis-fixtures';

describe('resolveMetric', () => {
  const ds = makeDataset(['甲'], [[0, '2024-01', 'reemployed', 1], [0, '2024-01', 'unemployed', 9], [0, '2024-01', 'custom:巡逻', 3]]);
  it('derives a canonical ratio whose parts are stored', () => {
    expect(resolveMetric(ds, 'reemployment_rate')?.numerator).toBe('reemployed');
    expect(resolveMetric(ds, 'volunteer_rate')).toBeUndefined();
    expect(resolveMetric(ds, 'nope')).toBeUndefined();
  });
  it('lists stored metrics, then derivable ratios', () => {
    expect(availableMetrics(ds).map((m) => m.id)).toEqual(['reemployed', 'unemployed', 'custom:巡逻', 'reemployment_rate']);
  });
  it('completes a stored ratio that lacks its parts', () => {
    const b = new DatasetBuilder();
    b.addUnit({ code: '', name: '甲', parent: '', district: '' });
    b.addMetric({ id: 'reemployment_rate', zh: '再就业率', en: 'rate', unit: '%', unitEn: '%', family: 'derived', kind: 'ratio', direction: 'higher' });
    const stored = b.build({ id: 's', name: 's' });
    expect(resolveMetric(stored, 'reemployment_rate')?.denominator).toBe('unemployed');
  });
  it('requireMetric throws with the id', () => {
    expect(() => requireMetric(ds, 'nope')).toThrow(/nope/);
  });
});
