/** The text alternative of a chart: its numbers as a table, folded under “查看数据表”. */
import { formatNumber } from '../../analysis/format-number';
import type { ChartSpec } from '../../charts/chart-spec';

export function SpecDataTable({ spec }: { spec: ChartSpec }) {
  return (
    <details className="data-table">
      <summary>查看数据表（{spec.categories.length}行）</summary>
      <table>
        <caption>{spec.title}（{spec.unit || '无单位'}）</caption>
        <thead>
          <tr>
            <th scope="col">{spec.kind === 'line' ? '期间' : '单位'}</th>
            {spec.series.map((s) => <th key={s.name} scope="col">{s.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {spec.categories.map((c, i) => (
            <tr key={`${c}-${i}`}>
              <th scope="row">{c}</th>
              {spec.series.map((s) => {
                const v = s.values[i] ?? null;
                return <td key={s.name} className="num">{v === null ? '—' : `${s.marks?.[i] ?? ''}${formatNumber(v, 'zh')}`}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
