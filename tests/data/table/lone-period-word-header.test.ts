/**
 * A header or 指标 cell that is only a period word (`本年累计`, `全年累计`, `1-3月累计`) names no
 * metric: it is not split into a metric `本年` (or `1-3月`) and the year to date.
 */
import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../../src/data/table/split-header';
import { importText, observations } from '../pipeline/import-helpers';

describe('a lone period word', () => {
  it.each(['本年累计', '全年累计', '1-3月累计', '本年度累计', '今年以来累计', '年初至今累计'])('%s is kept whole by splitHeader', (word) => {
    expect(splitHeader(word, undefined)).toEqual({ metricName: word });
  });

  it('a long table\'s 指标 cell 本年累计 reaches it: kept whole, in the row\'s period', () => {
    const r = importText('社区,期间,指标,数值\n东湖社区,2025年3月,本年累计,5\n', 'a.csv');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`)).toEqual(['2025-03|custom:本年累计|5']);
  });
});
