/**
 * Draws a bar ChartSpec as plain SVG (the geometry is barLayout's). Horizontal specs get one row
 * per category, so a long list becomes a tall chart (the caller scrolls it). Highlighted units keep
 * full colour with an outline and a ▶ before the name; the others fade. A click on a bar or a name
 * calls onSelectUnit; a bar's tooltip is its <title>. All text is React text (no HTML).
 */
import type { ReactElement } from 'react';
import { formatNumber, type Lang } from '../analysis/format-number';
import { CategoryName, NEUTRAL_CHANGE_COLOURS, ValueLabel, type ChangeColours } from './bar-chart-parts';
import { barLayout, type BarLayout } from './bar-layout';
import type { ChartSpec } from './chart-spec';
import { CHART_SURFACE_CLASS } from './chart-surface';
import { readableOnWhite } from './contrast';
import { textEms } from './label-placement';
import { HIGHLIGHT_COLOR, REFERENCE_COLOR, seriesColor, TEXT_COLOR } from './palette';
import { tickFormOf, tickText } from './scale';
import { useWidth } from './use-width';

const ROW_PX = 22;
const NO_HIGHLIGHT: ReadonlySet<string> = new Set();
const GRID_COLOR = '#e3e6ea';
const AXIS_COLOR = '#666666';

/** Pixel height a horizontal bar spec needs for all its categories. */
export function barChartHeight(spec: ChartSpec, rowPx = ROW_PX, min = 240): number {
  return spec.horizontal ? Math.max(min, spec.categories.length * rowPx * Math.max(1, spec.series.length) + 70) : 420;
}

/** Width of the names' column: enough for the longest name at the font size. */
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
}

export function SpecBarChart(props: SpecBarChartProps) {
  const { spec, height, domain, compact = false } = props;
  const [box, width] = useWidth(props.width);
  const highlighted = props.highlighted ?? NO_HIGHLIGHT;
  const units = spec.categoryUnits;
  const anyOn = (props.fadeOthers === true && highlighted.size > 0) || (units !== undefined && units.some((u) => u !== null && highlighted.has(u)));
  const font = compact ? 11 : 12;
  const h = height ?? barChartHeight(spec, compact ? 16 : ROW_PX, compact ? 60 : 240);
  const horizontal = spec.horizontal === true;
  const categoryWidth = categoryAxisWidth(spec.categories, font, compact ? 150 : 220);
  const layout = barLayout(spec, { width, height: h, compact, fontSize: font, categoryWidth, ...(domain ? { domain } : {}) });
  const fmt = (v: number) => formatNumber(v, spec.lang ?? 'zh', { compact: true });
  const select = props.onSelectUnit;
  const unitSep = spec.lang === 'en' && spec.unit !== '%' ? ' ' : '';
  const { plot } = layout;
  const bySeries = spec.series.map((_, k) => layout.bars.filter((b) => b.series === k));

  const svg = (
    <svg
      className={`${CHART_SURFACE_CLASS} bar-chart`}
      width={width}
      height={h}
      viewBox={`0 0 ${width} ${h}`}
      role="img"
      aria-label={spec.title}
      fontFamily="inherit"
    >
      <Grid layout={layout} />
      <ValueAxis layout={layout} font={font} lang={spec.lang ?? 'zh'} />
      {spec.series.map((s, k) => {
        const color = s.color ?? seriesColor(k);
        return (
          <g key={s.name} className="bar-chart-series" data-series={s.name}>
            {bySeries[k]!.map((b) => {
              const unit = units?.[b.category] ?? null;
              const on = unit !== null && highlighted.has(unit);
              const click = select && unit !== null ? () => select(unit) : undefined;
              return (
                <rect
                  key={b.category}
                  x={b.x} y={b.y} width={b.width} height={b.height}
                  fill={color}
                  fillOpacity={anyOn && !on ? 0.3 : 1}
                  stroke={anyOn && on ? HIGHLIGHT_COLOR : undefined}
                  strokeWidth={anyOn && on ? 1.5 : undefined}
                  className={click ? 'bar-chart-bar chart-clickable' : 'bar-chart-bar'}
                  onClick={click}
                >
                  <title>{`${spec.categories[b.category] ?? ''}\n${s.name}：${fmt(b.value)}${unitSep}${spec.unit}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      {(spec.references ?? []).map((r, i) => {
        const at = layout.references[i]!.at;
        const stroke = r.color ?? REFERENCE_COLOR;
        return (
          <g key={r.label} className="chart-reference">
            {horizontal
              ? <line x1={at} x2={at} y1={plot.y0} y2={plot.y1} stroke={stroke} strokeDasharray={i === 0 ? '6 4' : '2 3'} strokeWidth={1.5} />
              : <line x1={plot.x0} x2={plot.x1} y1={at} y2={at} stroke={stroke} strokeDasharray={i === 0 ? '6 4' : '2 3'} strokeWidth={1.5} />}
            {/* A tall horizontal chart scrolls, so in-plot labels would sit on the bars: the legend names these lines. */}
            {!horizontal && <text x={plot.x1 + 5} y={at} dy="0.35em" fontSize={11} fill={readableOnWhite(stroke)}>{`${r.label} ${fmt(r.value)}`}</text>}
          </g>
        );
      })}
      {spec.series.map((s, k) => {
        const opts = {
          marks: s.marks, deltas: s.deltas, deltaMarks: s.deltaMarks, colours: props.changeColours ?? NEUTRAL_CHANGE_COLOURS,
          horizontal, fontSize: compact ? 10 : 11, lang: spec.lang,
        };
        return bySeries[k]!.map((b) => <ValueLabel key={`${k}:${b.category}`} bar={b} opts={opts} />);
      })}
      <CategoryAxis layout={layout} spec={spec} font={font} opts={{ units, highlighted, onSelect: select, fontSize: font, ...(horizontal ? { maxWidth: categoryWidth } : {}) }} />
    </svg>
  );
  if (props.width !== undefined) return svg;
  return <div ref={box} className="bar-chart-box">{svg}</div>;
}

/** Dashed lines at the value ticks, across the plot. */
function Grid({ layout }: { layout: BarLayout }): ReactElement {
  const { plot } = layout;
  return (
    <g className="chart-grid">
      {layout.valueTicks.map((t) => (layout.horizontal
        ? <line key={t.value} x1={t.at} x2={t.at} y1={plot.y0} y2={plot.y1} stroke={GRID_COLOR} strokeDasharray="2 3" />
        : <line key={t.value} x1={plot.x0} x2={plot.x1} y1={t.at} y2={t.at} stroke={GRID_COLOR} strokeDasharray="2 3" />))}
    </g>
  );
}

/** The value axis: a line along the plot's top (bars) or left (columns) with its numbers. */
function ValueAxis({ layout, font, lang }: { layout: BarLayout; font: number; lang: Lang }): ReactElement {
  const { plot } = layout;
  // Written as the slides write ticks (tickForm): 0.05 apart, 0.05 and 0.10, never 0.1 twice.
  const form = tickFormOf(layout.valueTicks.map((t) => t.value));
  const fmt = (v: number) => tickText(v, lang, form);
  return (
    <g className="chart-value-axis">
      {layout.horizontal
        ? <line x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} stroke={AXIS_COLOR} />
        : <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} stroke={AXIS_COLOR} />}
      {layout.valueTicks.map((t) => (layout.horizontal
        ? (
          <g key={t.value}>
            <line x1={t.at} x2={t.at} y1={plot.y0 - 6} y2={plot.y0} stroke={AXIS_COLOR} />
            <text x={t.at} y={plot.y0 - 8} textAnchor="middle" fontSize={font} fill={TEXT_COLOR} className="chart-value-tick">{fmt(t.value)}</text>
          </g>
        ) : (
          <g key={t.value}>
            <line x1={plot.x0 - 6} x2={plot.x0} y1={t.at} y2={t.at} stroke={AXIS_COLOR} />
            <text x={plot.x0 - 8} y={t.at} dy="0.35em" textAnchor="end" fontSize={font} fill={TEXT_COLOR} className="chart-value-tick">{fmt(t.value)}</text>
          </g>
        )))}
    </g>
  );
}

/** The category axis: a line along the plot's left (bars) or bottom (columns) with the names. */
function CategoryAxis({ layout, spec, font, opts }: {
  layout: BarLayout; spec: ChartSpec; font: number; opts: Parameters<typeof CategoryName>[0]['opts'];
}): ReactElement {
  const { plot } = layout;
  return (
    <g className="chart-category-axis" fontSize={font}>
      {layout.horizontal
        ? <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} stroke={AXIS_COLOR} />
        : <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} stroke={AXIS_COLOR} />}
      {layout.categoryTicks.map((t) => (layout.horizontal
        ? <CategoryName key={t.index} x={plot.x0 - 8} y={t.at} index={t.index} label={spec.categories[t.index] ?? ''} anchor="end" opts={opts} />
        : <CategoryName key={t.index} x={t.at} y={plot.y1 + 6} index={t.index} label={spec.categories[t.index] ?? ''} anchor="middle" opts={opts} />))}
    </g>
  );
}
