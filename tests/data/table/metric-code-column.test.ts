/**
 * A 指标代码 column beside 指标名称 (a statistics system's export: 统计期 | 社区名称 | 指标代码 |
 * 指标名称 | 计量单位 | 本期数 | 本年累计) is the metric's code, a note: 本期数 is each row's metric,
 * not read as two metric columns that conflict.
 */
import { describe, expect, it } from 'vitest';
import { importText, okValues } from '../pipeline/import-helpers';

const text = '统计期,社区名称,指标代码,指标名称,计量单位,本期数\n2024年03月,祥福里社区,A01,再就业人数,人,10\n2024年03月,祥福里社区,B02,慰问救助金额,万元,1.5\n2024年03月,红星里社区,A01,再就业人数,人,11\n';

describe('a 指标代码 column', () => {
  it('is a note: 本期数 holds the metric of each row\'s 指标名称', () => {
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|15000', '祥福里社区|reemployed|10', '红星里社区|reemployed|11']);
  });

  it('beside 本年累计 too: no conflict between 本期数 and 本年累计', () => {
    const t = text.replace('本期数\n', '本期数,本年累计\n').replace(/\n(?=.)/g, '\n').split('\n').map((l, i) => (i === 0 || l === '' ? l : `${l},99`)).join('\n');
    const r = importText(t, 'a.csv');
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values')).toEqual([]);
    expect(okValues(t, 'a.csv')).toContain('祥福里社区|reemployed|10');
  });
});
