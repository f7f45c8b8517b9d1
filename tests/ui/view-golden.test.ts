/**
 * Golden view outputs on the sample the app opens with (data/sample-jinnan-long.csv): for every
 * view, the specs and rows it draws, as normalised JSON in tests/fixtures/golden/. These prove a
 * refactor of the analysis changes no number on screen. Regenerate only for a reviewed change:
 * `UPDATE_GOLDEN=1 TZ=Asia/Shanghai npx vitest run tests/ui/view-golden.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { previousKey } from '../../src/analysis/available-periods';
import { parents } from '../../src/analysis/find-units';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { resolveViewQuery } from '../../src/ui/resolve-query';
import type { ViewQuery } from '../../src/ui/view-query';
import { expectGolden } from './golden-json';
import * as vm from './view-golden-harness';

let ds: Dataset;
let model: Analysis;
/** A model with a 256 KB budget: it evicts all the time, and must give the same numbers. */
let small: Analysis;
/** A model started with the columns the import worker builds (packColumns). */
let packed: Analysis;
/** A model started with the worker's whole cube: stored columns and every rolled-up period pinned. */
let full: Analysis;
let queries: Record<string, ViewQuery>;

const golden = (name: string) => new URL(`../fixtures/golden/${name}.json`, import.meta.url);

beforeAll(() => {
  const bytes = new Uint8Array(readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url)));
  ds = importFiles([{ name: 'sample-jinnan-long.csv', bytes }], { id: 'sample', createdAt: '2025-01-01T00:00:00.000Z' }).dataset!;
  model = createAnalysis(ds);
  small = createAnalysis(ds, { budgetBytes: 256 * 1024 });
  packed = createAnalysis(ds, { cube: packCube(ds) });
  const cube = packCube(ds);
  full = createAnalysis(ds, { cube, rollUps: rollUpCube(ds, cube) });
  const base: ViewQuery = { view: 'overview', metric: '', period: '', compare: '', parent: '', per: 'none', units: [] };
  // The query resolved on a model of its own: the golden models' memos hold only what their views asked.
  const opening = createAnalysis(ds);
  const plain = resolveViewQuery(opening, base);
  const street = parents(ds)[1]!;
  queries = {
    // The app's first screen: default metric and period, every unit, absolute values.
    default: plain,
    // A street, per 1,000 residents, against the previous period, with two units chosen.
    scoped: resolveViewQuery(opening, {
      ...plain, parent: street, per: '1000', compare: previousKey(plain.period),
      units: ds.units.filter((u) => u.parent === street).slice(0, 2).map((u) => u.name),
    }),
    // A ratio metric in a year (no per capita for ratios), every unit.
    yearRatio: resolveViewQuery(opening, { ...plain, metric: 'reemployment_rate', period: plain.period.slice(0, 4) }),
    // A stored month (no roll-up), per 100 households, against the same month a year before.
    month: resolveViewQuery(opening, { ...plain, metric: 'people_visited', per: '100hh', period: '2024-11', compare: '2023-11' }),
  };
});

/** The query as the URL holds it: fields left unset are absent, not `undefined`. */
const asInUrl = (q: ViewQuery): ViewQuery => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as ViewQuery;

describe.each(['zh', 'en'] as const)('view outputs on the sample (%s)', (lang) => {
  const each = (view: string, run: (m: Analysis, q: ViewQuery) => unknown) => {
    it(view, () => {
      const out = Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { query: asInUrl(q), output: run(model, q) }]));
      expectGolden(out, golden(`${view}-${lang}`));
    });
    it(`${view}, from a model that keeps little`, () => {
      const out = Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { query: asInUrl(q), output: run(small, q) }]));
      expectGolden(out, golden(`${view}-${lang}`));
      expect(small.usage().bytes).toBeLessThanOrEqual(small.usage().budget + 200 * 1024);
    });
    it(`${view}, from a model started with the worker's cube`, () => {
      const out = Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { query: asInUrl(q), output: run(packed, q) }]));
      expectGolden(out, golden(`${view}-${lang}`));
    });
    it(`${view}, from a model started with the worker's whole cube (roll-ups pinned)`, () => {
      const out = Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { query: asInUrl(q), output: run(full, q) }]));
      expectGolden(out, golden(`${view}-${lang}`));
    });
  };
  each('overview', (m, q) => vm.overviewOutput(m, q, lang));
  each('compare-bars', (m, q) => vm.compareOutput(m, q, lang, false));
  each('compare-small-multiples', (m, q) => vm.compareOutput(m, q, lang, true));
  each('compare-distribution', (m, q) => vm.distributionOutput(m, q, lang));
  each('trend', (m, q) => vm.trendOutput(m, q, lang));
  each('league', (m, q) => vm.leagueOutput(m, q, lang));
  each('street-league', (m, q) => vm.streetLeagueOutput(m, q, lang));
  each('composite', (m, q) => vm.compositeOutput(m, q, lang));
  each('scatter', (m, q) => vm.scatterOutput(m, q, lang));
  each('imbalance', (m, q) => vm.imbalanceOutput(m, q, lang));
  each('profile', (m, q) => vm.profileOutput(m, q, lang));
});

describe('the small model', () => {
  it('evicted results to stay within its budget', () => {
    expect(small.usage().evicted).toBeGreaterThan(0);
  });
});
