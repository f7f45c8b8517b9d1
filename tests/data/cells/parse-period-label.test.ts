import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';

const key = (text: string, ctx?: { defaultYear?: number }): string | null => {
  const r = parsePeriodLabel(text, ctx);
  return r ? formatPeriodKey(r.period) : null;
};
const codes = (text: string, ctx?: { defaultYear?: number }): string[] => parsePeriodLabel(text, ctx)?.notes.map((n) => n.code) ?? [];

describe('parsePeriodLabel: single periods (case 35)', () => {
  it.each([
    // months
    ['2024-03', '2024-03'], ['2024-3', '2024-03'], ['2024年3月', '2024-03'], ['2024年03月', '2024-03'], ['2024年3月份', '2024-03'],
    ['2024/3', '2024-03'], ['2024/03', '2024-03'], ['2024.03', '2024-03'], ['2024.3', '2024-03'], ['202403', '2024-03'],
    ['2024M03', '2024-03'], ['2024m3', '2024-03'], ['2024年十二月', '2024-12'], ['2024年三月', '2024-03'], ['2024-12', '2024-12'],
    ['Mar 2024', '2024-03'], ['March 2024', '2024-03'], ['２０２４年３月', '2024-03'], [' 2024 年 3 月 ', '2024-03'],
    // a year and its month apart (once joined into 20243, an Excel serial of 1955)
    ['2024 3', '2024-03'], ['2024 03', '2024-03'], ['2024  12', '2024-12'],
    // a year in Chinese numerals, as formal titles write it
    ['二〇二四年三月', '2024-03'], ['二零二四年三月份', '2024-03'], ['二〇二四年第一季度', '2024-Q1'], ['二○二三年度', '2023'],
    // quarters
    ['2024Q1', '2024-Q1'], ['2024-Q1', '2024-Q1'], ['2024q4', '2024-Q4'], ['2024 Q2', '2024-Q2'], ['Q3 2024', '2024-Q3'],
    ['2024年第一季度', '2024-Q1'], ['2024年一季度', '2024-Q1'], ['2024年第1季度', '2024-Q1'], ['2024年1季度', '2024-Q1'],
    ['2024年第四季度', '2024-Q4'], ['2024年第二季', '2024-Q2'], ['２０２４年第三季度', '2024-Q3'],
    // halves
    ['2024年上半年', '2024-H1'], ['2024年下半年', '2024-H2'], ['2024上半年', '2024-H1'], ['2024H1', '2024-H1'],
    ['2024-H2', '2024-H2'], ['2024h2', '2024-H2'], ['H1 2024', '2024-H1'],
    // years
    ['2024年', '2024'], ['2024', '2024'], ['2024年度', '2024'], ['2024年全年', '2024'], ['2024全年', '2024'],
    // month ranges that are whole periods
    ['2024年1-6月', '2024-H1'], ['2024年7-12月', '2024-H2'], ['2024年1-3月', '2024-Q1'], ['2024年4-6月', '2024-Q2'],
    ['2024年10-12月', '2024-Q4'], ['2024年1-12月', '2024'], ['2024年1~6月', '2024-H1'], ['2024年1～6月份', '2024-H1'],
    ['2024年1月-6月', '2024-H1'], ['2024年1至6月', '2024-H1'], ['2024年1—3月', '2024-Q1'], ['2024年3-3月', '2024-03'],
    // the same ranges with a dot, slash or dash after the year (never the date 2024-01-03)
    ['2024.1-3', '2024-Q1'], ['2024.4-6', '2024-Q2'], ['2024.1-6', '2024-H1'], ['2024.7-12', '2024-H2'], ['2024.01-03', '2024-Q1'],
    ['2024/1-3', '2024-Q1'], ['2024-1~3', '2024-Q1'], ['2024.1-6月', '2024-H1'], ['2024.1-12', '2024'], ['2024.10～12', '2024-Q4'],
    // the same ranges in Chinese numerals, as the Arabic ones (once refused as unreadable)
    ['2024年一至三月', '2024-Q1'], ['2024年一-六月', '2024-H1'], ['2024年七至十二月', '2024-H2'], ['2024年十至十二月', '2024-Q4'],
  ])('%s → %s', (text, expected) => {
    const r = parsePeriodLabel(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
    expect(r?.cumulative).toBe(false);
    expect(r?.notes).toEqual([]);
  });
});

describe('parsePeriodLabel: cumulative periods', () => {
  it.each([
    ['2024年1-9月', '2024-C09'], ['2024年1-9月累计', '2024-C09'], ['2024年前三季度', '2024-C09'], ['2024年1-6月累计', '2024-C06'],
    ['2024年1-3月累计', '2024-C03'], ['2024年1-12月累计', '2024-C12'], ['2024年1-2月', '2024-C02'], ['2024年1-11月', '2024-C11'],
    ['2024年3月累计', '2024-C03'], ['截至2024年3月累计', '2024-C03'], ['2024-C09', '2024-C09'],
    ['2024年1-9月累計', '2024-C09'], ['2024.1-9', '2024-C09'], ['2024.1-5', '2024-C05'], ['2024/1-9月累计', '2024-C09'],
    ['2024.1-3月累计', '2024-C03'], ['2024年一至九月', '2024-C09'], ['2024年一至三月累计', '2024-C03'],
  ])('%s → %s cumulative', (text, expected) => {
    const r = parsePeriodLabel(text);
    expect(r && formatPeriodKey(r.period)).toBe(expected);
    expect(r?.cumulative).toBe(true);
    expect(r?.notes.map((n) => n.code)).toEqual(['cumulative-period']);
  });

  it.each([
    ['1-6月累计', '2023-C06'], ['前三季度', '2023-C09'], ['上半年', '2023-H1'], ['一季度', '2023-Q1'], ['第二季度', '2023-Q2'],
    ['3月', '2023-03'], ['3月份', '2023-03'], ['全年', '2023'], ['1-6月', '2023-H1'],
    // Headers Q1…Q4 and H1, H2 under a title with the year (once refused as conflicting values).
    ['Q1', '2023-Q1'], ['q4', '2023-Q4'], ['H2', '2023-H2'],
  ])('%s without a year uses ctx.defaultYear → %s', (text, expected) => {
    expect(key(text, { defaultYear: 2023 })).toBe(expected);
    expect(codes(text, { defaultYear: 2023 })).toContain('year-assumed');
    expect(key(text)).toBeNull();
  });
});

describe('parsePeriodLabel: dates and serials (case 34)', () => {
  it.each([
    ['2024-03-01', '2024-03', 'date-as-month', 'info'], ['2024/3/1', '2024-03', 'date-as-month', 'info'],
    ['2024年3月1日', '2024-03', 'date-as-month', 'info'], ['2024.3.31', '2024-03', 'date-as-month', 'info'],
    ['2024-03-01 00:00:00', '2024-03', 'date-as-month', 'info'], ['2024-02-29', '2024-02', 'date-as-month', 'info'],
    ['45352', '2024-03', 'excel-serial', 'warning'], ['45292', '2024-01', 'excel-serial', 'warning'],
    ['45291', '2023-12', 'excel-serial', 'warning'], ['45657', '2024-12', 'excel-serial', 'warning'],
    ['45352.0', '2024-03', 'excel-serial', 'warning'],
    ['3/1/2024', '2024-03', 'ambiguous-date', 'warning'], ['1/3/2024', '2024-01', 'ambiguous-date', 'warning'],
    ['13/1/2024', '2024-01', 'date-mid-month', 'warning'], ['3/31/2024', '2024-03', 'date-as-month', 'info'],
    ['2024.1.3', '2024-01', 'date-mid-month', 'warning'], ['2024-1-3', '2024-01', 'date-mid-month', 'warning'],
    ['2024.1', '2024-01', 'dot-month-ambiguous', 'warning'], ['24年3月', '2024-03', 'two-digit-year', 'warning'],
    // a whole month written as its first and last day (once refused as unreadable)
    ['2024年3月1日-31日', '2024-03', 'days-as-month', 'info'], ['2024年3月1日至3月31日', '2024-03', 'days-as-month', 'info'],
    ['2024年2月1日至2024年2月29日', '2024-02', 'days-as-month', 'info'], ['2024年4月1日~30日', '2024-04', 'days-as-month', 'info'],
  ])('%s → %s with %s', (text, expected, code, severity) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(expected);
    expect(r.notes.map((n) => [n.code, n.severity])).toEqual([[code, severity]]);
  });

  it('a date with its time is quoted with the space between them (once 2024-01-0100:00:00)', () => {
    expect(parsePeriodLabel('2024-01-01 00:00:00')!.notes[0]!.message).toBe('日期“2024-01-01 00:00:00”按所在月份（2024年1月）统计。');
    expect(parsePeriodLabel('2024/1/31 8:30')!.notes[0]!.message).toBe('日期“2024/1/31 8:30”按所在月份（2024年1月）统计。');
    expect(parsePeriodLabel('2024-01-01T00:00:00Z')!.notes[0]!.message).toBe('日期“2024-01-01T00:00:00Z”按所在月份（2024年1月）统计。');
  });

  it('an Excel serial for 1900-03-01 and later skips the fictitious 1900-02-29', () => {
    // 43160 is 2018-03-01 in Excel; a naive epoch of 1899-12-31 would give 2018-03-02.
    expect(key('43160')).toBe('2018-03');
    expect(key('43159')).toBe('2018-02');
  });
});

describe('parsePeriodLabel: rejects', () => {
  it.each([
    '', 'abc', '社区', '1568', '12', '2024-13', '2024年3月1日-15日', '2024年4月1日-31日', '2023年2月1日-29日', '2024年13月', '2024年第五季度', '2024Q5', '2024H3', '2024年3', '2024年5-7月',
    '2024年2-4月累计', '2024-02-30', '2024.5-7', '2024.2-4月累计', '2024.1-13', '2024.1/3', '2024年6-1月', '99999', '1234', '3/1', '2024年3月32日', '上旬', '0000',
  ])('%j → null', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });
});


describe('one period grammar that never falls back to a shorter reading (issue 15, class 1)', () => {
  const scan = (text: string) => {
    const r = scanPeriodText(text, { currentYear: 2026 });
    return { key: r.found ? formatPeriodKey(r.found.period) : null, problems: r.problems.map((n) => n.code) };
  };
  it.each([
    ['2023年度下半年社区统计表', '2023-H2'], ['2023年Q3社区数据', '2023-Q3'], ['2023年第3季社区数据', '2023-Q3'],
    ['2023年度第三季度', '2023-Q3'], ['2023年12月社区数据_导出于2024-03-05', '2023-12'], ['打印时间2024-01-08_2023年12月社区', '2023-12'],
    ['2023年第三季度统计表（填报日期：2023年10月8日）', '2023-Q3'], ['2023年下半年（7-12月）', '2023-H2'],
    ['2023年12月社区统计（数据截至2023年12月31日）', '2023-12'],
  ])('%s → %s with no problem', (text, key) => {
    expect(scan(text)).toEqual({ key, problems: [] });
  });
  it.each([
    ['2023年5-6月社区数据', 'period-range'], ['2023年11月-2024年1月社区统计', 'period-range'], ['2023年3月-4月', 'period-range'],
    ['2023年1月至今志愿服务统计', 'period-open-ended'], ['2023年4月至5月', 'period-range'], ['2023.5-6社区数据', 'period-range'],
  ])('%s is no period: %s, never the year or the first month', (text, code) => {
    expect(scan(text)).toEqual({ key: null, problems: [code] });
  });
  it('填报 before a period without 时间/日期 or a colon is wording, not a stamp', () => {
    expect(scan('社区填报2023年3月数据')).toEqual({ key: '2023-03', problems: [] });
    expect(scan('社区数据（填报：2024年1月5日）')).toEqual({ key: null, problems: [] });
  });
  it.each(['社区统计表 导出于2024-03-05', '填报日期：2024年1月10日', '打印时间2024年1月8日'])('a stamp alone is no period: %s', (text) => {
    expect(scan(text)).toEqual({ key: null, problems: [] });
  });
  it('two periods that do not nest: the first, with a warning naming both', () => {
    const r = scanPeriodText('2023年上半年_第三季度');
    expect(formatPeriodKey(r.found!.period)).toBe('2023-H1');
    expect(r.problems[0]!.code).toBe('period-disagree');
    expect(r.problems[0]!.message).toContain('2023年上半年');
    expect(r.problems[0]!.message).toContain('第三季度');
  });
  it.each([['1999年3月', '1999-03'], ['2035年3月', '2035-03']])('%s is implausible: a warning', (text, k) => {
    const r = parsePeriodLabel(text, { currentYear: 2026 });
    expect(r && formatPeriodKey(r.period)).toBe(k);
    expect(r?.notes.find((n) => n.code === 'period-implausible')?.severity).toBe('warning');
  });
  it.each([['Mar-23', '2023-03'], ['1-Mar-23', '2023-03'], ['1-Mar-2023', '2023-03'], ['3月-23', '2023-03'], ['12月-2023', '2023-12']])('Excel date text %s → %s', (text, k) => {
    expect(key(text)).toBe(k);
  });
  it('截至…月底 is that month, with a warning saying how to write year-to-date', () => {
    const r = parsePeriodLabel('截至9月底', { defaultYear: 2023 })!;
    expect(formatPeriodKey(r.period)).toBe('2023-09');
    expect(r.notes.find((n) => n.code === 'period-as-of')?.message).toContain('2023年1-9月累计');
  });
  it.each([['2023年9月底', ['period-as-of']], ['2023年9月末', ['period-as-of']], ['9月底', ['period-as-of', 'year-assumed']]])('%s (the end of a month, without 截至) is that month as of its end, with the same warning', (text, codes) => {
    const r = parsePeriodLabel(text, { defaultYear: 2023 })!;
    expect(formatPeriodKey(r.period)).toBe('2023-09');
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });
  it.each([['20230915', '2023-09', ['date-mid-month']], ['09/2023', '2023-09', []], ['9-2023', '2023-09', []]])('%s as systems export it → %s', (text, k, codes) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(k);
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });
  it.each(['20230231', '20231301', '13/2023'])('%s is no date: no period', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });
  it.each(['2023年1月至今', '2023年5-6月', '2023年11月-2024年1月', '2023.5-6', '2023/2-4'])('a cell %s is no period, and periodProblem says why', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
    expect(periodProblem(text)?.severity).toBe('warning');
  });
});

describe('a year and its month apart', () => {
  it.each(['2024 3月', '2024 3月份', '2024 03月', '2024 12月'])('%s reads as the month', (text) => {
    expect(key(text)).toBe(text.includes('12') ? '2024-12' : '2024-03');
  });

  it('a month range after a year apart is still the range', () => {
    expect(key('2024 1-6月')).toBe('2024-H1');
  });
});
