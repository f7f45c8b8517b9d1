import { describe, expect, it } from 'vitest';
import { bestColumns, flowColumns } from '../../src/ui/views/compare/compose-grid-svg';

describe('small multiples export layout', () => {
  it('flows pieces into the shortest column (gap 16)', () => {
    const { at, width, height } = flowColumns([{ w: 100, h: 50 }, { w: 100, h: 20 }, { w: 80, h: 10 }], 2);
    expect(at).toEqual([{ x: 0, y: 0 }, { x: 116, y: 0 }, { x: 116, y: 36 }]);
    expect(width).toBe(216);
    expect(height).toBe(50);
  });

  it('picks the column count closest to 16:9', () => {
    // 14 panels of 340 × 260 (+16 gap): 5 columns = 1764 × 812 (2.17), 4 = 1408 × 1088 (1.29); 16:9 = 1.78,
    // and |ln(2.17 / 1.78)| = 0.20 < |ln(1.29 / 1.78)| = 0.32.
    const sizes = Array.from({ length: 14 }, () => ({ w: 340, h: 260 }));
    expect(bestColumns(sizes)).toBe(5);
    expect(bestColumns([{ w: 300, h: 100 }])).toBe(1);
  });
});
