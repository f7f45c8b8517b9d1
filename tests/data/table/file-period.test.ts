/**
 * A 月报 whose title gives its year beside the street and its month apart (`2024年咸水沽镇（街道）社区月报 3月`),
 * and the hint for a 月报 that really names only its year.
 */
import { describe, expect, it } from 'vitest';
import { filePeriodOf, noPeriodIssue } from '../../../src/data/table/file-period';

describe('filePeriodOf: a 月报 (季报) with its month (quarter) apart from its year', () => {
  it.each([
    ['2024年咸水沽镇（街道）社区月报 3月', 't10.csv', '2024-03'], ['2024年咸水沽镇社区月报（3月）', 'a.csv', '2024-03'],
    ['2024年咸水沽镇社区月报 3月份', 'a.csv', '2024-03'], ['2024年咸水沽镇社区月报 三月', 'a.csv', '2024-03'], ['2024年咸水沽镇社区月报 十二月', 'a.csv', '2024-12'],
    ['2024年咸水沽镇社区季报 一季度', 'a.csv', '2024-Q1'], ['2024年咸水沽镇社区月报', '3月.csv', '2024-03'], ['咸水沽镇社区月报', '2024年月报-3月.csv', '2024-03'],
  ])('title %s, file %s → %s', (caption, file, key) => {
    const p = filePeriodOf(caption, file)!;
    expect(p.key).toBe(key);
    expect(p.yearOnly).toBeUndefined();
  });
});

describe('noPeriodIssue: a 月报 naming only its year', () => {
  it.each([['t10.csv', '2024年3月各社区统计.csv'], ['社区月报.csv', '2024年3月各社区统计.csv'], ['咸水沽镇月报.xlsx', '2024年3月各社区统计.xlsx']])(
    'the file %s has no year: the example is a made-up name (%s), not the file\'s own', (file, example) => {
      const p = filePeriodOf('2024年咸水沽镇社区月报', file)!;
      const e = noPeriodIssue({ file, caption: '2024年咸水沽镇社区月报' }, p, [], { file });
      expect(e.message).toContain('只写了年份（2024年），没有写月份');
      expect(e.message).toContain(`如文件名“${example}”`);
      expect(e.message).not.toContain(`“${file}”`);
    });
});

describe('noPeriodIssue: a day with its year in the title (the day the sheet was filled in)', () => {
  // 各社区统计 / 填报单位（盖章）：新城街道办事处 填报日期：2024年4月5日 (the filer's line joins the caption) said
  // 期间“4月”没有年份: the 4月 of a day whose year is written is no month lacking its year.
  it.each(['各社区统计 填报单位（盖章）：新城街道办事处    填报日期：2024年4月5日', '各社区统计 填报日期：二〇二四年四月五日', '各社区统计 填报日期：二〇二四年十一月五日', '各社区统计 填报日期：2024年 4月5日'])('%s: no period found, not a month without its year', (caption) => {
    const e = noPeriodIssue({ file: 'a.csv', caption }, filePeriodOf(caption, 'a.csv') ?? undefined, [], { file: 'a.csv' });
    expect(e.message).toMatch(/^找不到统计期间。/);
  });

  it.each([['3月各社区统计', '3月'], ['去年3月各社区统计', '3月'], ['各社区统计 一季度', '一季度']])('%s still lacks its year (%s)', (caption, month) => {
    const e = noPeriodIssue({ file: 'a.csv', caption }, undefined, [], { file: 'a.csv' });
    expect(e.message).toContain(`期间“${month}”没有年份`);
  });
});

describe('filePeriodOf: a sheet named for its month, its year from the title, the file name of another year', () => {
  it('sheet 1月, title 2023年1月 (last year\'s sheet kept), file 2024年月报: the sheet is read as the title says and the file name\'s year is said', () => {
    const issues: Parameters<typeof filePeriodOf>[3] = [];
    expect(filePeriodOf('咸水沽镇2023年1月社区工作统计表', '咸水沽镇2024年月报.xlsx', '1月', issues)?.key).toBe('2023-01');
    const w = issues.find((i) => i.code === 'period-disagree')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('文件名');
    expect(w.message).toContain('2024');
  });

  it('the title and the file name agreeing with the sheet: no warning', () => {
    const issues: Parameters<typeof filePeriodOf>[3] = [];
    expect(filePeriodOf('咸水沽镇2024年1月社区工作统计表', '咸水沽镇2024年月报.xlsx', '1月', issues)?.key).toBe('2024-01');
    expect(issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
  });
});

describe('filePeriodOf: a month\'s sheet under a title naming a longer period that holds the month', () => {
  it.each([
    ['中北镇2024年1-3月社区工作统计表', '3月', '2024-03', '2024年1-3月', '2024年第一季度'],
    ['中北镇2024年一季度社区工作统计表', '3月', '2024-03', '2024年一季度', '2024年第一季度'],
    ['中北镇2024年上半年', '6月', '2024-06', '2024年上半年', '2024年上半年'],
    ['中北镇2024年1-6月累计', '6月', '2024-06', '2024年1-6月累计', '2024年1-6月累计'],
    ['中北镇2024年上半年', '一季度', '2024-Q1', '2024年上半年', '2024年上半年'],
  ])('title %s over sheet %s: read as the sheet says, and the title\'s longer period is said (its numbers may be that period\'s)', (title, sheet, key, written, longer) => {
    const issues: Parameters<typeof filePeriodOf>[3] = [];
    expect(filePeriodOf(title, '中北镇.xlsx', sheet, issues)?.key).toBe(key);
    const w = issues.find((i) => i.code === 'period-disagree')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain(`标题行“${written}”是${longer}`);
    expect(w.message).toContain(`请把工作表名改为“${longer}”`);
  });

  it('a title naming only the year, the same month, or a file name spanning its sheets (2024年一季度.xlsx › 3月): no warning', () => {
    for (const [title, file] of [['中北镇2024年社区工作统计表', '中北镇.xlsx'], ['中北镇2024年3月社区工作统计表', '中北镇2024年一季度.xlsx'], [undefined, '中北镇2024年1-3月.xlsx']] as const) {
      const issues: Parameters<typeof filePeriodOf>[3] = [];
      expect(filePeriodOf(title, file, '3月', issues)?.key).toBe('2024-03');
      expect(issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
    }
  });
});

describe('filePeriodOf: a sheet named for a part of a month, months listed or a span of months', () => {
  it.each([
    ['3月上旬', 'period-part-of-month'], ['第2周', 'period-part-of-month'], ['3、4月', 'period-months-listed'], ['5-6月', 'period-range'], ['2024年5-6月', 'period-range'],
  ])('%s: no period (never the file name\'s year), the warning naming the sheet', (sheet, code) => {
    const issues: Parameters<typeof filePeriodOf>[3] = [];
    expect(filePeriodOf(undefined, '双港镇2024年.xlsx', sheet, issues)).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]!.message).toContain('工作表名');
    // The table's error points at the warning, never at a 3月 lacking its year.
    const e = noPeriodIssue({ file: '双港镇2024年.xlsx', sheet }, undefined, issues, { file: '双港镇2024年.xlsx' });
    expect(e.message).toContain('工作表名、标题行或文件名中的时间见上方警告');
  });

  it('a sheet named otherwise (Sheet1, 数据) still takes the file name\'s period', () => {
    expect(filePeriodOf(undefined, '双港镇2024年.xlsx', 'Sheet1')?.key).toBe('2024');
  });
});
