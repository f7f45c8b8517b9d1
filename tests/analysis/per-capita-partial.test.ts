/**
 * What a partial per-capita value lacks, from which of its parts is partial: the count (a flow short
 * of months: low), the base only (常住人口 from before the period end: earlier), or both among units.
 */
import { describe, expect, it } from 'vitest';
import { combinePartialMeanings } from '../../src/analysis/partial-meaning';
import { partialMeaningOfValues, unitPartialMeaning } from '../../src/analysis/per-capita-partial';
import { perCapita } from '../../src/analysis/per-capita';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';
import { basePartialCsv, countPartialCsv } from './per-capita-partial-fixture';

function meanings(csv: string) {
  const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
  const model = modelOf(ds);
  const def = requireMetric(ds, 'reemployed');
  const jinlong = ds.units.findIndex((u) => u.name === '金龙里社区');
  const v = perCapita(model, 'reemployed', '2024-Q1', '1000');
  return {
    unit: unitPartialMeaning(model, def, '2024-Q1', '1000', jinlong),
    all: partialMeaningOfValues(model, def, '2024-Q1', '1000', v),
    absolute: partialMeaningOfValues(model, def, '2024-Q1', 'none', v),
  };
}

describe('the meaning of a partial 每千人再就业人数', () => {
  it('a count short of March over a full base is low', () => {
    expect(meanings(countPartialCsv)).toEqual({ unit: 'low', all: 'low', absolute: 'low' });
  });
  it('a full count over a base that stops in February is earlier, not low', () => {
    expect(meanings(basePartialCsv)).toMatchObject({ unit: 'earlier', all: 'earlier' });
  });
  it('several partial values that lack different things together are mixed', () => {
    expect(combinePartialMeanings(['low', 'earlier'])).toBe('mixed');
    expect(combinePartialMeanings(['earlier', 'earlier'])).toBe('earlier');
    expect(combinePartialMeanings([])).toBe('mixed');
  });
});
