import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../src/data/table/find-header';

const run = (rows: string[][]) => findHeader(rows, rows.map((_, i) => i + 1), new Set(), 'f.csv');

describe('findHeader', () => {
  it.each([
    ['plain header', [['社区', '人口'], ['东湖', '1']], 0, ['社区', '人口']],
    ['title and unit rows (#7)', [['2024年上半年人口统计表', ''], ['单位：人', ''], ['社区', '人口'], ['东湖', '1'], ['西山', '2']], 2, ['社区', '人口']],
    ['newline inside a quoted header (#17)', [['社区', '常住人口\n（人）'], ['东湖', '1']], 0, ['社区', '常住人口（人）']],
    ['duplicate headers made unique (#9)', [['社区', '人口', '人口'], ['东湖', '1', '2']], 0, ['社区', '人口', '人口 (2)']],
    ['empty header with data named 列B (#10)', [['社区', '', '人口'], ['东湖', 'x', '1']], 0, ['社区', '列B', '人口']],
    ['empty header and empty column dropped (#10, #45)', [['社区', '', '人口', ''], ['东湖', '', '1', '']], 0, ['社区', '人口']],
    ['single column (#44)', [['社区'], ['东湖'], ['西山']], 0, ['社区']],
  ])('%s', (_n, rows, headerRow, names) => {
    const h = run(rows);
    expect(h.headerRow).toBe(headerRow);
    expect(h.columns.map((c) => c.name)).toEqual(names);
  });

  it('stores the title as caption and the unit row as default unit', () => {
    const h = run([['2024年上半年人口统计表', ''], ['单位：人', ''], ['社区', '人口'], ['东湖', '1']]);
    expect(h.caption).toBe('2024年上半年人口统计表');
    expect(h.defaultUnit).toBe('人');
    expect(h.dataStart).toBe(3);
  });

  it('Excel\'s sep=; line is no title: skipped with an info, the title under it is the caption', () => {
    const h = run([['sep=', ''], ['劝业场街道2024年3月人口', ''], ['社区', '人口'], ['东湖', '1']]);
    expect(h.caption).toBe('劝业场街道2024年3月人口');
    expect(h.issues.filter((i) => i.code === 'sep-line').map((i) => i.line)).toEqual([1]);
    expect(h.issues.map((i) => i.code)).not.toContain('preamble-row');
  });

  it('combines a two-row header by forward-filling the upper row (#8)', () => {
    const h = run([['社区', '常住人口', '', '户籍人口', ''], ['', '2023', '2024', '2023', '2024'], ['东湖', '1', '2', '3', '4']]);
    expect(h.columns.map((c) => c.name)).toEqual(['社区', '常住人口/2023', '常住人口/2024', '户籍人口/2023', '户籍人口/2024']);
    expect(h.dataStart).toBe(2);
    expect(h.issues.map((i) => i.code)).toEqual(['two-row-header']);
  });

  it('joins a three-row header (group over metric over 合计 | 其中) though its group row has too few cells to be picked', () => {
    const group = ['社区', '就业情况', '', '', ''];
    const metrics = ['', '下岗失业人员', '', '再就业人数', ''];
    const parts = ['', '合计', '其中：女', '合计', '其中：女'];
    const data = [['祥福里社区', '10', '4', '3', '1'], ['红星里社区', '20', '9', '4', '2']];
    const names = ['社区', '就业情况/下岗失业人员/合计', '就业情况/下岗失业人员/其中：女', '就业情况/再就业人数/合计', '就业情况/再就业人数/其中：女'];
    const h = run([group, metrics, parts, ...data]);
    expect([h.headerRow, h.dataStart]).toEqual([0, 3]);
    expect(h.columns.map((c) => c.name)).toEqual(names);
    expect(h.issues.map((i) => i.code)).toEqual(['two-row-header']);
    const titled = run([['咸水沽镇2024年3月就业统计表', '', '', '', ''], group, metrics, parts, ...data]);
    expect([titled.headerRow, titled.dataStart, titled.caption]).toEqual([1, 4, '咸水沽镇2024年3月就业统计表']);
    expect(titled.columns.map((c) => c.name)).toEqual(names);
  });

  it('a name merged down over the lower rows takes no name from its left; the bottom row takes none', () => {
    const h = run([['社区', '常住人口', '就业情况', '', ''], ['', '', '再就业人数', '下岗失业人员', ''], ['', '', '', '合计', '其中：女'], ['东湖', '1', '2', '3', '4']]);
    expect(h.columns.map((c) => c.name)).toEqual(['社区', '常住人口', '就业情况/再就业人数', '就业情况/下岗失业人员/合计', '就业情况/下岗失业人员/其中：女']);
  });

  it('a row of units or a 栏次 row under a two-row header is not its third row', () => {
    const units = run([['社区', '就业情况', '', ''], ['', '再就业人数', '下岗失业人员', ''], ['', '人', '人', '人'], ['东湖', '1', '2', '3']]);
    expect(units.dataStart).toBe(3);
    expect(units.columns.some((c) => c.name.endsWith('/人'))).toBe(false);
    expect(units.issues.map((i) => i.code)).toContain('units-under-header');
    const numbered = run([['社区', '就业情况', '', ''], ['', '再就业人数', '下岗失业人员', ''], ['甲', '1', '2', '3'], ['东湖', '1', '2', '3']]);
    expect(numbered.issues.map((i) => i.code)).toContain('column-number-row');
    expect(numbered.dataStart).toBe(3);
  });

  it('warns about duplicates naming both columns and about empty names', () => {
    const dup = run([['社区', '人口', '人口'], ['东湖', '1', '2']]);
    expect(dup.issues[0]!.message).toContain('第2列和第3列');
    const empty = run([['社区', '', '人口'], ['东湖', 'x', '1']]);
    expect(empty.issues[0]!.message).toContain('第2列无列名');
  });

  it.each([
    ['填报单位：咸水沽镇', '咸水沽镇'],
    ['填报单位（盖章）：咸水沽镇', '咸水沽镇'],
    ['填报单位(盖章)：咸水沽镇', '咸水沽镇'],
    ['填报单位（公章）：咸水沽镇', '咸水沽镇'],
    ['填报单位（签章）：咸水沽镇', '咸水沽镇'],
    ['填报单位（盖章）:  咸水沽镇', '咸水沽镇'],
    ['报送单位（盖章）：双林街道', '双林街道'],
  ])('reads who filed the sheet from “%s” above the header', (line, unit) => {
    const h = run([['社区就业和志愿服务情况统计表', '', ''], [line, '', '2024年3月'], ['社区', '下岗失业人员', '再就业人数'], ['祥福里社区', '40', '12']]);
    expect(h.filedBy).toBe(unit);
  });

  it.each(['填报单位负责人：张三', '填报单位（盖章）', '填报单位（盖章） 2024年3月', '填报单位'])('takes no filer from “%s”', (line) => {
    const h = run([['统计表', '', ''], [line, '', ''], ['社区', '下岗失业人员', '再就业人数'], ['祥福里社区', '40', '12']]);
    expect(h.filedBy).toBeUndefined();
  });

  describe('two columns of one header, one of them hidden (a sheet\'s folded-away column)', () => {
    const hid = (rows: string[][], hidden: number[]) => findHeader(rows, rows.map((_, i) => i + 1), new Set(), 'f.xlsx', new Set(hidden));
    const rows = [['社区', '再就业人数', '再就业人数', '户数'], ['东湖', '1', '5', '9']];

    it('a hidden first column gives the header to the visible one and is renamed, named in the warning', () => {
      const h = hid(rows, [1]);
      expect(h.columns).toEqual([{ index: 0, name: '社区' }, { index: 1, name: '再就业人数 (2)' }, { index: 2, name: '再就业人数' }, { index: 3, name: '户数' }]);
      const w = h.issues.filter((i) => i.code === 'duplicate-header');
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({ severity: 'warning', line: 1, column: 2, columnName: '再就业人数 (2)' });
      expect(w[0]!.message).toBe('第2列（B列，隐藏）和第3列（C列）列名相同（“再就业人数”）：隐藏的B列改名为“再就业人数 (2)”另行导入，看得见的C列按“再就业人数”导入，请核对；如隐藏列是旧数据或草稿，请在Excel中删除后重新导入');
    });

    it('a hidden second column stays second, and the warning says it is the hidden one', () => {
      const h = hid(rows, [2]);
      expect(h.columns.map((c) => c.name)).toEqual(['社区', '再就业人数', '再就业人数 (2)', '户数']);
      const w = h.issues.find((i) => i.code === 'duplicate-header')!;
      expect(w).toMatchObject({ column: 3, columnName: '再就业人数 (2)' });
      expect(w.message).toContain('隐藏的C列改名为“再就业人数 (2)”另行导入，看得见的B列按“再就业人数”导入');
    });

    it('of three, the visible one keeps the header wherever it stands', () => {
      const h = hid([['社区', '人口', '人口', '人口'], ['东湖', '1', '2', '3']], [1, 2]);
      expect(h.columns.map((c) => [c.index, c.name])).toEqual([[0, '社区'], [1, '人口 (3)'], [2, '人口 (2)'], [3, '人口']]);
      expect(h.issues.filter((i) => i.code === 'duplicate-header').map((i) => i.column)).toEqual([3, 2]);
    });

    it('without hidden columns, the first keeps the header as before', () => {
      expect(hid(rows, []).columns.map((c) => c.name)).toEqual(['社区', '再就业人数', '再就业人数 (2)', '户数']);
    });
  });
});

describe('findHeader: 填报单位 and 统计时间 written as label and value in cells of their own', () => {
  // Forms lay the line under the title out cell by cell: 填报单位： | 咸水沽镇 | 统计时间： | 2024年3月.
  // `统计时间：` alone in a cell reads like a period header: the line was taken for the header row.
  const table = (line2: string[]) => [
    ['咸水沽镇社区工作统计表', '', '', '', ''],
    line2,
    ['社区', '再就业人数', '慰问困难群众（户）', '慰问救助金额（万元）', '注册志愿者'],
    ['祥福里社区', '10', '20', '1.5', '1500'],
    ['红星里社区', '11', '21', '1.6', '1517'],
  ];
  it.each([
    ['label and value apart', ['填报单位：咸水沽镇', '', '统计时间：', '2024年3月', '']],
    ['every label apart', ['填报单位：', '咸水沽镇', '统计时间：', '2024年3月', '']],
    ['a date cell under 统计时间：', ['填报单位：咸水沽镇', '', '统计时间：', '2024-03', '']],
  ])('%s: the header is the row under it, the period is read from it', (_n, line2) => {
    const h = run(table(line2));
    expect(h.headerRow).toBe(2);
    expect(h.columns.map((c) => c.name)[0]).toBe('社区');
    expect(h.caption).toMatch(/2024(年3月|-03)$/);
    expect(h.filedBy).toBe('咸水沽镇');
  });
});

describe('findHeader: a 填报单位 line above the title', () => {
  // The filer's line over the title (填报单位：新城街道 / 2024年3月各社区统计 / header) is no title: it was taken for
  // the caption, the real title below it skipped, and the table lost the title's period.
  const table = (first: string[]) => [first, ['2024年3月各社区统计', '', ''], ['社区', '再就业人数', '低保户数'], ['花园路社区', '12', '5']];
  it.each([
    ['填报单位：新城街道', [['填报单位：新城街道', '', '']], '新城街道'],
    ['with the seal and the day it was filled in', [['填报单位（盖章）：新城街道办事处    填报日期：2024年4月5日', '', '']], '新城街道办事处'],
    ['with 填表人 and 联系电话', [['填报单位：新城街道    填表人：张三    联系电话：13800000000', '', '']], '新城街道'],
    ['in cells of their own', [['填报单位：新城街道', '填报日期：', '2024年4月5日']], '新城街道'],
    // Any line of a form's fields above the title, without 填报单位 on it (then no filer is read).
    ['填表人 and 联系电话 alone', [['填表人：张三    联系电话：13800000000', '', '']], undefined],
    ['填报日期 alone', [['填报日期：2024年4月5日', '', '']], undefined],
  ])('%s: the title under it is the caption, its period kept, the filer read', (_n, first, filer: string | undefined) => {
    const h = run(table(first[0]!));
    expect(h.headerRow).toBe(2);
    expect(h.caption).toMatch(/^2024年3月各社区统计/);
    expect(h.captionLine).toBe(2);
    expect(h.filedBy).toBe(filer);
    expect(h.issues.find((i) => i.code === 'title-row')!.line).toBe(2);
    expect(h.issues.map((i) => i.line)).toEqual([...h.issues.map((i) => i.line)].sort((a, b) => a - b));
  });

  it('a period written on the filer\'s line is the table\'s when the title under it has none', () => {
    const h = run([['填报单位：新城街道', '统计时间：2024年3月', ''], ['各社区统计', '', ''], ['社区', '再就业人数', '低保户数'], ['花园路社区', '12', '5']]);
    expect(h.caption).toBe('各社区统计 统计时间：2024年3月');
    expect(h.filedBy).toBe('新城街道');
  });

  it('with no other line above the header, the filer\'s line is still the caption', () => {
    const h = run([['填报单位：新城街道', '', '2024年3月'], ['社区', '再就业人数', '低保户数'], ['花园路社区', '12', '5']]);
    expect(h.caption).toBe('填报单位：新城街道 2024年3月');
    expect(h.captionLine).toBe(1);
  });
});
