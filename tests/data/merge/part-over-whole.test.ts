// @vitest-environment node
/**
 * A 其中 part larger than its whole (再就业人数 120, 其中：女 150): a typing error in one of the two,
 * warned about at the part's cell; both values stay as typed.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book } from '../pipeline/workbook-helpers';
import { importText, observations } from '../pipeline/import-helpers';

const warned = (r: ReturnType<typeof importText>) =>
  r.report.issues.filter((i) => i.code === 'part-over-whole').map((i) => [i.sheet ?? '', i.line, i.column, i.columnName, i.message]);

describe('a 其中 part larger than its whole', () => {
  it('a 其中 column beside its metric: warned at the part\'s cell, both values kept', () => {
    const r = importText('社区,再就业人数,其中：女\n花园路社区,120,150\n滨西社区,10,5\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(warned(r)).toEqual([['', 2, 3, undefined,
      '第2行第3列：花园路社区的“再就业人数（其中：女）”为150，大于其总数“再就业人数”（120，第2行第2列）。部分不能大于总数，多半是其中一个数录错了：两个数都按原样导入，请核对']]);
    expect(observations(r.dataset).filter((o) => o.unit === '花园路社区').map((o) => o.value)).toEqual([150, 120]);
  });

  it('a long file\'s 其中 row under its metric', () => {
    const r = importText('社区,指标,数值\n花园路社区,再就业人数,120\n花园路社区,其中：女,150\n滨西社区,再就业人数,10\n滨西社区,其中：女,10\n', '2024年3月.csv');
    expect(warned(r).map((w) => [w[1], w[2]])).toEqual([[3, 3]]);
  });

  it('a community\'s vertical form in a workbook names its sheet', () => {
    const form = [['花园路社区2024年3月就业情况'], ['指标', '数值'], ['再就业人数', 120], ['其中：女', 150], ['失业人数', 8]];
    const r = importFiles([{ name: '花园路社区.xlsx', bytes: book([['3月', form]]) }], { workbookLib: XLSX });
    expect(warned(r).map((w) => [w[0], w[1]])).toEqual([['3月', 4]]);
  });

  it('a part no larger than its whole, or a part without its whole, says nothing', () => {
    expect(warned(importText('社区,再就业人数,其中：女\n花园路社区,120,120\n滨西社区,,5\n', '2024年3月.csv'))).toEqual([]);
  });
});

describe('a 其中 column under a two-row header (再就业人数 over 合计 | 其中：女)', () => {
  it('is the metric\'s part, as on one row, and checked against it', () => {
    const r = importText('社区,再就业人数,\n,合计,其中：女\n花园路社区,10,4\n滨西社区,10,12\n', '2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.metric))].sort()).toEqual(['custom:再就业人数（其中：女）', 'reemployed']);
    expect(warned(r).map((w) => [w[1], w[2]])).toEqual([[4, 3]]);
  });

  it('under the metric\'s name merged over both columns (再就业人数 | 其中：女 below its right half)', () => {
    const r = importText('社区,再就业人数,\n,,其中：女\n花园路社区,10,4\n滨西社区,10,12\n', '2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.metric))].sort()).toEqual(['custom:再就业人数（其中：女）', 'reemployed']);
    expect(warned(r).map((w) => [w[1], w[2]])).toEqual([[4, 3]]);
  });
});

describe('a 其中 row under a community in a wide table (not imported)', () => {
  it('larger than the community\'s value above it: warned at its cell, naming the community\'s', () => {
    const r = importText('社区,再就业人数,失业人数\n花园路社区,12,8\n其中：女,150,3\n其中：男,5,9\n滨西社区,10,4\n其中：女,5,1\n', '2024年3月.csv');
    expect(warned(r).map((w) => [w[1], w[2], w[4]])).toEqual([
      [3, 2, '第3行第2列：“其中：女”的再就业人数为150，大于其上第2行花园路社区的总数（12）。部分不能大于总数，多半是其中一个数录错了（分项行不导入，花园路社区的12已按原样导入），请核对'],
      [4, 3, '第4行第3列：“其中：男”的下岗失业人员为9，大于其上第2行花园路社区的总数（8）。部分不能大于总数，多半是其中一个数录错了（分项行不导入，花园路社区的8已按原样导入），请核对'],
    ]);
  });
});
