/**
 * Streets/towns ranked as groups: each street's value is computed from its communities' data
 * (sums, or Σnumerator ÷ Σdenominator), never the mean of community values.
 */
import { useMemo } from 'react';
import { buildStreetLeague } from '../../../analysis/street-league';
import { rankChangeLabel, rankChangeText, valueText } from '../../../charts/league-text';
import { valueUnit } from '../../../charts/spec-text';
import type { Dataset } from '../../../data/dataset';
import { formatPeriodLabel } from '../../../data/format-period-label';
import type { MetricDef } from '../../../data/metric-catalog';
import type { ViewQuery } from '../../view-query';

export interface StreetLeaguePanelProps {
  readonly dataset: Dataset;
  readonly query: ViewQuery;
  readonly metric: MetricDef;
  readonly periodLabel: string;
}

export function StreetLeaguePanel({ dataset, query, metric, periodLabel }: StreetLeaguePanelProps) {
  const league = useMemo(
    () => buildStreetLeague(dataset, { metric: metric.id, period: query.period, per: query.per, compare: query.compare || undefined }),
    [dataset, metric, query.period, query.per, query.compare],
  );
  const hasPrevious = league.rows.some((r) => r.prevRank !== null);
  const unit = valueUnit(metric, query.per);
  return (
    <>
      <p className="table-summary">
        街道/镇的数值由所辖社区数据汇总计算（合计，或分子合计÷分母合计），不是社区数值的平均。
        {hasPrevious ? `名次变化对比${formatPeriodLabel(league.previous, 'zh')}。` : '无上期数据可比。'}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="街道/镇排行表（可滚动）">
        <table className="league-table">
          <caption>各街道/镇{metric.zh}排行（{periodLabel}）</caption>
          <thead>
            <tr>
              <th scope="col" className="num">排名</th>
              <th scope="col">街道/镇</th>
              <th scope="col" className="num">{unit ? `数值（${unit}）` : '数值'}</th>
              <th scope="col" className="num">有数据的社区</th>
              <th scope="col" className="num">名次变化</th>
            </tr>
          </thead>
          <tbody>
            {league.rows.map((r) => {
              const rc = { rank: r.rank, rankChange: hasPrevious ? r.rankChange : null, isNew: hasPrevious && r.rank !== null && r.prevRank === null };
              return (
                <tr key={r.parent} className={r.rank === null ? 'unranked' : undefined}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">{r.parent || '（未注明街道）'}{r.partial ? <span className="partial-mark" title="该期间缺少部分月份的数据">（不完整）</span> : null}</th>
                  <td className="num">{valueText(r.value, 'exact')}</td>
                  <td className="num">{r.reporting ?? '—'}/{r.units}</td>
                  <td className="num"><span aria-hidden="true">{rankChangeText(rc)}</span><span className="sr-only">{rankChangeLabel(rc)}</span></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
