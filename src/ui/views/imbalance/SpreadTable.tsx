/** Metrics ranked by spread across units: CV, Gini, max/min, P90/P10, Theil between/within. */
import type { MetricImbalance } from '../../../analysis/imbalance';
import { formatNumber, formatRatio, formatShare } from '../../../analysis/format-number';

interface Props {
  readonly rows: readonly MetricImbalance[];
  readonly selected: string;
  readonly onSelect: (metricId: string) => void;
}

const fix = (x: number) => formatNumber(x, 'zh', { digits: 2 });

export function SpreadTable({ rows, selected, onSelect }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table spread-table">
        <caption>各指标差距（按变异系数从大到小；基础指标不参与排序）</caption>
        <thead>
          <tr>
            <th scope="col">指标</th><th scope="col" className="num">单位数</th><th scope="col" className="num">变异系数</th>
            <th scope="col" className="num">基尼系数</th><th scope="col" className="num">最高/最低</th><th scope="col" className="num">P90/P10</th>
            <th scope="col" className="num">街道间差异</th><th scope="col" className="num">街道内差异</th><th scope="col" className="num">落后单位</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const t = m.theil;
            const share = (x: number) => (t.total > 0 ? formatShare(x / t.total) : '—');
            return (
              <tr key={m.metric.id} aria-selected={m.metric.id === selected} className={m.metric.id === selected ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(m.metric.id)}>{m.metric.zh}</button>
                  {!m.ranked && <span className="tag">基础指标</span>}
                  {m.partial && <span className="tag">不完整</span>}
                </th>
                <td className="num">{m.n}</td>
                <td className="num">{fix(m.cv)}</td>
                <td className="num">{fix(m.gini)}</td>
                <td className="num">{formatRatio(m.maxMin, 'zh')}</td>
                <td className="num">{formatRatio(m.p90p10, 'zh')}</td>
                <td className="num">{share(t.between)}</td>
                <td className="num">{share(t.within)}</td>
                <td className="num">{m.laggards.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
