/**
 * A metric code before the name, as statistics systems export the 指标 column (`A01再就业人数`,
 * `0102 下岗失业人员`, `B01慰问救助金额（万元）`): the named metric, not a custom metric of that text.
 */
import { describe, expect, it } from 'vitest';
import { matchMetricHeader } from '../../../src/data/vocabulary/metric-aliases';
import { okValues } from '../pipeline/import-helpers';

describe('a metric code before the metric name', () => {
  it.each([
    ['A01再就业人数', 'reemployed'], ['A0102下岗失业人员', 'unemployed'], ['0101 注册志愿者', 'volunteers'],
    ['1.再就业人数', 'reemployed'], ['A01-再就业人数', 'reemployed'], ['B01慰问救助金额（万元）', 'aid_amount'],
  ])('%s → %s', (header, id) => {
    expect(matchMetricHeader(header).metricId).toBe(id);
  });

  it('keeps the scale of the unit after the name', () => {
    expect(matchMetricHeader('B01慰问救助金额（万元）').scale).toBe(10000);
  });

  it('is no code when the rest names no metric, or the digits are a year', () => {
    expect(matchMetricHeader('A01其他').metricId).toBeNull();
    expect(matchMetricHeader('2023再就业人数').metricId).toBeNull();
    expect(matchMetricHeader('202403再就业人数').metricId).toBeNull();
    expect(matchMetricHeader('4050人员').metricId).toBe('placed_4050');
  });

  it('a long file with coded 指标 cells imports the catalogue metrics', () => {
    const text = '社区,期间,指标,数值,单位\n祥福里社区,2024年3月,A01再就业人数,12,人\n祥福里社区,2024年3月,B01慰问救助金额,1.5,万元\n';
    expect(okValues(text, 'a.csv')).toEqual(['祥福里社区|aid_amount|15000', '祥福里社区|reemployed|12']);
  });
});
