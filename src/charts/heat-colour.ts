/**
 * Colour-blind-safe sequential blues for percentiles (ColorBrewer Blues, light = behind, dark =
 * ahead); the text colour flips for contrast. Missing cells are light grey with a hatch-free dash.
 */
const STOPS: readonly (readonly [number, number, number])[] = [
  [247, 251, 255], [198, 219, 239], [107, 174, 214], [33, 113, 181], [8, 48, 107],
];

/** Background and text colour of a cell with percentile p (0..1, NaN = missing). */
export function heatColour(p: number): { background: string; color: string } {
  if (!Number.isFinite(p)) return { background: '#eeeeee', color: '#555555' };
  const x = Math.min(1, Math.max(0, p)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const t = x - i;
  const [a, b] = [STOPS[i]!, STOPS[i + 1]!];
  const ch = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * t);
  const rgb = [ch(0), ch(1), ch(2)] as const;
  // Pick whichever text colour contrasts more with this background (WCAG relative luminance):
  // a fixed percentile threshold left mid-blue cells under 4.5:1.
  const l = relativeLuminance(rgb);
  const onDark = (1.05) / (l + 0.05);
  const onLight = (l + 0.05) / (DARK_TEXT_LUMINANCE + 0.05);
  return { background: `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`, color: onDark > onLight ? '#ffffff' : DARK_TEXT };
}

const DARK_TEXT = '#000000';
const DARK_TEXT_LUMINANCE = 0;

/** WCAG 2 relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance(rgb: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
}
