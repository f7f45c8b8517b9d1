/**
 * What the 单位画像 view draws for a query: the unit's profile, 取长补短, the narrative, and the
 * specs of its chart, table and weak-metric trends. Pure: analysis model + query → data.
 */
import { findUnitsByName } from '../../../analysis/find-units';
import type { Lang } from '../../../analysis/format-number';
import { learnFromPeers, type LearnFromPeers } from '../../../analysis/learn-from-peer';
import type { Analysis } from '../../../analysis/model/analysis';
import { profileShown, sourceFiles } from '../../../analysis/source-files';
import { profileNarrative } from '../../../analysis/profile-narrative';
import { trendSeries } from '../../../analysis/trend-series';
import { ProfileContext, weakestMetrics, type UnitProfile } from '../../../analysis/unit-profile';
import type { ChartSpec, TableSpec } from '../../../charts/chart-spec';
import { metricName } from '../../../charts/chart-words';
import { buildProfilePercentileSpec, buildProfileTableSpec, type ProfileSpecContext } from '../../../charts/profile-specs';
import { profileWords } from '../../../charts/profile-words';
import { sourceLine } from '../../../charts/spec-text';
import { buildTrendChartSpec } from '../../../charts/trend-chart-spec';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { messagesFor } from '../../i18n/use-t';
import type { ViewQuery } from '../../view-query';

/** Weak metrics drawn over time against the median. */
export const TRENDS_SHOWN = 2;

export type ProfileViewQuery = Pick<ViewQuery, 'unit' | 'period' | 'per'>;

export interface ProfileModel {
  readonly profile: UnitProfile;
  readonly learn: LearnFromPeers;
  readonly narrative: readonly string[];
  readonly percentile: ChartSpec;
  readonly table: TableSpec;
  readonly trends: readonly { readonly id: string; readonly spec: ChartSpec }[];
}

/** The spec context of the profile's charts and tables in `lang`. */
export function profileSpecContext(model: Analysis, lang: Lang): ProfileSpecContext {
  return { periodLabel: (k) => formatPeriodLabel(k, lang), source: sourceLine(model.cube, lang), lang };
}

/** The unit the query names (its index), or −1 when it names none or one the data lacks. */
export function profileUnit(model: Analysis, query: Pick<ViewQuery, 'unit'>): number {
  const name = query.unit ?? '';
  return name === '' ? -1 : findUnitsByName(model, [name])[0] ?? -1;
}

/** The profile of the query's unit; null when the query names no unit the data has, or no period. */
export function profileViewModel(model: Analysis, query: ProfileViewQuery, lang: Lang): ProfileModel | null {
  const unit = profileUnit(model, query);
  const { period, per } = query;
  if (unit < 0 || !period) return null;
  const ctx = profileSpecContext(model, lang);
  const context = new ProfileContext(model, period, per);
  const profile = context.profile(unit);
  const learn = learnFromPeers(context, profile);
  const g = parsePeriodKey(period)?.granularity;
  const trends = g && g !== 'C' ? weakestMetrics(profile).slice(0, TRENDS_SHOWN).map((m) => {
    const r = trendSeries(model, { metric: m.metric.id, granularity: g, units: [unit], per, to: period });
    const spec = buildTrendChartSpec(r, {
      metric: m.metric, per, parent: '', source: sourceLine(model.cube, lang, sourceFiles(model, { metrics: [m.metric.id], periods: r.periods, per })), periodLabel: ctx.periodLabel, granularityLabel: messagesFor(lang).granularity[g], lang,
    });
    return { id: m.metric.id, spec: { ...spec, title: profileWords(lang).trendTitle(profile.name, metricName(m.metric, lang)) } };
  }) : [];
  const shown = { ...ctx, source: sourceLine(model.cube, lang, sourceFiles(model, profileShown(profile, learn))) };
  return {
    profile, learn, narrative: profileNarrative(profile, learn, lang),
    percentile: buildProfilePercentileSpec(profile, shown),
    table: buildProfileTableSpec(profile, shown),
    trends,
  };
}

/** The 单位画像 view's query. */
export function getProfileQueryOptions(model: Analysis, query: ProfileViewQuery, lang: Lang) {
  const { unit, period, per } = query;
  return viewQueryOptions('profile', model, [unit ?? '', period, per, lang], () => profileViewModel(model, query, lang));
}
