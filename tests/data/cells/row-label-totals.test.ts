/**
 * Row labels a clerk writes for a total or a comparison that were imported as communities:
 * `累计`, `总和` (a total of the rows), `比上月`, `较上期`, `上月` (another period's figures).
 */
import { describe, expect, it } from 'vitest';
import { rowKind, subtotalKind } from '../../../src/data/cells/row-label';
import { importText, observations } from '../pipeline/import-helpers';

describe('totals and comparisons in a community column', () => {
  it('累计 names a total row, never a total column or sheet (there it is the year to date)', () => {
    for (const label of ['累计', '累计数']) {
      expect(rowKind({ cells: [label, '20'], unit: label, parent: '', district: '' })).toBe('total');
      expect(rowKind({ cells: ['劝业场街道', label, '20'], unit: label, parent: '劝业场街道', district: '' })).toBe('segment');
      expect(subtotalKind(label)).toBeNull();
    }
  });

  it.each([['总和', 'total'], ['比上月', 'comparison'], ['较上月', 'comparison'], ['比上期', 'comparison'],
    ['较上季度', 'comparison'], ['上月', 'comparison'], ['上月数', 'comparison'], ['上期', 'comparison'], ['去年', 'comparison']] as const)('%s is a %s row', (label, kind) => {
    expect(subtotalKind(label)).toBe(kind);
  });

  it('a community named with such a word stays a community', () => {
    for (const name of ['累计社区', '上月社区', '总和村']) expect(subtotalKind(name)).toBeNull();
  });

  it('neither is imported as a community: 累计 is checked against the rows above', () => {
    for (const label of ['累计', '总和', '比上月', '上月']) {
      const r = importText(`街道,社区,期间,再就业人数\n劝业场街道,花园路社区,2024年3月,12\n劝业场街道,滨西社区,2024年3月,8\n劝业场街道,${label},2024年3月,20\n`, 'a.csv');
      expect(new Set(observations(r.dataset).map((o) => o.unit))).toEqual(new Set(['花园路社区', '滨西社区']));
      expect(r.report.counts.subtotal).toBe(1);
    }
  });
});

describe('a unit\'s name is never an average or comparison row, by the one list of unit endings (place-words.ts endsLikeUnit)', () => {
  // 增长村 (a village so named) written as its committee, 增长村村委会, was a comparison row (skipped, not imported):
  // the list here had 村委 but not 村委会.
  it.each([['增长村'], ['增长村村委会'], ['增长村委会'], ['平均里社区居委会'], ['增长社区居民委员会']])('%s is a unit', (name) => {
    expect(rowKind({ cells: [name, '12'], unit: name, parent: '', district: '' })).toBeNull();
  });
});
