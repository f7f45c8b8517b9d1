/**
 * Okabe-Ito colours (colour-universal design), with amber #F5C710 in place of the yellow that is
 * too weak on white. The first colour is the app's single accent blue.
 */
export const SERIES_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F5C710', '#999999'] as const;

/** Dark grey for reference series (median, mean): dashed, never a data colour. */
export const REFERENCE_COLOR = '#555555';
/** Second reference line (mean), distinguishable from the median by dash pattern and colour. */
export const REFERENCE_COLOR_2 = '#D55E00';

/** The i-th series colour, cycling. */
export function seriesColor(i: number): string {
  return SERIES_PALETTE[i % SERIES_PALETTE.length]!;
}

/** The comparison period's bars (the earlier period): a neutral grey, 3.2:1 on white (graphics AA). */
export const COMPARE_PERIOD_COLOR = '#8A8F99';
/** Every text in the charts: dark grey, 12.6:1 on white. */
export const TEXT_COLOR = '#333333';
/** Secondary chart text (gap rows, axis titles): 6:1 on white. */
export const MUTED_TEXT_COLOR = '#5C6370';
/** Highlighted units: outline and label colour (near black), with a ▶ marker, never colour alone. */
export const HIGHLIGHT_COLOR = '#1F2329';
