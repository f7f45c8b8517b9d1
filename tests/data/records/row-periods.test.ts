import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const periodsOf = (text: string, name = 'a.csv'): string[] =>
  observations(importText(text, name).dataset).map((o) => `${o.line}|${o.period}|${o.metric}|${o.value}`).sort();

describe('a year column beside a month (quarter) column', () => {
  it.each([
    ['年份,月份', '2024,3', '2024-03'], ['年份,月份', '2024,03', '2024-03'], ['年份,月份', '2024,3月', '2024-03'],
    ['年份,月份', '2024年,3月', '2024-03'], ['年份,月份', '2023,12月', '2023-12'], ['年,月', '2024,3', '2024-03'],
    ['统计年度,统计月份', '2024年度,3月份', '2024-03'], ['年份,月份', '2024,2024年3月', '2024-03'],
    ['年度,季度', '2024年,一季度', '2024-Q1'], ['年度,季度', '2024年,第一季度', '2024-Q1'], ['年度,季度', '2024,1', '2024-Q1'],
    ['年度,季度', '2024,4季度', '2024-Q4'], ['年份,半年', '2024,上半年', '2024-H1'], ['年份,半年', '2024,2', '2024-H2'],
  ])('%s: %s is %s', (header, cells, key) => {
    const r = importText(`${header},社区,再就业人数\n${cells},祥福里社区,12\n`, 'a.csv');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`)).toEqual([`${key}|reemployed|12`]);
  });

  it('each row takes its own year, even one the title does not name (with the title’s disagreement said)', () => {
    const text = '2024年咸水沽镇各社区再就业统计\n年份,月份,社区,再就业人数\n2024,3月,祥福里社区,12\n2024,4月,祥福里社区,13\n2023,12月,祥福里社区,10\n';
    expect(periodsOf(text)).toEqual(['3|2024-03|reemployed|12', '4|2024-04|reemployed|13', '5|2023-12|reemployed|10']);
    const r = importText(text, 'a.csv');
    expect(r.report.issues.filter((i) => i.code === 'year-assumed')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'period-disagree').map((i) => [i.line, i.column])).toEqual([[5, 2]]);
  });

  it('a long file reads the pair on every row, through the repeated-cells shortcut too', () => {
    expect(periodsOf('年份,月份,社区,指标,数值\n2024,3,东湖社区,常住人口,100\n2024,4,东湖社区,常住人口,101\n2023,4,东湖社区,常住人口,99\n2023,4,东湖社区,户数,40\n'))
      .toEqual(['2|2024-03|residents|100', '3|2024-04|residents|101', '4|2023-04|residents|99', '5|2023-04|households|40']);
  });

  it.each([
    ['a blank year', ',3', 'period-missing', 1, '年份'], ['an unreadable year', '二四年,3', 'period-invalid', 1, '年份'],
    ['a month that is none', '2024,13', 'period-invalid', 2, '月份'], ['a blank month', '2024,', 'period-missing', 2, '月份'],
  ])('%s rejects the row with an error naming its line and column', (_n, cells, code, column, name) => {
    // (The first data row: a blank under a written cell is a merged cell, filled from above.)
    const r = importText(`年份,月份,社区,再就业人数\n${cells},春竹轩社区,8\n2024,3,祥福里社区,12\n`, 'a.csv');
    const errors = r.report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.line, i.column, i.columnName])).toEqual([[code, 2, column, name]]);
    expect(errors[0]!.message).toContain(`第2行第${column}列（${name}）`);
    expect(r.report.rows.map((d) => [d.line, d.outcome])).toEqual([[2, 'rejected']]);
  });

  it('a lone 年份 column is the year of an annual table', () => {
    expect(periodsOf('年份,社区,常住人口\n2023,东湖社区,1200\n2024年,东湖社区,1210\n'))
      .toEqual(['2|2023|residents|1200', '3|2024|residents|1210']);
  });

  it('a bare month number in a 月份 column is that month of the title’s year; in a 期间 column it is still no period', () => {
    expect(periodsOf('2024年各社区统计\n月份,社区,常住人口\n3,东湖社区,1200\n', 'a.csv')).toEqual(['3|2024-03|residents|1200']);
    const r = importText('2024年各社区统计\n期间,社区,常住人口\n3,东湖社区,1200\n', 'a.csv');
    expect(r.report.issues.some((i) => i.code === 'period-invalid' && i.line === 3)).toBe(true);
  });
});
