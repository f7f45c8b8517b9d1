/**
 * The scatter in a ChartPanel, with a legend that names what the marks are (points, median lines,
 * trend line) rather than the two series, which are the axes here.
 */
import type { ReactNode } from 'react';
import type { ChartSpec } from '../../../charts/chart-spec';
import { REFERENCE_COLOR, SERIES_PALETTE } from '../../../charts/palette';
import { ChartPanel } from '../../shared/ChartPanel';
import { useT } from '../../i18n/use-t';

export function ScatterPanel({ spec, children, footer }: { spec: ChartSpec; children: ReactNode; footer?: ReactNode }) {
  const t = useT();
  const legend = (
    <ul className="legend" aria-label={t.chart.legend}>
      <li><span className="swatch swatch-dot" style={{ background: SERIES_PALETTE[0], borderColor: SERIES_PALETTE[0] }} aria-hidden="true" />{t.scatter.point}</li>
      <li><span className="swatch swatch-dashed" style={{ borderColor: REFERENCE_COLOR }} aria-hidden="true" />{t.scatter.median}</li>
      <li><span className="swatch swatch-dotted" style={{ borderColor: '#999999' }} aria-hidden="true" />{t.scatter.fit}</li>
      <li><span aria-hidden="true">▶ </span>{t.scatter.highlighted}</li>
    </ul>
  );
  return <ChartPanel spec={spec} chartId="scatter" legend={legend} footer={footer}>{children}</ChartPanel>;
}
