/**
 * 总览: the period's headline totals per family as cards (big total in 万 form, 环比 and 同比 as
 * separate chips with arrows and signs, never colour alone), and the top three imbalance
 * findings linking to their views.
 */
import { useMemo } from 'react';
import { formatNumber, formatPercentPoints, formatQualified } from '../../analysis/format-number';
import { buildOverview, type OverviewMetric } from '../../analysis/overview';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { FAMILY_LABELS } from '../metric-options';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';

function Change({ label, pct, pp, comparable }: { label: string; pct: number; pp: number; comparable: boolean }) {
  const raw = Number.isFinite(pp) ? pp : pct;
  // Below the shown precision (0.1% or 0.1 百分点) the change reads as 0: no arrow for it.
  const x = Math.abs(Number.isFinite(pp) ? pp : pct * 100) < 0.05 ? 0 : raw;
  if (!Number.isFinite(x)) return <span className="change flat" title="没有可比的上一期或上年同期数据">{label} 无可比数据</span>;
  const arrow = x > 0 ? '▲' : x < 0 ? '▼' : '—';
  const sign = x > 0 ? '+' : '';
  const text = x === 0 ? '持平' : Number.isFinite(pp) ? formatPercentPoints(pp, 'zh') : `${formatNumber(pct * 100, 'zh', { digits: 1 })}%`;
  return (
    <span className={`change ${x > 0 ? 'up' : x < 0 ? 'down' : 'flat'}`}>
      {label} {x !== 0 && <span aria-hidden="true">{arrow}</span>}{sign}{text}
      {!comparable && <span className="tag" title="两期参与统计的单位数或完整程度不同">口径不一</span>}
    </span>
  );
}

function MetricLine({ m }: { m: OverviewMetric }) {
  return (
    <li className="overview-metric">
      <span className="label">{m.label}{m.partial && <span className="partial-mark" title="该期间缺少部分月份的数据">（不完整）</span>}</span>
      <span className="value num">{formatQualified(m.total, m.qualifier, 'zh', { compact: true, digits: m.unit === '%' ? 1 : undefined, unit: m.unit })}</span>
      <span className="changes">
        <Change label="环比" pct={m.changePct} pp={m.changePp} comparable={m.changeComparable} />
        <Change label="同比" pct={m.yoyPct} pp={m.yoyPp} comparable={m.yoyComparable} />
      </span>
    </li>
  );
}

export function OverviewView({ dataset, query, setQuery }: ViewProps & { dataset: Dataset }) {
  const overview = useMemo(() => (query.period ? buildOverview(dataset, query.period) : null), [dataset, query.period]);
  if (!overview || overview.families.length === 0) {
    return <EmptyState title="本期没有数据">请在筛选栏换一个期间，或到“数据”页导入CSV文件。</EmptyState>;
  }
  const periodText = formatPeriodLabel(query.period, 'zh');
  return (
    <div className="overview-view">
      {overview.findings.length > 0 && (
        <section className="panel" aria-labelledby="ov-findings">
          <h2 id="ov-findings">{periodText}主要发现</h2>
          <ol className="findings">
            {overview.findings.map((f, i) => (
              <li key={i}>
                <span>{f.text}</span>
                {f.link && (
                  <button type="button" className="link-button"
                    onClick={() => setQuery({ view: f.link!.view, metric: f.link!.metric, period: f.link!.period })}>
                    {f.link.view === 'league' ? '查看排行' : '查看均衡分析'}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="card-grid">
        {overview.families.map((f) => (
          <section key={f.family} className="card panel" aria-labelledby={`ov-${f.family}`}>
            <h2 id={`ov-${f.family}`}>{FAMILY_LABELS[f.family]}</h2>
            <ul className="overview-metrics">{f.metrics.map((m) => <MetricLine key={m.id} m={m} />)}</ul>
          </section>
        ))}
      </div>
      <p className="notes">{periodText}合计。口径：流量指标为各单位合计，存量指标为期末数合计，比率由合计数重新计算；环比对上一期，同比对上年同期；比率的变化以百分点表示。</p>
    </div>
  );
}
