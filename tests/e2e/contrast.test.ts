/** The contrast helper the journeys use for chart text (values from the WCAG 2 definition). */
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseCssColor, type Rgb } from './contrast';

const WHITE: Rgb = [255, 255, 255];

describe('contrastRatio', () => {
  it.each([
    ['black on white', [0, 0, 0] as Rgb, 21],
    ['white on white', WHITE, 1],
    ['#333333', [51, 51, 51] as Rgb, 12.63],
    ['#767676 (the AA edge)', [118, 118, 118] as Rgb, 4.54],
    ['#777777 (just below)', [119, 119, 119] as Rgb, 4.48],
    ['#cccccc', [204, 204, 204] as Rgb, 1.61],
  ])('%s → %f', (_name, c, ratio) => {
    expect(contrastRatio(c, WHITE)).toBeCloseTo(ratio, 2);
  });
});

describe('parseCssColor', () => {
  it.each([
    ['rgb(51, 51, 51)', 1, [51, 51, 51]],
    ['rgba(0, 0, 0, 0.5)', 1, [127.5, 127.5, 127.5]],
    ['rgb(0 0 0 / 50%)', 1, [127.5, 127.5, 127.5]],
    ['#0072b2', 1, [0, 114, 178]],
    ['rgb(0, 0, 0)', 0.5, [127.5, 127.5, 127.5]],
  ])('%s × %f', (css, opacity, rgb) => {
    expect(parseCssColor(css, opacity)).toEqual(rgb);
  });

  it.each(['none', 'url(#gradient)', 'currentcolor'])('%s gives NaN, so a contrast check on it fails', (css) => {
    expect(contrastRatio(parseCssColor(css), WHITE)).toBeNaN();
  });
});
