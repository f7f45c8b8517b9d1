/**
 * 排行: the league table of units (or of streets/towns as groups) for one metric and period,
 * with change and rank change against the previous period (or the chosen compare period).
 */
import { useMemo, useState } from 'react';
import { buildLeagueTable } from '../../analysis/league-table';
import { buildLeagueTableSpec } from '../../charts/league-table-spec';
import { sourceLine, valueUnit } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { metricOptions } from '../metric-options';
import { EmptyState } from '../shared/EmptyState';
import { ExportSlot } from '../shared/ExportSlot';
import type { ViewProps } from '../view-query';
import { LeagueTable } from './league/LeagueTable';
import { StreetLeaguePanel } from './league/StreetLeaguePanel';

export interface LeagueViewProps extends ViewProps {
  readonly dataset: Dataset;
}

export function LeagueView({ dataset, query }: LeagueViewProps) {
  const [level, setLevel] = useState<'unit' | 'street'>('unit');
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const league = useMemo(
    () => (metric && query.period
      ? buildLeagueTable(dataset, {
        metric: metric.id, period: query.period, parent: query.parent || undefined, per: query.per,
        compare: query.compare || undefined,
      })
      : null),
    [dataset, metric, query.period, query.parent, query.per, query.compare],
  );
  if (!metric || !league) return <EmptyState title="没有可排行的数据">请到“数据”页导入CSV文件。</EmptyState>;
  const periodLabel = formatPeriodLabel(query.period, 'zh');
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const previousLabel = hasPrevious ? formatPeriodLabel(league.previous, 'zh') : '';
  const rows = hasPrevious ? league.rows : league.rows.map((r) => ({ ...r, rankChange: null, isNew: false }));
  const unit = valueUnit(metric, query.per);
  const table = buildLeagueTableSpec(rows, {
    metric, periodLabel, previousLabel, parent: query.parent, per: query.per, source: sourceLine(dataset),
  });
  return (
    <section className="panel" aria-labelledby="league-title">
      <header className="panel-header">
        <div>
          <h2 id="league-title">{table.title}</h2>
          <p className="subtitle">{table.subtitle}</p>
        </div>
        <div className="panel-actions">
          <div className="segmented" role="group" aria-label="排行层级">
            <button type="button" aria-pressed={level === 'unit'} onClick={() => setLevel('unit')}>社区排行</button>
            <button type="button" aria-pressed={level === 'street'} onClick={() => setLevel('street')}>街道/镇排行</button>
          </div>
          {level === 'unit' && <ExportSlot table={table} />}
        </div>
      </header>
      {level === 'unit' ? (
        <>
          <p className="table-summary">
            共{league.rows.length}个单位，{league.rankedCount}个参与排名
            {metric.direction === 'lower' ? `；${metric.zh}越低越好，按从低到高排名` : ''}
            {previousLabel ? `；变化与名次变化对比${previousLabel}` : '；无上期数据可比'}。
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="排行表（可滚动）">
            <LeagueTable
              caption={`${table.title}（${periodLabel}）`}
              rows={rows}
              valueHeader={unit ? `数值（${unit}）` : '数值'}
              hasPrevious={previousLabel !== ''}
            />
          </div>
          <ul className="notes">{(table.notes ?? []).map((n) => <li key={n}>{n}</li>)}</ul>
          <p className="source">{table.source}</p>
        </>
      ) : (
        <StreetLeaguePanel dataset={dataset} query={query} metric={metric} periodLabel={periodLabel} />
      )}
    </section>
  );
}
