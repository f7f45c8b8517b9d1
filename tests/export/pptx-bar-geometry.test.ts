import { describe, expect, it } from 'vitest';
import { axisFormatCode } from '../../src/export/pptx-bar-geometry';

describe('axisFormatCode', () => {
  it.each([
    // [min, max, step, code]
    [0, 300_000, 100_000, '0\\.0,"万"'],
    [0, 40_000, 10_000, '0\\.0,"万"'],
    [0, 600, 200, '#,##0'],
    [0, 0.6, 0.1, '#,##0.0'],
    [0, 0.06, 0.02, '#,##0.00'],
  ])('%d–%d step %d → %s', (min, max, step, code) => {
    expect(axisFormatCode(min, max, step)).toBe(code);
  });

  it('escapes the 万 form\'s literal point with a backslash: LibreOffice prints "!" as is (100!.0万 for 10.0万)', () => {
    for (const [min, max, step] of [[0, 3e5, 1e5], [0, 2e6, 5e5], [-2e4, 2e4, 1e4]] as const) {
      expect(axisFormatCode(min, max, step)).not.toContain('!');
    }
  });
});
