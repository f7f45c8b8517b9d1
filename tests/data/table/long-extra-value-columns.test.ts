/**
 * A long file (社区 | 期间 | 指标 | 数值) with a second value column (`本年累计`, `上年同期`), as
 * statistics systems export them: only 数值 is read, and the report says each other column was not
 * imported (file and column), never dropping its numbers without a word.
 */
import { describe, expect, it } from 'vitest';
import { importText, okValues } from '../pipeline/import-helpers';

const text = '统计期,社区,指标,数值,本年累计,上年同期,填报人\n2024年3月,祥福里社区,再就业人数,10,30,8,张三\n2024年3月,红星里社区,再就业人数,11,31,9,张三\n';

describe('a long file with 本年累计 and 上年同期 beside 数值', () => {
  it('reads 数值 in the row\'s period', () => {
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|reemployed|10', '红星里社区|reemployed|11']);
  });

  it('names the 本年累计 and 上年同期 columns as not imported', () => {
    const issues = importText(text, 'a.csv').report.issues;
    const cum = issues.find((i) => i.code === 'period-relative-skipped');
    expect(cum?.column).toBe(5);
    expect(cum?.message).toContain('本年累计');
    expect(cum?.message).toContain('未导入');
    const cmp = issues.find((i) => i.code === 'comparison-column');
    expect(cmp?.column).toBe(6);
    expect(issues.some((i) => i.column === 7)).toBe(false); // 填报人 is no value column
  });
});
