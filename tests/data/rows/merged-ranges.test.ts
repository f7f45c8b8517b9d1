import { describe, expect, it } from 'vitest';
import { fillMergedDown } from '../../../src/data/rows/merged-ranges';

describe('fillMergedDown', () => {
  it('fills vertical merges below the header in the given columns only', () => {
    const rows = [['街道', '社区', '人口'], ['中北镇', '东湖', '1'], ['', '西山', ''], ['', '南河', '3']];
    const merges = [
      { top: 1, bottom: 3, left: 0, right: 0 }, // 街道 merged down
      { top: 1, bottom: 2, left: 2, right: 2 }, // a merged value: not a dimension column, left blank
      { top: 0, bottom: 0, left: 0, right: 2 }, // a horizontal merge: left as it is
    ];
    const filled = fillMergedDown(rows, merges, 1, new Set([0, 1]));
    expect(filled).toEqual([merges[0]]);
    expect(rows.map((r) => r[0])).toEqual(['街道', '中北镇', '中北镇', '中北镇']);
    expect(rows[2]![2]).toBe('');
  });
});
