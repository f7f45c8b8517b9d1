/**
 * sourceFiles names the files the roll-ups read (PeriodValues.reads), not every file a roll-up of
 * the period might read: a flow's chosen pieces (a prefix's own pieces too), a stock's latest value,
 * a stored ratio where it is stored, and only a ratio's parts where a total is Σnumerator ÷ Σdenominator.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { sourceFiles } from '../../src/analysis/source-files';
import type { Dataset } from '../../src/data/dataset/dataset';
import { makeFiledDataset, type ObsRow } from './analysis-fixtures';

const names = (ds: Dataset, files: readonly number[] | undefined) => (files ?? []).map((f) => ds.files[f]!.name);
const mm = (k: number) => String(k).padStart(2, '0');
/** Monthly files, each with 本月 (M) and 本年累计 (C) of every unit: cum[u][k-1] the year to date at month k. */
function monthlyWithCumulative(monthly: readonly (readonly number[])[], last: number): [string, ObsRow[]][] {
  return Array.from({ length: last }, (_, i) => {
    const k = i + 1;
    const rows: ObsRow[] = [];
    monthly.forEach((vals, u) => {
      const cum = vals.slice(0, k).reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);
      if (!Number.isNaN(vals[i]!)) rows.push([u, `2024-${mm(k)}`, 'reemployed', vals[i]!]);
      rows.push([u, `2024-C${mm(k)}`, 'reemployed', cum]);
    });
    return [`${k}月.csv`, rows];
  });
}

// The model the page rolls up in, and one with the worker's pinned roll-ups.
describe.each<[string, (ds: Dataset) => Analysis]>([
  ['rolled up on the page', (ds) => createAnalysis(ds)],
  ['roll-ups pinned from the import worker', (ds) => {
    const cube = packCube(ds);
    return createAnalysis(ds, { cube, rollUps: rollUpCube(ds, cube) });
  }],
])('sourceFiles from what the roll-ups read (%s)', (_, model) => {
  const units = [{ name: '金龙里社区', parent: '咸水沽镇' }, { name: '中山路社区', parent: '咸水沽镇' }];

  it('names a quarter’s months, not the months before it, when each monthly file also gives 本年累计', () => {
    const ds = makeFiledDataset(units, monthlyWithCumulative([[1, 2, 3, 4, 5, 6], [2, 2, 2, 2, 2, 2]], 6));
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['4月.csv', '5月.csv', '6月.csv']);
  });

  it('does not name March’s 累计 with no later 累计 to subtract it from', () => {
    const files = monthlyWithCumulative([[1, 2, 3], [2, 2, 2]], 3);
    const ds = makeFiledDataset(units, [...files, ['4月.csv', [[0, '2024-04', 'reemployed', 4]]], ['5月.csv', [[0, '2024-05', 'reemployed', 5]]]]);
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['4月.csv', '5月.csv']);
  });

  it('names May and June, not January–April, for a June whose 本月 one community left blank (June 累计 − May 累计)', () => {
    const ds = makeFiledDataset(units, monthlyWithCumulative([[1, 2, 3, 4, 5, 6], [2, 2, 2, 2, 2, NaN]], 6));
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06'] }))).toEqual(['5月.csv', '6月.csv']);
  });

  it('names the 1-2月累计 a prefix is rolled up from (Q2 = 1-6月累计 − (1-2月累计 + March))', () => {
    const ds = makeFiledDataset(units.slice(0, 1), [
      ['1-2月累计.csv', [[0, '2024-C02', 'reemployed', 3]]],
      ['3月.csv', [[0, '2024-03', 'reemployed', 4]]],
      ['1-6月累计.csv', [[0, '2024-C06', 'reemployed', 20]]],
    ]);
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['1-2月累计.csv', '3月.csv', '1-6月累计.csv']);
  });

  it('does not name the 累计 of a difference the never-negative rule refuses', () => {
    const ds = makeFiledDataset(units.slice(0, 1), [
      ['1-3月累计.csv', [[0, '2024-C03', 'reemployed', 50]]],
      ['4月.csv', [[0, '2024-04', 'reemployed', 5]]],
      ['1-6月累计.csv', [[0, '2024-C06', 'reemployed', 40]]],
    ]);
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['4月.csv']);
  });

  it('names a stock’s latest month per unit, not every month of the period', () => {
    const ds = makeFiledDataset(units, [
      ['4月.csv', [[0, '2024-04', 'residents', 3000], [1, '2024-04', 'residents', 2000]]],
      ['5月.csv', [[0, '2024-05', 'residents', 3010], [1, '2024-05', 'residents', 2010]]],
      ['6月.csv', [[0, '2024-06', 'residents', 3020]]],
    ]);
    expect(names(ds, sourceFiles(model(ds), { metrics: ['residents'], periods: ['2024-Q2'] }))).toEqual(['5月.csv', '6月.csv']);
  });

  const ratioFiles = (): Dataset => makeFiledDataset(units, [
    ['再就业率.csv', [[0, '2024-06', 'reemployment_rate', 40], [1, '2024-06', 'reemployment_rate', 50]]],
    ['再就业.csv', [[0, '2024-06', 'reemployed', 12], [1, '2024-06', 'reemployed', 10]]],
    ['失业.csv', [[0, '2024-06', 'unemployed', 30], [1, '2024-06', 'unemployed', 20]]],
  ]);

  it('names a stored ratio’s file, not its parts’, where every unit has the ratio stored', () => {
    const ds = ratioFiles();
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployment_rate'], periods: ['2024-06'] }))).toEqual(['再就业率.csv']);
  });

  it('names only the parts where a ratio is Σnumerator ÷ Σdenominator (总览, 街道排名)', () => {
    const ds = ratioFiles();
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployment_rate'], periods: ['2024-06'], ratios: 'parts' }))).toEqual(['再就业.csv', '失业.csv']);
  });
});
