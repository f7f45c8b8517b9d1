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
