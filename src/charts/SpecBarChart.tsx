/**
 * Draws a bar ChartSpec with recharts. Horizontal specs get one row per category, so a long list
 * becomes a tall chart (the caller scrolls it). Highlighted units keep full colour with an outline
 * and a ▶ before the name; the others fade. A click on a bar or a name calls onSelectUnit. All
 * text is React text (no HTML).
 */
import { useDeferredValue } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../analysis/format-number';
import { categoryTick, NEUTRAL_CHANGE_COLOURS, valueLabel, type ChangeColours } from './bar-chart-parts';
import type { ChartSpec } from './chart-spec';
import { readableOnWhite } from './contrast';
import { textEms, VALUE_AXIS_INTERVAL } from './label-placement';
import { HIGHLIGHT_COLOR, REFERENCE_COLOR, seriesColor, TEXT_COLOR } from './palette';

const ROW_PX = 22;
const NO_GRID_LINES = (): number[] => [];
const AXIS_FONT = { fontSize: 12, fill: TEXT_COLOR };
const NO_HIGHLIGHT: ReadonlySet<string> = new Set();

/** Pixel height a horizontal bar spec needs for all its categories. */
export function barChartHeight(spec: ChartSpec, rowPx = ROW_PX, min = 240): number {
  return spec.horizontal ? Math.max(min, spec.categories.length * rowPx * Math.max(1, spec.series.length) + 70) : 420;
}

/** Width of the category axis: enough for the longest name at the font size. */
function categoryAxisWidth(categories: readonly string[], fontSize: number, max: number): number {
  const longest = categories.reduce((n, c) => Math.max(n, textEms(c)), 0);
  return Math.min(max, Math.max(60, Math.ceil((longest + 2) * fontSize + 8)));
}

export interface SpecBarChartProps {
  readonly spec: ChartSpec;
  /** Fixed width in px (tests, export); omit to fill the container. */
  readonly width?: number;
  readonly height?: number;
  /** Highlighted unit names (matched against spec.categoryUnits). */
  readonly highlighted?: ReadonlySet<string>;
  /** Called with the unit name when a bar or its name is clicked. */
  readonly onSelectUnit?: (unit: string) => void;
  /** Up/down colours for change labels (the colour convention setting). */
  readonly changeColours?: ChangeColours;
  /** Fixed value-axis domain, so small multiples share one scale. */
  readonly domain?: readonly [number, number];
  /** Compact drawing for small multiples: smaller rows and text. */
  readonly compact?: boolean;
  /**
   * Fade bars that are not highlighted even when no highlighted unit is in this chart (small
   * multiples: the other streets' panels recede too). Default: fade only when one is drawn here.
   */
  readonly fadeOthers?: boolean;
  /**
   * On screen: draw the bars and axes first, and the value labels, grid, reference lines and
   * tooltip in a second step (a deferred render), so a chart's first drawing is two shorter tasks
   * rather than one long one. Off (default) for exports and print, which capture the first drawing.
   */
  readonly progressive?: boolean;
}

export function SpecBarChart(props: SpecBarChartProps) {
  const { spec, width, height, domain, compact = false } = props;
  const decorated = useDeferredValue(true, props.progressive === true ? false : undefined);
  const highlighted = props.highlighted ?? NO_HIGHLIGHT;
  const units = spec.categoryUnits;
  const anyOn = (props.fadeOthers === true && highlighted.size > 0) || (units !== undefined && units.some((u) => u !== null && highlighted.has(u)));
  const data = spec.categories.map((name, i) => {
    const row: Record<string, string | number | null> = { name };
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? null;
      row[`s${k}`] = v;
      // recharts numbers labels only over the bars it draws (gaps skipped), so the label is keyed
      // by the row index itself rather than by its position.
      row[`i${k}`] = v === null ? null : i + 1; // 1-based: recharts drops a label whose value is 0
    });
    return row;
  });
  const rowPx = compact ? 16 : ROW_PX;
  const font = compact ? 11 : 12;
  const h = height ?? barChartHeight(spec, rowPx, compact ? 60 : 240);
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, spec.lang ?? 'zh', { compact: true }) : String(v));
  const horizontal = spec.horizontal === true;
  const axisWidth = categoryAxisWidth(spec.categories, font, compact ? 150 : 220);
  const select = props.onSelectUnit;
  const onBarClick = select && units ? (_: unknown, index: number) => { const u = units[index]; if (u) select(u); } : undefined;
  const valueDomain = domain ? [domain[0], domain[1]] as [number, number] : undefined;
  const chart = (
    <BarChart
      data={data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      width={width}
      height={width !== undefined ? h : undefined}
      margin={compact ? { top: 18, right: 64, bottom: 4, left: 4 } : { top: 24, right: 72, bottom: 8, left: 8 }}
      barCategoryGap={compact ? '12%' : '18%'}
      barGap={1}
    >
      {/* Grid lines along the value axis only; the category axis's lines are not asked for (recharts would
          measure every name's text in the page to place lines it then does not draw). */}
      {decorated && (
        <CartesianGrid
          strokeDasharray="2 3" stroke="#e3e6ea" horizontal={!horizontal} vertical={horizontal}
          {...(horizontal ? { horizontalCoordinatesGenerator: NO_GRID_LINES } : { verticalCoordinatesGenerator: NO_GRID_LINES })}
        />
      )}
      {horizontal ? (
        <>
          <XAxis type="number" tick={{ ...AXIS_FONT, fontSize: font }} tickFormatter={fmt} orientation="top" domain={valueDomain ?? [0, 'auto']} allowDataOverflow={false} interval={VALUE_AXIS_INTERVAL} />
          <YAxis
            type="category"
            dataKey="name"
            width={axisWidth}
            interval={0}
            tick={categoryTick({ units, highlighted, onSelect: select, fontSize: font, maxWidth: axisWidth })}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="name" tick={AXIS_FONT} interval="preserveStartEnd" />
          <YAxis type="number" tick={AXIS_FONT} tickFormatter={fmt} domain={valueDomain ?? [0, 'auto']} interval={VALUE_AXIS_INTERVAL} />
        </>
      )}
      {decorated && <Tooltip formatter={(v, name) => [`${fmt(v)}${spec.lang === 'en' && spec.unit !== '%' ? ' ' : ''}${spec.unit}`, name]} />}
      {spec.series.map((s, k) => {
        const color = s.color ?? seriesColor(k);
        return (
          // A 0 gets a 1 px bar: recharts draws no bar (and so no label) for a zero-width one.
          <Bar key={s.name} dataKey={`s${k}`} name={s.name} fill={color} isAnimationActive={false} minPointSize={(v) => (v === 0 ? 1 : 0)} onClick={onBarClick} className={onBarClick ? 'chart-clickable' : undefined}>
            {anyOn && data.map((_, i) => {
              const on = units?.[i] != null && highlighted.has(units[i]!);
              return <Cell key={i} fill={color} fillOpacity={on ? 1 : 0.3} stroke={on ? HIGHLIGHT_COLOR : 'none'} strokeWidth={on ? 1.5 : 0} />;
            })}
            {decorated && (
              <LabelList
                dataKey={`i${k}`}
                content={valueLabel({
                  values: s.values, marks: s.marks, deltas: s.deltas,
                  colours: props.changeColours ?? NEUTRAL_CHANGE_COLOURS, horizontal, fontSize: compact ? 10 : 11, lang: spec.lang,
                })}
              />
            )}
          </Bar>
        );
      })}
      {decorated && (spec.references ?? []).map((r, i) => (
        <ReferenceLine
          key={r.label}
          {...(horizontal ? { x: r.value } : { y: r.value })}
          stroke={r.color ?? REFERENCE_COLOR}
          strokeDasharray={i === 0 ? '6 4' : '2 3'}
          strokeWidth={1.5}
          // A tall horizontal chart scrolls, so in-plot labels would sit on the bars: the legend names these lines.
          label={horizontal ? undefined : { value: `${r.label} ${fmt(r.value)}`, position: 'right', fontSize: 11, fill: readableOnWhite(r.color ?? REFERENCE_COLOR) }}
          ifOverflow="extendDomain"
        />
      ))}
    </BarChart>
  );
  if (width !== undefined) return chart;
  return <ResponsiveContainer width="100%" height={h}>{chart}</ResponsiveContainer>;
}
