/**
 * 排行: the league table of units (or of streets/towns as groups, or on a weighted composite
 * index) for one metric and period, with change and rank change against the previous period (or
 * the chosen compare period) and the 连续N期靠后 flag.
 */
import { useMemo } from 'react';
import { buildLeagueTable } from '../../analysis/league-table';
import { PERSISTENT_RUN, persistentLaggards } from '../../analysis/persistent-laggards';
import { buildLeagueTableSpec } from '../../charts/league-table-spec';
import { sourceLine, valueUnit } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../data/vocabulary/period';
import { metricOptions } from '../metric-options';
import { PanelErrorBoundary } from '../shell/PanelErrorBoundary';
import { EmptyState } from '../shared/EmptyState';
import { ExportSlot } from '../shared/ExportSlot';
import type { LeagueMode, ViewProps } from '../view-query';
import { CompositePanel } from './league/CompositePanel';
import { LeagueTable } from './league/LeagueTable';
import { StreetLeaguePanel } from './league/StreetLeaguePanel';
import { chartWords } from '../../charts/chart-words';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export interface LeagueViewProps extends ViewProps {
  readonly dataset: Dataset;
}

const MODES: readonly LeagueMode[] = ['unit', 'street', 'composite'];

export function LeagueView({ dataset, query, setQuery }: LeagueViewProps) {
  const mode: LeagueMode = query.mode ?? 'unit';
  // 社区排行 is the default and stays out of the URL.
  const setMode = (m: LeagueMode) => setQuery({ mode: m === 'unit' ? undefined : m });
  const t = useT();
  const l = t.league;
  const lang = useLang();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const parent = query.parent || undefined;
  const league = useMemo(
    () => (metric && query.period
      ? buildLeagueTable(dataset, { metric: metric.id, period: query.period, parent, per: query.per, compare: query.compare || undefined })
      : null),
    [dataset, metric, query.period, parent, query.per, query.compare],
  );
  const granularity = parsePeriodKey(query.period)?.granularity;
  const runs = useMemo(() => {
    if (!metric || !granularity || granularity === 'C') return new Map<number, number>();
    const list = persistentLaggards(dataset, metric.id, granularity, PERSISTENT_RUN, { upTo: query.period, parent, per: query.per });
    return new Map(list.map((p) => [p.unit, p.run]));
  }, [dataset, metric, granularity, query.period, parent, query.per]);
  if (!metric || !league) return <EmptyState title={t.empty.noLeague}>{t.empty.importHint}</EmptyState>;
  const periodLabel = formatPeriodLabel(query.period, lang);
  const metricLabel = lang === 'en' ? metric.en : metric.zh;
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const previousLabel = hasPrevious ? formatPeriodLabel(league.previous, lang) : '';
  const rows = hasPrevious ? league.rows : league.rows.map((r) => ({ ...r, rankChange: null, isNew: false }));
  const unit = valueUnit(metric, query.per, lang);
  const source = sourceLine(dataset, lang);
  const table = buildLeagueTableSpec(rows, { metric, periodLabel, previousLabel, parent: query.parent, per: query.per, source, lang });
  const heading = mode === 'composite' ? l.compositeTitle(query.parent)
    : mode === 'street' ? l.streetTitle(metricLabel) : table.title;
  return (
    <section className="panel league-panel" aria-labelledby="league-title">
      <header className="panel-header">
        <div>
          <h2 id="league-title">{heading}</h2>
          <p className="subtitle">{mode === 'composite' ? l.compositeSub(periodLabel) : table.subtitle}</p>
        </div>
        <div className="panel-actions">
          <div className="segmented" role="group" aria-label={l.modes}>
            {MODES.map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>{l[m]}</button>
            ))}
          </div>
          {mode === 'unit' && league.rows.length > 0 && <ExportSlot table={table} />}
        </div>
      </header>
      {mode === 'street' && (
        <PanelErrorBoundary label={l.street} resetKey={query.period}>
          <StreetLeaguePanel dataset={dataset} query={query} metric={metric} periodLabel={periodLabel} />
        </PanelErrorBoundary>
      )}
      {mode === 'composite' && (
        <PanelErrorBoundary label={l.composite} resetKey={query.period}>
          <CompositePanel dataset={dataset} query={query} setQuery={setQuery} periodLabel={periodLabel} source={source} />
        </PanelErrorBoundary>
      )}
      {mode === 'unit' && (league.rows.length === 0 ? (
        <EmptyState title={l.noUnits(query.parent)}>{l.noUnitsHint}</EmptyState>
      ) : league.rankedCount === 0 ? (
        <EmptyState title={t.empty.noPeriodMetric(periodLabel, metricLabel)}>
          {l.noDataHint(query.per !== 'none')}
        </EmptyState>
      ) : (
        <>
          <p className="table-summary">
            {l.summary(league.rows.length, league.rankedCount, metric.direction === 'lower' ? metricLabel : '', previousLabel)}
          </p>
          <LeagueTable
            caption={l.caption(table.title, periodLabel)}
            rows={rows}
            valueHeader={chartWords(lang).colValue(unit)}
            hasPrevious={previousLabel !== ''}
            laggingRuns={runs}
          />
          <ul className="notes">
            {(table.notes ?? []).map((n) => <li key={n}>{n}</li>)}
            {(league.partialUnranked ?? 0) > 0 && (
              <li>{l.partialUnranked(league.partialUnranked ?? 0)}</li>
            )}
            {rows.some((r) => r.partial && r.rank !== null) && <li>{l.allPartial}</li>}
            <li>
              {l.lagging(PERSISTENT_RUN, granularity ? l.laggingUnit[granularity] : l.laggingPeriod, periodLabel)}
              {granularity === 'C' ? l.laggingCumulative : runs.size > 0 ? l.laggingCount(runs.size) : l.laggingNone}
            </li>
            {rows.length > 1000 && <li>{l.manyRows}</li>}
          </ul>
          <p className="source">{t.chart.source(table.source)}</p>
        </>
      ))}
    </section>
  );
}
