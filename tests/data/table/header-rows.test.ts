/** Headers of two or three rows: each column's name is its cells top to bottom, a merged name spread over its blanks. */
import { describe, expect, it } from 'vitest';
import { joinHeaderRows } from '../../../src/data/table/header-rows';
import { importText, observations } from '../pipeline/import-helpers';

describe('a blank column between two blocks of a two-row header (2024年5月 over 常住人口 | 户数, a blank column, 2024年6月 over …)', () => {
  it('has no name: blank in every header row, it is no part of the block to its left (was: named 2024年5月)', () => {
    expect(joinHeaderRows([['社区', '2024年5月', '', '', '2024年6月', ''], ['', '常住人口', '户数', '', '常住人口', '户数']]))
      .toEqual(['社区', '2024年5月/常住人口', '2024年5月/户数', '', '2024年6月/常住人口', '2024年6月/户数']);
  });

  it('the import drops it with an info, no warning that a period column was not imported (was: period-column-not-metric at D)', () => {
    const r = importText('社区,2024年5月,,,2024年6月,\n,常住人口,户数,,常住人口,户数\n新华社区,3100,880,,3200,900\n光明社区,4000,1000,,4100,1100\n', '新华街道.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset)).toHaveLength(8);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(['two-row-header']);
    expect(r.report.issues.find((i) => i.code === 'empty-column-dropped')?.column).toBe(4);
  });

  it('a name merged across columns still spreads over the blanks beside it when a row below names each (a guard: passes before and after)', () => {
    expect(joinHeaderRows([['社区', '常住人口', '', '户籍人口', ''], ['', '2023', '2024', '2023', '2024']]))
      .toEqual(['社区', '常住人口/2023', '常住人口/2024', '户籍人口/2023', '户籍人口/2024']);
  });
});
