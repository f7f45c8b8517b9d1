/**
 * 分街道显示: a grid of small bar charts, one per street/town, on one shared scale, each with the
 * overall median dashed; the whole grid exports as one picture and one native PPTX chart.
 */
import { useId, useRef, type ReactNode } from 'react';
import { formatNumber } from '../../../analysis/format-number';
import type { SmallMultiples } from '../../../charts/small-multiples-spec';
import { barChartHeight, SpecBarChart } from '../../../charts/SpecBarChart';
import { useChangeColours } from '../../highlight/colour-convention';
import { useHighlight } from '../../highlight/highlight';
import { ExportSlot } from '../../shared/ExportSlot';
import { SpecDataTable } from '../../shared/SpecDataTable';
import { SpecLegend } from '../../shared/SpecLegend';
import { composeGridSvg } from './compose-grid-svg';
import { chartTableSpec } from '../../../charts/chart-table-spec';
import { useT } from '../../i18n/use-t';

export interface SmallMultiplesPanelProps {
  /** The charts (compareViewModel's smallMultiples). */
  readonly sm: SmallMultiples;
  readonly lang: 'zh' | 'en';
  readonly footer?: ReactNode;
  /** Fixed width of each small chart (tests). */
  readonly chartWidth?: number;
}

export function SmallMultiplesPanel({ sm, lang, footer, chartWidth }: SmallMultiplesPanelProps) {
  const titleId = useId();
  const grid = useRef<HTMLDivElement>(null);
  const highlight = useHighlight();
  const highlighted = new Set(highlight.names);
  const colours = useChangeColours();
  const t = useT();
  const spec = sm.combined;
  return (
    <section className="panel chart-panel" aria-labelledby={titleId}>
      <header className="panel-header">
        <div>
          <h2 id={titleId}>{spec.title}</h2>
          <p className="subtitle">{spec.subtitle} · {t.compare.streetsSub(sm.panels.length)}</p>
        </div>
        <ExportSlot spec={spec} table={chartTableSpec(spec)} svgContainer={() => composeGridSvg(grid.current)} />
      </header>
      <SpecLegend spec={sm.panels[0]?.spec ?? spec} />
      <div className="small-multiples" ref={grid} data-chart-id="compare-streets">
        {sm.panels.map((p) => (
          <figure key={p.parent} className="small-multiple">
            <h3>{p.spec.title}<span className="muted">{t.compare.panelMeta(p.count, formatNumber(p.median, lang))}</span></h3>
            <SpecBarChart
              spec={p.spec}
              compact
              width={chartWidth}
              height={barChartHeight(p.spec, 16, 60)}
              domain={sm.domain}
              highlighted={highlighted}
              fadeOthers
              onSelectUnit={highlight.toggle}
              changeColours={colours}
            />
          </figure>
        ))}
      </div>
      {spec.notes && spec.notes.length > 0 && <ul className="notes">{spec.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      {footer}
      <p className="source">{t.chart.source(spec.source)}</p>
      <SpecDataTable spec={spec} />
    </section>
  );
}
