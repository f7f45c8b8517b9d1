/**
 * A 其中 part column right after its whole (`本月再就业人数 | 其中：女`) is a share of the whole in
 * the whole's period: where the whole is read as a span's last month (a 本月 column in a quarter's
 * row or under a quarter's title), or as the year to date (本年累计), the part is read so too, and
 * the part-over-whole check compares the two in that one period. A part left in the quarter would be
 * a month's figure stored as the quarter's, and never checked against its whole.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';
import { book } from '../pipeline/workbook-helpers';

/** unit|period|metric|value, the part's metric shortened to `part`. */
const obs = (r: ImportResult): string[] => observations(r.dataset)
  .map((o) => `${o.unit}|${o.period}|${o.metric.startsWith('custom:再就业人数（其中：') ? 'part' : o.metric}|${o.value}`).sort();
const codes = (r: ImportResult, severity: string): string[] => r.report.issues.filter((i) => i.severity === severity).map((i) => i.code);
const rowMonth = (r: ImportResult) => r.report.issues.filter((i) => i.code === 'period-relative-row-month');

const PARTS = ['其中：女', '其中女性', '其中:女性人数'];

describe('a 其中 part after a 本月 whole takes the whole\'s period', () => {
  it.each(PARTS.flatMap((part) => [
    [part, '2025年二季度', '2025-06'], [part, '2025-Q2', '2025-06'], [part, '2025年上半年', '2025-06'],
    [part, '2025年下半年', '2025-12'], [part, '2025年1-6月累计', '2025-06'],
  ]))('本月再就业人数 | %s in a row of %s: both %s', (part, period, month) => {
    const r = importText(`社区,期间,本月再就业人数,${part}\n东湖社区,${period},5,2\n`, '双港镇.csv');
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual([`东湖社区|${month}|part|2`, `东湖社区|${month}|reemployed|5`]);
    expect(codes(r, 'warning')).toEqual([]);
    // The info names the 本月 column, as without the part.
    const info = rowMonth(r);
    expect(info.map((i) => `${i.line}|${i.column}`)).toEqual(['2|3']);
    expect(info[0]!.message).not.toContain(part);
  });

  it.each(PARTS)('under a quarter\'s title (no 期间 column), 本月再就业人数 | %s: both June', (part) => {
    const r = importText(`2025年二季度各社区就业情况\n社区,本月再就业人数,${part}\n东湖社区,5,2\n西山社区,6,3\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5', '西山社区|2025-06|part|3', '西山社区|2025-06|reemployed|6']);
    expect(codes(r, 'warning')).toEqual([]);
  });

  it('under a half year\'s title: both December', () => {
    const r = importText('2025年下半年\n社区,本月再就业人数,其中：女\n东湖社区,5,2\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-12|part|2', '东湖社区|2025-12|reemployed|5']);
  });

  it('再就业人数（本月） | 其中：女 and a two-row header (再就业人数 over 本月 | 其中：女): the part is June too', () => {
    for (const header of ['社区,期间,再就业人数（本月）,其中：女', '社区,期间,再就业人数,\n,,本月,其中：女', '社区,期间,当月再就业人数,其中：女']) {
      const r = importText(`${header}\n东湖社区,2025年二季度,5,2\n`, 'a.csv');
      expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5']);
    }
  });

  it('after 本年累计再就业人数 the part is the year to date with its whole (in a quarter\'s row and under a quarter\'s title)', () => {
    const row = importText('社区,期间,本年累计再就业人数,其中：女\n东湖社区,2025年二季度,40,20\n', 'a.csv');
    expect(obs(row)).toEqual(['东湖社区|2025-C06|part|20', '东湖社区|2025-C06|reemployed|40']);
    const title = importText('2025年二季度\n社区,本年累计再就业人数,其中：女\n东湖社区,40,20\n', 'a.csv');
    expect(obs(title)).toEqual(['东湖社区|2025-C06|part|20', '东湖社区|2025-C06|reemployed|40']);
  });

  it('本月 and 本年累计, each with its part: each part in its whole\'s period', () => {
    const r = importText('社区,期间,本月再就业人数,其中：女,本年累计再就业人数,其中：女\n东湖社区,2025年二季度,5,2,40,20\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|part|20', '东湖社区|2025-C06|reemployed|40']);
    expect(codes(r, 'error')).toEqual([]);
  });

  it('after a plain 再就业人数 the part stays in the row\'s (or the title\'s) quarter', () => {
    const row = importText('社区,期间,再就业人数,其中：女\n东湖社区,2025年二季度,15,6\n', 'a.csv');
    expect(obs(row)).toEqual(['东湖社区|2025-Q2|part|6', '东湖社区|2025-Q2|reemployed|15']);
    expect(rowMonth(row)).toEqual([]);
    const title = importText('2025年二季度\n社区,再就业人数,其中：女\n东湖社区,15,6\n', 'a.csv');
    expect(obs(title)).toEqual(['东湖社区|2025-Q2|part|6', '东湖社区|2025-Q2|reemployed|15']);
  });

  it('a month\'s row is unchanged: whole and part in its month, no info', () => {
    const r = importText('社区,期间,本月再就业人数,其中：女\n东湖社区,2025年6月,5,2\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('a part larger than its 本月 whole in a quarter\'s row is warned about, in June, at the part\'s cell', () => {
    const r = importText('社区,期间,本月再就业人数,其中：女\n东湖社区,2025年二季度,5,7\n', 'a.csv');
    const warned = r.report.issues.filter((i) => i.code === 'part-over-whole');
    expect(warned.map((i) => `${i.line}|${i.column}`)).toEqual(['2|4']);
    expect(warned[0]!.message).toContain('为7，大于其总数“再就业人数”（5');
    // Under a quarter's title the same.
    const title = importText('2025年二季度\n社区,本月再就业人数,其中：女\n东湖社区,5,7\n', 'a.csv');
    expect(codes(title, 'warning')).toContain('part-over-whole');
  });

  it('an .xlsx sheet reads the same', () => {
    const bytes = book([['各社区', [['社区', '期间', '本月再就业人数', '其中：女'], ['东湖社区', '2025年二季度', 5, 2], ['西山社区', '2025年6月', 7, 3]]]]);
    const r = importFiles([{ name: '双港镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5', '西山社区|2025-06|part|3', '西山社区|2025-06|reemployed|7']);
    expect(rowMonth(r).map((i) => `${i.sheet}|${i.line}|${i.column}`)).toEqual(['各社区|2|3']);
  });
});
