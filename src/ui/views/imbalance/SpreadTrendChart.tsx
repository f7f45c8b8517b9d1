/** The coefficient of variation over periods: is the gap widening or narrowing? */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SpreadTrend } from '../../../analysis/spread-trend';
import { formatNumber } from '../../../analysis/format-number';
import { formatPeriodLabel } from '../../../data/format-period-label';

const TREND_TEXT = { widening: '差距在扩大', narrowing: '差距在缩小', stable: '差距基本稳定' } as const;

export function SpreadTrendChart({ trend, metricLabel }: { trend: SpreadTrend; metricLabel: string }) {
  if (trend.points.length < 2) return <p className="muted">完整期间不足两期，无法判断差距变化。</p>;
  const data = trend.points.map((p) => ({ period: formatPeriodLabel(p.period, 'zh'), cv: Number(p.cv.toFixed(4)), gini: Number(p.gini.toFixed(4)) }));
  return (
    <figure className="chart-box">
      <figcaption>
        {metricLabel}：{TREND_TEXT[trend.trend]}（变异系数每期{trend.slope >= 0 ? '+' : ''}{formatNumber(trend.slope, 'zh', { digits: 3 })}，最小二乘斜率）
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis />
          <Tooltip />
          <Line type="monotone" dataKey="cv" name="变异系数" stroke="#0072B2" strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="gini" name="基尼系数" stroke="#E69F00" strokeDasharray="5 4" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
