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
  return { background: `rgb(${ch(0)}, ${ch(1)}, ${ch(2)})`, color: p > 0.55 ? '#ffffff' : '#1a1a1a' };
}
