import { describe, expect, it } from 'vitest';
import { heatColour, relativeLuminance } from '../../src/charts/heat-colour';

const rgbOf = (css: string): [number, number, number] => {
  if (css.startsWith('#')) {
    const n = parseInt(css.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(css);
  if (!m) throw new Error(`unparsed colour ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const contrast = (a: string, b: string) => {
  const [la, lb] = [relativeLuminance(rgbOf(a)), relativeLuminance(rgbOf(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

describe('heatColour', () => {
  it('keeps cell text at WCAG AA contrast (4.5:1) for every percentile', () => {
    for (let i = 0; i <= 1000; i++) {
      const { background, color } = heatColour(i / 1000);
      expect(contrast(background, color), `p=${i / 1000}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('darkens with the percentile and greys out missing cells', () => {
    expect(relativeLuminance(rgbOf(heatColour(0.9).background))).toBeLessThan(relativeLuminance(rgbOf(heatColour(0.1).background)));
    expect(heatColour(Number.NaN).background).toBe('#eeeeee');
  });
});
