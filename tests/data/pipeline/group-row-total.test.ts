/**
 * A 小计 (合计) column under a group of different metrics (`就业` over 下岗失业人员 | 再就业人数 | 小计,
 * `救助` over 慰问困难群众 | 慰问救助金额 | 小计): the row's sum of the group's columns, checked, never a
 * metric named 就业 or 救助 (which would add people to yuan). A group's 合计 over its parts (就业技能培训
 * over 男 | 女 | 合计) stays the group's metric.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from './import-helpers';

const grouped = (total = 48) => '中北镇2024年3月社区工作统计表\n'
  + '社区,常住人口,就业,,,救助,,\n'
  + ',,下岗失业人员,再就业人数,小计,慰问困难群众,慰问救助金额,小计\n'
  + `溪秀苑社区,3000,36,12,${total},30,15000,15030\n`
  + '侯台社区,2800,35,8,43,20,8500,8520\n';

describe('a 小计 column under a group of different metrics', () => {
  it('is no metric: checked against the group\'s columns on each row, said as a row total', () => {
    const r = importText(grouped());
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.metric))].sort()).toEqual(['aid_amount', 'people_visited', 'reemployed', 'residents', 'unemployed']);
    const totals = r.report.issues.filter((i) => i.code === 'row-total-column');
    expect(totals.map((i) => [i.severity, i.column])).toEqual([['info', 5], ['info', 8]]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([
      expect.objectContaining({ code: 'two-row-header' }),
    ]);
  });

  it('a 小计 that is not the sum of its group\'s columns is warned at its cell (常住人口 before the group is no part of it)', () => {
    const r = importText(grouped(50));
    const w = r.report.issues.filter((i) => i.code.startsWith('row-total-') && i.severity === 'warning');
    expect(w.map((i) => [i.line, i.column])).toEqual([[4, 5]]);
    expect(w[0]!.message).toContain('48');
  });

  it('a group\'s 合计 over its parts (男 | 女 | 合计) is still the group\'s metric', () => {
    const r = importText('社区,就业技能培训,,\n,男,女,合计\n溪秀苑社区,10,12,22\n', '中北镇2024年3月.csv');
    expect(observations(r.dataset).filter((o) => o.metric === 'employment_training').map((o) => o.value)).toEqual([22]);
  });
});
