/**
 * What the 排行 view draws for a query (units mode): the league table, the 连续N期靠后 runs, the
 * rows as shown (rank changes blanked when there is no comparison period) and the exported table.
 * Pure: analysis model + query → data.
 */
import type { Lang } from '../../../analysis/format-number';
import { buildLeagueTable, type LeagueRow, type LeagueTable } from '../../../analysis/league-table';
import type { Analysis } from '../../../analysis/model/analysis';
import { sourceFiles } from '../../../analysis/source-files';
import { PERSISTENT_RUN, persistentLaggards } from '../../../analysis/persistent-laggards';
import type { TableSpec } from '../../../charts/chart-spec';
import { buildLeagueTableSpec, laggingNote, leagueNotes, type LeagueSpecContext } from '../../../charts/league-table-spec';
import { sourceLine } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { viewQueryOptions } from '../../api/view-query-options';
import { messagesFor } from '../../i18n/use-t';
import { metricOptions } from '../../metric-options';
import type { ViewQuery } from '../../view-query';

export type LeagueViewQuery = Pick<ViewQuery, 'metric' | 'period' | 'parent' | 'per' | 'compare'>;

export interface LeagueViewModel {
  readonly league: LeagueTable;
  /** 连续N期靠后 run length by unit (empty for cumulative periods). */
  readonly runs: ReadonlyMap<number, number>;
  /** The rows shown: rank changes blanked when no unit has a rank in the comparison period. */
  readonly rows: readonly LeagueRow[];
  /** `2024年第一季度`, or '' when there is no comparison period. */
  readonly previousLabel: string;
  readonly table: TableSpec;
  /** The table's notes as the page words them: the marks stand before the values and changes there. */
  readonly pageNotes: readonly string[];
  /** The 持续靠后 note, as the exported table says it too. */
  readonly laggingNote: string;
}

/**
 * 连续N期靠后 run length by unit of `metricId` up to `period`, counted in its granularity (empty for
 * cumulative periods): what the league table's 持续靠后 column and note rest on.
 */
export function leagueRuns(model: Analysis, metricId: string, period: string, opts: { parent?: string | undefined; per: ViewQuery['per'] }): ReadonlyMap<number, number> {
  const granularity = parsePeriodKey(period)?.granularity;
  return !granularity || granularity === 'C' ? new Map<number, number>()
    : new Map(persistentLaggards(model, metricId, granularity, PERSISTENT_RUN, { upTo: period, parent: opts.parent, per: opts.per }).map((p) => [p.unit, p.run]));
}

/** The league of `query.metric` in `query.period`; null when the metric or period is not set. */
export function leagueViewModel(model: Analysis, query: LeagueViewQuery, lang: Lang): LeagueViewModel | null {
  const metric = metricOptions(model.cube).find((m) => m.id === query.metric);
  if (!metric || !query.period) return null;
  const parent = query.parent || undefined;
  const league = buildLeagueTable(model, { metric: metric.id, period: query.period, parent, per: query.per, compare: query.compare || undefined });
  const granularity = parsePeriodKey(query.period)?.granularity;
  const runs = leagueRuns(model, metric.id, query.period, { parent, per: query.per });
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const previousLabel = hasPrevious ? formatPeriodLabel(league.previous, lang) : '';
  const rows = hasPrevious ? league.rows : league.rows.map((r) => ({ ...r, rankChange: null, isNew: false }));
  const ctx: LeagueSpecContext = {
    metric, periodLabel: formatPeriodLabel(query.period, lang), previousLabel, parent: query.parent, per: query.per,
    source: sourceLine(model.cube, lang, sourceFiles(model, { metrics: [metric.id], periods: hasPrevious ? [query.period, league.previous] : [query.period], parent, per: query.per })), lang,
  };
  const l = messagesFor(lang).league;
  const pageNotes = leagueNotes(rows, ctx, { mark: l.markOnPage, changeMark: l.changeMarkOnPage });
  const lagging = { runs: rows.map((r) => runs.get(r.unit) ?? null), granularity };
  return {
    league, runs, rows, previousLabel, table: buildLeagueTableSpec(rows, ctx, lagging), pageNotes,
    laggingNote: laggingNote(lagging, ctx.periodLabel, lang),
  };
}

/** The 排行 view's query (units mode). */
export function getLeagueQueryOptions(model: Analysis, query: LeagueViewQuery, lang: Lang) {
  const { metric, period, parent, per, compare } = query;
  return viewQueryOptions('league', model, [metric, period, parent, per, compare, lang], () => leagueViewModel(model, query, lang));
}
