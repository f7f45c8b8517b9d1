/**
 * WCAG 2 contrast for chart text, which axe-core does not check inside SVG.
 * Colours are sRGB triples 0–255.
 */

/** An sRGB colour, channels 0–255. */
export type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour: 0 (black) … 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 … 21 (order of the two colours does not matter). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Parses a computed CSS colour (`rgb(51, 51, 51)`, `rgba(0, 0, 0, 0.5)`, `#333333`) and blends it
 * over white with its alpha times `opacity` (e.g. the computed fill-opacity). Returns NaN channels
 * for anything else (`none`, `url(#g)`), so a contrast check on it fails instead of passing.
 */
export function parseCssColor(css: string, opacity = 1): Rgb {
  const s = css.trim().toLowerCase();
  let rgba: number[] | null = null;
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    rgba = [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
  }
  const hex = /^#([0-9a-f]{6})$/.exec(s);
  if (hex?.[1] !== undefined) {
    const n = Number.parseInt(hex[1], 16);
    rgba = [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  if (rgba === null) return [Number.NaN, Number.NaN, Number.NaN];
  const a = (rgba[3] ?? 1) * (Number.isFinite(opacity) ? opacity : 1);
  const over = (c: number) => c * a + 255 * (1 - a);
  return [over(rgba[0]!), over(rgba[1]!), over(rgba[2]!)];
}
