/** One panel of the 均衡 view: heading (and help line) with its 导出 menu, then the content. */
import type { ReactNode } from 'react';
import type { ChartSpec, TableSpec } from '../../../charts/chart-spec';
import { ExportSlot } from '../../shared/ExportSlot';
import { chartTableSpec } from '../../../charts/chart-table-spec';

export interface ImbalanceSectionProps {
  /** Heading id (`imb-spread`), also the section's accessible name. */
  readonly id: string;
  readonly title: string;
  readonly help?: string;
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  readonly svgContainer?: () => HTMLElement | null;
  readonly children: ReactNode;
}

export function ImbalanceSection({ id, title, help, spec, table, svgContainer, children }: ImbalanceSectionProps) {
  return (
    <section className="panel" aria-labelledby={id}>
      <header className="panel-header">
        <div>
          <h2 id={id}>{title}</h2>
          {help && <p className="subtitle">{help}</p>}
        </div>
        <ExportSlot spec={spec} table={table ?? (spec ? chartTableSpec(spec) : undefined)} svgContainer={svgContainer} redrawImage />
      </header>
      {children}
    </section>
  );
}
