/**
 * Draws a line ChartSpec with recharts: data series solid, reference series (median) dashed.
 * Missing values are gaps (connectNulls off). A point whose value covers only part of its period
 * (series.partial) is drawn hollow. A focused series is drawn thicker and the others fade; a click
 * on a line or a point calls onSelectSeries with the series name.
 */
import type { ReactElement } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../analysis/format-number';
import type { ChartSeries, ChartSpec } from './chart-spec';
import { seriesColor, TEXT_COLOR } from './palette';
import { textEms } from './label-placement';
import { specValueAxis, tickFormOf, tickText } from './scale';

const AXIS_FONT = { fontSize: 12, fill: TEXT_COLOR };

export interface SpecLineChartProps {
  readonly spec: ChartSpec;
  /** Fixed width in px (tests, export); omit to fill the container. */
  readonly width?: number;
  /** Pixels, or '100%' to fill a parent with a set height (only without `width`). */
  readonly height?: number | '100%';
  /** Series names drawn emphasised (the others fade when any is given). */
  readonly focused?: ReadonlySet<string>;
  /** Called with the series name when its line or a point is clicked. */
  readonly onSelectSeries?: (name: string) => void;
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly index?: number;
  readonly value?: unknown;
}

/** Filled dot, or hollow (white fill, coloured ring) where the value is partial. */
function makeDot(s: ChartSeries, color: string, r: number, onClick?: () => void) {
  const Dot = (p: DotProps): ReactElement => {
    const i = p.index ?? 0;
    if (p.cx === undefined || p.cy === undefined || s.values[i] === null || s.values[i] === undefined) return <g key={`d${i}`} />;
    const hollow = s.partial?.[i] === true;
    return (
      <circle
        key={`d${i}`}
        cx={p.cx}
        cy={p.cy}
        r={hollow ? r + 0.5 : r}
        fill={hollow ? '#FFFFFF' : color}
        stroke={color}
        strokeWidth={hollow ? 2 : 1}
        className={hollow ? 'dot-partial' : 'dot'}
        onClick={onClick}
      />
    );
  };
  return Dot;
}

/** Right margin for the last period's label, centred on the last point (half its width), and the point itself. */
function lastLabelRoom(categories: readonly string[]): number {
  const last = categories[categories.length - 1] ?? '';
  return Math.max(24, Math.ceil((textEms(last) * AXIS_FONT.fontSize) / 2) + 8);
}

export function SpecLineChart({ spec, width, height = 400, focused, onSelectSeries }: SpecLineChartProps) {
  const data = spec.categories.map((name, i) => {
    const row: Record<string, string | number | null> = { name };
    spec.series.forEach((s, k) => { row[`s${k}`] = s.values[i] ?? null; row[`m${k}`] = s.marks?.[i] ?? ''; });
    return row;
  });
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, spec.lang ?? 'zh', { compact: true }) : String(v));
  // The slide's value axis (specValueAxis), its ticks written as the slide writes them: 0.05 apart, 0.05 and 0.10, never 0.1 twice.
  const axis = specValueAxis(spec);
  const form = tickFormOf(axis.ticks);
  const tickFmt = (v: unknown) => (typeof v === 'number' ? tickText(v, spec.lang ?? 'zh', form) : String(v));
  // A point's qualifier mark (≈, ＞, ＜) before its value, as the bar labels write it.
  const markOf = (item: { dataKey?: unknown; payload?: Record<string, unknown> }): string => {
    const m = typeof item.dataKey === 'string' ? item.payload?.[item.dataKey.replace(/^s/, 'm')] : undefined;
    return typeof m === 'string' ? m : '';
  };
  const anyFocus = focused !== undefined && focused.size > 0;
  const chart = (
    <LineChart data={data} width={width} height={width !== undefined ? (typeof height === 'number' ? height : 400) : undefined} margin={{ top: 16, right: lastLabelRoom(spec.categories), bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="2 3" stroke="#e3e6ea" />
      <XAxis dataKey="name" tick={AXIS_FONT} interval="preserveStartEnd" minTickGap={12} />
      <YAxis tick={AXIS_FONT} tickFormatter={tickFmt} width={56} domain={[axis.min, axis.max]} ticks={[...axis.ticks]} interval={0} />
      <Tooltip formatter={(v, name, item) => [`${markOf(item)}${fmt(v)}${spec.lang === 'en' && spec.unit !== '%' ? ' ' : ''}${spec.unit}`, name]} />
      {spec.series.map((s, k) => {
        const color = s.color ?? seriesColor(k);
        const on = !anyFocus || s.reference === true || focused.has(s.name);
        const click = onSelectSeries && !s.reference ? () => onSelectSeries(s.name) : undefined;
        return (
          <Line
            key={s.name}
            type="linear"
            dataKey={`s${k}`}
            name={s.name}
            stroke={color}
            strokeOpacity={on ? 1 : 0.3}
            strokeWidth={s.reference ? 2 : anyFocus && on ? 4 : 2.5}
            strokeDasharray={s.reference ? '6 4' : undefined}
            dot={s.reference ? false : makeDot(s, color, anyFocus && on ? 4 : 3, click)}
            activeDot={s.reference ? false : { r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
            onClick={click}
            className={click ? 'chart-clickable' : undefined}
          />
        );
      })}
    </LineChart>
  );
  if (width !== undefined) return chart;
  return <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
