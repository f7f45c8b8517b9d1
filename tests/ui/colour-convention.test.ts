// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/contrast';
import {
  CHANGE_COLOURS, COLOUR_CONVENTION_KEY, getColourConvention, resetColourConventionForTests, setColourConvention,
} from '../../src/ui/highlight/colour-convention';

afterEach(() => {
  localStorage.clear();
  resetColourConventionForTests();
});

describe('colour convention', () => {
  it('defaults to 中性 and remembers a choice across a reload', () => {
    expect(getColourConvention()).toBe('neutral');
    setColourConvention('red-up');
    expect(localStorage.getItem(COLOUR_CONVENTION_KEY)).toBe('red-up');
    resetColourConventionForTests(); // as after a reload
    expect(getColourConvention()).toBe('red-up');
  });

  it('ignores a stored value it does not know', () => {
    setColourConvention('green-up');
    localStorage.setItem(COLOUR_CONVENTION_KEY, 'purple');
    resetColourConventionForTests(); // as after a reload
    expect(getColourConvention()).toBe('neutral');
  });

  it('swaps red and green between 红涨绿跌 and 绿涨红跌', () => {
    expect(CHANGE_COLOURS['red-up'].up).toBe(CHANGE_COLOURS['green-up'].down);
    expect(CHANGE_COLOURS['red-up'].down).toBe(CHANGE_COLOURS['green-up'].up);
  });

  it.each(Object.entries(CHANGE_COLOURS))('%s colours are readable text (≥ 4.5:1)', (_, c) => {
    expect(contrastRatio(c.up)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.down)).toBeGreaterThanOrEqual(4.5);
  });
});
