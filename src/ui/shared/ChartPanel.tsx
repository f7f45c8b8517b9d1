/**
 * A chart on screen: title, subtitle, legend, the chart (in a scroll box when tall), notes,
 * source, the export menu, and the chart's numbers as a table for screen readers.
 */
import { useId, useRef, type ReactNode } from 'react';
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import { ExportSlot } from './ExportSlot';
import { chartTableSpec } from '../../charts/chart-table-spec';
import { SpecDataTable } from './SpecDataTable';
import { SpecLegend } from './SpecLegend';
import { useT } from '../i18n/use-t';

export interface ChartPanelProps {
  readonly spec: ChartSpec;
  /** Stable id for tests and export (`compare`, `trend`). */
  readonly chartId: string;
  /** The chart is taller than the screen: show it in a scroll box. */
  readonly scroll?: boolean;
  readonly table?: TableSpec;
  readonly children: ReactNode;
  /** Exported images of a long bar chart show its top and bottom (sorted charts: compare bars). */
  readonly trimImage?: boolean;
  /** Extra content under the chart (e.g. units with no value). */
  readonly footer?: ReactNode;
  /** A legend of its own instead of the series legend (the scatter names its marks, not its axes). */
  readonly legend?: ReactNode;
}

export function ChartPanel({ spec, chartId, scroll, table, children, footer, trimImage, legend }: ChartPanelProps) {
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
        <ExportSlot spec={spec} table={table ?? chartTableSpec(spec)} svgContainer={() => box.current} trimImage={trimImage} />
      </header>
      {legend ?? <SpecLegend spec={spec} />}
      <div
        ref={box}
        className={scroll ? 'chart-box chart-box-scroll' : 'chart-box'}
        data-chart-id={chartId}
        tabIndex={scroll ? 0 : undefined}
        aria-label={scroll ? t.chart.scrollable(spec.title) : undefined}
        role={scroll ? 'region' : undefined}
      >
        {children}
      </div>
      {spec.notes && spec.notes.length > 0 && (
        <ul className="notes">{spec.notes.map((n) => <li key={n}>{n}</li>)}</ul>
      )}
      {footer}
      <p className="source">{t.chart.source(spec.source)}</p>
      <SpecDataTable spec={spec} />
    </section>
  );
}
