/**
 * Units × metrics coloured by direction-aware percentile (dark = ahead, light = behind), with the
 * value and percentile on hover, and the same numbers in an accessible table.
 */
import type { Dataset } from '../../../data/dataset/dataset';
import { useMemo } from 'react';
import { heatmapRows, percentileAt, type PercentileMatrix } from '../../../analysis/heatmap';
import { formatQualified, formatShare, qualifierMark } from '../../../analysis/format-number';
import { resolveMetric } from '../../../analysis/resolve-metric';
import { heatColour } from '../../../charts/heat-colour';
import { heatPartialNotes } from '../../../charts/imbalance-specs';
import { valueUnit, type PerBaseText } from '../../../charts/spec-text';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { UnitProfileLink } from '../../shared/UnitProfileLink';

/** Rows drawn at most: a street's communities all fit; of a whole city, those furthest behind. */
export const HEATMAP_ROWS = 60;

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
  const rows = useMemo(() => heatmapRows(matrix, HEATMAP_ROWS), [matrix]);
  const total = matrix.units.length;
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
                  const p = percentileAt(matrix, r, j);
                  return (
                    <td key={id} className="heatmap-cell" style={heatColour(p)} title={t.cellTitle(dataset.units[u]!.name, label(j), texts[i]![j]!)}>
                      {Number.isFinite(p) ? `${Math.round(p * 100)}${qualifierMark(matrix.qualifier(r, j)).mark}` : '—'}
                    </td>
                  );
                })}
              </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length < total && <p className="notes">{t.heatSubset(rows.length, total)}</p>}
      <p className="notes">{t.heatNote}</p>
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
