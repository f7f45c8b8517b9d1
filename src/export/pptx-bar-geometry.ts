/**
 * Where a native bar chart's plot sits on the slide, so what pptxgenjs cannot draw inside the
 * chart (a vertical median line across horizontal bars) can be drawn as a shape at the right
 * place. The plot area is fixed with a manual inner layout and the value axis with a fixed
 * min/max, both chosen here; font sizes follow the number of bars so every name is legible.
 * Inches throughout, as pptxgenjs takes them.
 */
import type { ChartSpec } from '../charts/chart-spec';
import { specValueAxis, tickForm } from '../charts/scale';

export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

export interface BarGeometry {
  /** The chart's frame on the slide. */
  readonly frame: Box;
  /** The plot area (inside the axes) as fractions of the frame: pptxgenjs `layout`. */
  readonly layout: Box;
  /** The plot area on the slide. */
  readonly plot: Box;
  /** Value axis: fixed ends and tick step. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Category label and value label sizes, points. */
  readonly catFont: number;
  readonly labelFont: number;
  /** Slide y (inches) of the row kept for the axis title, under the reference labels' row. */
  readonly axisTitleY: number;
}

/** Text width in ems: CJK and full-width characters 1 em, others about 0.6 em. */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return n;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Geometry of a horizontal bar chart in `frame`: the category labels' column is as wide as the
 * longest name at the chosen size; room above the plot for reference labels, right of it for
 * value labels, below it for the value axis (and a legend when `legend`).
 */
export function horizontalBarGeometry(spec: ChartSpec, frame: Box, opts: { legend: boolean; axisTitle: boolean; domain?: readonly [number, number] }): BarGeometry {
  const rows = Math.max(1, spec.categories.length);
  const bars = Math.max(1, spec.series.filter((s) => s.reference !== true).length);
  // Value ticks sit above the plot; reference labels, the axis title and the legend below it.
  const top = 0.26;
  const refRow = (spec.references ?? []).length > 0 ? 0.26 : 0.06;
  const bottom = refRow + (opts.axisTitle ? 0.28 : 0) + (opts.legend ? 0.32 : 0);
  const plotH = Math.max(0.5, frame.h - top - bottom);
  const pitch = (plotH * 72) / rows;
  // A line of text is about 1.3 em high: smaller than the pitch, or a client hides every other name.
  const catFont = clamp(Math.floor(pitch * 0.7), 6, 12);
  const labelFont = clamp(Math.floor((pitch / bars) * 0.8), 6, 11);
  const longest = spec.categories.reduce((n, c) => Math.max(n, ems(c)), 0);
  const labelW = Math.min(frame.w * 0.4, ((longest + 1) * catFont) / 72 + 0.12);
  const right = Math.max(0.5, (7 * labelFont) / 72 + 0.1);
  const plotW = Math.max(0.5, frame.w - labelW - right);
  const layout: Box = { x: labelW / frame.w, y: top / frame.h, w: plotW / frame.w, h: plotH / frame.h };
  const axis = specValueAxis(spec, opts.domain);
  return {
    frame, layout, ...axis, catFont, labelFont,
    plot: { x: frame.x + labelW, y: frame.y + top, w: plotW, h: plotH },
    axisTitleY: frame.y + top + plotH + refRow,
  };
}

/** Slide x (inches) of value `v` on a horizontal bar chart's value axis. */
export function valueX(g: BarGeometry, v: number): number {
  return g.plot.x + ((v - g.min) / (g.max - g.min)) * g.plot.w;
}

/**
 * An Excel number format for the value axis ticks, as tickForm writes them (the page's axes too):
 * as many decimals as the step needs; 万 above 10,000.
 * The 万 form scales by 1,000 and shows a literal point before the last digit; the point is escaped
 * with a backslash, which both Excel and LibreOffice read. LibreOffice prints Excel's other escape `!`
 * as is, so 100,000 read "100!.0万" on its slides instead of "10.0万".
 */
export function axisFormatCode(min: number, max: number, step: number): string {
  const form = tickForm(min, max, step);
  if (form.wan) return '0\\.0,"万"';
  return form.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(form.decimals)}`;
}
