/**
 * 均衡: which work is most unequal across communities, who lags far behind and for how long,
 * whether the gap is widening, and sentences to paste into the report.
 */
import { useMemo, useState } from 'react';
import { percentileMatrix } from '../../analysis/heatmap';
import { imbalanceOverview } from '../../analysis/imbalance';
import { buildNarrative } from '../../analysis/narrative';
import { persistentLaggards } from '../../analysis/persistent-laggards';
import { spreadTrend } from '../../analysis/spread-trend';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { parsePeriodKey } from '../../data/period';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { Heatmap } from './imbalance/Heatmap';
import { LaggardList } from './imbalance/LaggardList';
import { NarrativePanel } from './imbalance/NarrativePanel';
import { SpreadTable } from './imbalance/SpreadTable';
import { SpreadTrendChart } from './imbalance/SpreadTrendChart';

export function ImbalanceView({ dataset, query, setQuery }: ViewProps & { dataset: Dataset }) {
  const [share, setShare] = useState(0.5);
  const { period } = query;
  const opts = useMemo(() => ({ parent: query.parent || undefined, per: query.per, laggardShare: share }), [query.parent, query.per, share]);
  const rows = useMemo(() => (period ? imbalanceOverview(dataset, period, opts) : []), [dataset, period, opts]);
  const selected = rows.find((r) => r.metric.id === query.metric) ?? rows.find((r) => r.ranked) ?? rows[0];
  const granularity = parsePeriodKey(period)?.granularity;
  const rollUp = granularity && granularity !== 'C' ? granularity : undefined;
  const metricId = selected?.metric.id;
  const trend = useMemo(
    () => (metricId && rollUp ? spreadTrend(dataset, metricId, rollUp, { upTo: period, parent: opts.parent, per: opts.per }) : null),
    [dataset, metricId, rollUp, period, opts.parent, opts.per],
  );
  const persistent = useMemo(
    () => (metricId && rollUp ? persistentLaggards(dataset, metricId, rollUp, 3, { upTo: period, parent: opts.parent, per: opts.per }) : []),
    [dataset, metricId, rollUp, period, opts.parent, opts.per],
  );
  const heatIds = useMemo(() => rows.filter((r) => r.ranked).map((r) => r.metric.id), [rows]);
  const matrix = useMemo(() => percentileMatrix(dataset, period, heatIds, { parent: opts.parent, per: opts.per }), [dataset, period, heatIds, opts.parent, opts.per]);
  const narrative = useMemo(
    () => (period ? buildNarrative(dataset, period, 'zh', { ...opts, focusMetric: metricId }).sentences : []),
    [dataset, period, opts, metricId],
  );
  if (!selected) return <EmptyState title="没有可分析的数据">本期至少需要两个单位有数值，请换一个期间或到“数据”页导入文件。</EmptyState>;
  const periodText = formatPeriodLabel(period, 'zh');
  const scope = query.parent ? `${query.parent}各社区` : '各社区';
  return (
    <div className="imbalance-view">
      <section className="panel" aria-labelledby="imb-narrative">
        <h2 id="imb-narrative">{periodText}{scope}工作均衡情况</h2>
        <NarrativePanel sentences={narrative} />
      </section>
      <section className="panel" aria-labelledby="imb-spread">
        <h2 id="imb-spread">各指标差距</h2>
        <p className="subtitle">变异系数 = 标准差 ÷ 平均数；基尼系数0为完全均衡，越接近1差距越大；街道间/街道内为泰尔指数分解占比。点击指标名查看详情。</p>
        <SpreadTable rows={rows} selected={selected.metric.id} onSelect={(metric) => setQuery({ metric })} />
      </section>
      <section className="panel" aria-labelledby="imb-laggards">
        <h2 id="imb-laggards">{selected.metric.zh}：落后单位</h2>
        <LaggardList imbalance={selected} persistent={persistent} share={share} onShare={setShare} />
      </section>
      <section className="panel" aria-labelledby="imb-trend">
        <h2 id="imb-trend">{selected.metric.zh}：差距变化</h2>
        {trend ? <SpreadTrendChart trend={trend} metricLabel={selected.metric.zh} /> : <p className="muted">累计期间不计算差距变化。</p>}
      </section>
      {heatIds.length > 0 && (
        <section className="panel" aria-labelledby="imb-heatmap">
          <h2 id="imb-heatmap">各单位各指标所处位置（百分位）</h2>
          <Heatmap dataset={dataset} matrix={matrix} caption={`${periodText}${scope}各指标数值与百分位`} />
        </section>
      )}
    </div>
  );
}
