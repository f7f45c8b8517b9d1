/**
 * A workbook with a month's sheet and Excel's copy of it (`3月 (2)`): the copy is that month's too,
 * so its rows merge with the first sheet's when they agree and conflict when they do not; never a
 * year's figures.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const march: (string | number)[][] = [['社区', '再就业人数'], ['祥福里社区', 1], ['红星里社区', 2]];
const run = (copy: string, rows: (string | number)[][]) =>
  importFiles([{ name: '咸水沽镇2024年.xlsx', bytes: book([['3月', march], [copy, rows]]) }], { workbookLib: XLSX });

describe('a copied month sheet', () => {
  // Excel and WPS number a copy; LibreOffice adds _2; Google Sheets writes Copy of 3月 or 3月 的副本; a clerk 3月 - 副本.
  // Unread as copies, 3月_2, 3月 - 副本 and Copy of 3月 were sheets without a period, read as the file name's whole year.
  it.each([['3月 (2)'], ['3月(2)'], ['3月 (3)'], ['3月（2）'], ['3月_2'], ['3月 - 副本'], ['3月-副本(2)'], ['Copy of 3月'], ['3月 的副本'], ['3月的副本']])('%s with the same figures as 3月 merges with it: 3月 only, no 全年', (copy) => {
    const r = run(copy, march);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`)).toEqual(['祥福里社区|2024-03|1', '红星里社区|2024-03|2']);
    expect(r.report.issues.some((i) => i.code === 'period-from-file-name')).toBe(false);
    // Said, at the copy: a leftover copy is the clerk's to delete.
    const said = r.report.issues.filter((i) => i.code === 'sheet-copy');
    expect(said.map((i) => `${i.severity}|${i.sheet}`)).toEqual([`warning|${copy}`]);
    expect(said[0]!.message).toContain('“3月”的副本');
  });

  it('a 3月 (2) sheet without a 3月 sheet is 3月, with no word of a copy', () => {
    const r = importFiles([{ name: '咸水沽镇2024年.xlsx', bytes: book([['3月 (2)', march]]) }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2024-03', '2024-03']);
    expect(r.report.issues.some((i) => i.code === 'sheet-copy')).toBe(false);
  });

  it.each([['3月 (2)'], ['3月_2'], ['Copy of 3月']])('%s with another figure conflicts with 3月, naming both sheets', (copy) => {
    const r = run(copy, [['社区', '再就业人数'], ['祥福里社区', 5], ['红星里社区', 2]]);
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'conflicting-values')!;
    expect(e.message).toContain('3月第2行为1');
    expect(e.message).toContain(`${copy}第2行为5`);
  });

  it('Sheet1 (2) titled for another month than Sheet1 (the clerk\'s next month, made by copying) is that month\'s, with no word of a copy', () => {
    // It was said to be read for Sheet1's period (已按与“Sheet1”相同的期间读取) though its title's February was read.
    const sheet = (month: number, a: number): (string | number)[][] => [[`2024年${month}月中北镇社区工作统计`], ['社区', '再就业人数'], ['东湖社区', a]];
    const r = importFiles([{ name: '中北镇.xlsx', bytes: book([['Sheet1', sheet(3, 12)], ['Sheet1 (2)', sheet(2, 10)]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2024-02|10', '2024-03|12']);
    expect(r.report.issues.some((i) => i.code === 'sheet-copy')).toBe(false);
    // Titled for the same month, it is that month's twice: said, as a 3月 (2) is.
    const same = importFiles([{ name: '中北镇.xlsx', bytes: book([['Sheet1', sheet(3, 12)], ['Sheet1 (2)', sheet(3, 12)]]) }], { workbookLib: XLSX });
    expect(same.report.issues.filter((i) => i.code === 'sheet-copy').map((i) => i.sheet)).toEqual(['Sheet1 (2)']);
    // With no title, it has no period of its own: refused as such, not said to be read as Sheet1's March.
    const bare = importFiles([{ name: '中北镇.xlsx', bytes: book([['Sheet1', sheet(3, 12)], ['Sheet1 (2)', sheet(2, 10).slice(1)]]) }], { workbookLib: XLSX });
    expect(bare.report.issues.filter((i) => i.sheet === 'Sheet1 (2)').map((i) => i.code)).toEqual(['no-period']);
  });

  it('a name that only ends in a digit after _ (2024_3, 社区_2) is no copy', () => {
    const r = importFiles([{ name: '咸水沽镇.xlsx', bytes: book([['2024年3月', march], ['2024_3', march]]) }], { workbookLib: XLSX });
    expect(r.report.issues.some((i) => i.code === 'sheet-copy')).toBe(false);
  });
});
