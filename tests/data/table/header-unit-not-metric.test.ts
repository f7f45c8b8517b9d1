/**
 * A header naming a unit of another measure than its metric's (常住人口（户）, 小额担保贷款（万元）,
 * 再就业人数（万元）): the number is not scaled by it (5 under 小额担保贷款（万元） is not 50000笔) and
 * a warning at the column says the unit is not the metric's, as a long file's 单位 cell does.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const read = (header: string) => importText(`社区,${header}\nA社区,5\n`, '2024年1月.csv');

describe('a header whose unit is not its metric’s', () => {
  it('is not scaled by it, with a warning naming the column, the unit written and the metric’s', () => {
    const r = read('小额担保贷款（万元）');
    expect(observations(r.dataset).map((o) => [o.metric, o.value])).toEqual([['guaranteed_loans', 5]]);
    // A header's issue stands at its column, on the header's line.
    const w = r.report.issues.filter((i) => i.code === 'header-unit-not-metric');
    expect(w.map((i) => [i.severity, i.line, i.column, i.message])).toEqual([['warning', 1, 2,
      '“小额担保贷款（万元）”列：表头写的单位“万元”不是“小额担保贷款”的单位（笔），数值未按“万元”换算、按笔记录。请核对表头的单位或指标是否写错，改正后重新导入']]);
  });

  it('warns of 户 for people, 人 for households and 万元 on a headcount', () => {
    for (const h of ['常住人口（户）', '户数（人）', '再就业人数（万元）', '慰问救助金额（人）', '志愿服务时长（分钟）', '志愿服务时长（天）', '慰问救助金额（公斤）', '常住人口（平方米）']) {
      const r = read(h);
      expect(r.report.issues.map((i) => i.code)).toContain('header-unit-not-metric');
      expect(observations(r.dataset)[0]!.value).toBe(5);
    }
  });

  it('says nothing of the metric’s own unit, its 万, or a count written in a like count unit', () => {
    for (const h of ['常住人口（人）', '常住人口（万人）', '慰问救助金额（万元）', '慰问困难群众（人）', '文体团队（个）', '文体活动（次）', '志愿服务活动（场次）', '再就业率（%）']) {
      expect(read(h).report.issues.filter((i) => i.code === 'header-unit-not-metric').map((i) => i.columnName)).toEqual([]);
    }
  });
});

describe('a long file’s 指标 cell whose unit is not its metric’s', () => {
  it('is not scaled by it, with a warning at the 指标 column, once', () => {
    const r = importText('社区,指标,数值\nA社区,小额担保贷款（万元）,5\nB社区,小额担保贷款（万元）,6\nA社区,常住人口（户）,7\n', '2024年1月.csv');
    expect(observations(r.dataset).map((o) => [o.unit, o.metric, o.value])).toEqual([['A社区', 'guaranteed_loans', 5], ['A社区', 'residents', 7], ['B社区', 'guaranteed_loans', 6]]);
    const w = r.report.issues.filter((i) => i.code === 'metric-unit-not-metric');
    expect(w.map((i) => [i.severity, i.line, i.column, i.message])).toEqual([
      ['warning', 2, 2, '第2行起：指标“小额担保贷款（万元）”写的单位“万元”不是“小额担保贷款”的单位（笔），数值未按“万元”换算、按笔记录（此后同样写法的行同样处理）。请核对指标名称中的单位是否写错，改正后重新导入'],
      ['warning', 4, 2, '第4行起：指标“常住人口（户）”写的单位“户”不是“常住人口”的单位（人），数值未按“户”换算、按人记录（此后同样写法的行同样处理）。请核对指标名称中的单位是否写错，改正后重新导入'],
    ]);
  });
});
