/**
 * A row naming its village or community with every value cell blank (`东风村,,`): its values are
 * imported as missing (never 0), and the report says which rows wrote no value, by file and line,
 * alike for a village table (村名) and a community table (社区名称).
 */
import { describe, expect, it } from 'vitest';
import { importText, linesInMessage, observations } from '../pipeline/import-helpers';

const said = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.code === 'row-no-values');

describe('a named row with every value blank', () => {
  it.each([
    ['村名,常住人口,新增就业\n东风村,1200,30\n西河村,,\n南庄村,900,12\n', [3], '西河村'],
    ['社区名称,常住人口,新增就业\n东风社区,1200,30\n西河社区,,\n南庄社区,900,12\n', [3], '西河社区'],
    ['村名,常住人口,新增就业\n东风村,,\n西河村,800,20\n南庄村, , \n', [2, 4], '东风村'],
    ['序号,村名,常住人口,新增就业\n1,西河村,800,20\n2,东风村,,\n3,南庄村,900,12\n', [3], '东风村'],
    ['镇,村名,常住人口,新增就业\n双港镇,西河村,800,20\n双港镇,东风村,,\n双港镇,南庄村,900,12\n', [3], '东风村'],
  ])('%j: imported as missing, a warning naming the file and its lines', (text, lines, name) => {
    const r = importText(text, '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    const blank = observations(r.dataset).filter((o) => o.unit === name);
    expect(blank.length).toBeGreaterThan(0);
    expect(blank.every((o) => o.value === null || Number.isNaN(o.value as number))).toBe(true);
    const w = said(r);
    expect(w).toMatchObject([{ severity: 'warning', file: '2024年3月.csv', line: lines[0] }]);
    expect([...linesInMessage(w[0]!.message)].sort((a, b) => a - b)).toEqual(lines);
    expect(w[0]!.message).toContain(name);
  });

  it('one village blank in two months (a 期间 column): its name once, no 等', () => {
    const r = importText('村名,期间,常住人口,新增就业\n东风村,2024年3月,1200,30\n西河村,2024年3月,,\n东风村,2024年4月,1210,31\n西河村,2024年4月,,\n', 'a.csv');
    expect(said(r).map((i) => i.message)).toEqual(['第3、5行（西河村）各列数值都是空白，没有填写任何数据，已按缺失值导入（不计为0）；如为漏填，请补上后重新导入']);
  });

  it('a row with one value written and one blank is not said', () => {
    const r = importText('村名,常住人口,新增就业\n东风村,1200,\n西河村,800,20\n', '2024年3月.csv');
    expect(said(r)).toEqual([]);
  });

  it('with one value column, a blank row is a blank cell: missing, not said (catalogue #27)', () => {
    const r = importText('村名,常住人口\n东风村,1200\n西河村,\n', '2024年3月.csv');
    expect(said(r)).toEqual([]);
  });

  it('a 合计 row of blanks is not said as a village', () => {
    const r = importText('村名,常住人口,新增就业\n东风村,1200,30\n西河村,800,20\n合计,,\n', '2024年3月.csv');
    expect(said(r)).toEqual([]);
  });
});

describe('a table with the units across (指标 | 东风村 | 西河村): a unit column with every value blank', () => {
  it('imported as missing, a warning naming the column', () => {
    const r = importText('指标,东风村,西河村,南庄村\n常住人口,1200,,900\n新增就业,30,,12\n', '2024年3月.csv');
    expect(observations(r.dataset).filter((o) => o.unit === '西河村').map((o) => o.value)).toEqual([null, null]);
    expect(r.report.issues.filter((i) => i.code === 'column-no-values')).toMatchObject([{ severity: 'warning', file: '2024年3月.csv', column: 3, columnName: '西河村',
      message: '“西河村”列（第3列）各行数值都是空白，没有填写任何数据，已按缺失值导入（不计为0）；如为漏填，请补上后重新导入' }]);
  });

  it('one written value in the column: not said; one row of values: a blank cell, not said', () => {
    expect(importText('指标,东风村,西河村\n常住人口,1200,\n新增就业,30,5\n', '2024年3月.csv').report.issues.filter((i) => i.code === 'column-no-values')).toEqual([]);
    expect(importText('指标,东风村,西河村\n常住人口,1200,\n', '2024年3月.csv').report.issues.filter((i) => i.code === 'column-no-values')).toEqual([]);
  });
});
