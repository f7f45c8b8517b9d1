/**
 * 期间 cells a clerk shortens, read by what the rest of the column says: `24.3` (two-digit year and
 * month) and `2024年3` (no 月) when every other cell of the column is a month too, and a bare `4月`
 * under rows that all give one year; else refused with a message saying how to write them.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const rows = (periods: string[]): string => `社区,期间,再就业人数\n${periods.map((p, k) => `花园路社区,${p},${k + 1}`).join('\n')}\n`;
const periodsOf = (r: ReturnType<typeof importText>): string[] => observations(r.dataset).map((o) => o.period);

describe('a two-digit year and its month, 24.1 … 24.12', () => {
  it('every cell so: read as 2024年1-12月, one warning naming the lines', () => {
    const r = importText(rows(Array.from({ length: 12 }, (_, k) => `24.${k + 1}`)), 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(r)).toEqual(Array.from({ length: 12 }, (_, k) => `2024-${String(k + 1).padStart(2, '0')}`));
    const w = r.report.issues.filter((i) => i.code === 'period-short-form');
    expect(w).toHaveLength(1);
    expect(w[0]!).toMatchObject({ severity: 'warning', line: 2, column: 2 });
    expect(w[0]!.message).toContain('第2-13行');
    expect(w[0]!.message).toContain('2024年1月');
    expect(w[0]!.message).not.toContain('Excel');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('24.1 without a 24.10: the note says Excel may have dropped the 0 of October', () => {
    const r = importText(rows(['24.1', '24.2', '24.11']), 'a.csv');
    expect(periodsOf(r)).toEqual(['2024-01', '2024-02', '2024-11']);
    expect(r.report.issues.find((i) => i.code === 'period-short-form')!.message).toContain('Excel会去掉末尾的0');
  });

  it('beside a quarter: not read, and the message says how to write it', () => {
    const r = importText(rows(['24.3', '2024年第二季度']), 'a.csv');
    const e = r.report.issues.find((i) => i.severity === 'error' && i.line === 2)!;
    expect(e.message).toContain('2024年3月');
    expect(e.message).toContain('两位年份');
  });
});

describe('a year and its month without 月, 2024年3', () => {
  it('every cell so (or a month): read as the month, with an info', () => {
    const r = importText(rows(['2024年1', '2024年2', '2024年3月']), 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(r)).toEqual(['2024-01', '2024-02', '2024-03']);
    const n = r.report.issues.find((i) => i.code === 'period-short-form')!;
    expect(n).toMatchObject({ severity: 'info', line: 2 });
    expect(n.message).toContain('第2-3行');
  });

  it('beside a quarter: not read, with the way to write it', () => {
    const r = importText(rows(['2024年3', '2024年第二季度']), 'a.csv');
    const e = r.report.issues.find((i) => i.severity === 'error' && i.line === 2)!;
    expect(e.message).toContain('2024年3月');
    expect(e.message).toContain('“月”');
  });
});
describe('a bare month under rows of one year, no year in the title or file name', () => {
  it('takes the year of the column, with an info naming the lines', () => {
    const r = importText(rows(['2024年3月', '4月', '2024年5月', '6月']), 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(r)).toEqual(['2024-03', '2024-04', '2024-05', '2024-06']);
    const n = r.report.issues.find((i) => i.code === 'period-year-from-column')!;
    expect(n).toMatchObject({ severity: 'info', line: 3, column: 2 });
    expect(n.message).toContain('第3、5行');
    expect(n.message).toContain('2024年');
    expect(n.message).toContain('第2、4行');
  });

  it('rows of two years: still refused, the message naming both years', () => {
    const r = importText(rows(['2023年12月', '2024年1月', '2月']), 'a.csv');
    const e = r.report.issues.find((i) => i.code === 'period-no-year')!;
    expect(e.severity).toBe('error');
    expect(e.line).toBe(4);
    expect(e.message).toContain('2023年');
    expect(e.message).toContain('2024年');
  });
});

describe('a bare month read in the year of the first rows, a later row naming another', () => {
  it('is warned: the reading is in doubt', () => {
    const periods = [...Array.from({ length: 600 }, (_, k) => (k % 2 === 0 ? '2024年3月' : '4月')), '2025年1月'];
    const r = importText(rows(periods), 'a.csv');
    expect(r.report.issues.find((i) => i.code === 'period-year-from-column')!.severity).toBe('info');
    const w = r.report.issues.find((i) => i.code === 'period-year-from-column-doubt')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('2025年');
  });
});

describe('bare months after the December of the column\'s one year (2023年11月, 2023年12月, 1月, 2月)', () => {
  // The months go on past the year's end: 1月 and 2月 were read as January and February 2023 with an info only.
  it('are read in that year, with a warning that they may be the next year\'s', () => {
    const r = importText(rows(['2023年11月', '2023年12月', '1月', '2月']), 'a.csv');
    expect(periodsOf(r)).toEqual(['2023-01', '2023-02', '2023-11', '2023-12']);
    const w = r.report.issues.filter((i) => i.code === 'period-year-from-column-doubt');
    expect(w.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@4:2']);
    expect(w[0]!.message).toBe('没有写年份的第4-5行（1月、2月）已按2023年理解；但这些行写在“2023年12月”之后，月份又都早于本列写了年份的各月，可能是2024年的。请核对，并在每行写明年份（如“2024年1月”）后重新导入');
  });

  it.each([
    [['2024年3月', '4月', '2024年5月', '6月']], [['2024年11月', '2024年12月', '11月', '12月']], [['1月', '2024年11月', '2024年12月']],
    [['2024年3月', '2024年12月', '4月']],
  ])('%j: no doubt (the months overlap, follow, or come before December)', (periods) => {
    const r = importText(rows(periods), 'a.csv');
    expect(r.report.issues.filter((i) => i.code === 'period-year-from-column-doubt')).toEqual([]);
  });
});

describe('a period without its year after an as-of word (截至9月底)', () => {
  // The year goes after 截至 (截至2024年9月底): put before it (2024年截至9月底) the text was no period,
  // so the row was refused though 9月底 beside it took the column's year, and the message told the
  // clerk to write 2024年截至9月底, which is refused too.
  it('takes the column\'s one year, as 9月底 does', () => {
    const r = importText(rows(['2024年3月', '截至9月底']), 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toContain('2024-09');
    expect(r.report.issues.find((i) => i.code === 'period-year-from-column')!.message).toContain('“截至2024年9月底”');
  });

  it('with no year anywhere, the error shows where to write it', () => {
    const r = importText('社区,期间,再就业人数\n花园路社区,截至3月,1\n', 'a.csv');
    const e = r.report.issues.find((i) => i.code === 'period-no-year')!;
    expect(e.line).toBe(2);
    expect(e.message).toContain('请写成“截至2024年3月”这样的形式');
  });
});
