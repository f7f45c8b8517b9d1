/**
 * 排行: the league table of units (or of streets/towns as groups, or on a weighted composite
 * index) for one metric and period, with change and rank change against the previous period (or
 * the chosen compare period) and the 连续N期靠后 flag.
 */
import { tableWords } from '../../charts/table-words';
import { partialMeaning } from '../../analysis/partial-meaning';
import { useQuery } from '@tanstack/react-query';
import { valueUnit } from '../../charts/spec-text';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { metricOptions } from '../metric-options';
import { PanelErrorBoundary } from '../shell/PanelErrorBoundary';
import { EmptyState } from '../shared/EmptyState';
import { ExportSlot } from '../shared/ExportSlot';
import type { LeagueMode } from '../view-query';
import type { DatasetViewProps } from '../ViewRouter';
import { getLeagueQueryOptions } from './league/league-view-model';
import { CompositePanel } from './league/CompositePanel';
import { LeagueTable } from './league/LeagueTable';
import { StreetLeaguePanel } from './league/StreetLeaguePanel';
import { chartWords } from '../../charts/chart-words';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export type LeagueViewProps = DatasetViewProps;

const MODES: readonly LeagueMode[] = ['unit', 'street', 'composite'];

export function LeagueView({ dataset, analysis, query, setQuery }: LeagueViewProps) {
  const mode: LeagueMode = query.mode ?? 'unit';
  // 社区排行 is the default and stays out of the URL.
  const setMode = (m: LeagueMode) => setQuery({ mode: m === 'unit' ? undefined : m });
  const t = useT();
  const l = t.league;
  const lang = useLang();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const vm = useQuery(getLeagueQueryOptions(analysis, query, lang)).data;
  if (!metric || !vm) return <EmptyState title={t.empty.noLeague}>{t.empty.importHint}</EmptyState>;
  const { league, runs, rows, previousLabel, table, pageNotes, laggingNote } = vm;
  const periodLabel = formatPeriodLabel(query.period, lang);
  const metricLabel = lang === 'en' ? metric.en : metric.zh;
  const unit = valueUnit(metric, query.per, lang);
  const heading = mode === 'composite' ? tableWords(lang).compositeTitle(query.parent)
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
          <StreetLeaguePanel analysis={analysis} query={query} metric={metric} periodLabel={periodLabel} />
        </PanelErrorBoundary>
      )}
      {mode === 'composite' && (
        <PanelErrorBoundary label={l.composite} resetKey={query.period}>
          <CompositePanel dataset={dataset} analysis={analysis} query={query} setQuery={setQuery} periodLabel={periodLabel} />
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
            partialMeaning={partialMeaning(league.metric, query.per)}
          />
          <ul className="notes">
            {pageNotes.map((n) => <li key={n}>{n}</li>)}
            {(league.partialUnranked ?? 0) > 0 && (
              <li>{l.partialUnranked(league.partialUnranked ?? 0, partialMeaning(league.metric, query.per))}</li>
            )}
            {rows.some((r) => r.partial && r.rank !== null) && <li>{l.allPartial(partialMeaning(league.metric, query.per))}</li>}
            <li>{laggingNote}</li>
            {rows.length > 1000 && <li>{l.manyRows}</li>}
          </ul>
          <p className="source">{t.chart.source(table.source)}</p>
        </>
      ))}
    </section>
  );
}
