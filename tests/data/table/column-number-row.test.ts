/**
 * Official statistical forms number their columns in a row under the header (栏次: 甲、乙 for the
 * name columns, 1, 2, 3 … for the figures). That row is not a community called 甲 with the values
 * 1, 2, 3: it is skipped with a note, wherever it sits under the header (before or after a units row).
 */
import { describe, expect, it } from 'vitest';
import { columnNumberRow } from '../../../src/data/table/column-number-row';
import { importText, observations } from '../pipeline/import-helpers';

describe('columnNumberRow', () => {
  it.each([
    ['甲 and 1, 2, 3', ['甲', '1', '2', '3']],
    ['甲, 乙 and 1, 2', ['甲', '乙', '1', '2']],
    ['栏次 as the label', ['栏次', '', '1', '2', '3']],
    ['numbers after a blank label cell and an A', ['', 'A', '1', '2']],
    ['full-width digits', ['甲', '１', '２', '３']],
    ['labels only, 甲 乙 丙 丁', ['甲', '乙', '丙', '丁']],
    ['labels only, A B C with a blank', ['', 'A', 'B', 'C']],
    ['栏次 then labels', ['栏次', '甲', '乙', '丙']],
    ['numbers in brackets', ['甲', '(1)', '(2)', '(3)']],
    ['full-width brackets, the label too', ['（甲）', '（1）', '（2）']],
    ['numbers as 1栏, 2栏', ['栏次', '1栏', '2栏']],
  ])('%s', (_n, row) => {
    expect(columnNumberRow(row)).toBe(true);
  });

  it.each([
    ['a community row', ['花园路社区', '1', '2', '3']],
    ['a nameless data row', ['', '12', '8', '3']],
    ['numbers not in a run', ['甲', '1', '3', '2']],
    ['one figure only', ['甲', '1']],
    ['numbers without a label (1,2,3 under a,b,c is data)', ['1', '2', '3', '4']],
    ['numbers after blank name cells only', ['', '', '1', '2']],
    ['a 合计 row', ['合计', '1', '2', '3']],
    ['a blank row', ['', '', '']],
    ['one label only', ['甲', '', '']],
    ['labels out of order', ['乙', '甲', '丙']],
    ['letters that are no run', ['A', 'C', 'B']],
  ])('not a column-number row: %s', (_n, row) => {
    expect(columnNumberRow(row)).toBe(false);
  });
});

describe('the import skips the 栏次 row', () => {
  it('under the header: no community 甲, and a note naming the line', () => {
    const r = importText('社区,再就业人数,开发就业岗位\n甲,1,2\n花园路社区,12,3\n滨西社区,8,4\n合计,20,7\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const note = r.report.issues.find((i) => i.code === 'column-number-row')!;
    expect(note).toMatchObject({ severity: 'info', line: 2 });
    expect(note.message).toContain('栏次');
    expect(r.report.counts).toMatchObject({ rowsIn: 3, imported: 2, subtotal: 1, structural: 2 });
  });

  it('a row of labels only (甲,乙,丙), no numbers: the column labels, not a community 甲', () => {
    const r = importText('社区,再就业人数,开发就业岗位\n甲,乙,丙\n花园路社区,12,3\n滨西社区,8,4\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'column-number-row')).toMatchObject({ severity: 'info', line: 2 });
  });

  it('numbered in brackets (甲,(1),(2)): no community 甲 with the values -1 and -2', () => {
    const r = importText('社区,再就业人数,开发就业岗位\n甲,(1),(2)\n花园路社区,12,3\n滨西社区,8,4\n', '2024年3月.csv');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'column-number-row')).toMatchObject({ line: 2 });
  });

  it('under a units row, and above one', () => {
    for (const text of [
      '社区,再就业人数,慰问救助金额\n,人,万元\n甲,1,2\n花园路社区,12,1.5\n',
      '社区,再就业人数,慰问救助金额\n甲,1,2\n,人,万元\n花园路社区,12,1.5\n',
    ]) {
      const r = importText(text, '2024年3月.csv');
      expect(r.report.status).toBe('ok');
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['花园路社区|aid_amount|15000', '花园路社区|reemployed|12']);
      expect(r.report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['column-number-row', 'units-under-header']));
    }
  });

  it('with a street column and 甲、乙 labels', () => {
    const r = importText('街道,社区,再就业人数,开发就业岗位\n甲,乙,1,2\n劝业场街道,花园路社区,12,3\n', '2024年3月.csv');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区']);
  });
});
