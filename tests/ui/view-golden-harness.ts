/**
 * What each view computes for a query, as the view components compose it today (the analysis
 * calls and spec builders they make, in the same order with the same arguments). Used by
 * view-golden.test.ts to pin every number on screen before the analysis is refactored.
 */
import { availablePeriods, previousKey, sameLastYearKey, type RollUpGranularity } from '../../src/analysis/available-periods';
import { compareUnits, leadingUnits } from '../../src/analysis/compare-units';
import { compositeIndex } from '../../src/analysis/composite-index';
import { findUnitsByName } from '../../src/analysis/find-units';
import { percentileMatrix } from '../../src/analysis/heatmap';
import { imbalanceOverview } from '../../src/analysis/imbalance';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { learnFromPeers } from '../../src/analysis/learn-from-peer';
import { buildNarrative } from '../../src/analysis/narrative';
import { buildOverview } from '../../src/analysis/overview';
import { perCapita } from '../../src/analysis/per-capita';
import { PERSISTENT_RUN, persistentLaggards } from '../../src/analysis/persistent-laggards';
import { profileNarrative } from '../../src/analysis/profile-narrative';
import { resolveMetric } from '../../src/analysis/resolve-metric';
import { spreadTrend } from '../../src/analysis/spread-trend';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { trendSeries } from '../../src/analysis/trend-series';
import { ProfileContext, weakestMetrics } from '../../src/analysis/unit-profile';
import { metricName } from '../../src/charts/chart-words';
import { buildCompareBarsSpec, type OtherPeriod } from '../../src/charts/compare-bars-spec';
import { buildDistributionSpec } from '../../src/charts/distribution-spec';
import { buildHeatmapTableSpec, buildLaggardTableSpec, buildSpreadTableSpec, buildSpreadTrendSpec } from '../../src/charts/imbalance-specs';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { buildOverviewTableSpec } from '../../src/charts/overview-table-spec';
import { buildProfilePercentileSpec, buildProfileTableSpec, type ProfileSpecContext } from '../../src/charts/profile-specs';
import { profileWords } from '../../src/charts/profile-words';
import { buildScatterSpec } from '../../src/charts/scatter-spec';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import { parentText, perText, sourceLine } from '../../src/charts/spec-text';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { buildTrendChartSpec } from '../../src/charts/trend-chart-spec';
import type { Dataset } from '../../src/data/dataset/dataset';
import { formatPeriodLabel } from '../../src/data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../src/data/vocabulary/period';
import { messagesFor } from '../../src/ui/i18n/use-t';
import { metricOptions } from '../../src/ui/metric-options';
import type { ViewQuery } from '../../src/ui/view-query';
import { activeWeights, compositeCandidates, defaultCompositeSettings } from '../../src/ui/views/league/composite-weights';
import { defaultXMetric, scatterData } from '../../src/ui/views/scatter/scatter-data';

type Lang = 'zh' | 'en';

export function overviewOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const overview = buildOverview(ds, q.period, lang);
  const table = buildOverviewTableSpec(overview, {
    periodLabel: formatPeriodLabel(q.period, lang), source: sourceLine(ds, lang), lang,
    unitEn: (id) => resolveMetric(ds, id)?.unitEn,
  });
  return { overview, table };
}

function compareBase(ds: Dataset, q: ViewQuery, lang: Lang) {
  const metric = metricOptions(ds).find((m) => m.id === q.metric)!;
  const scope = { metric: metric.id, parent: q.parent || undefined, per: q.per };
  const result = compareUnits(ds, { ...scope, period: q.period });
  const g = parsePeriodKey(q.period)?.granularity;
  const choices = g && g !== 'C' ? availablePeriods(ds, g as RollUpGranularity).filter((k) => k !== q.period) : [];
  const has = (k: string) => choices.includes(k);
  const prev = g && g !== 'C' ? previousKey(q.period) : '';
  const last = g && g !== 'C' ? sameLastYearKey(q.period) : '';
  let other: OtherPeriod | undefined;
  if (q.compare && q.compare !== q.period) {
    const r = compareUnits(ds, { ...scope, period: q.compare });
    other = {
      label: formatPeriodLabel(q.compare, lang),
      values: new Map(r.items.map((it) => [it.unit, { value: it.value, qualifier: it.qualifier }])),
    };
  }
  const data = { result, other, choices, previous: has(prev) ? prev : '', lastYear: has(last) ? last : '' };
  const ctx = { metric, periodLabel: formatPeriodLabel(q.period, lang), parent: q.parent, per: q.per, source: sourceLine(ds, lang), direction: metric.direction, lang };
  return { data, ctx };
}

export function compareOutput(ds: Dataset, q: ViewQuery, lang: Lang, byStreet: boolean) {
  const { data, ctx } = compareBase(ds, q, lang);
  const { result, other } = data;
  if (byStreet) return { data, smallMultiples: buildSmallMultiples(result, ctx, other) };
  // The sample is below city scale: the component passes topBottom only past 200 units; pin both.
  return {
    data,
    bars: buildCompareBarsSpec(result, ctx, { other }),
    cityBars: buildCompareBarsSpec(result, ctx, { other, topBottom: 15 }),
  };
}

export function distributionOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const { data, ctx } = compareBase(ds, q, lang);
  return buildDistributionSpec(data.result.items.map((it) => it.value), ctx);
}

export function trendOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const t = messagesFor(lang);
  const metric = metricOptions(ds).find((m) => m.id === q.metric)!;
  const g = parsePeriodKey(q.period)?.granularity;
  const granularity: RollUpGranularity = g === undefined || g === 'C' ? 'M' : g;
  const chosen = q.units.length > 0
    ? q.units.filter((n) => findUnitsByName(ds, [n]).length > 0)
    : leadingUnits(ds, { metric: metric.id, period: q.period, parent: q.parent || undefined, per: q.per }, 3).map((u) => ds.units[u]!.name);
  const r = trendSeries(ds, { metric: metric.id, granularity, units: findUnitsByName(ds, chosen), parent: q.parent || undefined, per: q.per });
  const seriesPartial = r.series.map((s) => r.periods.map((key, i) => r.partial[i] === true && perCapita(ds, metric.id, key, q.per).partial[s.unit] === 1));
  const result = { ...r, seriesPartial };
  const spec = buildTrendChartSpec(result, {
    metric, per: q.per, parent: q.parent, source: sourceLine(ds, lang),
    periodLabel: (k) => formatPeriodLabel(k, lang), granularityLabel: t.granularity[granularity], lang,
  });
  return { chosen, result, spec };
}

export function leagueOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const metric = metricOptions(ds).find((m) => m.id === q.metric)!;
  const parent = q.parent || undefined;
  const league = buildLeagueTable(ds, { metric: metric.id, period: q.period, parent, per: q.per, compare: q.compare || undefined });
  const granularity = parsePeriodKey(q.period)?.granularity;
  const runs = !granularity || granularity === 'C' ? new Map<number, number>()
    : new Map(persistentLaggards(ds, metric.id, granularity, PERSISTENT_RUN, { upTo: q.period, parent, per: q.per }).map((p) => [p.unit, p.run]));
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const previousLabel = hasPrevious ? formatPeriodLabel(league.previous, lang) : '';
  const rows = hasPrevious ? league.rows : league.rows.map((r) => ({ ...r, rankChange: null, isNew: false }));
  const table = buildLeagueTableSpec(rows, { metric, periodLabel: formatPeriodLabel(q.period, lang), previousLabel, parent: q.parent, per: q.per, source: sourceLine(ds, lang), lang });
  return { league, runs, rows, table };
}

export function streetLeagueOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const metric = metricOptions(ds).find((m) => m.id === q.metric)!;
  const league = buildStreetLeague(ds, { metric: metric.id, period: q.period, per: q.per, compare: q.compare || undefined });
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const table = buildStreetLeagueTableSpec(league.rows, {
    metric, periodLabel: formatPeriodLabel(q.period, lang), previousLabel: hasPrevious ? formatPeriodLabel(league.previous, lang) : '', per: q.per, source: sourceLine(ds, lang), lang,
  });
  return { league, table };
}

export function compositeOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const t = messagesFor(lang);
  const c = t.composite;
  const l = t.league;
  const candidates = compositeCandidates(metricOptions(ds));
  const settings = defaultCompositeSettings(candidates, q.metric);
  const weights = activeWeights(settings);
  const defs = new Map(candidates.map((m) => [m.id, m]));
  const chosen = weights.map((w) => defs.get(w.id)!).filter(Boolean);
  const periodLabel = formatPeriodLabel(q.period, lang);
  const out = (method: 'percentile' | 'zscore') => {
    const result = compositeIndex(ds, { metrics: weights, period: q.period, method, per: q.per, parent: q.parent || undefined });
    const table = {
      ...(lang === 'en' ? { lang } : {}),
      title: l.compositeTitle(q.parent),
      subtitle: `${periodLabel} · ${parentText(q.parent, lang)} · ${perText(q.per, lang)} · ${method === 'percentile' ? c.methodPercentile : c.methodZ}`,
      source: sourceLine(ds, lang),
      columns: [
        { key: 'rank', label: l.rank, numeric: true }, { key: 'name', label: l.community }, { key: 'parent', label: l.parent },
        { key: 'score', label: c.score, numeric: true },
        ...chosen.map((m) => ({ key: m.id, label: c.scoreOf(lang === 'en' ? m.en : m.zh), numeric: true })),
      ],
      rows: result.rows.map((r) => [r.rank, r.name, r.parent, r.score, ...r.parts.map((p) => (Number.isFinite(p.score) ? p.score : null))]),
      notes: [lang === 'en' ? result.methodNoteEn : result.methodNote],
    };
    return { result, table };
  };
  return { settings, weights, percentile: out('percentile'), zscore: out('zscore') };
}

export function scatterOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const options = metricOptions(ds);
  const y = options.find((m) => m.id === q.metric)!;
  const x = options.find((m) => m.id === defaultXMetric(options, q.metric))!;
  const data = scatterData(ds, { x, y, period: q.period, parent: q.parent, per: q.per });
  const missingCount = new Set([...data.missingX, ...data.missingY].map((m) => `${m.parent}\u0000${m.name}`)).size;
  const spec = buildScatterSpec(data.points, {
    x, y, per: q.per, xPer: data.xPer, yPer: data.yPer,
    periodLabel: formatPeriodLabel(q.period, lang), parent: q.parent, source: sourceLine(ds, lang), missingCount, lang,
  });
  return { x: x.id, data, spec };
}

export function imbalanceOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const t = messagesFor(lang);
  const share = 0.5;
  const { period } = q;
  const opts = { parent: q.parent || undefined, per: q.per, laggardShare: share };
  const rows = imbalanceOverview(ds, period, opts);
  const selected = rows.find((r) => r.metric.id === q.metric) ?? rows.find((r) => r.ranked) ?? rows[0]!;
  const granularity = parsePeriodKey(period)?.granularity;
  const rollUp = granularity && granularity !== 'C' ? granularity : undefined;
  const metricId = selected.metric.id;
  const trend = rollUp ? spreadTrend(ds, metricId, rollUp, { upTo: period, parent: opts.parent, per: opts.per }) : null;
  const persistent = rollUp ? persistentLaggards(ds, metricId, rollUp, PERSISTENT_RUN, { upTo: period, parent: opts.parent, per: opts.per }) : [];
  const heatIds = rows.filter((r) => r.ranked).map((r) => r.metric.id);
  const matrix = percentileMatrix(ds, period, heatIds, { parent: opts.parent, per: opts.per });
  const narrative = buildNarrative(ds, period, lang, { ...opts, focusMetric: metricId }).sentences;
  const ctx = { periodLabel: formatPeriodLabel(period, lang), parent: q.parent, per: q.per, source: sourceLine(ds, lang), lang };
  const spreadTable = buildSpreadTableSpec(rows, ctx);
  const laggardTable = buildLaggardTableSpec(selected, persistent, share, ctx);
  const trendSpec = trend && rollUp && trend.points.length >= 2
    ? buildSpreadTrendSpec(trend, { ...ctx, metric: selected.metric, periodName: (k) => formatPeriodLabel(k, lang), granularityLabel: t.granularity[rollUp] })
    : undefined;
  const defs = matrix.metrics.map((id) => resolveMetric(ds, id)!);
  const heatTable = matrix.units.length === 0 ? undefined : buildHeatmapTableSpec(matrix, ds.units, defs, ctx);
  return { rows, selected: metricId, trend, persistent, matrix, narrative, spreadTable, laggardTable, trendSpec, heatTable };
}

export function profileOutput(ds: Dataset, q: ViewQuery, lang: Lang) {
  const t = messagesFor(lang);
  const name = q.units[0] ?? ds.units[0]!.name;
  const unit = findUnitsByName(ds, [name])[0]!;
  const ctx: ProfileSpecContext = { periodLabel: (k) => formatPeriodLabel(k, lang), source: sourceLine(ds, lang), lang };
  const context = new ProfileContext(ds, q.period, q.per);
  const profile = context.profile(unit);
  const learn = learnFromPeers(context, profile);
  const g = parsePeriodKey(q.period)?.granularity;
  const trends = g && g !== 'C' ? weakestMetrics(profile).slice(0, 2).map((m) => {
    const r = trendSeries(ds, { metric: m.metric.id, granularity: g, units: [unit], per: q.per, to: q.period });
    const spec = buildTrendChartSpec(r, {
      metric: m.metric, per: q.per, parent: '', source: ctx.source, periodLabel: ctx.periodLabel, granularityLabel: t.granularity[g], lang,
    });
    return { id: m.metric.id, spec: { ...spec, title: profileWords(lang).trendTitle(profile.name, metricName(m.metric, lang)) } };
  }) : [];
  return {
    profile, learn, narrative: profileNarrative(profile, learn, lang),
    percentile: buildProfilePercentileSpec(profile, ctx), table: buildProfileTableSpec(profile, ctx), trends,
  };
}
