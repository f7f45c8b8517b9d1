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
