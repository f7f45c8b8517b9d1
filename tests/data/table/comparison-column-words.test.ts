/**
 * Columns of another period's figures written the ways clerks write them (上月数, 去年同期数, 上年同期累计,
 * 比上月增减数, 本月比上月增减): comparisons, set aside with the comparison-column info naming them, as
 * 上月 and 上年同期 are. Unread, 上月数 was a metric of its own beside 再就业人数, and a one-community
 * form `项目 | 本月数 | 上月数 | 本年累计数 | 去年同期数` was read as a table of five communities named 本月数, 上月数….
 */
import { describe, expect, it } from 'vitest';
import { COMPARISON_WORDS } from '../../../src/data/vocabulary/relative-period';
import { importText, observations } from '../pipeline/import-helpers';

const compared = (r: ReturnType<typeof importText>): string[] =>
  r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.message.replace(/列是与.*$/, ''));

describe('columns of another period\'s figures', () => {
  it.each([
    '上月数', '上月完成', '上月实际', '上期数', '上年数', '去年数', '上个月', '上月份', '上月累计', '上年累计', '上年同期累计', '去年同期累计数', '上年同期完成',
    '比上月增减数', '本月比上月增减', '本年比上年同期增长%', '与上月比较', '与去年同期相比', '上期完成数', '上年同期累计完成数', '去年同月', '上年同月数', '同比±%', '增减±',
  ])('%j compares with another period', (word) => {
    expect(COMPARISON_WORDS.test(word)).toBe(true);
  });

  it.each(['本月', '累计', '本年累计', '上报人', '上门走访户数', '同期开展', '比例', '增长率'])('%j does not', (word) => {
    expect(COMPARISON_WORDS.test(word)).toBe(false);
  });

  it('a wide table\'s 上月数, 上年同期累计 and 比上月增减数 columns are not imported as metrics of their own', () => {
    const r = importText('社区,再就业人数,上月数,上年同期累计,比上月增减数\n祥福里社区,35,30,80,5\n幸福社区,40,38,90,2\n', '2024年3月.csv');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数']);
    expect(observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.value}`)).toEqual(['幸福社区 2024-03 40', '祥福里社区 2024-03 35']);
    expect(compared(r)).toEqual(['“上月数”', '“上年同期累计”', '“比上月增减数”']);
  });

  it('a one-community form with 上月数 and 去年同期数 columns stays one community\'s 本月 and 累计', () => {
    const r = importText('祥福里社区 2024年3月\n项目,本月数,上月数,本年累计数,去年同期数,同比增减%\n再就业人数,35,30,90,80,10\n新增就业人数,12,10,30,25,2\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.metric} ${o.value}`)).toEqual([
      '祥福里社区 2024-03 custom:新增就业人数 12', '祥福里社区 2024-03 reemployed 35', '祥福里社区 2024-C03 custom:新增就业人数 30', '祥福里社区 2024-C03 reemployed 90',
    ]);
    expect(r.report.issues.find((i) => i.code === 'comparison-column')!.message).toContain('“上月数”、“去年同期数”、“同比增减%”列');
  });

  it.each([['项目,本月,上期完成数,本年累计'], ['项目,本期,同期,累计,同比±%'], ['项目,本月,去年同月,累计']])('%s: one community\'s form, its comparison columns set aside', (header) => {
    const n = header.split(',').length - 1;
    const r = importText(`祥福里社区 2024年3月\n${header}\n再就业人数,${[35, 30, 90, 5].slice(0, n).join(',')}\n`, 'a.csv');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(r.report.issues.some((i) => i.code === 'comparison-column')).toBe(true);
  });

  it('a form with a column of no known period (项目 | 本月 | 上月情况 | 本年累计) is refused saying which, never read as communities named 本月', () => {
    const r = importText('祥福里社区 2024年3月\n项目,本月,上月情况,本年累计\n再就业人数,35,30,90\n', 'a.csv');
    expect(r.dataset?.units.map((u) => u.name) ?? []).toEqual([]);
    const e = r.report.issues.filter((i) => i.code === 'transposed-period-headers');
    expect(e.map((i) => [i.severity, i.column])).toEqual([['error', 2]]);
    expect(e[0]!.message).toBe('表头“本月”、“本年累计”是期间，不是社区名称，不能按转置表（指标在行、社区在列）读取。如是单个社区的竖表，请只保留“项目 | 本月 | 本年累计”这样的列（“上月情况”列看不出是哪一期的数，请删除，或改为“上月”“上年同期”等），并把社区名称写进标题或文件名，然后重新导入');
  });
});
