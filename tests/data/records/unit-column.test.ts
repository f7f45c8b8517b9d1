/**
 * A 单位 (measure unit) column beside the values: 万元 scales a metric in 元 to 元 whatever the
 * table's shape (a long file, metrics as rows with communities across, a wide table with one
 * value column or several), and a bare 单位 header holding 人 / 万元 is that column, not the
 * organisation's name.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { okValues, utf8 } from '../pipeline/import-helpers';

const values = (text: string, name = '咸水沽镇2024年3月.csv'): string[] => okValues(text, name);

describe('a 单位 column', () => {
  it('metrics as rows, communities across, under a bare 单位 header: 万元 becomes 元, 人 stays', () => {
    const text = '项目,单位,祥福里社区,红星里社区\n下岗失业人员,人,10,20\n再就业人数,人,3,4\n慰问救助金额,万元,0.1,0.2\n';
    expect(values(text)).toEqual([
      '祥福里社区|aid_amount|1000', '祥福里社区|reemployed|3', '祥福里社区|unemployed|10',
      '红星里社区|aid_amount|2000', '红星里社区|reemployed|4', '红星里社区|unemployed|20',
    ]);
  });

  it('the same with 元 and 万元 rows of two money metrics, and a full-width （万元）', () => {
    const text = '项目,单位,祥福里社区,红星里社区\n慰问救助金额,（万元）,0.1,0.2\n慰问救助金额（去年）,元,500,600\n';
    const v = values(text);
    expect(v).toContain('祥福里社区|aid_amount|1000');
    expect(v).toContain('红星里社区|aid_amount|2000');
  });

  it('a wide table with one value column and a 单位 column: each row in its own unit', () => {
    const text = '社区,期间,慰问救助金额,单位\n祥福里社区,2024年3月,1.2,万元\n红星里社区,2024年3月,8000,元\n';
    expect(values(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|12000', '红星里社区|aid_amount|8000']);
  });

  it('a wide table with several value columns and a 单位 column: 万元 scales the money columns only', () => {
    const text = '社区,期间,慰问救助金额,再就业人数,单位\n祥福里社区,2024年3月,1.5,3,万元\n红星里社区,2024年3月,800,4,元\n';
    expect(values(text, 'a.csv')).toEqual([
      '祥福里社区|aid_amount|15000', '祥福里社区|reemployed|3', '红星里社区|aid_amount|800', '红星里社区|reemployed|4',
    ]);
  });

  it('a bare 单位 column of organisation names is still the community', () => {
    const text = '单位,期间,再就业人数\n祥福里社区,2024年3月,3\n红星里社区,2024年3月,4\n';
    expect(values(text, 'a.csv')).toEqual(['祥福里社区|reemployed|3', '红星里社区|reemployed|4']);
  });
});

describe('a value a 单位 column scaled, in a conflict', () => {
  it('is shown as written with what it was read as (0.1（即1000）), not as 0.1 against 1200', () => {
    const r = importFiles([
      { name: '咸水沽镇2024年3月a.csv', bytes: utf8('项目,单位,祥福里社区\n慰问救助金额,万元,0.1\n') },
      { name: '咸水沽镇2024年3月b.csv', bytes: utf8('社区,慰问救助金额\n祥福里社区,1200\n') },
    ]);
    const e = r.report.issues.find((i) => i.code === 'conflicting-values')!;
    expect(e.message).toContain('第2行为0.1（即1000）');
    expect(e.message).toContain('第2行为1200。');
  });
});

describe('a 其中 row with a 单位 cell of its own', () => {
  it('is in its own unit, never scaled by the 万元 of the metric above it; a 其中 row with a blank 单位 cell is in the metric\'s', () => {
    const rows = ['慰问救助金额,万元,2,1.5', '其中：慰问人次,人次,5,4', '其中：党员,,1,0.5'];
    expect(values(['项目,单位,祥福里社区,红星里社区', ...rows].join('\n'))).toEqual([
      '祥福里社区|aid_amount|20000', '祥福里社区|custom:慰问救助金额（其中：党员）|10000', '祥福里社区|custom:慰问救助金额（其中：慰问人次）|5',
      '红星里社区|aid_amount|15000', '红星里社区|custom:慰问救助金额（其中：党员）|5000', '红星里社区|custom:慰问救助金额（其中：慰问人次）|4',
    ]);
    const long = '社区,指标,数值,单位\n祥福里社区,慰问救助金额,2,万元\n祥福里社区,其中：慰问人次,5,人次\n祥福里社区,其中：党员,1,\n';
    expect(values(long)).toEqual(['祥福里社区|aid_amount|20000', '祥福里社区|custom:慰问救助金额（其中：党员）|10000', '祥福里社区|custom:慰问救助金额（其中：慰问人次）|5']);
  });
});
