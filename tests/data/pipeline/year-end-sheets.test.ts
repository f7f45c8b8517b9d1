// @vitest-environment node
/**
 * Month sheets named without a year whose order runs across a year end (12月, 1月, 2月), the year in
 * the file name only (table/year-end-sheets.ts): never all read as the file name's year, which put
 * December eleven months after the January beside it.
 */
import * as XLSX from '@e965/xlsx';
import { book, type BookCell } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const sheet = (k: number): BookCell[][] => [['社区', '再就业人数'], ['祥福里社区', 10 + k], ['红星里社区', 20 + k]];
const run = (name: string, months: readonly string[]) => {
  const r = importFiles([{ name, bytes: book(months.map((m, k) => [m, sheet(k)] as const)) }], { workbookLib: XLSX });
  const periods = [...new Set(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`))];
  return { r, periods, yearEnd: r.report.issues.filter((i) => i.code === 'period-year-end'), disagree: r.report.issues.filter((i) => i.code === 'period-disagree') };
};

describe('month sheets across a year end', () => {
  it('12月, 1月, 2月 under 2024年…: 12月 is December 2023, a guess said in a warning at its sheet', () => {
    const { r, periods, yearEnd, disagree } = run('2024年社区月报.xlsx', ['12月', '1月', '2月']);
    expect(r.report.status).toBe('ok');
    expect(periods).toEqual(['2023-12=10', '2024-01=11', '2024-02=12']);
    expect(yearEnd.map((i) => [i.severity, i.sheet])).toEqual([['warning', '12月']]);
    expect(yearEnd[0]!.message).toContain('已把“12月”按2023年、“1月”“2月”按2024年读取');
    expect(yearEnd[0]!.message).toContain('请把工作表名改为写明年份的名称（如“2023年12月”）');
    expect(disagree).toEqual([]);
  });

  it('10月…12月, 1月 under 2024年…: the side with more months is the file name\'s year, 1月 is 2025\'s', () => {
    const { periods, yearEnd } = run('2024年社区月报.xlsx', ['10月', '11月', '12月', '1月']);
    expect(periods).toEqual(['2024-10=10', '2024-11=11', '2024-12=12', '2025-01=13']);
    expect(yearEnd.map((i) => [i.severity, i.sheet])).toEqual([['warning', '1月']]);
  });

  it.each([
    ['2023-2024年社区月报.xlsx', ['12月', '1月', '2月'], ['2023-12=10', '2024-01=11', '2024-02=12']],
    ['2024-2025采暖季社区月报.xlsx', ['11月', '12月', '1月', '2月', '3月'], ['2024-11=10', '2024-12=11', '2025-01=12', '2025-02=13', '2025-03=14']],
  ])('%s names both years: each side is read by its own, noted, no disagreement with the file name', (name, months, expected) => {
    const { r, periods, yearEnd, disagree } = run(name, months);
    expect(r.report.status).toBe('ok');
    expect(periods).toEqual(expected);
    expect(yearEnd.map((i) => i.severity)).toEqual(['info']);
    expect(disagree).toEqual([]);
  });

  it.each([
    ['in order', ['1月', '2月', '12月'], ['2024-01=10', '2024-02=11', '2024-12=12']],
    ['in reverse order (latest first)', ['3月', '2月', '1月'], ['2024-03=10', '2024-02=11', '2024-01=12']],
    ['latest first across a gap', ['2月', '1月'], ['2024-02=10', '2024-01=11']],
  ])('months %s are the file name\'s year, with no year-end note', (_n, months, expected) => {
    const { periods, yearEnd } = run('2024年社区月报.xlsx', months);
    expect(periods.sort()).toEqual([...expected].sort());
    expect(yearEnd).toEqual([]);
  });

  it('四季度, 一季度, 二季度 under 2024年社区季报: 四季度 is 2023\'s fourth quarter, said', () => {
    const { periods, yearEnd, disagree } = run('2024年社区季报.xlsx', ['四季度', '一季度', '二季度']);
    expect(periods).toEqual(['2023-Q4=10', '2024-Q1=11', '2024-Q2=12']);
    expect(yearEnd.map((i) => [i.severity, i.sheet])).toEqual([['warning', '四季度']]);
    expect(disagree).toEqual([]);
  });

  it.each([
    ['in order', ['一季度', '二季度', '四季度'], ['2024-Q1=10', '2024-Q2=11', '2024-Q4=12']],
    ['in reverse order', ['三季度', '二季度', '一季度'], ['2024-Q3=10', '2024-Q2=11', '2024-Q1=12']],
  ])('quarters %s are the file name\'s year', (_n, quarters, expected) => {
    const { periods, yearEnd } = run('2024年社区季报.xlsx', quarters);
    expect(periods.sort()).toEqual([...expected].sort());
    expect(yearEnd).toEqual([]);
  });

  it.each([
    ['2024年社区月报.xlsx', ['2023年11月', '12月', '2024年1月'], ['2023-11=10', '2023-12=11', '2024-01=12'], '“12月”读作2023年12月'],
    ['社区月报.xlsx', ['2023年12月', '2024年1月', '2月'], ['2023-12=10', '2024-01=11', '2024-02=12'], '“2月”读作2024年2月'],
  ])('%s %j: a sheet without its year takes it from its place among those naming theirs', (name, months, expected, said) => {
    const { r, periods } = run(name, months);
    expect(r.report.status).toBe('ok');
    expect(periods).toEqual(expected);
    const notes = r.report.issues.filter((i) => i.code === 'period-year-from-sheets');
    expect(notes.map((i) => i.severity)).toEqual(['info']);
    expect(notes[0]!.message).toContain(said);
  });

  it('named sheets out of calendar order give no year to the others', () => {
    const { r } = run('2024年社区月报.xlsx', ['2024年1月', '12月', '2023年11月']);
    expect(r.report.issues.filter((i) => i.code === 'period-year-from-sheets')).toEqual([]);
  });

  it('a sheet whose title names its year is read by it: no guess', () => {
    const titled: BookCell[][] = [['2024年12月社区统计'], ...sheet(0)];
    const r = importFiles([{ name: '2024年社区月报.xlsx', bytes: book([['12月', titled], ['1月', sheet(1)], ['2月', sheet(2)]]) }], { workbookLib: XLSX });
    expect(r.report.issues.filter((i) => i.code === 'period-year-end')).toEqual([]);
    expect(observations(r.dataset).some((o) => o.period === '2024-12')).toBe(true);
  });
});

describe('a year in one sheet\'s title, another in the file name', () => {
  const titled: BookCell[][] = [['2024年3月各社区统计'], ...sheet(0)];
  const read = (name: string) => {
    const r = importFiles([{ name, bytes: book([['3月', titled], ['4月', sheet(1)]]) }], { workbookLib: XLSX });
    const periods = observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`).sort();
    return { r, periods };
  };

  it('2023年社区月报.xlsx › 3月 titled 2024年3月 beside an untitled 4月: 4月 is 2024年4月 too, warned at 4月 naming the title\'s year and the file name\'s', () => {
    const { r, periods } = read('2023年社区月报.xlsx');
    expect(periods).toEqual(['2024-03=10', '2024-04=11']);
    const w = r.report.issues.filter((i) => i.severity === 'warning');
    expect(w.map((i) => `${i.code}@${i.sheet}`).sort()).toEqual(['period-disagree@3月', 'period-year-from-sheets@4月']);
    const said = w.find((i) => i.code === 'period-year-from-sheets')!;
    expect(said.message).toContain('“4月”读作2024年4月');
    expect(said.message).toContain('写的是2023年');
    expect(said.message).toContain('“3月”标题行所写的年份');
  });

  it('the untitled 4月 before the titled 3月 (latest first) is 2024年4月 too, warned', () => {
    const r = importFiles([{ name: '2023年社区月报.xlsx', bytes: book([['4月', sheet(1)], ['3月', titled]]) }], { workbookLib: XLSX });
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`).sort()).toEqual(['2024-03=10', '2024-04=11']);
    expect(r.report.issues.filter((i) => i.code === 'period-year-from-sheets').map((i) => `${i.severity}@${i.sheet}`)).toEqual(['warning@4月']);
  });

  it('社区月报.xlsx (no year) › 3月 titled 2024年3月 beside an untitled 4月: 4月 is 2024年4月, said in an info, not refused', () => {
    const { r, periods } = read('社区月报.xlsx');
    expect(r.report.status).toBe('ok');
    expect(periods).toEqual(['2024-03=10', '2024-04=11']);
    const notes = r.report.issues.filter((i) => i.code === 'period-year-from-sheets');
    expect(notes.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['info@4月']);
    expect(notes[0]!.message).toContain('“4月”读作2024年4月');
  });

  it('2023年社区月报.xlsx › 2024年3月 beside 4月: 4月 is 2024年4月, warned at 4月 as against the file name\'s 2023', () => {
    const r = importFiles([{ name: '2023年社区月报.xlsx', bytes: book([['2024年3月', sheet(0)], ['4月', sheet(1)]]) }], { workbookLib: XLSX });
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`).sort()).toEqual(['2024-03=10', '2024-04=11']);
    const said = r.report.issues.filter((i) => i.code === 'period-year-from-sheets');
    expect(said.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['warning@4月']);
    expect(said[0]!.message).toContain('“4月”读作2024年4月');
    expect(said[0]!.message).toContain('写的是2023年');
  });

  it('2024年社区月报.xlsx › the same sheets: the title agrees with the file name, nothing more is said', () => {
    const { r, periods } = read('2024年社区月报.xlsx');
    expect(periods).toEqual(['2024-03=10', '2024-04=11']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'period-year-from-sheets')).toEqual([]);
  });
});

describe('sheets naming two different years beside sheets naming none', () => {
  const jan: BookCell[][] = [['2023年1月社区就业统计'], ...sheet(0)];
  const feb: BookCell[][] = [['2024年2月社区就业统计'], ...sheet(1)];
  const read = (name: string, first: readonly [string, BookCell[][]][] = [['1月', jan], ['2月', feb]]) => {
    const r = importFiles([{ name, bytes: book([...first, ['3月', sheet(2)], ['4月', sheet(3)]]) }], { workbookLib: XLSX });
    const periods = observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`).sort();
    return { r, periods, said: r.report.issues.filter((i) => i.code === 'period-year-unsettled') };
  };

  it.each([
    ['2023年社区月报.xlsx', 2023],
    ['2024年社区月报.xlsx', 2024],
    ['2022年社区月报.xlsx', 2022],
  ])('%s › 1月 titled 2023年1月, 2月 titled 2024年2月, untitled 3月, 4月: these are read by the file name\'s year, warned at 3月 naming both sheets, the year taken and the titles\' years', (name, year) => {
    const { r, periods, said } = read(name);
    expect(r.report.status).toBe('ok');
    expect(periods).toEqual(['2023-01=10', '2024-02=11', `${year}-03=12`, `${year}-04=13`].sort());
    expect(said.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['warning@3月']);
    const m = said[0]!.message;
    expect(m).toContain('“3月”“4月”');
    expect(m).toContain(`按文件名“${name.replace('.xlsx', '')}”读作${year}年`);
    expect(m).toContain('“1月”标题行写的是2023年');
    expect(m).toContain('“2月”标题行写的是2024年');
  });

  it('sheets named 2023年1月 and 2024年2月 beside 3月, 4月 under 2023年社区月报.xlsx: warned the same way', () => {
    const { periods, said } = read('2023年社区月报.xlsx', [['2023年1月', sheet(0)], ['2024年2月', sheet(1)]]);
    expect(periods).toEqual(['2023-01=10', '2023-03=12', '2023-04=13', '2024-02=11']);
    expect(said.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['warning@3月']);
    expect(said[0]!.message).toContain('（“2023年1月”、“2024年2月”）');
  });

  it('社区月报.xlsx (no year): 3月, 4月 are refused for want of a year, and the warning says why the titles gave none', () => {
    const { r, said } = read('社区月报.xlsx');
    expect(r.report.issues.filter((i) => i.code === 'no-period').map((i) => i.sheet)).toEqual(['3月', '4月']);
    expect(said.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['warning@3月']);
    expect(said[0]!.message).toContain('无法据此确定');
  });
});

describe('a title of the year before the file name\'s, across a year end', () => {
  it('2024年社区月报.xlsx › 12月 titled 2023年12月, untitled 1月, 2月: these are read as 2024\'s, as the file name says: an info, no call to check the file name', () => {
    const r = importFiles([{ name: '2024年社区月报.xlsx', bytes: book([['12月', [['2023年12月社区就业统计'], ...sheet(0)]], ['1月', sheet(1)], ['2月', sheet(2)]]) }], { workbookLib: XLSX });
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2023-12=10', '2024-01=11', '2024-02=12']);
    const said = r.report.issues.filter((i) => i.code === 'period-year-from-sheets');
    expect(said.map((i) => `${i.severity}@${i.sheet}`)).toEqual(['info@1月']);
    expect(said[0]!.message).not.toContain('请核对');
  });
});

describe('a title naming the two years the sheets run across', () => {
  it('社区月报.xlsx › 12月, 1月, 2月 each titled 2023-2024年度社区就业统计: 12月 is 2023\'s, 1月 and 2月 2024\'s, noted', () => {
    const title = (k: number): BookCell[][] => [['2023-2024年度社区就业统计'], ...sheet(k)];
    const r = importFiles([{ name: '社区月报.xlsx', bytes: book([['12月', title(0)], ['1月', title(1)], ['2月', title(2)]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2023-12=10', '2024-01=11', '2024-02=12']);
    const said = r.report.issues.filter((i) => i.code === 'period-year-end');
    expect(said.map((i) => i.severity)).toEqual(['info']);
    expect(said[0]!.message).toContain('标题行写的是2023—2024年');
    expect(r.report.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('3月 titled so beside an untitled 4月 (no year end between them): both are the title\'s first year\'s, as before', () => {
    const r = importFiles([{ name: '社区月报.xlsx', bytes: book([['3月', [['2023-2024年度社区就业统计'], ...sheet(0)]], ['4月', sheet(1)]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2023-03=10', '2023-04=11']);
  });
});
