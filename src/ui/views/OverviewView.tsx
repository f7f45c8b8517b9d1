/**
 * 总览: the period's headline totals per family as cards (big total in 万 form, 环比 and 同比 as
 * separate chips with arrows and signs, never colour alone), and the top three imbalance
 * findings linking to their views.
 */
import { useQuery } from '@tanstack/react-query';
import { formatQualified } from '../../analysis/format-number';
import { overviewChange, overviewChangeText } from '../../charts/overview-table-spec';
import type { OverviewMetric } from '../../analysis/overview';
import { partialMeaning, type PartialMeaning } from '../../analysis/partial-meaning';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { EmptyState } from '../shared/EmptyState';
import type { DatasetViewProps } from '../ViewRouter';
import { resolveMetric } from '../../analysis/resolve-metric';
import { ExportSlot } from '../shared/ExportSlot';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { getOverviewQueryOptions } from './overview/overview-view-model';
import { changePartialMark } from '../../charts/change-partial';
import { chartWords } from '../../charts/chart-words';

interface ChangeProps {
  readonly label: string;
  readonly pct: number;
  readonly pp: number;
  readonly q: number;
  readonly comparable: boolean;
  /** The total compared against is incomplete: said beside the change, as 不完整 beside a partial total. */
  readonly basePartial: boolean;
  readonly meaning: PartialMeaning;
}

function Change({ label, pct, pp, q, comparable, basePartial, meaning }: ChangeProps) {
  const t = useT().overview;
  const lang = useLang();
  // The exported table's figure, rounded to the shown precision (0.1% or 0.1 百分点): below it the
  // change reads as 0, with no arrow.
  const x = overviewChange(pct, pp);
  if (x === null) return <span className="change flat" title={t.noComparable}>{label} {t.noComparableText}</span>;
  // The change's mark (≈, ＞, ＜ from the two totals') stands before its sign: ≈+8.4%, ＞0%, ≈持平.
  const arrow = x > 0 ? '▲' : x < 0 ? '▼' : '—';
  const text = overviewChangeText(pct, pp, q, lang);
  return (
    <span className={`change ${x > 0 ? 'up' : x < 0 ? 'down' : 'flat'}`}>
      {label} {x !== 0 && <span aria-hidden="true">{arrow}</span>}{text}
      {basePartial && <span className="partial-mark" title={t.basePartialTip(meaning)}>{chartWords(lang).paren(changePartialMark('prev', lang))}</span>}
      {!comparable && <span className="tag" title={t.notComparableTip}>{t.notComparable}</span>}
    </span>
  );
}

function MetricLine({ m, unitEn, meaning }: { m: OverviewMetric; unitEn: string; meaning: PartialMeaning }) {
  const t = useT().overview;
  const lang = useLang();
  return (
    <li className="overview-metric">
      <span className="label">{lang === 'en' ? m.labelEn : m.label}{m.partial && <span className="partial-mark" title={t.partialTip(meaning)}>{t.partial}</span>}</span>
      <span className="value num">{formatQualified(m.total, m.qualifier, lang, { compact: true, digits: m.unit === '%' ? 1 : undefined, unit: lang === 'en' ? unitEn : m.unit })}</span>
      <span className="changes">
        <Change label={t.mom} pct={m.changePct} pp={m.changePp} q={m.changeQualifier} comparable={m.changeComparable} basePartial={m.prevPartial} meaning={meaning} />
        <Change label={t.yoy} pct={m.yoyPct} pp={m.yoyPp} q={m.yoyQualifier} comparable={m.yoyComparable} basePartial={m.lastYearPartial} meaning={meaning} />
      </span>
    </li>
  );
}

export function OverviewView({ dataset, analysis, query, setQuery }: DatasetViewProps) {
  const t = useT();
  const lang = useLang();
  const vm = useQuery(getOverviewQueryOptions(analysis, query, lang)).data;
  const overview = vm?.overview;
  const table = vm?.table;
  if (!overview || overview.families.length === 0) {
    return <EmptyState title={t.empty.noOverview}>{t.empty.noOverviewHint}</EmptyState>;
  }
  const periodText = formatPeriodLabel(query.period, lang);
  return (
    <div className="overview-view">
      {overview.findings.length > 0 && (
        <section className="panel" aria-labelledby="ov-findings">
          <h2 id="ov-findings">{t.overview.findings(periodText)}</h2>
          <ol className="findings">
            {overview.findings.map((f, i) => (
              <li key={i}>
                <span>{f.text}</span>
                {f.link && (
                  <button type="button" className="link-button"
                    onClick={() => setQuery({ view: f.link!.view, metric: f.link!.metric, period: f.link!.period })}>
                    {f.link.view === 'league' ? t.overview.toLeague : t.overview.toImbalance}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="table-toolbar overview-export">
        <p className="table-summary">{table?.title}</p>
        <ExportSlot table={table} />
      </div>
      <div className="card-grid">
        {overview.families.map((f) => (
          <section key={f.family} className="card panel" aria-labelledby={`ov-${f.family}`}>
            <h2 id={`ov-${f.family}`}>{t.families[f.family]}</h2>
            <ul className="overview-metrics">{f.metrics.map((m) => {
              const def = resolveMetric(dataset, m.id);
              return <MetricLine key={m.id} m={m} unitEn={def?.unitEn ?? m.unit} meaning={def ? partialMeaning(def) : 'mixed'} />;
            })}</ul>
          </section>
        ))}
      </div>
      <p className="notes">{t.overview.method(periodText)}</p>
    </div>
  );
}
