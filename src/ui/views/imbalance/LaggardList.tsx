/** Units far below the median (adjustable share), robust outliers, and 连续N期靠后 runs. */
import type { MetricImbalance } from '../../../analysis/imbalance';
import type { PersistentLaggard } from '../../../analysis/persistent-laggards';
import { formatQualified, formatRatio, formatShare } from '../../../analysis/format-number';

interface Props {
  readonly imbalance: MetricImbalance;
  readonly persistent: readonly PersistentLaggard[];
  readonly share: number;
  readonly onShare: (share: number) => void;
}

export function LaggardList({ imbalance: m, persistent, share, onShare }: Props) {
  const lower = m.metric.direction === 'lower';
  const runOf = new Map(persistent.map((p) => [p.unit, p.run]));
  const val = (v: number, q: number) => formatQualified(v, q, 'zh', { unit: m.metric.unit, compact: true });
  return (
    <div className="laggards">
      <label className="field">
        落后标准：{lower ? '高于中位数的' : '低于中位数的'}
        <input type="range" min={10} max={90} step={5} value={Math.round(share * 100)}
          onChange={(e) => onShare(Number(e.target.value) / 100)} aria-valuetext={formatShare(share)} />
        {lower ? formatRatio(1 / share, 'zh') : formatShare(share)}
      </label>
      {m.laggards.length === 0 ? (
        <p className="muted">没有{lower ? '高于' : '低于'}该标准的单位（中位数{val(m.median, 0)}）。</p>
      ) : (
        <table className="data-table">
          <caption>{m.metric.zh}明显落后的单位（中位数{val(m.median, 0)}）</caption>
          <thead><tr><th scope="col">单位</th><th scope="col">街道/镇</th><th scope="col" className="num">数值</th><th scope="col" className="num">为中位数的</th><th scope="col">持续情况</th></tr></thead>
          <tbody>
            {m.laggards.map((l) => (
              <tr key={l.unit}>
                <th scope="row">{l.name}</th>
                <td>{l.parent || '—'}</td>
                <td className="num">{val(l.value, l.qualifier)}</td>
                <td className="num">{lower ? formatRatio(l.shareOfMedian, 'zh') : formatShare(l.shareOfMedian)}</td>
                <td>{runOf.has(l.unit) ? `连续${runOf.get(l.unit)}期靠后` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {persistent.length > 0 && (
        <p className="notes">连续3期及以上处于后四分之一：{persistent.map((p) => `${p.name}（${p.run}期）`).join('、')}</p>
      )}
      {m.outliers.length > 0 && (
        <p className="notes">
          异常值（中位数绝对偏差法，|z|＞3.5）：{m.outliers.map((o) => `${o.name}${o.side === 'high' ? '偏高' : '偏低'}（${val(o.value, o.qualifier)}）`).join('、')}
        </p>
      )}
    </div>
  );
}
