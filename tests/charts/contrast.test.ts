import { describe, expect, it } from 'vitest';
import { NEUTRAL_CHANGE_COLOURS } from '../../src/charts/bar-chart-parts';
import { contrastRatio, MIN_TEXT_CONTRAST, readableOnWhite } from '../../src/charts/contrast';
import { HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, REFERENCE_COLOR, REFERENCE_COLOR_2, TEXT_COLOR } from '../../src/charts/palette';

describe('contrastRatio', () => {
  it.each([['#000000', 21], ['#FFFFFF', 1], ['#767676', 4.54]])('%s on white = %f', (c, r) => {
    expect(contrastRatio(c)).toBeCloseTo(r, 2);
  });
  it('throws on a colour it cannot read', () => {
    expect(() => contrastRatio('red')).toThrow(/not a #RRGGBB/);
  });
});

describe('chart text colours', () => {
  // Every fill the charts use for text: tick and value labels, gap rows and axis titles, highlighted
  // names, median labels, the mean label (darkened), and the default up/down colours.
  const fills = {
    TEXT_COLOR, MUTED_TEXT_COLOR, HIGHLIGHT_COLOR, REFERENCE_COLOR,
    meanLabel: readableOnWhite(REFERENCE_COLOR_2), up: NEUTRAL_CHANGE_COLOURS.up, down: NEUTRAL_CHANGE_COLOURS.down,
  };
  it.each(Object.entries(fills))('%s (%s) reads at ≥ 4.5:1 on white', (_, c) => {
    expect(contrastRatio(c)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('darkens a series colour that is too light for text, keeps one that is fine', () => {
    expect(contrastRatio(REFERENCE_COLOR_2)).toBeLessThan(4.5); // #D55E00 as a line is fine, as text it is not
    expect(readableOnWhite(REFERENCE_COLOR_2)).not.toBe(REFERENCE_COLOR_2);
    expect(readableOnWhite('#0072B2')).toBe('#0072B2');
  });
});
