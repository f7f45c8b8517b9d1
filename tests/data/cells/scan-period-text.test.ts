import { describe, expect, it } from 'vitest';
import { findPeriodInText, scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText, issueCodes } from '../pipeline/import-helpers';

describe('findPeriodInText: a title with its year in Chinese numerals', () => {
  it('二〇二四年三月份社区工作情况统计表 → 2024-03', () => {
    expect(formatPeriodKey(findPeriodInText('二〇二四年三月份社区工作情况统计表')!.period)).toBe('2024-03');
  });
});

describe('findPeriodInText: a title or file name with a two-digit year', () => {
  it.each([
    ['24年3月社区统计', '2024-03'], ['24年三月份各社区工作统计表', '2024-03'], ['24年一季度汇总', '2024-Q1'],
    ['24年上半年就业情况', '2024-H1'], ['24年1-3月', '2024-Q1'], ['津南区24年度统计', '2024'], ['23年12月.xlsx', '2023-12'],
  ])('%s → %s', (text, expected) => {
    expect(formatPeriodKey(findPeriodInText(text)!.period)).toBe(expected);
  });

  it.each([
    ['从事社区工作24年', null], ['2024年3月', '2024-03'], ['124年3月', null], ['共24年', null],
  ])('%s is not a two-digit year unless a month, quarter or half follows: %s', (text, expected) => {
    const found = findPeriodInText(text);
    expect(found ? formatPeriodKey(found.period) : null).toBe(expected);
  });
});

describe('findPeriodInText: titles and file names', () => {
  it.each([
    ['2024年上半年社区统计表', '2024-H1', false], ['2024年3月.csv', '2024-03', false], ['津南区2024Q1汇总', '2024-Q1', false],
    ['社区统计_2024.csv', '2024', false], ['咸水沽镇2024年第三季度.csv', '2024-Q3', false], ['2024年1-9月累计报表', '2024-C09', true],
    ['2024年前三季度各社区就业情况', '2024-C09', true], ['各社区2024年度志愿服务统计', '2024', false], ['stats-2024-03.csv', '2024-03', false],
    ['统计表（2024年3月份）', '2024-03', false], ['2024年1-6月社区工作统计', '2024-H1', false], ['report_2024H2_final.csv', '2024-H2', false],
    ['截至2024年3月31日', '2024-03', false], ['2024年度（含12月）', '2024', false], ['202403社区.csv', '2024-03', false],
    ['咸水沽镇2024.1-6月各社区统计表', '2024-H1', false], ['咸水沽镇2024.1-6', '2024-H1', false], ['津南区2024.7-12汇总', '2024-H2', false],
    ['2024/1-3社区', '2024-Q1', false], ['2024.1-9月累计报表', '2024-C09', true], ['社区数据2024-01-03', '2024-01', false],
  ])('%s → %s', (text, expected, cumulative) => {
    const r = findPeriodInText(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
    expect(r?.cumulative).toBe(cumulative);
  });

  it.each(['社区统计表', '120112001001.csv', '上半年统计', '第3版.csv', 'export (2).csv'])('%s → null', (text) => {
    expect(findPeriodInText(text)).toBeNull();
  });

  it('uses the default year for a title without one', () => {
    expect(formatPeriodKey(findPeriodInText('上半年统计', { defaultYear: 2024 })!.period)).toBe('2024-H1');
  });
});

describe('scanPeriodText: a part of a month or months listed in a title or file name are no period, never the month or year before them', () => {
  it.each([
    ['双港镇2024年3月上旬.csv', 'period-part-of-month'], ['2024年3月第2周.csv', 'period-part-of-month'], ['2024年第12周统计.csv', 'period-part-of-month'],
    ['2024-W12汇总.xlsx', 'period-part-of-month'], ['2024年3、4月社区统计.csv', 'period-months-listed'], ['2024年3月、4月统计表', 'period-months-listed'],
  ])('%s: %s', (text, code) => {
    const s = scanPeriodText(text);
    expect(s.found).toBeNull();
    expect(s.problems.map((p) => p.code)).toEqual([code]);
  });

  it('the import refuses the file for want of a period, the file name\'s problem said', () => {
    const r = importText('社区,再就业人数\n红星社区,12\n', '双港镇2024年第12周.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'period-part-of-month')!.message).toContain('文件名');
    expect(r.dataset?.periods ?? []).not.toContain('2024');
  });
});

describe('findPeriodInText: a date or month written day or month first (3/1/2024, 03/2024), as Excel in English writes it', () => {
  // Once read as the bare year 2024, the month's figures stored as the whole year's, with no word.
  it.each([
    ['各社区统计表 03/2024', '2024-03', []], ['各社区统计表（3-2024）', '2024-03', []], ['3/2024各社区统计', '2024-03', []],
    ['各社区统计表 3/1/2024', '2024-03', ['ambiguous-date']], ['3/1/2024', '2024-03', ['ambiguous-date']],
    ['各社区统计表 31/3/2024', '2024-03', ['date-as-month']],
  ])('%s → %s', (text, expected, codes) => {
    const r = findPeriodInText(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
    expect(r!.notes.map((n) => n.code)).toEqual(codes);
  });

  it.each([['社区统计_2024.csv', '2024'], ['2023-2024年度', '2023'], ['第13/2024号', '2024'], ['表123/2024', '2024']])('%s stays %s (a guard)', (text, expected) => {
    const r = findPeriodInText(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
  });

  // An attachment's or table's number before the period (附件1-2024年3月) was read as the month 1-2024:
  // the file's figures stored as January's, with only an info saying 统计期间取自文件名：2024年1月.
  it.each([
    ['附件1-2024年3月社区人口.csv', '2024-03'], ['表02-2024年3月.csv', '2024-03'], ['12-2024年3月人口.csv', '2024-03'],
    ['附件2-2024.3社区人口.csv', '2024-03'], ['附件1-2024年第一季度', '2024-Q1'], ['附件1-2024社区人口.csv', '2024'], ['附表3/2024各社区', '2024'],
  ])('%s → %s: the number before it is no month', (text, expected) => {
    const r = findPeriodInText(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
  });

  it('a file named 附件1-2024年3月社区人口.csv holds March', () => {
    const r = importText('社区,常住人口\n溪秀苑社区,1500\n', '附件1-2024年3月社区人口.csv');
    expect(r.dataset!.periods).toEqual(['2024-03']);
  });
});

describe('a title dated month first: its month, not its year', () => {
  it('各社区统计表 3/1/2024 over the table: March 2024, warned as a 期间 cell is', () => {
    const r = importText('各社区统计表 3/1/2024,,\n社区,再就业人数,常住人口\n花园路社区,1,2\n');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(issueCodes(r, 'warning')).toEqual(['ambiguous-date@1']);
  });
});
