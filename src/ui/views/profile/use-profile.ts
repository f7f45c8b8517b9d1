/**
 * What the 单位画像 view shows, computed from the analysis functions: the profile, 取长补短, the
 * narrative, and the specs of its chart, table and weak-metric trends.
 */
import { useMemo } from 'react';
import type { RollUpGranularity } from '../../../analysis/available-periods';
import { learnFromPeers, type LearnFromPeers } from '../../../analysis/learn-from-peer';
import type { PerBase } from '../../../analysis/per-capita';
import { profileNarrative } from '../../../analysis/profile-narrative';
import { trendSeries } from '../../../analysis/trend-series';
import { ProfileContext, weakestMetrics, type UnitProfile } from '../../../analysis/unit-profile';
import type { ChartSpec, TableSpec } from '../../../charts/chart-spec';
import { metricName } from '../../../charts/chart-words';
import { buildProfilePercentileSpec, buildProfileTableSpec, type ProfileSpecContext } from '../../../charts/profile-specs';
import { profileWords } from '../../../charts/profile-words';
import { buildTrendChartSpec } from '../../../charts/trend-chart-spec';
import type { Dataset } from '../../../data/dataset/dataset';
import { parsePeriodKey } from '../../../data/vocabulary/period';

/** Weak metrics drawn over time against the median. */
export const TRENDS_SHOWN = 2;

export interface ProfileModel {
  readonly profile: UnitProfile;
  readonly learn: LearnFromPeers;
  readonly narrative: readonly string[];
  readonly percentile: ChartSpec;
  readonly table: TableSpec;
  readonly trends: readonly { readonly id: string; readonly spec: ChartSpec }[];
}

export function useProfile(
  ds: Dataset, unit: number, period: string, per: PerBase, ctx: ProfileSpecContext, granularityLabel: (g: RollUpGranularity) => string,
): ProfileModel | null {
  const context = useMemo(() => (period ? new ProfileContext(ds, period, per) : null), [ds, period, per]);
  return useMemo(() => {
    if (!context || unit < 0) return null;
    const lang = ctx.lang ?? 'zh';
    const profile = context.profile(unit);
    const learn = learnFromPeers(context, profile);
    const g = parsePeriodKey(period)?.granularity;
    const trends = g && g !== 'C' ? weakestMetrics(profile).slice(0, TRENDS_SHOWN).map((m) => {
      const r = trendSeries(ds, { metric: m.metric.id, granularity: g, units: [unit], per, to: period });
      const spec = buildTrendChartSpec(r, {
        metric: m.metric, per, parent: '', source: ctx.source, periodLabel: ctx.periodLabel, granularityLabel: granularityLabel(g), lang,
      });
      return { id: m.metric.id, spec: { ...spec, title: profileWords(lang).trendTitle(profile.name, metricName(m.metric, lang)) } };
    }) : [];
    return {
      profile, learn, narrative: profileNarrative(profile, learn, lang),
      percentile: buildProfilePercentileSpec(profile, ctx),
      table: buildProfileTableSpec(profile, ctx),
      trends,
    };
  }, [context, unit, ds, period, per, ctx, granularityLabel]);
}
