/**
 * WCAG 2 contrast for chart text. axe does not check SVG text, so every fill used for text in the
 * charts is checked here (tests) and darkened where a series colour is too light to read.
 */

/** Relative luminance of a `#RRGGBB` colour (WCAG 2.x). Throws on another format. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${JSON.stringify(hex)}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: string, b = '#FFFFFF'): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * The colour itself when it reads on white at 4.5:1, else the same hue darkened just enough
 * (so a label can carry its line's colour: #D55E00 → a darker vermilion).
 */
export function readableOnWhite(hex: string): string {
  if (contrastRatio(hex) >= MIN_TEXT_CONTRAST) return hex.toUpperCase();
  const m = /^#([0-9a-f]{6})$/i.exec(hex)!;
  const rgb = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16));
  for (let f = 0.95; f > 0; f -= 0.05) {
    const c = `#${rgb.map((v) => Math.round(v * f).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    if (contrastRatio(c) >= MIN_TEXT_CONTRAST) return c;
  }
  return '#000000';
}
