/**
 * A long file (system export) whose 指标 cell carries its unit (`慰问救助金额（万元）`) beside a 单位
 * column: the same unit written twice scales the value once; two units that disagree are warned
 * about (file, line, column), the 指标 cell's unit used.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { okValues, utf8 } from '../pipeline/import-helpers';

describe('a unit in the 指标 cell and in the 单位 column', () => {
  it('万元 written in both: 1.5 is 15000 元, not 1.5亿', () => {
    const text = '社区,期间,指标,数值,单位\n祥福里社区,2024年3月,慰问救助金额（万元）,1.5,万元\n红星里社区,2024年3月,慰问救助金额（万元）,1.6,万元\n';
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|15000', '红星里社区|aid_amount|16000']);
  });

  it('（万元） in the 指标 cell and 元 in the 单位 column: read in 万元, with a warning naming the line and both units', () => {
    const text = '社区,期间,指标,数值,单位\n祥福里社区,2024年3月,慰问救助金额（万元）,1.5,元\n红星里社区,2024年3月,慰问救助金额（万元）,1.6,元\n';
    const r = importFiles([{ name: 'a.csv', bytes: utf8(text) }]);
    const w = r.report.issues.filter((i) => i.code === 'unit-column-disagree');
    expect(w).toHaveLength(1);
    expect(w[0]!.line).toBe(2);
    expect(w[0]!.column).toBe(5);
    expect(w[0]!.message).toContain('万元');
    expect(w[0]!.message).toContain('“元”');
    expect(w[0]!.severity).toBe('warning');
  });
});

describe('a 单位 cell that is not the metric\'s measure', () => {
  it('万元 on a row of 再就业人数 (copied down from the money row above): 12 people, not 120000, with a warning naming the line', () => {
    const text = '社区,期间,指标,数值,单位\n祥福里社区,2024年3月,慰问救助金额,1.5,万元\n祥福里社区,2024年3月,再就业人数,12,万元\n红星里社区,2024年3月,再就业人数,13,人\n';
    const r = importFiles([{ name: 'a.csv', bytes: utf8(text) }]);
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|15000', '祥福里社区|reemployed|12', '红星里社区|reemployed|13']);
    const w = r.report.issues.filter((i) => i.code === 'unit-column-not-metric');
    expect(w).toHaveLength(1);
    expect(w[0]!.line).toBe(3);
    expect(w[0]!.column).toBe(5);
    expect(w[0]!.message).toContain('万元');
    expect(w[0]!.message).toContain('再就业人数');
  });

  it('万人次 on 慰问困难群众 (counted in 人次) and 万人 on 常住人口 are their measures: scaled', () => {
    const text = '社区,期间,指标,数值,单位\n祥福里社区,2024年3月,常住人口,1.2,万人\n祥福里社区,2024年3月,慰问困难群众,0.1,万人次\n';
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|people_visited|1000', '祥福里社区|residents|12000']);
  });
});
