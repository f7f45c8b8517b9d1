import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

describe('readVertical: one community with the months across (项目 | 1月 | 2月 | 3月)', () => {
  it('each month column is that month of the community the title names; months are never communities', () => {
    const r = importText('祥福里社区2024年工作统计\n指标,1月,2月,3月\n再就业人数,5,6,7\n注册志愿者,400,401,402\n', '咸水沽镇-祥福里社区.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(observations(r.dataset).map((o) => [o.unit, o.period, o.metric, o.value])).toEqual([
      ['祥福里社区', '2024-01', 'reemployed', 5], ['祥福里社区', '2024-01', 'volunteers', 400],
      ['祥福里社区', '2024-02', 'reemployed', 6], ['祥福里社区', '2024-02', 'volunteers', 401],
      ['祥福里社区', '2024-03', 'reemployed', 7], ['祥福里社区', '2024-03', 'volunteers', 402],
    ]);
  });

  it('a 合计 column beside the months is not imported and is said', () => {
    const r = importText('祥福里社区2024年工作统计\n指标,1月,2月,合计\n再就业人数,5,6,11\n', 'a.csv');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(observations(r.dataset).map((o) => [o.period, o.value])).toEqual([['2024-01', 5], ['2024-02', 6]]);
    expect(r.report.issues.find((i) => i.code === 'vertical-total-column')!.message).toContain('“合计”列');
  });
});
