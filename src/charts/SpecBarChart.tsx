/**
 * Draws a bar ChartSpec with recharts. Horizontal specs get one 22 px row per category, so a
 * long list becomes a tall chart (the caller scrolls it). All text is React text (no HTML).
 */
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../analysis/format-number';
import type { ChartSpec } from './chart-spec';
import { seriesColor } from './palette';

const ROW_PX = 22;
const AXIS_FONT = { fontSize: 12, fill: '#333333' };

/** Pixel height a horizontal bar spec needs for all its categories. */
export function barChartHeight(spec: ChartSpec): number {
  return spec.horizontal ? Math.max(240, spec.categories.length * ROW_PX * Math.max(1, spec.series.length) + 70) : 420;
}

/** Width of the category axis: enough for the longest name at 12 px (CJK ≈ 12 px a character). */
function categoryAxisWidth(categories: readonly string[]): number {
  const longest = categories.reduce((n, c) => Math.max(n, [...c].length), 0);
  return Math.min(200, Math.max(60, longest * 12 + 12));
}

export interface SpecBarChartProps {
  readonly spec: ChartSpec;
  /** Fixed width in px (tests, export); omit to fill the container. */
  readonly width?: number;
  readonly height?: number;
}

export function SpecBarChart({ spec, width, height }: SpecBarChartProps) {
  const data = spec.categories.map((name, i) => {
    const row: Record<string, string | number | null> = { name };
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? null;
      row[`s${k}`] = v;
      row[`l${k}`] = v === null ? '' : `${s.marks?.[i] ?? ''}${formatNumber(v, 'zh', { compact: true })}`;
    });
    return row;
  });
  const h = height ?? barChartHeight(spec);
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 'zh', { compact: true }) : String(v));
  const horizontal = spec.horizontal === true;
  const chart = (
    <BarChart
      data={data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      width={width}
      height={width !== undefined ? h : undefined}
      margin={{ top: 24, right: 56, bottom: 8, left: 8 }}
      barCategoryGap="18%"
    >
      <CartesianGrid strokeDasharray="2 3" stroke="#e3e6ea" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" tick={AXIS_FONT} tickFormatter={fmt} orientation="top" />
          <YAxis type="category" dataKey="name" tick={AXIS_FONT} width={categoryAxisWidth(spec.categories)} interval={0} />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="name" tick={AXIS_FONT} interval="preserveStartEnd" />
          <YAxis type="number" tick={AXIS_FONT} tickFormatter={fmt} />
        </>
      )}
      <Tooltip formatter={(v, name) => [`${fmt(v)}${spec.unit}`, name]} />
      {spec.series.map((s, k) => (
        <Bar key={s.name} dataKey={`s${k}`} name={s.name} fill={s.color ?? seriesColor(k)} isAnimationActive={false}>
          <LabelList dataKey={`l${k}`} position={horizontal ? 'right' : 'top'} style={{ fontSize: 11, fill: '#333333' }} />
        </Bar>
      ))}
      {(spec.references ?? []).map((r, i) => (
        <ReferenceLine
          key={r.label}
          {...(horizontal ? { x: r.value } : { y: r.value })}
          stroke={r.color ?? '#555555'}
          strokeDasharray={i === 0 ? '6 4' : '2 3'}
          strokeWidth={1.5}
          // A tall horizontal chart scrolls, so in-plot labels would sit on the bars: the legend names these lines.
          label={horizontal ? undefined : { value: `${r.label} ${fmt(r.value)}`, position: 'right', fontSize: 11, fill: r.color ?? '#555555' }}
          ifOverflow="extendDomain"
        />
      ))}
    </BarChart>
  );
  if (width !== undefined) return chart;
  return <ResponsiveContainer width="100%" height={h}>{chart}</ResponsiveContainer>;
}
