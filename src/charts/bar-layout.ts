/**
 * Where everything of a bar chart goes, as plain numbers: the plot box, the value scale and its
 * ticks, one rectangle per drawn value, the category names to show and the reference lines.
 * SpecBarChart draws this as SVG; nothing here measures text in the page (widths are estimated in
 * ems), so drawing a chart is one render with no layout reads.
 *
 * Horizontal specs get one row per category (the value axis on top, names on the left); the
 * others get columns (the value axis on the left, names below, thinned so they do not collide).
 */
import type { ChartSpec } from './chart-spec';
import { textEms } from './label-placement';
import { linearScale, niceTicks } from './scale';

export interface BarLayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Small multiples: tighter margins and gaps. */
  readonly compact: boolean;
  /** Font size of the axis text in px. */
  readonly fontSize: number;
  /** Horizontal: width of the names' column in px. */
  readonly categoryWidth: number;
  /** A fixed value domain (small multiples share one scale); absent: 0 and the data's range, rounded. */
  readonly domain?: readonly [number, number];
}

export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export interface BarRect {
  readonly category: number;
  readonly series: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarLayout {
  readonly horizontal: boolean;
  readonly plot: Box;
  /** Value → px along the value axis (x for horizontal bars, y for columns). */
  readonly scale: (v: number) => number;
  readonly valueTicks: readonly { readonly value: number; readonly at: number }[];
  /** The categories whose names are shown (all of them for horizontal bars), at the band's centre. */
  readonly categoryTicks: readonly { readonly index: number; readonly at: number }[];
  readonly bars: readonly BarRect[];
  readonly references: readonly { readonly index: number; readonly at: number }[];
}

/** Space for the value axis's numbers: above the plot (horizontal) or left of it (columns). */
const VALUE_AXIS_PX = { horizontal: 30, vertical: 60 } as const;
/** Space for the names under columns. */
const CATEGORY_AXIS_PX = 30;
/** Gap between the bars of one category (two periods side by side). */
const BAR_GAP_PX = 1;
/** The value axis has 4 to 7 ticks: the count whose rounded end overshoots the data least. */
const TICK_COUNTS = [5, 4, 6, 7] as const;

/** Round ticks over [lo, hi] ending as close to the data as 4 to 7 ticks allow (45 → 0–50, not 0–60). */
function tightTicks(lo: number, hi: number): { ticks: number[]; domain: [number, number] } {
  let best = niceTicks(lo, hi, TICK_COUNTS[0]);
  for (const count of TICK_COUNTS.slice(1)) {
    const t = niceTicks(lo, hi, count);
    if (t.ticks.length <= 7 && t.domain[1] - t.domain[0] < best.domain[1] - best.domain[0]) best = t;
  }
  return best;
}

/** The chart's margins inside its SVG. */
export function barMargins(compact: boolean): { top: number; right: number; bottom: number; left: number } {
  return compact ? { top: 18, right: 64, bottom: 4, left: 4 } : { top: 24, right: 72, bottom: 8, left: 8 };
}

/** Lowest and highest of 0, every value and every reference line (a reference is never off the plot). */
function dataRange(spec: ChartSpec): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of spec.series) {
    for (const v of s.values) {
      if (v === null || !Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  for (const r of spec.references ?? []) {
    if (r.value < lo) lo = r.value;
    if (r.value > hi) hi = r.value;
  }
  return [lo, hi];
}

export function barLayout(spec: ChartSpec, o: BarLayoutOptions): BarLayout {
  const horizontal = spec.horizontal === true;
  const m = barMargins(o.compact);
  const plot: Box = horizontal
    ? { x0: m.left + o.categoryWidth, y0: m.top + VALUE_AXIS_PX.horizontal, x1: o.width - m.right, y1: o.height - m.bottom }
    : { x0: m.left + VALUE_AXIS_PX.vertical, y0: m.top, x1: o.width - m.right, y1: o.height - m.bottom - CATEGORY_AXIS_PX };

  let domain: [number, number];
  let ticks: number[];
  if (o.domain) {
    domain = [o.domain[0], o.domain[1]];
    ticks = tightTicks(domain[0], domain[1]).ticks.filter((t) => t >= domain[0] && t <= domain[1]);
  } else {
    const [lo, hi] = dataRange(spec);
    const nice = tightTicks(lo, hi === lo ? lo + 1 : hi);
    domain = nice.domain;
    ticks = nice.ticks;
  }
  const scale = horizontal ? linearScale(domain[0], domain[1], plot.x0, plot.x1) : linearScale(domain[0], domain[1], plot.y1, plot.y0);

  const n = spec.categories.length;
  const bandStart = horizontal ? plot.y0 : plot.x0;
  const band = n === 0 ? 0 : ((horizontal ? plot.y1 - plot.y0 : plot.x1 - plot.x0)) / n;
  const seriesCount = Math.max(1, spec.series.length);
  const edge = band * (o.compact ? 0.12 : 0.18);
  const size = Math.max(1, (band - 2 * edge - (seriesCount - 1) * BAR_GAP_PX) / seriesCount);
  const zero = scale(Math.min(Math.max(0, domain[0]), domain[1]));

  const bars: BarRect[] = [];
  spec.series.forEach((s, k) => {
    for (let i = 0; i < n; i++) {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      const along = bandStart + i * band + edge + k * (size + BAR_GAP_PX);
      const end = scale(v);
      // A 0 gets a 1 px bar, so it (and its label) is seen as a value, not a gap.
      const length = v === 0 ? 1 : Math.abs(end - zero);
      const from = v === 0 ? (horizontal ? zero : zero - 1) : Math.min(end, zero);
      bars.push(horizontal
        ? { category: i, series: k, value: v, x: from, y: along, width: length, height: size }
        : { category: i, series: k, value: v, x: along, y: from, width: size, height: length });
    }
  });

  // Names under columns are thinned to every step-th so they do not run into each other.
  const longest = spec.categories.reduce((w, c) => Math.max(w, textEms(c)), 0);
  const step = horizontal || band <= 0 ? 1 : Math.max(1, Math.ceil((longest * o.fontSize + 6) / band));
  const categoryTicks: { index: number; at: number }[] = [];
  for (let i = 0; i < n; i += step) categoryTicks.push({ index: i, at: bandStart + (i + 0.5) * band });

  return {
    horizontal, plot, scale,
    valueTicks: ticks.map((value) => ({ value, at: scale(value) })),
    categoryTicks,
    bars,
    references: (spec.references ?? []).map((r, index) => ({ index, at: scale(r.value) })),
  };
}
