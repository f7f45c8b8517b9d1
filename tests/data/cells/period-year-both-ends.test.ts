/**
 * Spans with their year written at both ends (`2024年1月-2024年3月`, `2024.01-2024.03`) and quarters in
 * Roman numerals (`2024年Ⅰ季度`, `第II季度`): clerks write both; they were refused while `2024年1-3月` and
 * `2024年第一季度` were read.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText, observations } from '../pipeline/import-helpers';

const key = (text: string): string | null => {
  const r = parsePeriodLabel(text);
  return r ? formatPeriodKey(r.period) : null;
};

describe('a month span with its year at both ends', () => {
  it.each([
    ['2024年1月-2024年3月', '2024-Q1'], ['2024年1月至2024年6月', '2024-H1'], ['2024年1月～2024年9月', '2024-C09'],
    ['2024.01-2024.03', '2024-Q1'], ['2024.1-2024.6', '2024-H1'], ['2024/1-2024/3', '2024-Q1'], ['2024-01至2024-03', '2024-Q1'],
    ['2024年4月-2024年6月', '2024-Q2'], ['2024年1月-2024年12月', '2024'], ['2024年1月-2024年3月累计', '2024-C03'],
    ['2024年3月-2024年3月', '2024-03'],
  ])('%s → %s, as the same span without the second year', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('a span that is no quarter, half or year to date stays a span, said so', () => {
    expect(key('2024年2月-2024年3月')).toBeNull();
    expect(periodProblem('2024年2月-2024年3月')?.code).toBe('period-range');
  });

  it('across two years it is still no period', () => {
    expect(key('2023年12月-2024年2月')).toBeNull();
    expect(key('2023.12-2024.02')).toBeNull();
    expect(periodProblem('2023年12月-2024年2月')).not.toBeNull();
  });

  it('a day span is not cut into a month span', () => {
    expect(key('2024.01-2024.03.15')).toBeNull();
  });

  it('in a title or file name', () => {
    for (const [text, expected] of [['2024年1月-2024年3月社区工作统计', '2024-Q1'], ['各社区统计（2024.01-2024.06）.csv', '2024-H1']] as const) {
      const found = scanPeriodText(text).found;
      expect(found ? formatPeriodKey(found.period) : null).toBe(expected);
    }
    expect(scanPeriodText('2023年12月-2024年2月统计').found).toBeNull();
  });

  it('in a 期间 column', () => {
    const r = importText('社区,期间,新增就业人数\n祥福里社区,2024年1月-2024年3月,12\n红星里社区,2024.01-2024.03,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-Q1']));
  });
});

describe('a quarter in Roman numerals', () => {
  it.each([
    ['2024年Ⅰ季度', '2024-Q1'], ['2024年第Ⅱ季度', '2024-Q2'], ['2024年Ⅲ季度', '2024-Q3'], ['2024年第Ⅳ季度', '2024-Q4'],
    ['2024年II季度', '2024-Q2'], ['2024年第IV季度', '2024-Q4'], ['2024Ⅰ季度', '2024-Q1'],
  ])('%s → %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('only before 季: letters elsewhere are not read as numbers', () => {
    expect(key('2024年I月')).toBeNull();
    expect(key('2024年V季度')).toBeNull();
  });
});
