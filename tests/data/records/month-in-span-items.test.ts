/**
 * A 指标 cell naming the month (`本月再就业人数`, `再就业人数（本月）`) in a wide table with its periods
 * across the top (`社区,指标,2025年一季度,2025年二季度`) and in a transposed table (communities across,
 * items down) of a quarter (its title, file name or 期间 column): the span's last month, by the rule
 * a long table's 指标 cell uses (SpanMonths, lastMonthOfSpan), said in the same info. Read as the
 * quarter, a month's figure understates the quarter threefold, and clashes with the quarter's row.
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
const where = (r: ImportResult): string[] => rowMonth(r).map((i) => `${i.severity}|${i.file}|${i.line}|${i.column}|${i.columnName}`);

describe('a wide table with a 指标 column and periods across the top', () => {
  const HEAD = '社区,指标,2025年一季度,2025年二季度\n';

  it('本月再就业人数 and 再就业人数（本月）: each column\'s last month, beside the quarters\' own row, no conflict', () => {
    const r = importText(`${HEAD}东湖社区,本月再就业人数,3,5\n西山社区,再就业人数（本月）,4,6\n东湖社区,再就业人数,10,15\n`, '双港镇.csv');
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual(['东湖社区|2025-03|reemployed|3', '东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q1|reemployed|10',
      '东湖社区|2025-Q2|reemployed|15', '西山社区|2025-03|reemployed|4', '西山社区|2025-06|reemployed|6']);
    expect(notInfo(r)).toEqual([]);
    // One info per column period, at the first such row's 指标 cell, listing each 本月 指标 text once.
    expect(where(r)).toEqual(['info|双港镇.csv|2|2|指标', 'info|双港镇.csv|2|2|指标']);
    expect(rowMonth(r).map((i) => i.message)).toEqual([
      '本月指标按各列的期间（取自列名：2025年第一季度）读取：“本月再就业人数”按2025年3月（2025年第一季度的最后一个月），“再就业人数（本月）”按2025年3月（2025年第一季度的最后一个月）导入',
      '本月指标按各列的期间（取自列名：2025年第二季度）读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月），“再就业人数（本月）”按2025年6月（2025年第二季度的最后一个月）导入',
    ]);
  });

  it.each([
    ['2025年上半年,2025年下半年', ['2025-06', '2025-12']],
    ['2025年1-3月累计,2025年1-6月累计', ['2025-03', '2025-06']],
    ['2025-Q3,2025-Q4', ['2025-09', '2025-12']],
  ])('columns %s: their last months', (cols, months) => {
    const r = importText(`社区,指标,${cols}\n东湖社区,当月再就业人数,3,5\n`, 'a.csv');
    expect(obs(r)).toEqual(months.map((m, k) => `东湖社区|${m}|reemployed|${k === 0 ? 3 : 5}`));
    expect(rowMonth(r)).toHaveLength(2);
  });

  it('months and years across are unchanged, with no info', () => {
    const months = importText('社区,指标,2025年5月,2025年6月\n东湖社区,本月再就业人数,3,5\n', 'a.csv');
    expect(obs(months)).toEqual(['东湖社区|2025-05|reemployed|3', '东湖社区|2025-06|reemployed|5']);
    const years = importText('社区,指标,2024年,2025年\n东湖社区,本月再就业人数,30,50\n', 'a.csv');
    expect(obs(years)).toEqual(['东湖社区|2024|reemployed|30', '东湖社区|2025|reemployed|50']);
    expect([...rowMonth(months), ...rowMonth(years)]).toEqual([]);
  });

  it('under a quarter\'s title, columns headed 本月 and 本年累计 keep their own words (June, 1-6月累计)', () => {
    const r = importText('2025年二季度\n社区,指标,本月,本年累计\n东湖社区,本月再就业人数,5,9\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-C06|reemployed|9']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('本期再就业人数 stays each quarter, 本年累计再就业人数 its year to date', () => {
    const r = importText(`${HEAD}东湖社区,本期再就业人数,10,15\n西山社区,本年累计再就业人数,10,25\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-Q1|reemployed|10', '东湖社区|2025-Q2|reemployed|15', '西山社区|2025-C03|reemployed|10', '西山社区|2025-C06|reemployed|25']);
    expect(rowMonth(r)).toEqual([]);
  });

  it('a 其中 row under a 本月 row goes with it, unsaid; a part larger than its whole is compared in the month', () => {
    const r = importText(`${HEAD}东湖社区,本月再就业人数,3,5\n东湖社区,其中：女,1,7\n`, 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-03|part|1', '东湖社区|2025-03|reemployed|3', '东湖社区|2025-06|part|7', '东湖社区|2025-06|reemployed|5']);
    expect(rowMonth(r).map((i) => i.message).join()).not.toContain('其中');
    expect(notInfo(r)).toEqual(['part-over-whole']);
  });

  it('a 合计 row of 本月再就业人数 is checked against its communities\' months, not their quarters', () => {
    const r = importText(`${HEAD}东湖社区,本月再就业人数,3,5\n西山社区,本月再就业人数,4,6\n东湖社区,再就业人数,10,15\n西山社区,再就业人数,11,16\n`
      + '合计,本月再就业人数,7,11\n合计,再就业人数,21,31\n', 'a.csv');
    expect(obs(r)).toHaveLength(8);
    expect(notInfo(r)).toEqual([]);
    const wrong = importText(`${HEAD}东湖社区,本月再就业人数,3,5\n西山社区,本月再就业人数,4,6\n合计,本月再就业人数,7,12\n`, 'a.csv');
    expect(notInfo(wrong)).toEqual(['subtotal-mismatch']);
  });

  it('an .xlsx sheet reads the same, its info naming the sheet', () => {
    const bytes = book([['各社区', [['社区', '指标', '2025年一季度', '2025年二季度'], ['东湖社区', '本月再就业人数', 3, 5], ['东湖社区', '再就业人数', 10, 15]]]]);
    const r = importFiles([{ name: '双港镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(obs(r)).toEqual(['东湖社区|2025-03|reemployed|3', '东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q1|reemployed|10', '东湖社区|2025-Q2|reemployed|15']);
    expect(rowMonth(r).map((i) => `${i.file}|${i.sheet}|${i.line}|${i.column}`)).toEqual(['双港镇.xlsx|各社区|2|2', '双港镇.xlsx|各社区|2|2']);
  });
});

describe('a transposed table (communities across, items down) of a quarter', () => {
  it.each([
    ['its title', '2025年二季度各社区就业情况\n指标,东湖社区,西山社区\n', 'a.csv', 3, '本月指标按各行的期间（2025年第二季度）'],
    ['its file name', '指标,东湖社区,西山社区\n', '2025年二季度.csv', 2, '本月指标按各行的期间（2025年第二季度）'],
  ])('under %s: 本月再就业人数 is June beside the quarter\'s row, no conflict', (_, head, name, line, from) => {
    const r = importText(`${head}本月再就业人数,5,6\n再就业人数,15,16\n`, name);
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15', '西山社区|2025-06|reemployed|6', '西山社区|2025-Q2|reemployed|16']);
    expect(notInfo(r)).toEqual([]);
    expect(where(r)).toEqual([`info|${name}|${line}|1|指标`]);
    expect(rowMonth(r)[0]!.message).toBe(`${from}读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月）导入`);
  });

  it('a 期间 column: each row\'s period; 再就业人数（本月） and 当月… too, one info per period', () => {
    const r = importText('指标,期间,东湖社区,西山社区\n本月再就业人数,2025年二季度,5,6\n再就业人数,2025年二季度,15,16\n再就业人数（本月）,2025年一季度,3,4\n'
      + '当月开发就业岗位,2025年一季度,1,2\n本月再就业人数,2025年5月,7,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual(['东湖社区|2025-03|jobs_developed|1', '东湖社区|2025-03|reemployed|3', '东湖社区|2025-05|reemployed|7', '东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15',
      '西山社区|2025-03|jobs_developed|2', '西山社区|2025-03|reemployed|4', '西山社区|2025-05|reemployed|8', '西山社区|2025-06|reemployed|6', '西山社区|2025-Q2|reemployed|16']);
    expect(rowMonth(r).map((i) => `${i.line}|${i.message}`)).toEqual([
      '2|本月指标按各行的期间（取自“期间”列：2025年第二季度）读取：“本月再就业人数”按2025年6月（2025年第二季度的最后一个月）导入',
      '4|本月指标按各行的期间（取自“期间”列：2025年第一季度）读取：“再就业人数（本月）”按2025年3月（2025年第一季度的最后一个月），“当月开发就业岗位”按2025年3月（2025年第一季度的最后一个月）导入',
    ]);
  });

  it('a month\'s and a year\'s table are unchanged, with no info; 本期 is the quarter', () => {
    const month = importText('指标,东湖社区\n本月再就业人数,5\n', '2025年6月.csv');
    expect(obs(month)).toEqual(['东湖社区|2025-06|reemployed|5']);
    const year = importText('2025年各社区就业情况\n指标,东湖社区\n本月再就业人数,50\n', 'a.csv');
    expect(obs(year)).toEqual(['东湖社区|2025|reemployed|50']);
    const current = importText('2025年二季度各社区就业情况\n指标,东湖社区\n本期再就业人数,15\n', 'a.csv');
    expect(obs(current)).toEqual(['东湖社区|2025-Q2|reemployed|15']);
    expect([...rowMonth(month), ...rowMonth(year), ...rowMonth(current)]).toEqual([]);
  });

  it('a 其中 row under a 本月 row is June, unsaid; the 合计 column is checked in June', () => {
    const r = importText('2025年二季度各社区就业情况\n指标,东湖社区,西山社区,合计\n本月再就业人数,5,6,11\n其中：女,2,3,5\n再就业人数,15,16,31\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|part|2', '东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15',
      '西山社区|2025-06|part|3', '西山社区|2025-06|reemployed|6', '西山社区|2025-Q2|reemployed|16']);
    expect(notInfo(r)).toEqual([]);
    expect(rowMonth(r).map((i) => i.message).join()).not.toContain('其中');
  });

  it('an .xlsx sheet of a quarter named by its sheet reads the same, its info naming the sheet', () => {
    const bytes = book([['2025年二季度', [['指标', '东湖社区', '西山社区'], ['本月再就业人数', 5, 6], ['再就业人数', 15, 16]]]]);
    const r = importFiles([{ name: '双港镇.xlsx', bytes }], { workbookLib: XLSX });
    expect(obs(r)).toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15', '西山社区|2025-06|reemployed|6', '西山社区|2025-Q2|reemployed|16']);
    expect(rowMonth(r).map((i) => `${i.file}|${i.sheet}|${i.line}|${i.column}`)).toEqual(['双港镇.xlsx|2025年二季度|2|1']);
  });
});
