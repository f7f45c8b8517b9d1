/**
 * A year parted from its month, quarter or half by an underscore, a dash or a dot, as file names are
 * typed (`2024_03社区.csv`, `2024-一季度.xlsx`, `2024年-3月`): all were read as the whole year 2024,
 * with only an info, so March's figures were stored as the year's.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText, observations } from '../pipeline/import-helpers';

/** As file-period.ts scans a file name: without its extension. */
const scanned = (name: string): string | null => {
  const found = scanPeriodText(name.replace(/\.(?:csv|xlsx?)$/i, '')).found;
  return found ? formatPeriodKey(found.period) : null;
};

describe('a file name\'s period parted by an underscore, a dash or a dot', () => {
  it.each([
    ['2024_03社区.csv', '2024-03'], ['社区_2024_3月.csv', '2024-03'], ['统计_2024_Q1.xlsx', '2024-Q1'], ['2024_一季度.xlsx', '2024-Q1'],
    ['data_2024_3.csv', '2024-03'], ['2024_H1.csv', '2024-H1'], ['2024_03_15导出.csv', '2024-03'],
    ['2024-一季度.xlsx', '2024-Q1'], ['2024-第一季度.xlsx', '2024-Q1'], ['2024-上半年.xlsx', '2024-H1'], ['2024.一季度.xlsx', '2024-Q1'],
    ['2024-第1季度.xlsx', '2024-Q1'], ['2024年-3月.xlsx', '2024-03'], ['2024-三月.xlsx', '2024-03'],
  ])('%s → %s, never the whole year', (name, key) => {
    expect(scanned(name)).toBe(key);
  });

  it('a year alone is still the year', () => {
    expect(scanned('社区_2024.csv')).toBe('2024');
    expect(scanned('2024年度社区统计.xlsx')).toBe('2024');
  });

  it('as a 期间 cell too', () => {
    for (const [text, key] of [['2024-一季度', '2024-Q1'], ['2024.上半年', '2024-H1'], ['2024年-3月', '2024-03']] as const) {
      const p = parsePeriodLabel(text);
      expect(p && formatPeriodKey(p.period)).toBe(key);
    }
  });

  it('an import takes March from 2024_03社区.csv', () => {
    const r = importText('社区,再就业人数\n祥福里社区,12\n', '2024_03社区.csv');
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2024-03']);
  });
});
