/**
 * 综合指数: units ranked on a weighted index over chosen metrics (direction-aware percentile or
 * z-score), with each metric's score, units lacking a metric flagged, and the method stated
 * under the table (compositeIndex's methodNote).
 */
import { useMemo, useState } from 'react';
import { compositeIndex, type CompositeMethod, type CompositeRow } from '../../../analysis/composite-index';
import { formatNumber } from '../../../analysis/format-number';
import type { TableSpec } from '../../../charts/chart-spec';
import { parentText, perText } from '../../../charts/spec-text';
import type { Dataset } from '../../../data/dataset';
import type { MetricDef } from '../../../data/metric-catalog';
import { metricOptions } from '../../metric-options';
import { EmptyState } from '../../shared/EmptyState';
import { ExportSlot } from '../../shared/ExportSlot';
import type { ViewQuery } from '../../view-query';
import { CompositeControls } from './CompositeControls';
import { activeWeights, compositeCandidates, defaultCompositeSettings, type CompositeSettings } from './composite-weights';
import { VirtualTable } from './VirtualTable';

export interface CompositePanelProps {
  readonly dataset: Dataset;
  readonly query: ViewQuery;
  readonly periodLabel: string;
  readonly source: string;
}

function scoreText(x: number, method: CompositeMethod): string {
  if (!Number.isFinite(x)) return '—';
  if (method === 'percentile') return formatNumber(x, 'zh', { digits: 1 });
  const s = formatNumber(Math.abs(x), 'zh', { digits: 2 });
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

export function CompositePanel({ dataset, query, periodLabel, source }: CompositePanelProps) {
  const candidates = useMemo(() => compositeCandidates(metricOptions(dataset)), [dataset]);
  const [settings, setSettings] = useState<CompositeSettings>(() => defaultCompositeSettings(candidates, query.metric));
  const weights = useMemo(() => activeWeights(settings), [settings]);
  const result = useMemo(
    () => (weights.length > 0
      ? compositeIndex(dataset, { metrics: weights, period: query.period, method: settings.method, per: query.per, parent: query.parent || undefined })
      : null),
    [dataset, weights, settings.method, query.period, query.per, query.parent],
  );
  const defs = new Map<string, MetricDef>(candidates.map((m) => [m.id, m]));
  const chosen = weights.map((w) => defs.get(w.id)!).filter(Boolean);
  const title = `${query.parent ? `${query.parent}各社区` : '各社区'}综合指数排行`;
  const table: TableSpec | null = result && {
    title,
    subtitle: `${periodLabel} · ${parentText(query.parent)} · ${perText(query.per)} · ${settings.method === 'percentile' ? '百分位法' : '标准分法'}`,
    source,
    columns: [
      { key: 'rank', label: '排名', numeric: true }, { key: 'name', label: '社区' }, { key: 'parent', label: '街道/镇' },
      { key: 'score', label: '综合得分', numeric: true },
      ...chosen.map((m) => ({ key: m.id, label: `${m.zh}得分`, numeric: true })),
    ],
    rows: result.rows.map((r) => [r.rank, r.name, r.parent, r.score, ...r.parts.map((p) => (Number.isFinite(p.score) ? p.score : null))]),
    notes: [result.methodNote],
  };
  return (
    <>
      <CompositeControls candidates={candidates} settings={settings} onChange={setSettings} />
      {!result || !table ? (
        <EmptyState title="还没有选择指标">请至少勾选一个指标，并给它大于0的权重。</EmptyState>
      ) : result.rows.length === 0 ? (
        <EmptyState title={`${periodLabel}所选指标都没有数据`}>请换一个期间，或勾选其他指标。</EmptyState>
      ) : (
        <>
          <div className="table-toolbar">
            <p className="table-summary">共{result.rows.length}个单位参与综合排名；得分越高越好。</p>
            <ExportSlot table={table} />
          </div>
          <VirtualTable<CompositeRow>
            caption={`${title}（${periodLabel}）`}
            regionLabel="综合指数排行表（可滚动）"
            className="league-table composite-table"
            columnWidths={['64px', '20%', '16%', '12%', ...chosen.map(() => `${Math.floor(40 / chosen.length)}%`)]}
            rows={result.rows}
            rowKey={(r) => r.unit}
            head={(
              <>
                <th scope="col" className="num">排名</th>
                <th scope="col">社区</th>
                <th scope="col">街道/镇</th>
                <th scope="col" className="num">综合得分</th>
                {chosen.map((m) => <th key={m.id} scope="col" className="num">{m.zh}得分</th>)}
              </>
            )}
            cells={(r) => (
              <>
                <td className="num">{r.rank}</td>
                <th scope="row">
                  {r.name}
                  {r.missing.length > 0 && (
                    <span className="partial-mark" title={`缺少：${r.missing.map((id) => defs.get(id)?.zh ?? id).join('、')}`}>（缺{r.missing.length}项）</span>
                  )}
                </th>
                <td>{r.parent || '—'}</td>
                <td className="num strong">{scoreText(r.score, settings.method)}</td>
                {r.parts.map((p) => <td key={p.metric} className="num">{scoreText(p.score, settings.method)}</td>)}
              </>
            )}
          />
          <p className="method-note">{result.methodNote}</p>
          <p className="source">数据来源：{source}</p>
        </>
      )}
    </>
  );
}
