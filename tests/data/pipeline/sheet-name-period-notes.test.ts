// @vitest-environment node
/**
 * A sheet named for its period with words the grammar warns of (`3月（截至25日）`: figures before the
 * month's end; `3月底`: an as-of date): the period is read and the warning said for the sheet name, as
 * a title's or a file name's is.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book } from './workbook-helpers';

const rows = [['社区', '再就业人数'], ['花园路社区', 5], ['滨西社区', 6]];
const run = (sheet: string) => importFiles([{ name: '劝业场街道2024年月报.xlsx', bytes: book([[sheet, rows]]) }], { workbookLib: XLSX });

describe('a sheet name the grammar warns of', () => {
  it.each([['3月（截至25日）', '2024-03', 'period-cutoff-day'], ['3月底', '2024-03', 'period-as-of']])('%s is %s, with the warning (%s) for the sheet name', (sheet, key, code) => {
    const r = run(sheet);
    expect(r.dataset!.periods).toEqual([key]);
    const w = r.report.issues.filter((i) => i.code === code);
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', sheet]]);
    expect(w[0]!.message.startsWith('工作表名：')).toBe(true);
  });

  it('2024.1 as a sheet name is January, without the warning a number cell gets (a name is text: no 0 dropped)', () => {
    const r = importFiles([{ name: '劝业场街道月报.xlsx', bytes: book([['2024.1', rows]]) }], { workbookLib: XLSX });
    expect(r.dataset!.periods).toEqual(['2024-01']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
