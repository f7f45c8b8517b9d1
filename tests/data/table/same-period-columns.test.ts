/**
 * One period written twice across the top (`2024年3月 | 3月` under a title naming the metric, or
 * `再就业人数/2024年3月 | 再就业人数/3月`): both columns are that period's. The second was a metric of
 * its own named “3月”; it is now the same metric and period, so equal numbers merge and different
 * ones conflict, naming both columns at the header.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const values = (r: ReturnType<typeof importText>): string[] => observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.metric} ${o.value}`);

describe('one period in two columns', () => {
  it.each([
    ['2024年各社区再就业人数\n社区,2024年3月,3月'], ['2024年\n社区,再就业人数/2024年3月,再就业人数/3月'],
  ])('%j: equal numbers merge into one March, no metric named 3月', (head) => {
    const r = importText(`${head}\n祥福里社区,12,12\n红星社区,5,5\n`, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['祥福里社区 2024-03 reemployed 12', '红星社区 2024-03 reemployed 5']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数']);
    const w = r.report.issues.filter((i) => i.code === 'same-period-columns');
    expect(w.map((i) => [i.severity, i.column])).toEqual([['warning', 3]]);
    expect(w[0]!.message).toMatch(/^第2列“[^”]+”和第3列“[^”]+”都是再就业人数2024年3月的数：相同的数合并，不同的数为冲突；请核对，删除多余的一列后重新导入$/);
  });

  it('different numbers conflict', () => {
    const r = importText('2024年各社区再就业人数\n社区,2024年3月,3月\n祥福里社区,12,13\n', 'a.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'conflicting-values')!.message).toContain('有两个不同的数值');
  });

  it('a month header written twice (1月 | 2月 | 3月 | 3月, the second renamed 3月 (2)) is still March: the table is read, not dropped', () => {
    const r = importText('2024年各社区再就业人数\n社区,1月,2月,3月,3月\n祥福里社区,10,11,12,12\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-01 reemployed 10', '祥福里社区 2024-02 reemployed 11', '祥福里社区 2024-03 reemployed 12']);
    expect(r.report.issues.filter((i) => i.code === 'same-period-columns').map((i) => i.column)).toEqual([5]);
    expect(r.report.issues.some((i) => i.code === 'period-column-not-metric')).toBe(false);
  });

  it('a one-community form with 本月 twice (项目 | 本月 | 本月 | 本年累计) stays that community\'s form, not a table of communities named 本月', () => {
    const r = importText('祥福里社区 2024年3月\n项目,本月,本月,本年累计\n再就业人数,35,35,90\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['祥福里社区 2024-03 reemployed 35', '祥福里社区 2024-C03 reemployed 90']);
    const w = r.report.issues.filter((i) => i.code === 'same-period-columns');
    expect(w.map((i) => i.message)).toEqual(['第2列“本月”和第3列“本月 (2)”都是2024年3月的数：相同的数合并，不同的数为冲突；请核对，删除多余的一列后重新导入']);
    const differ = importText('祥福里社区 2024年3月\n项目,本月,本月,本年累计\n再就业人数,35,36,90\n', 'a.csv');
    expect(differ.report.status).toBe('blocked');
    expect(differ.report.issues.some((i) => i.code === 'conflicting-values')).toBe(true);
  });

  it('a whole year\'s form with 累计 twice (项目 | 本期 | 累计 | 累计): each 累计 column is the year itself, not imported, and each says so', () => {
    const r = importText('祥福里社区 2024年\n项目,本期,累计,累计\n再就业人数,35,35,35\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['祥福里社区 2024 reemployed 35']);
    expect(r.report.issues.filter((i) => i.code === 'vertical-cumulative-skipped').map((i) => [i.column, i.message]).sort()).toEqual([
      [3, '期间是全年（2024年），“累计”列与本期相同，未单独导入'], [4, '期间是全年（2024年），“累计 (2)”列与本期相同，未单独导入'],
    ]);
  });
});

describe('two names of one metric, each with one period', () => {
  it.each([
    ['2024年\n社区,下岗人员/2024年3月,失业人员/2024年3月', '失业人员'], ['2024年3月\n社区,慰问金额（本月）,救助金额（本月）', '救助金额'],
  ])('%j: kept apart as before, the second a metric of its own header', (head, second) => {
    const r = importText(`${head}\n祥福里社区,12,13\n`, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.map((i) => i.code)).not.toContain('same-period-columns');
    const w = r.report.issues.filter((i) => i.code === 'same-metric-columns');
    expect(w.map((i) => i.column)).toEqual([3]);
    expect(w[0]!.message).toContain(`按列名作为另一个指标“${second}`);
    expect(observations(r.dataset).map((o) => o.value).sort()).toEqual([12, 13]);
  });
});
