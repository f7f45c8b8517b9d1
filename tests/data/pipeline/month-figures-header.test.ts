import { describe, expect, it } from 'vitest';
import { importText, issueCodes, observations } from './import-helpers';

describe('a month header with 数据 after it (4月份数据, 4月数据) among month headers', () => {
  it.each(['4月份数据', '4月数据', '4月份'])('%s is month 4, beside 1月, 2月, 3月: all four months imported, none a metric', (last) => {
    const r = importText(`2024年各社区再就业人数统计表\n社区,1月,2月,3月,${last}\n甲社区,1,2,3,4\n乙社区,5,6,7,8\n`);
    expect(issueCodes(r, 'warning')).toEqual([]);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual(['reemployed']);
    expect(observations(r.dataset).filter((o) => o.unit === '甲社区').map((o) => `${o.period} ${o.value}`))
      .toEqual(['2024-01 1', '2024-02 2', '2024-03 3', '2024-04 4']);
  });
});
