/**
 * 散点: two metrics over the units of scope, e.g. 下岗失业人员 (X, `metric2`) against 再就业人数
 * (Y, the toolbar's 指标), absolute or per capita (the toolbar's 口径). Median quadrant lines,
 * outliers labelled (rule in src/charts/scatter-stats.ts), highlighted units labelled with ▶; units
 * missing either value are listed under the chart. A click on a point highlights the unit everywhere.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { SpecScatterChart } from '../../charts/SpecScatterChart';
import { HighlightPicker } from '../highlight/HighlightPicker';
import { useHighlight } from '../highlight/highlight';
import { groupedMetricOptions } from '../metric-options';
import { EmptyState } from '../shared/EmptyState';
import type { DatasetViewProps } from '../ViewRouter';
import { getScatterQueryOptions } from './scatter/scatter-view-model';
import { ScatterMissing } from './scatter/ScatterMissing';
import { ScatterPanel } from './scatter/ScatterPanel';
import '../shared/chart-views.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export interface ScatterViewProps extends DatasetViewProps {
  /** Fixed chart width (tests). */
  readonly chartWidth?: number;
}

export function ScatterView({ dataset, analysis, query, setQuery, chartWidth }: ScatterViewProps) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const name = (m: { zh: string; en: string }) => (lang === 'en' ? m.en : m.zh);
  const highlight = useHighlight();
  const highlighted = new Set(highlight.names);
  const vm = useQuery(getScatterQueryOptions(analysis, query, lang)).data;
  if (!vm) return <EmptyState title={t.empty.noScatter}>{t.empty.noScatterHint}</EmptyState>;
  const { x, y, data, spec } = vm;
  return (
    <>
      <div className="panel compare-controls">
        <div className="control-row">
          <label htmlFor={`${id}-x`}>{t.scatter.x}</label>
          <select id={`${id}-x`} value={x.id} onChange={(e) => setQuery({ metric2: e.target.value })}>
            {groupedMetricOptions(dataset, t.families).map((g) => (
              <optgroup key={g.family} label={g.label}>
                {g.metrics.filter((m) => m.id !== y.id).map((m) => <option key={m.id} value={m.id}>{t.toolbar.metricOption(name(m), lang === 'en' ? m.unitEn : m.unit)}</option>)}
              </optgroup>
            ))}
          </select>
          <span className="muted">{t.scatter.y(name(y))}</span>
          <button type="button" onClick={() => setQuery({ metric: x.id, metric2: y.id })}>{t.scatter.swap}</button>
        </div>
        <HighlightPicker units={dataset.units} />
      </div>
      <ScatterPanel spec={spec} footer={<ScatterMissing x={name(x)} y={name(y)} missingX={data.missingX} missingY={data.missingY} />}>
        <SpecScatterChart spec={spec} width={chartWidth} highlighted={highlighted} onSelectUnit={highlight.toggle} />
      </ScatterPanel>
    </>
  );
}
