/**
 * A long table's 指标 cell naming the month (`本月再就业人数`, `再就业人数（本月）`, `当月再就业人数`)
 * in a row whose period is a quarter, a half or a year to date (its 期间 cell, or the title's): the
 * span's last month, by the rule a 本月 column uses (lastMonthOfSpan), said in the same info, once per
 * row period. Read as the quarter, a month's figure understates the quarter threefold, and clashes
 * with the row of 再就业人数 for the whole quarter.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';
import { book } from '../pipeline/workbook-helpers';

/** unit|period|metric|value, a part's metric shortened to `part`. */
const obs = (r: ImportResult): string[] => observations(r.dataset)
  .map((o) => `${o.unit}|${o.period}|${o.metric.startsWith('custom:再就业人数（其中：') ? 'part' : o.metric}|${o.value}`).sort();
const notInfo = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);
const rowMonth = (r: ImportResult) => r.report.issues.filter((i) => i.code === 'period-relative-row-month');
const HEAD = '社区,期间,指标,数值\n';

describe('a long row whose 指标 cell says 本月, in a row of a quarter, a half or a year to date', () => {
  it.each([
    ['本月再就业人数', '2025年二季度', '2025-06'], ['再就业人数（本月）', '2025年二季度', '2025-06'], ['当月再就业人数', '2025年二季度', '2025-06'],
    ['本月再就业人数', '2025-Q2', '2025-06'], ['本月再就业人数', '2025年上半年', '2025-06'], ['本月再就业人数', '2025年下半年', '2025-12'],
    ['本月再就业人数', '2025年1-6月累计', '2025-06'], ['再就业人数（本月）', '2025年一季度', '2025-03'],
  ])('指标 %s in a row of %s: %s, with an info at the row\'s 指标 cell', (metric, period, month) => {
    const r = importText(`${HEAD}东湖社区,${period},${metric},5\n`, '双港镇.csv');
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual([`东湖社区|${month}|reemployed|5`]);
    expect(notInfo(r)).toEqual([]);
    const info = rowMonth(r);
    expect(info.map((i) => `${i.severity}|${i.file}|${i.line}|${i.column}|${i.columnName}`)).toEqual(['info|双港镇.csv|2|3|指标']);
  });

  it('the info is worded as a 本月 column\'s', () => {
    const r = importText(`${HEAD}东湖社区,2025年二季度,本月再就业人数,5\n`, 'a.csv');
    expect(rowMonth(r)[0]!.message).toBe('本月指标按各行的期间（取自“期间”列：2025年第二季度）读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月）导入');
  });

  it('under a quarter\'s title (no 期间 column): June, the info naming the title\'s quarter', () => {
    const r = importText('2025年二季度各社区就业情况\n社区,指标,数值\n东湖社区,本月再就业人数,5\n西山社区,本月再就业人数,6\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '西山社区|2025-06|reemployed|6']);
    const info = rowMonth(r);
    expect(info.map((i) => i.line)).toEqual([3]);
    expect(info[0]!.message).toBe('本月指标按各行的期间（2025年第二季度）读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月）导入');
  });

  it('本月再就业人数 and 再就业人数 in the same quarter: June and the quarter, both kept, no conflict', () => {
    const r = importText(`${HEAD}东湖社区,2025年二季度,本月再就业人数,5\n东湖社区,2025年二季度,再就业人数,15\n`, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15']);
    expect(notInfo(r)).toEqual([]);
  });

  it('one info per row period at its first row, listing each 本月 指标 once; month rows say nothing', () => {
    const r = importText(`${HEAD}东湖社区,2025年一季度,本月再就业人数,3\n东湖社区,2025年一季度,本月开发就业岗位,1\n西山社区,2025年一季度,本月再就业人数,4\n`
      + '东湖社区,2025年5月,本月再就业人数,6\n东湖社区,2025年二季度,本月再就业人数,5\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-03|jobs_developed|1', '东湖社区|2025-03|reemployed|3', '东湖社区|2025-05|reemployed|6', '东湖社区|2025-06|reemployed|5', '西山社区|2025-03|reemployed|4']);
    const info = rowMonth(r);
    expect(info.map((i) => i.line)).toEqual([2, 6]);
    expect(info[0]!.message).toContain('“本月再就业人数”按2025年3月（2025年第一季度的最后一个月），“本月开发就业岗位”按2025年3月');
  });

  it('a month\'s row and a year\'s row are unchanged, with no info', () => {
    const r = importText(`${HEAD}东湖社区,2025年6月,本月再就业人数,5\n西山社区,2025年,本月再就业人数,50\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '西山社区|2025|reemployed|50']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('本年累计再就业人数 stays the year to date, 本期再就业人数 the quarter', () => {
    const r = importText(`${HEAD}东湖社区,2025年二季度,本年累计再就业人数,40\n西山社区,2025年二季度,本期再就业人数,15\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-C06|reemployed|40', '西山社区|2025-Q2|reemployed|15']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('a 其中 row under a 本月 row is its whole\'s June; under a plain row the quarter', () => {
    const r = importText(`${HEAD}东湖社区,2025年二季度,本月再就业人数,5\n东湖社区,2025年二季度,其中：女,2\n`
      + '西山社区,2025年二季度,再就业人数,15\n西山社区,2025年二季度,其中女性,6\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5', '西山社区|2025-Q2|part|6', '西山社区|2025-Q2|reemployed|15']);
    expect(rowMonth(r)[0]!.message).not.toContain('其中');
    // A part larger than its 本月 whole is compared in June.
    const over = importText(`${HEAD}东湖社区,2025年二季度,本月再就业人数,5\n东湖社区,2025年二季度,其中：女,7\n`, 'a.csv');
    expect(notInfo(over)).toEqual(['part-over-whole']);
  });

  it('a 合计 row of 本月再就业人数 in a quarter is checked against its units\' June values', () => {
    const r = importText(`街道,社区,期间,指标,数值\n双港镇,东湖社区,2025年二季度,本月再就业人数,5\n双港镇,西山社区,2025年二季度,本月再就业人数,6\n双港镇,合计,2025年二季度,本月再就业人数,12\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '西山社区|2025-06|reemployed|6']);
    expect(notInfo(r)).toContain('subtotal-mismatch');
  });

  it('an .xlsx sheet reads the same, its info naming the sheet', () => {
    const bytes = book([['各社区', [['社区', '期间', '指标', '数值'], ['东湖社区', '2025年二季度', '本月再就业人数', 5], ['东湖社区', '2025年二季度', '再就业人数', 15]]]]);
    const r = importFiles([{ name: '双港镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15']);
    expect(rowMonth(r).map((i) => `${i.file}|${i.sheet}|${i.line}|${i.column}`)).toEqual(['双港镇.xlsx|各社区|2|3']);
  });
});

describe('the info on a long table\'s 本月 指标 cells counts them as items, not columns', () => {
  it('seven 本月 texts in one quarter: six listed, 等7个指标', () => {
    const names = ['本月再就业人数', '当月再就业人数', '再就业人数（本月）', '本月走访户数', '当月走访户数', '走访户数（本月）', '本月活动场次'];
    const r = importText(`社区,期间,指标,数值\n${names.map((n, k) => `东湖社区,2025年二季度,${n},${k}`).join('\n')}\n`, 'a.csv');
    const info = r.report.issues.filter((i) => i.code === 'period-relative-row-month');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toMatch(/^本月指标按各行的期间.*等7个指标导入$/);
    expect(info[0]!.messageEn).toMatch(/^本月 items in rows of .*\(7 items\)\.$/);
  });
});
