import { describe, expect, it } from 'vitest';
import { canonicalMetric, type MetricDef } from '../../src/data/vocabulary/metric-catalog';
import {
  defaultCompositeSettings, settingsFromQuery, shownSettings, weightsForQuery, type CompositeSettings,
} from '../../src/ui/views/league/composite-weights';

const candidates: MetricDef[] = ['reemployed', 'volunteers', 'jobs_developed'].map((id) => canonicalMetric(id)!).filter(Boolean);

describe('composite settings ⇄ URL weights', () => {
  it('has the three candidate metrics this test relies on', () => {
    expect(candidates.map((m) => m.id)).toEqual(['reemployed', 'volunteers', 'jobs_developed']);
  });

  it('without weights in the URL shows the default choice, with the URL method', () => {
    const s = settingsFromQuery(candidates, { metric: 'volunteers', method: 'zscore' });
    expect(s).toEqual({ ...defaultCompositeSettings(candidates, 'volunteers'), method: 'zscore' });
  });

  it('checks exactly the URL metrics with their weights; metrics the data lacks are ignored', () => {
    const s = settingsFromQuery(candidates, {
      metric: 'reemployed', weights: [{ metric: 'jobs_developed', weight: 0.5 }, { metric: 'volunteers', weight: 0 }, { metric: 'lectures', weight: 2 }],
    });
    expect(s).toEqual({
      method: 'percentile',
      weights: { reemployed: { on: false, text: '1' }, volunteers: { on: true, text: '0' }, jobs_developed: { on: true, text: '0.5' } },
    });
  });

  it('writes the checked metrics with valid weights, leaving out unchecked ones and weights that do not parse', () => {
    const s: CompositeSettings = {
      method: 'percentile',
      weights: { reemployed: { on: true, text: '2.50' }, volunteers: { on: true, text: '-1' }, jobs_developed: { on: false, text: '3' } },
    };
    expect(weightsForQuery(s)).toEqual([{ metric: 'reemployed', weight: 2.5 }]);
    expect(weightsForQuery(settingsFromQuery(candidates, { metric: '', weights: [] }))).toEqual([]);
  });

  it('round-trips: the settings from written weights write the same weights', () => {
    const weights = [{ metric: 'reemployed', weight: 3 }, { metric: 'jobs_developed', weight: 0.25 }];
    expect(weightsForQuery(settingsFromQuery(candidates, { metric: '', weights }))).toEqual(weights);
  });

  it('shows the last edit while the URL holds what it wrote, and the URL otherwise', () => {
    const fromUrl = settingsFromQuery(candidates, { metric: '', weights: [{ metric: 'reemployed', weight: 2.5 }] });
    const edited: CompositeSettings = {
      method: 'percentile',
      weights: { reemployed: { on: true, text: '2.50' }, volunteers: { on: true, text: '-1' }, jobs_developed: { on: false, text: '7' } },
    };
    expect(shownSettings(fromUrl, edited)).toBe(edited);
    expect(shownSettings(fromUrl, null)).toBe(fromUrl);
    // Back to other weights, or another method: the URL wins.
    const other = settingsFromQuery(candidates, { metric: '', weights: [{ metric: 'reemployed', weight: 1 }] });
    expect(shownSettings(other, edited)).toBe(other);
    expect(shownSettings({ ...fromUrl, method: 'zscore' }, edited)).toEqual({ ...fromUrl, method: 'zscore' });
    // Another dataset (other candidate metrics): the URL wins.
    const fewer = settingsFromQuery(candidates.slice(0, 1), { metric: '', weights: [{ metric: 'reemployed', weight: 2.5 }] });
    expect(shownSettings(fewer, edited)).toBe(fewer);
  });
});
