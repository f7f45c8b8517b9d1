import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/export/table-cell-text';

describe('cellText: a rank-change column on slides, print and the profile table', () => {
  const col = { key: 'momRank', label: '环比名次', numeric: true, rankChange: true };
  it('writes a rank that did not move as the page does (持平 / same), not as a blank', () => {
    expect(cellText(0, col)).toBe('持平');
    expect(cellText(0, col, 'zh')).toBe('持平');
    expect(cellText(0, col, 'en')).toBe('same');
  });
  it('writes moves as arrows and no rank change as —', () => {
    expect(cellText(3, col)).toBe('↑3');
    expect(cellText(-1, col, 'en')).toBe('↓1');
    expect(cellText(null, col)).toBe('—');
    expect(cellText(NaN, col)).toBe('—');
  });
});
