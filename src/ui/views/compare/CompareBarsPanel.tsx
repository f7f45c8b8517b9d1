/** The compare bars (one period, two periods, or the first and last n at city scale) in a chart panel. */
import type { ReactNode } from 'react';
import type { ChartSpec } from '../../../charts/chart-spec';
import { SpecBarChart } from '../../../charts/SpecBarChart';
import { useChangeColours } from '../../highlight/colour-convention';
import { useHighlight } from '../../highlight/highlight';
import { ChartPanel } from '../../shared/ChartPanel';

/** More rows than this and the chart scrolls inside its box. */
const SCROLL_AFTER = 24;

export function CompareBarsPanel({ spec, chartWidth, footer }: { spec: ChartSpec; chartWidth?: number; footer?: ReactNode }) {
  const highlight = useHighlight();
  const highlighted = new Set(highlight.names);
  const colours = useChangeColours();
  return (
    <ChartPanel spec={spec} chartId="compare" trimImage scroll={spec.categories.length * spec.series.length > SCROLL_AFTER} footer={footer}>
      <SpecBarChart spec={spec} width={chartWidth} highlighted={highlighted} onSelectUnit={highlight.toggle} changeColours={colours} />
    </ChartPanel>
  );
}
