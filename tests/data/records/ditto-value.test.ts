/**
 * A ditto mark (`同上`, `〃`) in a value cell: a clerk repeating the number above it. It is the value
 * of the row above in the same column when that row is the same unit and metric (another month),
 * with a warning naming the cell and the number taken; under another unit or metric what it
 * repeats is unclear, and it stays missing with a warning saying why.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const valuesOf = (text: string, name = 'a.csv') =>
  observations(importText(text, name).dataset).map((o) => `${o.unit}|${o.metric}|${o.period}|${o.value}|${o.qualifier}`);
const issuesOf = (text: string, name = 'a.csv') =>
  importText(text, name).report.issues.filter((i) => i.code.startsWith('ditto-value')).map((i) => [i.severity, i.code, i.line, i.column, i.message]);

const LONG = [
  '街道,社区,期间,指标,数值',
  '甲街道,祥福里社区,2024年3月,再就业人数,35余',
  '甲街道,祥福里社区,2024年4月,再就业人数,同上',
  '甲街道,中山路社区,2024年4月,再就业人数,〃',
  '甲街道,中山路社区,2024年4月,注册志愿者,同上',
].join('\n');

describe('a ditto mark in a long file\'s 数值 cell', () => {
  it('is the number of the row above for the same unit and metric, its qualifier with it', () => {
    expect(valuesOf(LONG)).toContain('祥福里社区|reemployed|2024-04|35|gt');
  });
  it('under another unit or metric stays missing (invalid, as text that is no number)', () => {
    const v = valuesOf(LONG);
    expect(v.filter((s) => s.startsWith('中山路社区'))).toEqual(['中山路社区|reemployed|2024-04|null|invalid', '中山路社区|volunteers|2024-04|null|invalid']);
  });
  it('says which number it took, and why it took none', () => {
    expect(issuesOf(LONG)).toEqual([
      ['warning', 'ditto-value', 3, 5, '第3行第5列（数值）：写作“同上”，已按上一行同列的数值“35余”记录（同一单位、同一指标）；请核对。'],
      ['warning', 'ditto-value-unclear', 4, 5, '第4行第5列（数值）：写作“〃”，但上一行是另一单位（祥福里社区），不能确定所指，按缺失处理；请在源表填写数值。'],
      ['warning', 'ditto-value-unclear', 5, 5, '第5行第5列（数值）：写作“同上”，但上一行是另一指标（再就业人数），不能确定所指，按缺失处理；请在源表填写数值。'],
    ]);
  });
});

describe('a ditto mark in a wide file\'s value cell', () => {
  const WIDE = [
    '社区,期间,再就业人数,注册志愿者',
    '祥福里社区,2024年3月,35,120',
    '祥福里社区,2024年4月,〃,同上',
    '中山路社区,2024年4月,同上,80',
  ].join('\n');
  it('repeats the same unit\'s row above column by column, and not another unit\'s', () => {
    const v = valuesOf(WIDE);
    expect(v).toContain('祥福里社区|reemployed|2024-04|35|exact');
    expect(v).toContain('祥福里社区|volunteers|2024-04|120|exact');
    expect(v.filter((s) => s.startsWith('中山路社区|reemployed'))).toEqual(['中山路社区|reemployed|2024-04|null|invalid']);
    expect(issuesOf(WIDE).map((i) => [i[1], i[2], i[3]])).toEqual([
      ['ditto-value', 3, 3], ['ditto-value', 3, 4], ['ditto-value-unclear', 4, 3],
    ]);
  });
  it('with nothing above it (the first data row) stays missing', () => {
    const r = issuesOf('社区,期间,再就业人数\n祥福里社区,2024年4月,同上\n');
    expect(r.map((i) => [i[1], i[2], i[4]])).toEqual([['ditto-value-unclear', 2, '第2行第3列（再就业人数）：写作“同上”，但上一行同列没有数值，不能确定所指，按缺失处理；请在源表填写数值。']]);
  });
});
