import { describe, expect, it } from 'vitest';
import { SubtotalChecker, subtotalKind } from '../../../src/data/records/subtotal-check';

describe('subtotalKind', () => {
  it.each([
    ['合计', 'total'], ['总计', 'total'], ['全街道', 'total'], ['全镇', 'total'], ['合 计', 'total'],
    ['小计', 'segment'], ['东湖街道合计', 'segment'], ['东湖街道小计', 'segment'],
    ['其中：', 'breakdown'], ['其中:低保户', 'breakdown'],
    ['东湖社区', null], ['合力社区', null], ['', null],
  ])('%s → %s', (label, kind) => {
    expect(subtotalKind(label)).toBe(kind);
  });
});

describe('SubtotalChecker', () => {
  it('checks a segment and a grand total, with both numbers on mismatch', () => {
    const c = new SubtotalChecker();
    c.add(7, 0, 10, 0, 3);
    c.add(7, 0, 20, 0, 4);
    expect(c.check('segment', 7, 0, 30, 0)).toBeNull();
    c.add(7, 0, 5, 0, 6);
    expect(c.check('segment', 7, 0, 6, 0)).toEqual({ expected: 5, rows: 1, firstLine: 6 });
    expect(c.check('total', 7, 0, 36, 0)).toEqual({ expected: 35, rows: 3, firstLine: 3 });
  });
  it('does not check when a covered value is approximate or missing', () => {
    const c = new SubtotalChecker();
    c.add(1, 0, 10, 1, 2); // gt
    expect(c.check('total', 1, 0, 99, 0)).toBeNull();
    const d = new SubtotalChecker();
    d.add(1, 0, NaN, 6, 2);
    expect(d.check('total', 1, 0, 99, 0)).toBeNull();
  });
  it('avoids float drift: 0.1 + 0.2 = 0.3', () => {
    const c = new SubtotalChecker();
    c.add(1, 0, 0.1, 0, 2);
    c.add(1, 0, 0.2, 0, 3);
    expect(c.check('total', 1, 0, 0.3, 0)).toBeNull();
  });
});
