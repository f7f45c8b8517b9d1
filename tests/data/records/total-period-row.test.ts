/**
 * A long file's row whose 期间 is 合计 (a total over the periods, left in a system export) is no
 * period: the row is not imported and the report says so with a warning at its cell, without
 * blocking the rest of the file.
 */
import { describe, expect, it } from 'vitest';
import { importText, okValues } from '../pipeline/import-helpers';

const text = '社区,期间,指标,数值\n祥福里社区,2024年1月,再就业人数,3\n祥福里社区,2024年2月,再就业人数,4\n祥福里社区,合计,再就业人数,7\n红星里社区,2024年1月,再就业人数,5\n';

describe('a 合计 in the 期间 column', () => {
  it('is not imported, and the file is', () => {
    const r = importText(text, 'a.csv');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|reemployed|3', '祥福里社区|reemployed|4', '红星里社区|reemployed|5']);
  });

  it('is said at its cell', () => {
    const w = importText(text, 'a.csv').report.issues.find((i) => i.code === 'subtotal-period-row');
    expect(w?.severity).toBe('warning');
    expect(w?.line).toBe(4);
    expect(w?.column).toBe(2);
    expect(w?.message).toContain('合计');
  });
});
