/**
 * Streets/towns ranked as groups: each street's value is computed from its communities' data
 * (sums, or Σnumerator ÷ Σdenominator), never the mean of community values.
 */
import { partialMeaning } from '../../../analysis/partial-meaning';
import { useQuery } from '@tanstack/react-query';
import type { Analysis } from '../../../analysis/model/analysis';
import { rankChangeLabel, rankChangeText, valueText } from '../../../charts/league-text';
import { valueUnit } from '../../../charts/spec-text';
import { streetChangePartial, streetIsNew } from '../../../charts/street-league-spec';
import { ChangePartialMark } from '../../shared/ChangePartialMark';
import { ExportSlot } from '../../shared/ExportSlot';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import type { ViewQuery } from '../../view-query';
import { chartWords } from '../../../charts/chart-words';
import { tableWords } from '../../../charts/table-words';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { getStreetLeagueQueryOptions } from './street-league-view-model';

export interface StreetLeaguePanelProps {
  readonly analysis: Analysis;
  readonly query: ViewQuery;
  readonly metric: MetricDef;
  readonly periodLabel: string;
}

export function StreetLeaguePanel({ analysis, query, metric, periodLabel }: StreetLeaguePanelProps) {
  const l = useT().league;
  const lang = useLang();
  const vm = useQuery(getStreetLeagueQueryOptions(analysis, { ...query, metric: metric.id }, lang)).data;
  if (!vm) return null;
  const { league, hasPrevious, table } = vm;
  const unit = valueUnit(metric, query.per, lang);
  const meaning = partialMeaning(metric, query.per);
  const partialUnranked = league.rows.filter((r) => r.parent !== '' && r.partial && r.rank === null && Number.isFinite(r.value)).length;
  const noParent = league.rows.some((r) => r.parent === '');
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
              const rc = { rank: r.rank, rankChange: hasPrevious ? r.rankChange : null, rankBounded: r.rankBounded, isNew: streetIsNew(r, hasPrevious), prevRank: hasPrevious ? r.prevRank : null };
              return (
                <tr key={r.parent} className={r.rank === null ? 'unranked' : undefined}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">{r.parent || l.noParent}{r.partial ? <span className="partial-mark" title={r.rank === null ? l.partialTip(meaning) : l.partialPeriodTip(meaning)}>{l.partial}</span> : null}</th>
                  <td className="num">{valueText(r.value, r.qualifier, lang)}</td>
                  <td className="num">{r.reporting ?? '—'}/{r.units}</td>
                  <td className="num">
                    <span aria-hidden="true">{rankChangeText(rc, lang)}</span><span className="sr-only">{rankChangeLabel(rc, lang)}</span>
                    <ChangePartialMark kind={streetChangePartial(r, hasPrevious)} meaning={meaning} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {partialUnranked > 0 && <p className="notes">{l.partialUnranked(partialUnranked, meaning)}</p>}
      {/* The exported table's note, word for word. */}
      {noParent && <p className="notes">{tableWords(lang).noteNoParentStreet}</p>}
    </>
  );
}
