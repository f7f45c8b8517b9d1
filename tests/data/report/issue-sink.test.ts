import { describe, expect, it } from 'vitest';
import { oneIssuePerCell } from '../../../src/data/report/issue-sink';
import { makeIssue } from '../../../src/data/report/make-issue';

describe('oneIssuePerCell', () => {
  const formula = makeIssue('warning', 'spreadsheet-error', { file: 'a.xlsx', sheet: '3月', line: 4, column: 4 }, '公式的结果是#N/A', 'x');
  const note = (line: number, column: number, sheet = '3月') => makeIssue('info', 'missing-placeholder', { file: 'a.xlsx', sheet, line, column }, '“#N/A”表示无数据', 'x');

  it('drops the #N/A note at a cell whose formula is already warned about, and only there', () => {
    const out = oneIssuePerCell([formula, note(4, 4), note(3, 4), note(4, 4, '4月')]);
    expect(out.map((i) => [i.code, i.sheet, i.line, i.column])).toEqual([
      ['spreadsheet-error', '3月', 4, 4], ['missing-placeholder', '3月', 3, 4], ['missing-placeholder', '4月', 4, 4]]);
  });

  it('keeps every issue when no cell has two', () => {
    const list = [note(3, 4), note(5, 2)];
    expect(oneIssuePerCell(list)).toEqual(list);
  });
});
