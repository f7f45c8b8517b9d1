/**
 * A column headed only 本年累计 (累计) right after a metric's column (`再就业人数 | 本年累计`): the
 * metric's year to date, as the same header on two rows (再就业人数 over 本月 | 累计) is read; never a
 * metric named 本年累计 in the table's month.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

describe('a bare 本年累计 column after a metric\'s', () => {
  it('is that metric\'s year to date, with a warning naming both columns', () => {
    const r = importText('社区,再就业人数,本年累计\n花园路社区,3,12\n滨西社区,2,9\n', '劝业场街道2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`)).toEqual([
      '滨西社区|2024-03|reemployed|2', '滨西社区|2024-C03|reemployed|9', '花园路社区|2024-03|reemployed|3', '花园路社区|2024-C03|reemployed|12',
    ]);
    const w = r.report.issues.filter((i) => i.code === 'cumulative-column-of-left');
    expect(w.map((i) => [i.severity, i.column, i.message])).toEqual([['warning', 3,
      '“本年累计”列的列名没有写指标：已按其左边“再就业人数”列的累计数（2024年1-3月累计）导入；如不是，请把列名写全（如“再就业人数（本年累计）”）后重新导入']]);
  });

  it('under a title naming the metric (社区 | 本月 | 本年累计) the columns stay the one metric\'s', () => {
    const r = importText('2024年3月再就业人数统计\n社区,本月,本年累计\n花园路社区,3,12\n', '劝业场街道.csv');
    expect(r.report.issues.map((i) => i.code)).not.toContain('cumulative-column-of-left');
  });
});
