/** An HTML legend for a chart spec: series swatches, and reference lines with their values. */
import type { ChartSpec } from '../../charts/chart-spec';
import { seriesColor } from '../../charts/palette';
import { referenceValueText } from '../../charts/spec-text';
import { useT } from '../i18n/use-t';

export function SpecLegend({ spec }: { spec: ChartSpec }) {
  const t = useT();
  const lang = spec.lang ?? 'zh';
  return (
    <ul className="legend" aria-label={t.chart.legend}>
      {spec.series.map((s, i) => (
        <li key={s.name}>
          <span className={s.reference ? 'swatch swatch-dashed' : 'swatch'} style={{ borderColor: s.color ?? seriesColor(i), background: s.reference ? 'transparent' : (s.color ?? seriesColor(i)) }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
      {(spec.references ?? []).map((r, i) => (
        <li key={r.label}>
          <span className={i === 0 ? 'swatch swatch-dashed' : 'swatch swatch-dotted'} style={{ borderColor: r.color ?? '#555555' }} aria-hidden="true" />
          {t.chart.legendRef(r.label, referenceValueText(r, lang, spec.unit))}
        </li>
      ))}
    </ul>
  );
}
