/**
 * Units × metrics coloured by direction-aware percentile (dark = ahead, light = behind), with the
 * value and percentile on hover, and the same numbers in an accessible table.
 */
import type { Dataset } from '../../../data/dataset/dataset';
import { useMemo } from 'react';
import { percentileAt, type PercentileMatrix } from '../../../analysis/heatmap';
import { formatQualified, formatShare } from '../../../analysis/format-number';
import { resolveMetric } from '../../../analysis/resolve-metric';
import { heatColour } from '../../../charts/heat-colour';
import { heatCell, heatmapNotes, heatmapShownRows, heatPartialNotes } from '../../../charts/imbalance-specs';
import { valueUnit, type PerBaseText } from '../../../charts/spec-text';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { UnitProfileLink } from '../../shared/UnitProfileLink';

interface Props {
  readonly dataset: Dataset;
  readonly matrix: PercentileMatrix;
  readonly caption: string;
  /** The per-capita choice the values are in (人/千人 per 1,000 residents). */
  readonly per: PerBaseText;
}

export function Heatmap({ dataset, matrix, caption, per }: Props) {
  const t = useT().imbalance;
  const lang = useLang();
  const rows = useMemo(() => heatmapShownRows(matrix), [matrix]);
  const defs = matrix.metrics.map((id) => resolveMetric(dataset, id));
  const label = (j: number) => (lang === 'en' ? defs[j]?.en : defs[j]?.zh) ?? matrix.metrics[j]!;
  // Each shown cell's text once: the grid's hover title and the accessible table both show it.
  const texts = useMemo(() => rows.map((r) => matrix.metrics.map((id, j) => {
    const v = matrix.value(r, j);
    if (!Number.isFinite(v)) return t.noData;
    const def = resolveMetric(dataset, id);
    if (matrix.partial(r, j)) return t.partialCell(formatQualified(v, matrix.qualifier(r, j), lang, { unit: def ? valueUnit(def, per, lang) : '' }), matrix.partialMeaning(r, j));
    return t.pct(formatQualified(v, matrix.qualifier(r, j), lang, { unit: def ? valueUnit(def, per, lang) : '' }), formatShare(percentileAt(matrix, r, j)));
  })), [rows, matrix, dataset, lang, t, per]);
  return (
    <div className="heatmap">
      <div className="table-scroll" aria-hidden="true">
        <table className="heatmap-grid">
          <thead>
            <tr><th />{matrix.metrics.map((id, j) => <th key={id} className="heatmap-col">{label(j)}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const u = matrix.units[r]!;
              return (
              <tr key={u}>
                <th className="heatmap-row"><UnitProfileLink name={dataset.units[u]!.name} tabIndex={-1} /></th>
                {matrix.metrics.map((id, j) => {
                  const cell = heatCell(matrix, r, j);
                  return (
                    <td key={id} className="heatmap-cell" style={heatColour(percentileAt(matrix, r, j))} title={t.cellTitle(dataset.units[u]!.name, label(j), texts[i]![j]!)}>
                      {cell.pct === null ? '—' : `${cell.pct}${cell.mark}`}
                    </td>
                  );
                })}
              </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="notes">{t.heatNote}</p>
      {heatmapNotes(matrix, rows, lang).map((note) => <p key={note} className="notes">{note}</p>)}
      {rows.length < matrix.units.length && <p className="notes">{t.heatAllOfStreet}</p>}
      {heatPartialNotes(matrix, t.heatPartial).map((note) => <p key={note} className="notes">{note}</p>)}
      <details className="data-table">
        <summary>{t.heatTable}</summary>
        <table>
          <caption>{caption}</caption>
          <thead><tr><th scope="col">{t.colUnit}</th>{matrix.metrics.map((id, j) => <th key={id} scope="col">{label(j)}</th>)}</tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={matrix.units[r]}>
                <th scope="row"><UnitProfileLink name={dataset.units[matrix.units[r]!]!.name} /></th>
                {matrix.metrics.map((id, j) => <td key={id} className="num">{texts[i]![j]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
