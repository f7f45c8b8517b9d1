// @vitest-environment node
/**
 * A workbook with a month's sheet twice under names that read as that month: `3月` and
 * `3月（修改）` (a clerk's revision kept beside the old one), or `2024年3月` and `3月`. Both are
 * read for the month; their rows merge or conflict as any two sheets', and the report names both
 * sheets, so a row only the old sheet still holds is never imported without a word.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

type Cell = string | number;
const old: Cell[][] = [['社区', '再就业人数'], ['花园路社区', 5], ['滨西社区', 6], ['大沽路社区', 4]];
const revised: Cell[][] = [['社区', '再就业人数'], ['花园路社区', 5], ['滨西社区', 6]];
const run = (first: string, second: string, name = '劝业场街道2024年社区统计.xlsx') =>
  importFiles([{ name, bytes: book([[first, old], [second, revised]]) }], { workbookLib: XLSX });

describe('two sheets of one month under a revision\'s name', () => {
  it.each([['3月', '3月（修改）'], ['3月', '3月(更正)'], ['3月', '3月修订'], ['3月', '3月 新'], ['3月', '3月最终'], ['2024年3月', '3月'], ['3月份', '3月（改）']])(
    '%s and %s: both read as 2024年3月, with a warning at the second naming both', (first, second) => {
      const r = run(first, second);
      expect(r.dataset!.periods).toEqual(['2024-03']);
      const w = r.report.issues.filter((i) => i.code === 'sheet-same-period');
      expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', second]]);
      expect(w[0]!.message).toContain(`“${first}”`);
      expect(w[0]!.message).toContain('2024年3月');
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`)).toEqual(['大沽路社区|4', '滨西社区|6', '花园路社区|5']);
    });

  it('a file name without a year: 3月 and 3月（修改） are still said (the title gives the year)', () => {
    const titled = (rows: Cell[][]): Cell[][] => [['2024年3月社区统计'], ...rows];
    const r = importFiles([{ name: '社区统计.xlsx', bytes: book([['3月', titled(old)], ['3月（修改）', titled(revised)]]) }], { workbookLib: XLSX });
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'sheet-same-period').map((i) => i.sheet)).toEqual(['3月（修改）']);
  });

  it('Excel\'s copy (3月 (2)) keeps its own word; sheets of one month for different metrics (3月再就业, 3月低保) and different months say nothing', () => {
    expect(run('3月', '3月 (2)').report.issues.map((i) => i.code)).not.toContain('sheet-same-period');
    expect(run('3月', '3月 (2)').report.issues.map((i) => i.code)).toContain('sheet-copy');
    expect(run('3月再就业', '3月低保').report.issues.map((i) => i.code)).not.toContain('sheet-same-period');
    expect(run('3月', '4月').report.issues.map((i) => i.code)).not.toContain('sheet-same-period');
  });
});
