import { describe, expect, it } from 'vitest';
import { checkRowWidth, shortRowIssue } from '../../../src/data/table/row-checks';
import { isBlankRow } from '../../../src/data/rows/row-hygiene';

const names = new Map([[0, '社区'], [1, '人口'], [2, '户数']]);
const at = { file: 'f.csv', line: 3 };

describe('row checks', () => {
  it.each([[[''], true], [['', ''], true], [[' ', ' '], true], [['', 'x'], false]])('isBlankRow %j', (cells, blank) => {
    expect(isBlankRow(cells)).toBe(blank);
  });

  it('short row: missing cells named (#11)', () => {
    const v = checkRowWidth(['东湖', '3500'], 3, [0, 1, 2], names, at);
    expect(v).toEqual({ kind: 'short', missing: [2] });
    const i = shortRowIssue([2], names, at);
    expect(i.message).toContain('第3行缺少1列（户数）');
    expect(i.severity).toBe('warning');
  });

  it('too many non-empty fields is blocking (#12)', () => {
    const v = checkRowWidth(['西山', '1200', '400', '多余'], 3, [0, 1, 2], names, at);
    expect(v.kind).toBe('reject');
    if (v.kind === 'reject') expect([v.issue.code, v.issue.severity, v.issue.column]).toEqual(['too-many-fields', 'error', 4]);
  });

  it('extra empty fields from trailing commas are fine (#45)', () => {
    expect(checkRowWidth(['西山', '1', '2', '', ' '], 3, [0, 1, 2], names, at)).toEqual({ kind: 'extra-empty' });
  });

  it('unquoted thousands separator suggests the joined number (#13)', () => {
    const v = checkRowWidth(['东湖', '3', '500'], 2, [0, 1], names, at);
    expect(v.kind).toBe('reject');
    if (v.kind === 'reject') {
      expect(v.issue.code).toBe('thousands-separator-unquoted');
      expect(v.issue.message).toContain('3500');
      expect(v.issue.column).toBe(2);
    }
  });
});
