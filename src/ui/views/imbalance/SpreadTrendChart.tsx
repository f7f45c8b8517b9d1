/** The coefficient of variation over periods: is the gap widening or narrowing? */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SpreadTrend } from '../../../analysis/spread-trend';
import { formatNumber } from '../../../analysis/format-number';
import { formatPeriodLabel } from '../../../data/format-period-label';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

const TREND_KEY = { widening: 'trendWidening', narrowing: 'trendNarrowing', stable: 'trendStable' } as const;

export function SpreadTrendChart({ trend, metricLabel }: { trend: SpreadTrend; metricLabel: string }) {
  const t = useT().imbalance;
  const lang = useLang();
  if (trend.points.length < 2) return <p className="muted">{t.trendTooShort}</p>;
  const data = trend.points.map((p) => ({ period: formatPeriodLabel(p.period, lang), cv: Number(p.cv.toFixed(4)), gini: Number(p.gini.toFixed(4)) }));
  const rows = trend.points.map((p, i) => ({ period: data[i]!.period, cv: formatNumber(p.cv, lang, { digits: 3 }), gini: formatNumber(p.gini, lang, { digits: 3 }) }));
  return (
    <figure className="chart-box">
      <figcaption>
        {t.trendCaption(metricLabel, t[TREND_KEY[trend.trend]], `${trend.slope >= 0 ? '+' : ''}${formatNumber(trend.slope, lang, { digits: 3 })}`)}
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis />
          <Tooltip />
          <Line type="monotone" dataKey="cv" name={t.cv} stroke="#0072B2" strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="gini" name={t.gini} stroke="#E69F00" strokeDasharray="5 4" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <details className="data-table">
        <summary>{t.heatTable}</summary>
        <table>
          <caption>{t.trendCaption(metricLabel, t[TREND_KEY[trend.trend]], `${trend.slope >= 0 ? '+' : ''}${formatNumber(trend.slope, lang, { digits: 3 })}`)}</caption>
          <thead><tr><th scope="col">{t.colPeriod}</th><th scope="col" className="num">{t.cv}</th><th scope="col" className="num">{t.gini}</th></tr></thead>
          <tbody>{rows.map((r) => <tr key={r.period}><th scope="row">{r.period}</th><td className="num">{r.cv}</td><td className="num">{r.gini}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
