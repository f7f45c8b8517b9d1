/** An HTML legend for a chart spec: series swatches, and reference lines with their values. */
import { formatNumber } from '../../analysis/format-number';
import type { ChartSpec } from '../../charts/chart-spec';
import { seriesColor } from '../../charts/palette';

export function SpecLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="legend" aria-label="图例">
      {spec.series.map((s, i) => (
        <li key={s.name}>
          <span className={s.reference ? 'swatch swatch-dashed' : 'swatch'} style={{ borderColor: s.color ?? seriesColor(i), background: s.reference ? 'transparent' : (s.color ?? seriesColor(i)) }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
      {(spec.references ?? []).map((r, i) => (
        <li key={r.label}>
          <span className={i === 0 ? 'swatch swatch-dashed' : 'swatch swatch-dotted'} style={{ borderColor: r.color ?? '#555555' }} aria-hidden="true" />
          {r.label}：{formatNumber(r.value, 'zh')}{spec.unit}
        </li>
      ))}
    </ul>
  );
}
