/**
 * 散点: two metrics over the units of scope, e.g. 下岗失业人员 (X, `metric2`) against 再就业人数
 * (Y, the toolbar's 指标), absolute or per capita (the toolbar's 口径). Median quadrant lines,
 * outliers labelled (rule in src/charts/scatter-stats.ts), highlighted units labelled with ▶; units
 * missing either value are listed under the chart. A click on a point highlights the unit everywhere.
 */
import { useId, useMemo } from 'react';
import { buildScatterSpec } from '../../charts/scatter-spec';
import { SpecScatterChart } from '../../charts/SpecScatterChart';
import { sourceLine } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { HighlightPicker } from '../highlight/HighlightPicker';
import { useHighlight } from '../highlight/highlight';
import { groupedMetricOptions, metricOptions } from '../metric-options';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { defaultXMetric, scatterData } from './scatter/scatter-data';
import { ScatterMissing } from './scatter/ScatterMissing';
import { ScatterPanel } from './scatter/ScatterPanel';
import '../shared/chart-views.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export interface ScatterViewProps extends ViewProps {
  readonly dataset: Dataset;
  /** Fixed chart width (tests). */
  readonly chartWidth?: number;
}

export function ScatterView({ dataset, query, setQuery, chartWidth }: ScatterViewProps) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const name = (m: { zh: string; en: string }) => (lang === 'en' ? m.en : m.zh);
  const highlight = useHighlight();
  const highlighted = new Set(highlight.names);
  const options = metricOptions(dataset);
  const y = options.find((m) => m.id === query.metric);
  const xId = query.metric2 && query.metric2 !== query.metric && options.some((m) => m.id === query.metric2)
    ? query.metric2
    : defaultXMetric(options, query.metric);
  const x = options.find((m) => m.id === xId);
  const data = useMemo(
    () => (x && y && query.period ? scatterData(dataset, { x, y, period: query.period, parent: query.parent, per: query.per }) : null),
    [dataset, x, y, query.period, query.parent, query.per],
  );
  if (!x || !y || !data) return <EmptyState title={t.empty.noScatter}>{t.empty.noScatterHint}</EmptyState>;
  const missingCount = new Set([...data.missingX, ...data.missingY].map((m) => `${m.parent}\u0000${m.name}`)).size;
  const spec = buildScatterSpec(data.points, {
    x, y, per: query.per, xPer: data.xPer, yPer: data.yPer,
    periodLabel: formatPeriodLabel(query.period, lang), parent: query.parent, source: sourceLine(dataset, lang), missingCount, lang,
  });
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
