/** Pinyin column names of a system's database export (shequ | qijian | zhibiao | shuzhi | danwei) name the same columns as 社区 | 期间 | 指标 | 数值 | 单位. */
import { describe, expect, it } from 'vitest';
import { matchDimensionHeader } from '../../../src/data/vocabulary/metric-aliases';
import { okValues } from '../pipeline/import-helpers';

describe('pinyin headers', () => {
  it.each([
    ['shequ', 'unit'], ['SheQu_MingCheng', 'unit'], ['jiedao', 'parent'], ['qijian', 'period'], ['tongjiqi', 'period'],
    ['zhibiao', 'metric'], ['zhibiao_mingcheng', 'metric'], ['shuzhi', 'value'], ['jiliangdanwei', 'measure_unit'], ['danwei', 'unit_or_measure'],
  ])('%s → %s', (h, role) => expect(matchDimensionHeader(h)).toBe(role));

  it('a long file with pinyin headers imports', () => {
    const text = 'shequ,qijian,zhibiao,shuzhi,danwei\n祥福里社区,202403,再就业人数,10,人\n祥福里社区,202403,慰问救助金额,1.5,万元\n';
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|15000', '祥福里社区|reemployed|10']);
  });
});
