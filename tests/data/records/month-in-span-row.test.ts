/**
 * A 本月 column (本月再就业人数, 再就业人数（本月）, 本月 over the metrics, 当月) beside a 期间 column,
 * in a row whose period spans several months (a quarter, a half, a year to date): the span's last
 * month, as under a title of that span (lastMonthOfSpan), said in one info per row period. A month's
 * figure read as the quarter's would understate the quarter threefold in every chart.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';
import { book } from '../pipeline/workbook-helpers';

const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`);
const notInfo = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);
const rowMonth = (r: ImportResult) => r.report.issues.filter((i) => i.code === 'period-relative-row-month');

describe('本月 beside a 期间 column in a row of a quarter, a half or a year to date', () => {
  it.each(['2025年二季度', '2025年第二季度', '2025年2季度', '2025-Q2', '2025Q2', '2025年第2季度'])(
    'a row of %s: 本月再就业人数 is June 2025, 本年累计再就业人数 January-June, with an info naming the line and column',
    (period) => {
      const r = importText(`社区,期间,本月再就业人数,本年累计再就业人数\n东湖社区,${period},5,40\n`, '双港镇.csv');
      expect(r.report.status).toBe('ok');
      expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|reemployed|40']);
      expect(notInfo(r)).toEqual([]);
      const info = rowMonth(r);
      expect(info.map((i) => `${i.severity}|${i.file}|${i.line}|${i.column}`)).toEqual(['info|双港镇.csv|2|3']);
      expect(info[0]!.message).toBe('本月列按各行的期间（取自“期间”列：2025年第二季度）读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月）导入');
    });

  it.each([['二季度', '2025-06'], ['第二季度', '2025-06'], ['Q2', '2025-06'], ['2季度', '2025-06'], ['上半年', '2025-06'], ['下半年', '2025-12'], ['一季度', '2025-03']])(
    'a row of %s, its year from the title: 本月 is %s', (period, month) => {
      const r = importText(`2025年各社区就业情况\n社区,期间,本月再就业人数\n东湖社区,${period},5\n`, 'a.csv');
      expect(obs(r)).toEqual([`东湖社区|${month}|reemployed|5`]);
      expect(rowMonth(r).map((i) => i.line)).toEqual([3]);
    });

  it('a half year written out (2025年上半年, 2025年1-6月) and a year to date (2025年1-6月累计): June', () => {
    for (const period of ['2025年上半年', '2025年1-6月', '2025年1-6月累计']) {
      expect(obs(importText(`社区,期间,本月再就业人数\n东湖社区,${period},5\n`, 'a.csv'))).toEqual(['东湖社区|2025-06|reemployed|5']);
    }
  });

  it.each([
    ['社区,期间,再就业人数（本月）,再就业人数（本年累计）'], ['社区,期间,再就业人数/本月,再就业人数/累计'], ['社区,期间,当月再就业人数,累计再就业人数'],
    ['社区,期间,再就业人数,\n,,本月,本年累计'], ['社区,期间,再就业人数,\n,,当月,累计'],
  ])('%j: the 本月 column in a quarter\'s row is its last month; the 累计 the year to date through the quarter', (header) => {
    const r = importText(`${header}\n东湖社区,2025年二季度,5,40\n西山社区,2025年6月,7,44\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|reemployed|40', '西山社区|2025-06|reemployed|7', '西山社区|2025-C06|reemployed|44']);
    expect(rowMonth(r)).toHaveLength(1);
  });

  it('本月 over several metrics (two-row header): each metric\'s 本月 is June, said in one info listing both columns', () => {
    const r = importText('社区,期间,本月,,本年累计,\n,,再就业人数,开发就业岗位,再就业人数,开发就业岗位\n东湖社区,2025年二季度,1,2,3,4\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|jobs_developed|2', '东湖社区|2025-06|reemployed|1', '东湖社区|2025-C06|jobs_developed|4', '东湖社区|2025-C06|reemployed|3']);
    const info = rowMonth(r);
    expect(info).toHaveLength(1);
    expect(info[0]!.line).toBe(3);
    expect(info[0]!.message).toContain('“本月/再就业人数”按2025年6月（2025年第二季度的最后一个月），“本月/开发就业岗位”按2025年6月（2025年第二季度的最后一个月）导入');
  });

  it('one info per row period, at its first row: two quarters, each said once; month rows say nothing', () => {
    const r = importText('社区,期间,本月再就业人数\n东湖社区,2025年一季度,3\n西山社区,2025年一季度,4\n东湖社区,2025年5月,6\n东湖社区,2025年二季度,5\n西山社区,2025年二季度,8\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-03|reemployed|3', '东湖社区|2025-05|reemployed|6', '东湖社区|2025-06|reemployed|5', '西山社区|2025-03|reemployed|4', '西山社区|2025-06|reemployed|8']);
    expect(rowMonth(r).map((i) => `${i.line}|${i.message.includes('2025年3月（2025年第一季度的最后一个月）')}`)).toEqual(['2|true', '5|false']);
  });

  it('a column naming the span itself (本期, 本季, 本季度) stays the quarter, with no word of a month', () => {
    for (const header of ['再就业人数（本期）', '本期再就业人数', '本季再就业人数', '再就业人数（本季度）']) {
      const r = importText(`社区,期间,${header}\n东湖社区,2025年二季度,5\n`, 'a.csv');
      expect(obs(r).map((o) => o.split('|')[1])).toEqual(['2025-Q2']);
      expect(rowMonth(r)).toEqual([]);
    }
  });

  it('a month\'s row beside the same columns is unchanged: its month, no info', () => {
    const r = importText('社区,期间,本月再就业人数,本年累计再就业人数\n东湖社区,2025年6月,5,40\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|reemployed|40']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('a year\'s row (2025年) keeps the year, as 本月 under a year\'s title does (lastMonthOfSpan names no month of a year)', () => {
    const r = importText('社区,期间,本月再就业人数\n东湖社区,2025年,5\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025|reemployed|5']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('a plain metric column (再就业人数) in a quarter\'s row stays the quarter', () => {
    expect(obs(importText('社区,期间,再就业人数\n东湖社区,2025年二季度,15\n', 'a.csv'))).toEqual(['东湖社区|2025-Q2|reemployed|15']);
  });

  it('one metric named in the title, 本月 | 累计 beside a 期间 column: 本月 in a quarter\'s row is June', () => {
    const r = importText('再就业人数\n社区,期间,本月,累计\n东湖社区,2025年二季度,5,40\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5']);
    expect(rowMonth(r)[0]!.message).toContain('“本月”按2025年6月（2025年第二季度的最后一个月）');
    // Each row's metric in its 指标 cell, 本月 | 累计 across the top: the same.
    const byRow = importText('社区,期间,指标,本月,累计\n东湖社区,2025年二季度,再就业人数,5,40\n东湖社区,2025年二季度,开发就业岗位,2,9\n', 'a.csv');
    expect(obs(byRow)).toEqual(['东湖社区|2025-06|jobs_developed|2', '东湖社区|2025-06|reemployed|5']);
    expect(rowMonth(byRow)).toHaveLength(1);
  });

  it('the same unit, metric and June from a quarter\'s 本月 and a June row: the existing same-value merge and conflict warning', () => {
    const same = importText('社区,期间,本月再就业人数\n东湖社区,2025年二季度,5\n东湖社区,2025年6月,5\n', 'a.csv');
    expect(obs(same)).toEqual(['东湖社区|2025-06|reemployed|5']);
    expect(notInfo(same)).toEqual(['duplicate-row']);
    const differ = importText('社区,期间,本月再就业人数,志愿服务活动\n东湖社区,2025年二季度,5,1\n东湖社区,2025年6月,7,2\n', 'a.csv');
    expect(notInfo(differ)).toContain('conflicting-values');
  });

  it('an .xlsx sheet reads the same, its info naming the sheet', () => {
    const bytes = book([['各社区', [['社区', '期间', '本月再就业人数', '本年累计再就业人数'], ['东湖社区', '2025年二季度', 5, 40], ['西山社区', '2025年6月', 7, 44]]]]);
    const r = importFiles([{ name: '双港镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|reemployed|40', '西山社区|2025-06|reemployed|7', '西山社区|2025-C06|reemployed|44']);
    const info = rowMonth(r);
    expect(info.map((i) => `${i.line}|${i.column}`)).toEqual(['2|3']);
    expect([info[0]!.file, info[0]!.sheet]).toEqual(['双港镇.xlsx', '各社区']);
  });
});
