import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const HEAD = '社区,期间,再就业人数,慰问救助金额,志愿服务时长\n';
const valueAt = (r: ReturnType<typeof importText>, line: number, metricPart: string) =>
  observations(r.dataset).find((o) => o.line === line && o.metric.includes(metricPart));

describe('a decimal comma in a table (number-locale.ts): the warnings name the cells not taken', () => {
  it('one "2,3" among numbers that were all read: no file-wide warning, one at the cell saying what to write', () => {
    const r = importText(`${HEAD}祥福里社区,2024年3月,5,1200.5,3.5\n红星里社区,2024年3月,6,"1,234",2.5\n红旗楼社区,2024年3月,7,"2,3",10.25\n惠苑里社区,2024年3月,8,1500.75,"1,234.5"\n`, 'c6.csv');
    expect(r.report.issues.filter((i) => i.code === 'number-format-ambiguous')).toEqual([]);
    const w = r.report.issues.filter((i) => i.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'ambiguous-separator', file: 'c6.csv', line: 4, column: 4 });
    expect(w[0]!.message).toContain('如是小数，请改为“2.3”');
    expect(observations(r.dataset).filter((o) => o.value !== null).map((o) => o.value)).toEqual(expect.arrayContaining([1200.5, 1234, 1234.5, 3.5]));
  });

  it('a decimal comma beside dot-grouped numbers: one warning at the comma naming each cell left without a value', () => {
    const r = importText('社区;期间;人口;增长率\n东湖;2024-03;3.500;1,5%\n西山;2024-03;1.234.567;2\n南河;2024-03;800;3\n', 'dc.csv');
    const w = r.report.issues.filter((i) => i.code === 'number-format-ambiguous');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', file: 'dc.csv', line: 2, column: 4 });
    expect(w[0]!.message).toContain('第2行第4列“1,5%”是小数逗号的写法');
    expect(w[0]!.message).toContain('第2行第3列“3.500”、第3行第3列“1.234.567”');
    expect(valueAt(r, 4, 'resid')?.value).toBe(800);
  });

  it('more than three such cells are counted, the first three named', () => {
    const rows = ['3.500', '4.200', '5.100', '6.300', '7.400'].map((v, k) => `${['东湖', '西山', '南河', '北岸', '柳滩'][k]};2024-03;${v};${k === 0 ? '1,5%' : `${k}%`}`);
    const r = importText(`社区;期间;人口;增长率\n${rows.join('\n')}\n`, 'dc.csv');
    const w = r.report.issues.find((i) => i.code === 'number-format-ambiguous')!;
    expect(w.message).toContain('第2行第3列“3.500”、第3行第3列“4.200”、第4行第3列“5.100”等5个单元格');
  });

  it('a number with two grouping dots is said as one reading, never NaN; a percent keeps its sign in the advice', () => {
    const r = importText('社区;期间;人口;增长率\n东湖;2024-03;1.234.567;1,5%\n', 'dc.csv');
    const msgs = r.report.issues.map((i) => i.message).join('\n');
    expect(msgs).not.toContain('NaN');
    expect(msgs).toContain('可能是1234567（点号分千位）');
    expect(msgs).toContain('请改为“1.5%”');
  });
});
