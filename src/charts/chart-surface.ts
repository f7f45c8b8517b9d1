/**
 * How export code finds a chart's drawing in the page: the hand-drawn bar chart's <svg> carries
 * CHART_SURFACE_CLASS, recharts' line chart draws `<svg class="recharts-surface">`. One selector
 * for both, used by every export and by the off-screen drawing.
 */
export const CHART_SURFACE_CLASS = 'chart-surface';

/** The <svg> of any chart. */
export const CHART_SVG_SELECTOR = `svg.${CHART_SURFACE_CLASS}, svg.recharts-surface`;

/** Something drawn inside a chart's <svg>: a bar or a line. */
export const CHART_MARK_SELECTOR = '.bar-chart-bar, .recharts-line-curve';
