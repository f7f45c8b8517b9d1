/**
 * What the 均衡 view asks twice per switch (its rows and its narrative's) is kept in the model: the
 * overview of every metric, and each metric's imbalance numbers, whatever the laggard share.
 */
import { describe, expect, it } from 'vitest';
import { imbalanceForMetric, imbalanceOverview } from '../../src/analysis/imbalance';
import { DEFAULT_LAGGARD_SHARE, IMB, imbalanceNumbers } from '../../src/analysis/imbalance-numbers';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { buildFixture } from './imbalance-fixture';

const ds = buildFixture();

describe('imbalanceOverview kept in the model', () => {
  it('is the same list for the same period, street, base and share, and another for another share or street', () => {
    const model = createAnalysis(ds);
    const a = imbalanceOverview(model, '2024-Q4');
    expect(imbalanceOverview(model, '2024-Q4', { per: 'none', laggardShare: DEFAULT_LAGGARD_SHARE, parent: '' })).toBe(a);
    const other = imbalanceOverview(model, '2024-Q4', { laggardShare: 0.8 });
    expect(other).not.toBe(a);
    expect(other.map((m) => m.laggardCount)).toEqual(other.map((m) => imbalanceForMetric(createAnalysis(ds), m.metric.id, '2024-Q4', { laggardShare: 0.8 }).laggards.length));
    const street = imbalanceOverview(model, '2024-Q4', { parent: '甲街道' });
    expect(street).not.toBe(a);
    expect(street.map((m) => m.n)).toEqual(street.map((m) => imbalanceForMetric(createAnalysis(ds), m.metric.id, '2024-Q4', { parent: '甲街道' }).n));
  });
});

describe('imbalanceNumbers', () => {
  it('count laggards at the default share, whatever share imbalanceForMetric is asked with', () => {
    const model = createAnalysis(ds);
    const def = requireMetric(ds, 'reemployed');
    const x = imbalanceNumbers(model, def, '2024-Q4');
    expect(imbalanceForMetric(model, 'reemployed', '2024-Q4', { laggardShare: 0.99 }).laggardCount).toBeGreaterThan(x[IMB.laggardCount]!);
    expect(imbalanceNumbers(model, def, '2024-Q4')).toBe(x);
    expect(x[IMB.laggardCount]).toBe(imbalanceForMetric(model, 'reemployed', '2024-Q4').laggards.length);
  });
});
