/** Draws a line ChartSpec with recharts: data series solid, reference series (median) dashed. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../analysis/format-number';
import type { ChartSpec } from './chart-spec';
import { seriesColor } from './palette';

const AXIS_FONT = { fontSize: 12, fill: '#333333' };

export interface SpecLineChartProps {
  readonly spec: ChartSpec;
  /** Fixed width in px (tests, export); omit to fill the container. */
  readonly width?: number;
  /** Pixels, or '100%' to fill a parent with a set height (only without `width`). */
  readonly height?: number | '100%';
}

export function SpecLineChart({ spec, width, height = 400 }: SpecLineChartProps) {
  const data = spec.categories.map((name, i) => {
    const row: Record<string, string | number | null> = { name };
    spec.series.forEach((s, k) => { row[`s${k}`] = s.values[i] ?? null; });
    return row;
  });
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 'zh', { compact: true }) : String(v));
  const chart = (
    <LineChart data={data} width={width} height={width !== undefined ? (typeof height === 'number' ? height : 400) : undefined} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="2 3" stroke="#e3e6ea" />
      <XAxis dataKey="name" tick={AXIS_FONT} interval="preserveStartEnd" minTickGap={12} />
      <YAxis tick={AXIS_FONT} tickFormatter={fmt} width={56} />
      <Tooltip formatter={(v, name) => [`${fmt(v)}${spec.unit}`, name]} />
      {spec.series.map((s, k) => (
        <Line
          key={s.name}
          type="linear"
          dataKey={`s${k}`}
          name={s.name}
          stroke={s.color ?? seriesColor(k)}
          strokeWidth={s.reference ? 2 : 2.5}
          strokeDasharray={s.reference ? '6 4' : undefined}
          dot={s.reference ? false : { r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  if (width !== undefined) return chart;
  return <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
