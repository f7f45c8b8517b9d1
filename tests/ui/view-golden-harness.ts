/**
 * What each view draws for a query, read from its view-model function, in the shape the golden
 * files were first written in (before the analysis model existed, from the same analysis calls
 * and spec builders the components made then).
 */
import type { Lang } from '../../src/analysis/format-number';
import type { Analysis } from '../../src/analysis/model/analysis';
import { buildCompareBarsSpec } from '../../src/charts/compare-bars-spec';
import { metricOptions } from '../../src/ui/metric-options';
import type { ViewQuery } from '../../src/ui/view-query';
import { compareViewModel, TOP_BOTTOM } from '../../src/ui/views/compare/compare-view-model';
import { imbalanceViewModel } from '../../src/ui/views/imbalance/imbalance-view-model';
import { compositeViewModel } from '../../src/ui/views/league/composite-view-model';
import { activeWeights, compositeCandidates, defaultCompositeSettings } from '../../src/ui/views/league/composite-weights';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { streetLeagueViewModel } from '../../src/ui/views/league/street-league-view-model';
import { overviewViewModel } from '../../src/ui/views/overview/overview-view-model';
import { profileViewModel } from '../../src/ui/views/profile/profile-view-model';
import { scatterViewModel } from '../../src/ui/views/scatter/scatter-view-model';
import { trendViewModel } from '../../src/ui/views/trend/trend-view-model';

export function overviewOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  return overviewViewModel(model, q, lang);
}

export function compareOutput(model: Analysis, q: ViewQuery, lang: Lang, byStreet: boolean) {
  const vm = compareViewModel(model, q, lang, byStreet)!;
  if (byStreet) return { data: vm.data, smallMultiples: vm.smallMultiples };
  // The sample is below city scale, so the bars are drawn in full; the city form is pinned too.
  return {
    data: vm.data,
    bars: vm.bars,
    cityBars: buildCompareBarsSpec(vm.data.result, vm.ctx, { other: vm.data.other, topBottom: TOP_BOTTOM }),
  };
}

export function distributionOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  return compareViewModel(model, q, lang)!.distribution;
}

export function trendOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const { chosen, result, spec } = trendViewModel(model, q, lang)!;
  return { chosen, result, spec };
}

export function leagueOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const { league, runs, rows, table } = leagueViewModel(model, q, lang)!;
  return { league, runs, rows, table };
}

export function streetLeagueOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const { league, table } = streetLeagueViewModel(model, q, lang)!;
  return { league, table };
}

export function compositeOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const settings = defaultCompositeSettings(compositeCandidates(metricOptions(model.cube)), q.metric);
  const weights = activeWeights(settings);
  const out = (method: 'percentile' | 'zscore') => {
    const { result, table } = compositeViewModel(model, q, weights, method, lang)!;
    return { result, table };
  };
  return { settings, weights, percentile: out('percentile'), zscore: out('zscore') };
}

export function scatterOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const { x, data, spec } = scatterViewModel(model, q, lang)!;
  return { x: x.id, data, spec };
}

export function imbalanceOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  const vm = imbalanceViewModel(model, q, 0.5, lang)!;
  const { rows, trend, persistent, matrix, narrative, spreadTable, laggardTable, trendSpec, heatTable } = vm;
  return { rows, selected: vm.selected.metric.id, trend, persistent, matrix, narrative, spreadTable, laggardTable, trendSpec, heatTable };
}

export function profileOutput(model: Analysis, q: ViewQuery, lang: Lang) {
  // The query's first chosen unit, else the first unit of the data.
  const unit = q.units[0] ?? model.cube.units[0]!.name;
  return profileViewModel(model, { ...q, unit }, lang);
}
