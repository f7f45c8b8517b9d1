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

describe('one rule for a 其中 column (imported, checked after reading) and a 其中 row under a community (not imported, checked as read)', () => {
  const csv = (v: string): string => (v.includes(',') ? `"${v}"` : v);
  /** The same whole and part, once as a 其中 column beside the metric, once as a 其中 row under the community. */
  const asColumn = (metric: string, whole: string, part: string): string => `社区,${metric},其中：女\n花园路社区,${csv(whole)},${csv(part)}\n滨西社区,10,5\n`;
  const asRow = (metric: string, whole: string, part: string): string => `社区,${metric}\n花园路社区,${csv(whole)}\n其中：女,${csv(part)}\n滨西社区,10\n`;
  const warnedAt = (text: string): number[] => warned(importText(text, '2024年3月.csv')).map((w) => w[1] as number);

  // Before: the column check compared rates and averages, the row check did not; the row check read
  // only plain numbers (no 1,500 or 1.5万); neither compared a value with a qualifier.
  it.each([
    ['a count: part larger', '再就业人数', '120', '150', true],
    ['a count: part equal', '再就业人数', '120', '120', false],
    ['a rate: 女\'s rate above the whole\'s is no error', '再就业率', '60%', '80%', false],
    ['an average (人均) is a rate of its own', '人均慰问金（元）', '300', '400', false],
    ['a count with thousands separators', '再就业人数', '1,200', '1,500', true],
    ['an amount with 万', '慰问救助金额（元）', '12000', '1.5万', true],
    ['a part of more than 150 (150余) over 120', '再就业人数', '120', '150余', true],
    ['a part of more than 120 (120余) over exactly 120', '再就业人数', '120', '120余', true],
    ['a whole of more than 120 (120余) may hold 150', '再就业人数', '120余', '150', false],
    ['a whole of less than 100 (不足100) under a part of 120', '再就业人数', '不足100', '120', true],
    ['a whole of nearly 120 (近120) under a part of 120', '再就业人数', '近120', '120', true],
    ['a part of less than 150 (不足150) may be within 120', '再就业人数', '120', '不足150', false],
    ['an estimated part (约150) is no sign of a typo', '再就业人数', '120', '约150', false],
    ['an estimated whole (约120) is no sign of a typo', '再就业人数', '约120', '150', false],
    ['a missing whole', '再就业人数', '—', '150', false],
  ])('%s: both say the same', (_, metric, whole, part, warns) => {
    expect(warnedAt(asColumn(metric, whole, part))).toEqual(warns ? [2] : []);
    expect(warnedAt(asRow(metric, whole, part))).toEqual(warns ? [3] : []);
  });

  it('a long file\'s 其中 row under a rate says nothing', () => {
    expect(warned(importText('社区,指标,数值\n花园路社区,再就业率,60%\n花园路社区,其中：女,80%\n', '2024年3月.csv'))).toEqual([]);
  });

  it('both name the values as written', () => {
    const [column] = warned(importText(asColumn('再就业人数', '1,200', '1,500余'), '2024年3月.csv'));
    expect(column![4]).toBe('第2行第3列：花园路社区的“再就业人数（其中：女）”为1,500余，大于其总数“再就业人数”（1,200，第2行第2列）。部分不能大于总数，多半是其中一个数录错了：两个数都按原样导入，请核对');
    const [row] = warned(importText(asRow('再就业人数', '1,200', '1,500余'), '2024年3月.csv'));
    expect(row![4]).toBe('第3行第2列：“其中：女”的再就业人数为1,500余，大于其上第2行花园路社区的总数（1,200）。部分不能大于总数，多半是其中一个数录错了（分项行不导入，花园路社区的1,200已按原样导入），请核对');
  });
});

describe('a 其中 share (其中：女性占比) under a count is a rate, no part of the count', () => {
  const codes = (text: string): string[] => importText(text, '2024年3月.csv').report.issues
    .filter((i) => i.code === 'part-over-whole' || i.code.startsWith('subtotal-mismatch')).map((i) => `${i.code}@${i.line}`);
  it.each(['其中：女性占比', '其中：女性比例（%）', '其中：女性比例', '其中：女性占比（%）'])('%s as a column: no part-over-whole, a 合计 row not checked as its sum', (name) => {
    expect(codes(`社区,再就业人数,${name}\n花园路社区,40,55\n东风社区,30,60\n合计,70,57.5\n`)).toEqual([]);
  });
  it.each(['其中：女性占比', '其中：女性比例（%）'])('%s as a row under a community: no part-over-whole', (name) => {
    expect(codes(`社区,再就业人数\n花园路社区,40\n${name},55\n东风社区,30\n${name},60\n`)).toEqual([]);
  });
  it('as a long file\'s 其中 row: no part-over-whole', () => {
    expect(codes('社区,指标,数值\n花园路社区,再就业人数,40\n花园路社区,其中：女性占比,55\n')).toEqual([]);
  });
  it('is imported as a rate, neither in the count\'s unit nor in its scale', () => {
    const r = importText('社区,慰问救助金额（万元）,其中：女性占比\n花园路社区,2,55\n', '2024年3月.csv');
    const ds = r.dataset!;
    const share = ds.metrics.find((m) => m.zh === '慰问救助金额（其中：女性占比）')!;
    expect([share.kind, share.unit]).toEqual(['ratio', '']);
    expect(observations(ds).filter((o) => o.metric === share.id).map((o) => o.value)).toEqual([55]);
  });
  it('a count part beside it (其中：女) is still checked', () => {
    expect(codes('社区,再就业人数,其中：女,其中：女性占比\n花园路社区,40,50,55\n')).toEqual(['part-over-whole@2']);
  });
});
