/** Units far below the median (adjustable share), robust outliers, and 连续N期靠后 runs. */
import { isRankedForImbalance, type MetricImbalance } from '../../../analysis/imbalance';
import type { PersistentLaggard } from '../../../analysis/persistent-laggards';
import { formatQualified, formatShare } from '../../../analysis/format-number';
import { laggardCriterionText, nameList, NAMES_SHOWN, persistentListedNote, persistentNames, shareOfMedianText } from '../../../charts/imbalance-specs';
import { laggingNote } from '../../../charts/league-table-spec';
import { tableWords } from '../../../charts/table-words';
import { valueUnit, type PerBaseText } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { UnitProfileLink } from '../../shared/UnitProfileLink';
import { LAGGARD_SHARE } from '../../url-state';

interface Props {
  readonly imbalance: MetricImbalance;
  readonly persistent: readonly PersistentLaggard[];
  readonly share: number;
  readonly onShare: (share: number) => void;
  /** The per-capita choice the values are in (人/千人 per 1,000 residents). */
  readonly per: PerBaseText;
}

/** Rows of the on-page laggard table (a city can have a thousand; the exported table has them all). */
export const LAGGARDS_SHOWN = 50;
/** Names in the 连续N期靠后 and outlier sentences before “…, N in all” (the slide's note lists as many). */
export { NAMES_SHOWN };

export function LaggardList({ imbalance: m, persistent, share, onShare, per }: Props) {
  const lower = m.metric.direction === 'lower';
  const runOf = new Map(persistent.map((p) => [p.unit, p.run]));
  const t = useT().imbalance;
  const lang = useLang();
  // The exported table's words and figures (持续靠后, 连续N期靠后, 45%, 2.9倍), so its slide says what the page does.
  const tw = tableWords(lang);
  const unit = valueUnit(m.metric, per, lang);
  const val = (v: number, q: number) => formatQualified(v, q, lang, { unit, compact: true });
  // In the table, in full and in the digits its slide writes them with (308人, 12.3人; not 1.2万人).
  const cell = (v: number, q: number) => formatQualified(v, q, lang, { unit });
  const outliers = t.outliers(nameList(m.outliers.map((o) => t.outlierItem(o.name, o.side === 'high', val(o.value, o.qualifier))), lang));
  const listed = persistent.length > 0 ? persistentListedNote(m, persistent, lang) : null;
  // A metric with no better or worse (常住人口, 低保户数): no laggards, criterion or runs, as its slide says.
  if (!isRankedForImbalance(m.metric)) {
    return (
      <div className="laggards">
        <p className="muted">{tw.notJudged(lang === 'en' ? m.metric.en : m.metric.zh)}</p>
        {m.outliers.length > 0 && <p className="notes">{outliers}</p>}
      </div>
    );
  }
  return (
    <div className="laggards">
      <label className="field">
        {t.criterion(lower)}
        <input type="range" min={LAGGARD_SHARE.min * 100} max={LAGGARD_SHARE.max * 100} step={5} value={Math.round(share * 100)}
          onChange={(e) => onShare(Number(e.target.value) / 100)} aria-valuetext={formatShare(share)} />
        {laggardCriterionText(lower, share, lang)}
      </label>
      {m.laggards.length === 0 ? (
        <p className="muted">{t.noLaggards(lower, val(m.median, 0))}</p>
      ) : (
        <table className="data-table">
          <caption>{t.laggardCaption(lang === 'en' ? m.metric.en : m.metric.zh, val(m.median, 0))}</caption>
          <thead><tr><th scope="col">{t.colUnit}</th><th scope="col">{t.colParent}</th><th scope="col" className="num">{t.colValue}</th><th scope="col" className="num">{t.colShare}</th><th scope="col">{tw.laggingCol}</th></tr></thead>
          <tbody>
            {m.laggards.slice(0, LAGGARDS_SHOWN).map((l) => (
              <tr key={l.unit}>
                <th scope="row"><UnitProfileLink name={l.name} /></th>
                <td>{l.parent || '—'}</td>
                <td className="num">{cell(l.value, l.qualifier)}</td>
                <td className="num">{shareOfMedianText(lower, l.shareOfMedian, lang)}</td>
                <td>{runOf.has(l.unit) ? tw.laggingRun(runOf.get(l.unit)!) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {m.laggards.length > LAGGARDS_SHOWN && <p className="notes">{t.moreLaggards(LAGGARDS_SHOWN, m.laggards.length)}</p>}
      {m.partial && <p className="notes">{m.partialLeftOut > 0 ? t.partialLeftOut(m.partialLeftOut, m.partialMeaning) : t.allPartial(m.partialMeaning)}</p>}
      {/* What 持续靠后 means, counted in the period's granularity up to it, in the 排行 page's and the slide's words. */}
      <p className="notes">
        {laggingNote({ runs: persistent.map((p) => p.run), granularity: parsePeriodKey(m.period)?.granularity }, formatPeriodLabel(m.period, lang), lang)}
        {persistent.length > 0 && t.persistentList(persistentNames(persistent, lang))}
      </p>
      {/* The count above is of every unit with a run; the table lists only those far behind. */}
      {listed !== null && <p className="notes">{listed}</p>}
      {m.outliers.length > 0 && (
        <p className="notes">{outliers}</p>
      )}
    </div>
  );
}
