import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const stop = (text: string): { line: number; column: number; message: string } => {
  const i = importText(text, '各社区统计.csv').report.issues.find((x) => x.code === 'no-period')!;
  return { line: i.line, column: i.column, message: i.message };
};

describe('a table refused for want of a period, a header cell\'s year mistyped', () => {
  it('names the header cell and says what is wrong with its year (a number that is no year)', () => {
    expect(stop('社区,常住人口2204年3月,常住人口2024年3月\n东湖社区,100,110\n')).toEqual({
      line: 1, column: 2,
      message: '找不到统计期间：第2列（B列）的列名“常住人口2204年3月”中，“2204年”中的“2204”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份后重新导入',
    });
  });

  it('names the header cell and says what is wrong with its year (a letter for a digit)', () => {
    expect(stop('社区,2O24年3月,2024年4月\n东湖社区,100,110\n')).toEqual({
      line: 1, column: 2,
      message: '找不到统计期间：第2列（B列）的列名“2O24年3月”中，年份“2O24”中把数字0打成了字母O，应为2024；请在源表改正后重新导入',
    });
  });
});

/**
 * `常住人口2204年3月` in a file whose name gives the period (劝业场街道2024年3月.csv) was imported as a custom metric of that
 * name, with no word said. The column is not imported, and a warning names it and what is wrong with its year.
 */
describe('a header cell\'s year mistyped, the table\'s period known elsewhere', () => {
  const read = (text: string, name = '劝业场街道2024年3月.csv') => {
    const r = importText(text, name);
    const metrics = [...new Set(r.dataset?.metrics.map((m) => m.id) ?? [])];
    return { r, metrics, warned: r.report.issues.filter((i) => i.severity !== 'info') };
  };
  it.each([
    ['a number that is no year', '社区,常住人口2204年3月,新增就业\n花园路社区,1200,12\n柳林社区,900,8\n', '2204'],
    ['written first', '社区,2204年3月常住人口,新增就业\n花园路社区,1200,12\n柳林社区,900,8\n', '2204'],
    ['in brackets', '社区,常住人口（2204年3月）,新增就业\n花园路社区,1200,12\n柳林社区,900,8\n', '2204'],
    ['spaces and a trailing comma', '社区, 常住人口 2204年3月 ,新增就业,\n花园路社区,1200,12,\n柳林社区,900,8,\n', '2204'],
    ['a letter for a digit', '社区,常住人口2O24年3月,新增就业\n花园路社区,1200,12\n柳林社区,900,8\n', '2O24'],
    ['a period column beside it', '社区,期间,常住人口2204年3月,新增就业\n花园路社区,2024年3月,1200,12\n', '2204'],
  ])('%s: not imported as a metric, a warning names the column and its year', (_k, text, year) => {
    const { r, metrics, warned } = read(text);
    expect(r.report.status).toBe('ok');
    expect(metrics.filter((m) => m.includes(year))).toEqual([]);
    expect(metrics).toContain('custom:新增就业');
    const w = warned.filter((i) => i.code === 'header-year-typo');
    expect(w).toHaveLength(1);
    expect(w[0]!.columnName).toContain(year);
    expect(w[0]!.message).toMatch(new RegExp(`^第\\d列（[A-Z]列）的列名“[^”]*${year}[^”]*”中，.*${year}.*未导入`));
  });
});
