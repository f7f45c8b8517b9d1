/** Metrics ranked by spread across units: CV, Gini, max/min, P90/P10, Theil between/within. */
import type { MetricImbalance } from '../../../analysis/imbalance';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { spreadFigureText, spreadLaggards, theilShareText, unrankedTag, unsplit, type SpreadFigure } from '../../../charts/imbalance-specs';
import { tableWords } from '../../../charts/table-words';

interface Props {
  readonly rows: readonly MetricImbalance[];
  readonly selected: string;
  readonly onSelect: (metricId: string) => void;
}

export function SpreadTable({ rows, selected, onSelect }: Props) {
  const w = useT().imbalance;
  const lang = useLang();
  // The exported table's numbers in its digits (0.70, not 0.7; 5.3倍 as its slide says 5.3).
  const fig = (m: MetricImbalance, key: SpreadFigure) => spreadFigureText(m, key, lang);
  return (
    <div className="table-scroll">
      <table className="data-table spread-table">
        <caption>{w.spreadCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.colMetric}</th><th scope="col" className="num">{w.colN}</th><th scope="col" className="num">{w.colCv}</th>
            <th scope="col" className="num">{w.colGini}</th><th scope="col" className="num">{w.colMaxMin}</th><th scope="col" className="num">{w.colP90}</th>
            <th scope="col" className="num">{w.colBetween}</th><th scope="col" className="num">{w.colWithin}</th><th scope="col" className="num">{w.colLaggards}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            return (
              <tr key={m.metric.id} aria-selected={m.metric.id === selected} className={m.metric.id === selected ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(m.metric.id)}>{lang === 'en' ? m.metric.en : m.metric.zh}</button>
                  {!m.ranked && <span className="tag" title={m.sparse && m.metric.family !== 'base' ? w.sparseTip : undefined}>{unrankedTag(m, w)}</span>}
                  {m.partial && <span className="tag" title={m.partialLeftOut > 0 ? w.partialLeftOut(m.partialLeftOut, m.partialMeaning) : w.allPartial(m.partialMeaning)}>{w.partialTag}</span>}
                </th>
                <td className="num">{m.n}</td>
                <td className="num">{fig(m, 'cv')}</td>
                <td className="num">{fig(m, 'gini')}</td>
                <td className="num">{fig(m, 'maxMin')}</td>
                <td className="num">{fig(m, 'p90p10')}</td>
                <td className="num">{theilShareText(m, 'between', lang)}</td>
                <td className="num">{theilShareText(m, 'within', lang)}</td>
                <td className="num">{spreadLaggards(m) ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.some(unsplit) && <p className="muted">{tableWords(lang).noteNoStreetSplit}</p>}
    </div>
  );
}
