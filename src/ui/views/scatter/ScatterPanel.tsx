/**
 * The scatter in a panel: like ChartPanel (title, export, notes, source, data table), but with a
 * legend that names what the marks are (points, median lines, trend line) rather than the two
 * series, which are the axes here.
 */
import { useId, useRef, type ReactNode } from 'react';
import type { ChartSpec } from '../../../charts/chart-spec';
import { REFERENCE_COLOR, SERIES_PALETTE } from '../../../charts/palette';
import { ExportSlot } from '../../shared/ExportSlot';
import { SpecDataTable } from '../../shared/SpecDataTable';
import { useT } from '../../i18n/use-t';

export function ScatterPanel({ spec, children, footer }: { spec: ChartSpec; children: ReactNode; footer?: ReactNode }) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const t = useT();
  return (
    <section className="panel chart-panel" aria-labelledby={titleId}>
      <header className="panel-header">
        <div>
          <h2 id={titleId}>{spec.title}</h2>
          <p className="subtitle">{spec.subtitle}</p>
        </div>
        <ExportSlot spec={spec} svgContainer={() => box.current} />
      </header>
      <ul className="legend" aria-label={t.chart.legend}>
        <li><span className="swatch swatch-dot" style={{ background: SERIES_PALETTE[0], borderColor: SERIES_PALETTE[0] }} aria-hidden="true" />{t.scatter.point}</li>
        <li><span className="swatch swatch-dashed" style={{ borderColor: REFERENCE_COLOR }} aria-hidden="true" />{t.scatter.median}</li>
        <li><span className="swatch swatch-dotted" style={{ borderColor: '#999999' }} aria-hidden="true" />{t.scatter.fit}</li>
        <li><span aria-hidden="true">▶ </span>{t.scatter.highlighted}</li>
      </ul>
      <div ref={box} className="chart-box" data-chart-id="scatter">{children}</div>
      {spec.notes && spec.notes.length > 0 && <ul className="notes">{spec.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      {footer}
      <p className="source">{t.chart.source(spec.source)}</p>
      <SpecDataTable spec={spec} />
    </section>
  );
}
