/** The text alternative of a chart: its numbers as a table, folded under “查看数据表” / “Show the data table”. */
import { formatNumber } from '../../analysis/format-number';
import type { ChartSpec } from '../../charts/chart-spec';
import { useT } from '../i18n/use-t';

export function SpecDataTable({ spec }: { spec: ChartSpec }) {
  const t = useT();
  const lang = spec.lang ?? 'zh';
  return (
    <details className="data-table">
      <summary>{t.chart.tableSummary(spec.categories.length)}</summary>
      <table>
        <caption>{t.chart.tableCaption(spec.title, spec.unit)}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.kind === 'line' ? t.chart.colPeriod : t.chart.colUnit}</th>
            {spec.series.map((s) => <th key={s.name} scope="col">{s.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {spec.categories.map((c, i) => (
            <tr key={`${c}-${i}`}>
              <th scope="row">{c}</th>
              {spec.series.map((s) => {
                const v = s.values[i] ?? null;
                return <td key={s.name} className="num">{v === null ? '—' : `${s.marks?.[i] ?? ''}${formatNumber(v, lang)}`}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
