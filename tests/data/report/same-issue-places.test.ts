import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/data/report/import-report';
import { makeIssue, placeZh, placesZh } from '../../../src/data/report/make-issue';
import { oneIssueAcrossPlaces } from '../../../src/data/report/same-issue-places';

const headerUnit = (file: string, sheet?: string, line = 3): ImportIssue =>
  makeIssue('warning', 'header-unit-not-metric', { file, ...(sheet !== undefined ? { sheet } : {}), line, column: 5, columnName: '慰问困难群众（户）' },
    '“慰问困难群众（户）”列：表头写的单位“户”不是“慰问困难群众”的单位（人次）', 'Header unit is not the metric\'s.');

describe('oneIssueAcrossPlaces: the same finding in several sheets or files is said once, naming every place', () => {
  it('a month-per-sheet workbook: one issue with its six sheets, the first sheet\'s place kept as file and sheet', () => {
    const months = ['1月', '2月', '3月', '4月', '5月', '6月'];
    const out = oneIssueAcrossPlaces(months.map((m) => headerUnit('年报.xlsx', m)));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: '年报.xlsx', sheet: '1月', line: 3, column: 5 });
    expect(out[0]!.places).toEqual(months.map((sheet) => ({ file: '年报.xlsx', sheet })));
  });

  it('issues that differ in line, column, severity or words stay apart; an issue found once gets no places', () => {
    const a = headerUnit('年报.xlsx', '1月');
    const otherLine = headerUnit('年报.xlsx', '2月', 4);
    const otherWords = { ...headerUnit('年报.xlsx', '3月'), message: '“慰问困难群众（户）”列：别的话' };
    const otherSeverity = { ...headerUnit('年报.xlsx', '4月'), severity: 'info' as const };
    const out = oneIssueAcrossPlaces([a, otherLine, otherWords, otherSeverity]);
    expect(out).toEqual([a, otherLine, otherWords, otherSeverity]);
    expect(out.every((i) => i.places === undefined)).toBe(true);
  });

  it('the same words twice at one place are two findings, kept in order; other files join the first', () => {
    const a = headerUnit('a.csv');
    const out = oneIssueAcrossPlaces([a, a, headerUnit('b.csv'), headerUnit('c.csv')]);
    expect(out).toHaveLength(2);
    expect(out[0]!.places).toEqual([{ file: 'a.csv' }, { file: 'b.csv' }, { file: 'c.csv' }]);
    expect(out[1]).toEqual(a);
  });

  it('keeps the order of first finding', () => {
    const x = makeIssue('info', 'shape', { file: 'a.xlsx', sheet: '1月' }, '表格形式：宽表', 'wide');
    const y = headerUnit('a.xlsx', '1月');
    const out = oneIssueAcrossPlaces([x, y, { ...x, sheet: '2月' }, { ...y, sheet: '2月' }]);
    expect(out.map((i) => i.code)).toEqual(['shape', 'header-unit-not-metric']);
    expect(out.map((i) => i.places?.length)).toEqual([2, 2]);
  });
});

describe('placesZh / placeZh: where an issue found in several places is', () => {
  it('sheets of one workbook after its name; files by name; past four, counted', () => {
    expect(placesZh([{ file: '年报.xlsx', sheet: '1月' }, { file: '年报.xlsx', sheet: '2月' }])).toBe('年报.xlsx › 1月、2月');
    expect(placesZh([{ file: 'a.csv' }, { file: 'b.csv' }])).toBe('a.csv、b.csv');
    expect(placesZh([{ file: 'a.xlsx', sheet: '3月' }, { file: 'b.xlsx', sheet: '3月' }])).toBe('a.xlsx › 3月、b.xlsx › 3月');
    const twelve = Array.from({ length: 12 }, (_, k) => ({ file: '年报.xlsx', sheet: `${k + 1}月` }));
    expect(placesZh(twelve)).toBe('年报.xlsx › 1月、2月、3月、4月等12个工作表');
    const files = Array.from({ length: 150 }, (_, k) => ({ file: `社区${k + 1}.csv` }));
    expect(placesZh(files)).toBe('社区1.csv、社区2.csv、社区3.csv、社区4.csv等150个文件');
  });

  it('placeZh adds the line to them, as for one place', () => {
    expect(placeZh({ file: '年报.xlsx', sheet: '1月', line: 3, places: [{ file: '年报.xlsx', sheet: '1月' }, { file: '年报.xlsx', sheet: '2月' }] }))
      .toBe('年报.xlsx › 1月、2月 › 第3行');
    expect(placeZh({ file: '年报.xlsx', sheet: '1月', line: 3 })).toBe('年报.xlsx › 1月 › 第3行');
  });
});
