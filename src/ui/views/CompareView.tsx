/**
 * 对比: one metric × one period, every unit (or one street's) as a bar sorted best → worst, with
 * the median and mean marked. Units with no value are listed under the chart, never drawn as 0.
 */
import { useMemo } from 'react';
import { compareUnits } from '../../analysis/compare-units';
import { buildCompareChartSpec } from '../../charts/compare-chart-spec';
import { SpecBarChart } from '../../charts/SpecBarChart';
import { sourceLine } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { metricOptions } from '../metric-options';
import { ChartPanel } from '../shared/ChartPanel';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { MissingUnits } from './compare/MissingUnits';

/** More bars than this and the chart scrolls inside its box. */
const SCROLL_AFTER = 24;

export interface CompareViewProps extends ViewProps {
  readonly dataset: Dataset;
  /** Fixed chart width (tests); omit to fill the panel. */
  readonly chartWidth?: number;
}

export function CompareView({ dataset, query, chartWidth }: CompareViewProps) {
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const result = useMemo(
    () => (metric && query.period
      ? compareUnits(dataset, { metric: metric.id, period: query.period, parent: query.parent || undefined, per: query.per })
      : null),
    [dataset, metric, query.period, query.parent, query.per],
  );
  if (!metric || !result) return <EmptyState title="没有可对比的数据">请到“数据”页导入CSV文件。</EmptyState>;
  const periodLabel = formatPeriodLabel(query.period, 'zh');
  if (result.items.length === 0) {
    return (
      <EmptyState title={`${periodLabel}没有“${metric.zh}”的数据`}>
        请换一个期间或指标{query.parent ? '，或选择“全部街道/镇”' : ''}。{result.missing.length > 0 ? `（${result.missing.length}个单位无数据）` : ''}
      </EmptyState>
    );
  }
  const spec = buildCompareChartSpec(result, {
    metric, periodLabel, parent: query.parent, per: query.per, source: sourceLine(dataset),
  });
  return (
    <ChartPanel
      spec={spec}
      chartId="compare"
      scroll={result.items.length > SCROLL_AFTER}
      footer={<MissingUnits missing={result.missing} />}
    >
      <SpecBarChart spec={spec} width={chartWidth} />
    </ChartPanel>
  );
}
