/**
 * 排行: the league table of units (or of streets/towns as groups, or on a weighted composite
 * index) for one metric and period, with change and rank change against the previous period (or
 * the chosen compare period) and the 连续N期靠后 flag.
 */
import { useMemo, useState } from 'react';
import { buildLeagueTable } from '../../analysis/league-table';
import { persistentLaggards } from '../../analysis/persistent-laggards';
import { buildLeagueTableSpec } from '../../charts/league-table-spec';
import { sourceLine, valueUnit } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { parsePeriodKey } from '../../data/period';
import { metricOptions } from '../metric-options';
import { PanelErrorBoundary } from '../shell/PanelErrorBoundary';
import { EmptyState } from '../shared/EmptyState';
import { ExportSlot } from '../shared/ExportSlot';
import { useHighlightUrlSync } from '../highlight/highlight-store';
import type { ViewProps } from '../view-query';
import { CompositePanel } from './league/CompositePanel';
import { LeagueTable } from './league/LeagueTable';
import { StreetLeaguePanel } from './league/StreetLeaguePanel';

export interface LeagueViewProps extends ViewProps {
  readonly dataset: Dataset;
}

type LeagueMode = 'unit' | 'street' | 'composite';

const MODES: readonly { mode: LeagueMode; label: string }[] = [
  { mode: 'unit', label: '社区排行' },
  { mode: 'street', label: '街道/镇排行' },
  { mode: 'composite', label: '综合指数' },
];

/** Periods in the bottom quartile in a row before a unit is flagged 连续N期靠后. */
export const LAGGING_RUN = 3;

export function LeagueView({ dataset, query, setQuery }: LeagueViewProps) {
  useHighlightUrlSync(query.units, setQuery);
  const [mode, setMode] = useState<LeagueMode>('unit');
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const parent = query.parent || undefined;
  const league = useMemo(
    () => (metric && query.period
      ? buildLeagueTable(dataset, { metric: metric.id, period: query.period, parent, per: query.per, compare: query.compare || undefined })
      : null),
    [dataset, metric, query.period, parent, query.per, query.compare],
  );
  const granularity = parsePeriodKey(query.period)?.granularity;
  const runs = useMemo(() => {
    if (!metric || !granularity || granularity === 'C') return new Map<number, number>();
    const list = persistentLaggards(dataset, metric.id, granularity, LAGGING_RUN, { upTo: query.period, parent, per: query.per });
    return new Map(list.map((p) => [p.unit, p.run]));
  }, [dataset, metric, granularity, query.period, parent, query.per]);
  if (!metric || !league) return <EmptyState title="没有可排行的数据">请到“数据”页导入CSV文件。</EmptyState>;
  const periodLabel = formatPeriodLabel(query.period, 'zh');
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const previousLabel = hasPrevious ? formatPeriodLabel(league.previous, 'zh') : '';
  const rows = hasPrevious ? league.rows : league.rows.map((r) => ({ ...r, rankChange: null, isNew: false }));
  const unit = valueUnit(metric, query.per);
  const source = sourceLine(dataset);
  const table = buildLeagueTableSpec(rows, { metric, periodLabel, previousLabel, parent: query.parent, per: query.per, source });
  const heading = mode === 'composite' ? `${query.parent ? `${query.parent}各社区` : '各社区'}综合指数排行`
    : mode === 'street' ? `各街道/镇${metric.zh}排行` : table.title;
  return (
    <section className="panel league-panel" aria-labelledby="league-title">
      <header className="panel-header">
        <div>
          <h2 id="league-title">{heading}</h2>
          <p className="subtitle">{mode === 'composite' ? `${periodLabel} · 多项指标加权` : table.subtitle}</p>
        </div>
        <div className="panel-actions">
          <div className="segmented" role="group" aria-label="排行方式">
            {MODES.map((m) => (
              <button key={m.mode} type="button" aria-pressed={mode === m.mode} onClick={() => setMode(m.mode)}>{m.label}</button>
            ))}
          </div>
          {mode === 'unit' && league.rows.length > 0 && <ExportSlot table={table} />}
        </div>
      </header>
      {mode === 'street' && (
        <PanelErrorBoundary label="街道/镇排行" resetKey={query.period}>
          <StreetLeaguePanel dataset={dataset} query={query} metric={metric} periodLabel={periodLabel} />
        </PanelErrorBoundary>
      )}
      {mode === 'composite' && (
        <PanelErrorBoundary label="综合指数" resetKey={query.period}>
          <CompositePanel dataset={dataset} query={query} periodLabel={periodLabel} source={source} />
        </PanelErrorBoundary>
      )}
      {mode === 'unit' && (league.rows.length === 0 ? (
        <EmptyState title={`${query.parent || '所选范围'}没有社区`}>请在筛选栏选择“全部街道/镇”或换一个街道/镇。</EmptyState>
      ) : league.rankedCount === 0 ? (
        <EmptyState title={`${periodLabel}没有“${metric.zh}”的数据`}>
          {query.per !== 'none' ? '可能缺少常住人口或户数，请改用“绝对值”，或' : '请'}换一个期间或指标。
        </EmptyState>
      ) : (
        <>
          <p className="table-summary">
            共{league.rows.length}个单位，{league.rankedCount}个参与排名
            {metric.direction === 'lower' ? `；${metric.zh}越低越好，按从低到高排名` : ''}
            {previousLabel ? `；变化与名次变化对比${previousLabel}` : '；无上期数据可比'}。
          </p>
          <LeagueTable
            caption={`${table.title}（${periodLabel}）`}
            rows={rows}
            valueHeader={unit ? `数值（${unit}）` : '数值'}
            hasPrevious={previousLabel !== ''}
            laggingRuns={runs}
          />
          <ul className="notes">
            {(table.notes ?? []).map((n) => <li key={n}>{n}</li>)}
            {(league.partialUnranked ?? 0) > 0 && (
              <li>标“（不完整）”的{league.partialUnranked}个单位本期缺少部分月份的数据，暂不参与排名，以免与完整数据直接比较。</li>
            )}
            {rows.some((r) => r.partial && r.rank !== null) && <li>本期各单位的数据都不完整（缺少部分月份），排名仅供参考。</li>}
            <li>
              “持续靠后”：连续{LAGGING_RUN}期及以上处于后25%（按{granularity ? ({ M: '月', Q: '季度', H: '半年', Y: '年', C: '累计期' } as const)[granularity] : '期'}计，截至{periodLabel}）
              {granularity === 'C' ? '；累计期间不计算。' : runs.size > 0 ? `，共${runs.size}个单位。` : '，本期没有这样的单位。'}
            </li>
            {rows.length > 1000 && <li>单位较多，表格只绘制滚动到的行；可在筛选栏按街道/镇缩小范围，或导出完整表格。</li>}
          </ul>
          <p className="source">数据来源：{table.source}</p>
        </>
      ))}
    </section>
  );
}
