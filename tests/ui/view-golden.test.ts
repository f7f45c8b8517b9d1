/**
 * Golden view outputs on the sample the app opens with (data/sample-jinnan-long.csv): for every
 * view, the specs and rows it draws, as normalised JSON in tests/fixtures/golden/. These prove a
 * refactor of the analysis changes no number on screen. Regenerate only for a reviewed change:
 * `UPDATE_GOLDEN=1 TZ=Asia/Shanghai npx vitest run tests/ui/view-golden.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { previousKey } from '../../src/analysis/available-periods';
import { parents } from '../../src/analysis/find-units';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { resolveViewQuery } from '../../src/ui/resolve-query';
import type { ViewQuery } from '../../src/ui/view-query';
import { expectGolden } from './golden-json';
import * as vm from './view-golden-harness';

let ds: Dataset;
let queries: Record<string, ViewQuery>;

const golden = (name: string) => new URL(`../fixtures/golden/${name}.json`, import.meta.url);

beforeAll(() => {
  const bytes = new Uint8Array(readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url)));
  ds = importFiles([{ name: 'sample-jinnan-long.csv', bytes }], { id: 'sample', createdAt: '2025-01-01T00:00:00.000Z' }).dataset!;
  const base: ViewQuery = { view: 'overview', metric: '', period: '', compare: '', parent: '', per: 'none', units: [] };
  const plain = resolveViewQuery(ds, base);
  const street = parents(ds)[1]!;
  queries = {
    // The app's first screen: default metric and period, every unit, absolute values.
    default: plain,
    // A street, per 1,000 residents, against the previous period, with two units chosen.
    scoped: resolveViewQuery(ds, {
      ...plain, parent: street, per: '1000', compare: previousKey(plain.period),
      units: ds.units.filter((u) => u.parent === street).slice(0, 2).map((u) => u.name),
    }),
    // A ratio metric in a year (no per capita for ratios), every unit.
    yearRatio: resolveViewQuery(ds, { ...plain, metric: 'reemployment_rate', period: plain.period.slice(0, 4) }),
    // A stored month (no roll-up), per 100 households, against the same month a year before.
    month: resolveViewQuery(ds, { ...plain, metric: 'people_visited', per: '100hh', period: '2024-11', compare: '2023-11' }),
  };
});

describe.each(['zh', 'en'] as const)('view outputs on the sample (%s)', (lang) => {
  const each = (view: string, run: (q: ViewQuery) => unknown) => {
    it(view, () => {
      const out = Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { query: q, output: run(q) }]));
      expectGolden(out, golden(`${view}-${lang}`));
    });
  };
  each('overview', (q) => vm.overviewOutput(ds, q, lang));
  each('compare-bars', (q) => vm.compareOutput(ds, q, lang, false));
  each('compare-small-multiples', (q) => vm.compareOutput(ds, q, lang, true));
  each('compare-distribution', (q) => vm.distributionOutput(ds, q, lang));
  each('trend', (q) => vm.trendOutput(ds, q, lang));
  each('league', (q) => vm.leagueOutput(ds, q, lang));
  each('street-league', (q) => vm.streetLeagueOutput(ds, q, lang));
  each('composite', (q) => vm.compositeOutput(ds, q, lang));
  each('scatter', (q) => vm.scatterOutput(ds, q, lang));
  each('imbalance', (q) => vm.imbalanceOutput(ds, q, lang));
  each('profile', (q) => vm.profileOutput(ds, q, lang));
});
