/**
 * Streets/towns ranked as groups: each street's value is computed from its communities' data
 * (sums, or Σnumerator ÷ Σdenominator), never the mean of community values.
 */
import { useMemo } from 'react';
import { buildStreetLeague } from '../../../analysis/street-league';
import { rankChangeLabel, rankChangeText, valueText } from '../../../charts/league-text';
import { sourceLine, valueUnit } from '../../../charts/spec-text';
import { buildStreetLeagueTableSpec } from '../../../charts/street-league-spec';
import { ExportSlot } from '../../shared/ExportSlot';
import type { Dataset } from '../../../data/dataset/dataset';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import type { ViewQuery } from '../../view-query';
import { chartWords } from '../../../charts/chart-words';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

export interface StreetLeaguePanelProps {
  readonly dataset: Dataset;
  readonly query: ViewQuery;
  readonly metric: MetricDef;
  readonly periodLabel: string;
}

export function StreetLeaguePanel({ dataset, query, metric, periodLabel }: StreetLeaguePanelProps) {
  const league = useMemo(
    () => buildStreetLeague(dataset, { metric: metric.id, period: query.period, per: query.per, compare: query.compare || undefined }),
    [dataset, metric, query.period, query.per, query.compare],
  );
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const l = useT().league;
  const lang = useLang();
  const unit = valueUnit(metric, query.per, lang);
  const table = useMemo(() => buildStreetLeagueTableSpec(league.rows, {
    metric, periodLabel, previousLabel: hasPrevious ? formatPeriodLabel(league.previous, lang) : '', per: query.per, source: sourceLine(dataset, lang), lang,
  }), [league, metric, periodLabel, hasPrevious, lang, query.per, dataset]);
  return (
    <>
      <div className="table-toolbar">
        <p className="table-summary">
          {l.streetNote}
          {hasPrevious ? l.streetPrevious(formatPeriodLabel(league.previous, lang)) : l.noPrevious}
        </p>
        {league.rows.length > 0 && <ExportSlot table={table} />}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={l.streetRegion}>
        <table className="league-table">
          <caption>{l.streetCaption(lang === 'en' ? metric.en : metric.zh, periodLabel)}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{l.rank}</th>
              <th scope="col">{l.parent}</th>
              <th scope="col" className="num">{chartWords(lang).colValue(unit)}</th>
              <th scope="col" className="num">{l.reporting}</th>
              <th scope="col" className="num">{l.rankChange}</th>
            </tr>
          </thead>
          <tbody>
            {league.rows.map((r) => {
              const rc = { rank: r.rank, rankChange: hasPrevious ? r.rankChange : null, isNew: hasPrevious && r.rank !== null && r.prevRank === null };
              return (
                <tr key={r.parent} className={r.rank === null ? 'unranked' : undefined}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">{r.parent || l.noParent}{r.partial ? <span className="partial-mark" title={l.partialPeriodTip}>{l.partial}</span> : null}</th>
                  <td className="num">{valueText(r.value, 'exact', lang)}</td>
                  <td className="num">{r.reporting ?? '—'}/{r.units}</td>
                  <td className="num"><span aria-hidden="true">{rankChangeText(rc, lang)}</span><span className="sr-only">{rankChangeLabel(rc, lang)}</span></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
