/**
 * The coefficient of variation (and Gini) over periods: is the gap widening or narrowing? Drawn
 * from its ChartSpec (buildSpreadTrendSpec), so the 导出 menu exports exactly what is shown.
 */
import type { RefObject } from 'react';
import type { ChartSpec } from '../../../charts/chart-spec';
import { SpecLineChart } from '../../../charts/SpecLineChart';
import { SpecLegend } from '../../shared/SpecLegend';
import type { SpreadTrend } from '../../../analysis/spread-trend';
import { formatNumber } from '../../../analysis/format-number';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

const TREND_KEY = { widening: 'trendWidening', narrowing: 'trendNarrowing', stable: 'trendStable' } as const;

export interface SpreadTrendChartProps {
  readonly trend: SpreadTrend;
  /** The spec drawn (absent with fewer than two points). */
  readonly spec: ChartSpec | undefined;
  readonly metricLabel: string;
  /** Holds the drawn SVG, for the export menu. */
  readonly box: RefObject<HTMLDivElement | null>;
}

export function SpreadTrendChart({ trend, spec, metricLabel, box }: SpreadTrendChartProps) {
  const t = useT().imbalance;
  const lang = useLang();
  if (trend.points.length < 2 || !spec) return <p className="muted">{t.trendTooShort}</p>;
  const rows = trend.points.map((p) => ({ period: formatPeriodLabel(p.period, lang), cv: formatNumber(p.cv, lang, { digits: 3 }), gini: formatNumber(p.gini, lang, { digits: 3 }) }));
  const caption = t.trendCaption(metricLabel, t[TREND_KEY[trend.trend]], `${trend.slope >= 0 ? '+' : ''}${formatNumber(trend.slope, lang, { digits: 3 })}`);
  return (
    <figure className="chart-box">
      <figcaption>{caption}</figcaption>
      <SpecLegend spec={spec} />
      <div ref={box} data-chart-id="imbalance-trend">
        <SpecLineChart spec={spec} height={240} />
      </div>
      <details className="data-table">
        <summary>{t.heatTable}</summary>
        <table>
          <caption>{caption}</caption>
          <thead><tr><th scope="col">{t.colPeriod}</th><th scope="col" className="num">{t.cv}</th><th scope="col" className="num">{t.gini}</th></tr></thead>
          <tbody>{rows.map((r) => <tr key={r.period}><th scope="row">{r.period}</th><td className="num">{r.cv}</td><td className="num">{r.gini}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
