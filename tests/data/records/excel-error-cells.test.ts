/**
 * An Excel error value (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`) in a 期间 cell, a 年份 cell, a long
 * file's 指标 cell or a value cell: a message at the cell that says it is an Excel error value and
 * to fix the formula in the original sheet, never only “无法识别” or “表示无数据”.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!'];

const cell = (text: string, line: number, column: number) => {
  const r = importText(text, '东湖街道.csv');
  return { r, issues: r.report.issues.filter((i) => i.line === line && i.column === column) };
};

describe('Excel error values in a cell', () => {
  it.each(ERRORS)('a 期间 cell of %s: an error at the cell, the row not imported', (e) => {
    const { r, issues } = cell(`社区,期间,常住人口\n花园社区,2024年3月,100\n柳树社区,${e},5\n`, 3, 2);
    expect(r.report.status).toBe('blocked');
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'period-error']]);
    expect(issues[0]!.message).toBe(`第3行第2列（期间）：期间是Excel错误值“${e}”（源表的公式出错），不是期间，该行未导入。请在原表中修正公式，或改为期间（如2024年3月）后重新导入`);
  });

  it.each(ERRORS)('a 年份 cell of %s: the same, for the year', (e) => {
    const { issues } = cell(`社区,年份,月份,常住人口\n花园社区,2024,3,100\n柳树社区,${e},3,5\n`, 3, 2);
    expect(issues.map((i) => i.code)).toEqual(['period-error']);
    expect(issues[0]!.message).toContain(`年份是Excel错误值“${e}”`);
  });

  it.each(ERRORS)('a 月份 cell of %s beside its 年份: the cell as typed, not joined to the year', (e) => {
    const { issues } = cell(`社区,年份,月份,常住人口\n花园社区,2024,2,100\n柳树社区,2024,${e},5\n`, 3, 3);
    expect(issues.map((i) => i.code)).toEqual(['period-error']);
    expect(issues[0]!.message).toContain(`第3行第3列（月份）：期间是Excel错误值“${e}”`);
  });

  it('a 月份 cell naming another year than its 年份 cell says so, quoting the cells as typed', () => {
    const { issues } = cell('社区,年份,月份,常住人口\n花园社区,2024,2,100\n柳树社区,2024,2023年3月,5\n', 3, 3);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'period-year-disagree']]);
    expect(issues[0]!.message).toBe('第3行第3列（月份）：期间“2023年3月”是2023年，而同一行的年份（第2列）是2024，两者不一致，该行未导入。请核对哪一个写错，改正后重新导入');
  });

  it('the list of rows not imported gives each refused row its own reason, not 期间无法识别 for all', () => {
    const r = importText('社区,年份,月份,常住人口\n花园社区,2024,2,100\n柳树社区,2024,#N/A,5\n松树社区,2024,2023年3月,5\n杨树社区,#REF!,3,5\n槐树社区,2024,三月底前,5\n', '东湖街道.csv');
    expect(r.report.rows.filter((x) => x.outcome === 'rejected').map((x) => [x.line, x.reason])).toEqual([
      [3, '期间是Excel错误值'], [4, '期间与年份不一致'], [5, '年份无法识别'], [6, '期间无法识别'],
    ]);
  });

  it.each(ERRORS)('a long file’s 指标 cell of %s', (e) => {
    const { issues } = cell(`社区,期间,指标,数值\n花园社区,2024年3月,常住人口,100\n柳树社区,2024年3月,${e},5\n`, 3, 3);
    expect(issues.map((i) => i.code)).toEqual(['metric-error']);
    expect(issues[0]!.message).toContain(`Excel错误值“${e}”`);
    expect(issues[0]!.message).toContain('修正公式');
  });

  it.each(ERRORS)('a value cell of %s: missing, not 0, and said to be an Excel error value', (e) => {
    const { r, issues } = cell(`社区,期间,常住人口\n花园社区,2024年3月,100\n柳树社区,2024年3月,${e}\n`, 3, 3);
    expect(r.report.status).toBe('ok');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(`第3行第3列（常住人口）：“${e}”是Excel错误值`);
    expect(issues[0]!.message).toContain('请在原表中修正公式');
  });

  it('a template\'s unfilled rows, holding only a formula\'s error (=D5/C5 → #DIV/0!), are one info listing them, not a warning each', () => {
    const empty = Array.from({ length: 30 }, () => ',,,#DIV/0!\n').join('');
    const r = importText(`社区,常住人口,再就业人数,就业率\n花园社区,100,10,10%\n柳树社区,200,30,15%\n${empty}合计,300,40,13.3%\n`, '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
    const note = r.report.issues.find((i) => i.code === 'template-rows')!;
    expect(note).toMatchObject({ severity: 'info', line: 4 });
    expect(note.message).toBe('第4-33行没有社区名称和数据（只有序号、空白或公式算出的错误值#DIV/0!），是表格模板中未填的行，已跳过');
    expect(r.report.counts).toMatchObject({ imported: 2, blank: 30, rejected: 0 });
    // A nameless row with a number beside the error is still an error: whose number is it?
    const own = importText('社区,常住人口,就业率\n花园社区,100,10%\n,50,#DIV/0!\n', '2024年3月.csv');
    expect(own.report.issues.find((i) => i.code === 'unit-name-missing')).toMatchObject({ severity: 'error', line: 3 });
  });
});
