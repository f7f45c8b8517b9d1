// @vitest-environment node
/**
 * Period columns headed by what Excel shows for a year or a month typed as a number (`2023`,
 * `2024.3`), under a title row: the header is that row, not the title. Read as numbers, the header
 * row was passed over like a data row, the title taken as a one-column header and the whole file
 * refused as prose ("没有一个数字").
 */
import { describe, expect, it } from 'vitest';
import { importText, issueCodes, observations } from './import-helpers';

const rows = (header: string, extra = ''): string => `2024年各社区常住人口\n社区,${header}${extra}\n溪秀苑社区,1500,1505,1510${extra && ','}\n侯台社区,1600,1605,1610${extra && ','}\n`;
const values = (text: string, name?: string): string[] => observations(importText(text, name).dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`);

describe('period columns headed by numbers, under a title', () => {
  it('reads `2024.1 | 2024.2 | 2024.3` as the months', () => {
    const r = importText(rows('2024.1,2024.2,2024.3'));
    expect(r.report.status).toBe('ok');
    expect(issueCodes(r)).not.toContain('file-is-text@0');
    expect(values(rows('2024.1,2024.2,2024.3'))).toEqual([
      '侯台社区|2024-01|residents|1600', '侯台社区|2024-02|residents|1605', '侯台社区|2024-03|residents|1610',
      '溪秀苑社区|2024-01|residents|1500', '溪秀苑社区|2024-02|residents|1505', '溪秀苑社区|2024-03|residents|1510',
    ]);
  });

  it('reads `2022 | 2023 | 2024` as the years', () => {
    expect(values(rows('2022,2023,2024'))).toEqual([
      '侯台社区|2022|residents|1600', '侯台社区|2023|residents|1605', '侯台社区|2024|residents|1610',
      '溪秀苑社区|2022|residents|1500', '溪秀苑社区|2023|residents|1505', '溪秀苑社区|2024|residents|1510',
    ]);
  });

  it('finds the header beside a remarks column too', () => {
    expect(values(rows('2024.1,2024.2,2024.3', ',备注'))).toHaveLength(6);
  });

  it('a data row of year-like values is still data under a header of names', () => {
    expect(values('2024年3月各社区人口\n社区,常住人口,户数\n溪秀苑社区,2000,2010\n侯台社区,1999,2008\n')).toEqual([
      '侯台社区|2024-03|households|2008', '侯台社区|2024-03|residents|1999', '溪秀苑社区|2024-03|households|2010', '溪秀苑社区|2024-03|residents|2000',
    ]);
  });

  // The twelve months typed as numbers: Excel shows (and saves to CSV) 2024.10 as 2024.1. Read as a
  // second January, the file was refused for two different values of 2024年1月 in every row.
  it('a 2024.1 after 2024.9 is October, warned at its header cell', () => {
    const months = ['2024.1', '2024.2', '2024.3', '2024.4', '2024.5', '2024.6', '2024.7', '2024.8', '2024.9', '2024.1', '2024.11', '2024.12'];
    const r = importText(`2024年各社区常住人口\n社区,${months.join(',')}\n溪秀苑社区,${months.map((_, k) => 1500 + k).join(',')}\n`);
    expect(r.report.status).toBe('ok');
    const obs = observations(r.dataset);
    expect(obs.map((o) => o.period).sort()).toEqual(Array.from({ length: 12 }, (_, k) => `2024-${String(k + 1).padStart(2, '0')}`));
    expect(obs.find((o) => o.period === '2024-10')!.value).toBe(1509);
    expect(obs.find((o) => o.period === '2024-01')!.value).toBe(1500);
    const warned = r.report.issues.filter((i) => i.code === 'dot-month-october');
    expect(warned.map((i) => `${i.line}:${i.column}`)).toEqual(['2:11']);
    expect(warned[0]!.message).toContain('按2024年10月');
  });

  it('a 2024.1 after 2024.8 is still read as January (warned, as before)', () => {
    const r = importText('2024年各社区常住人口\n社区,2024.7,2024.8,2024.1\n溪秀苑社区,1,2,3\n');
    expect(observations(r.dataset).map((o) => o.period).sort()).toEqual(['2024-01', '2024-07', '2024-08']);
    expect(issueCodes(r, 'warning')).toContain('dot-month-ambiguous@2');
  });

  // A header still not found (months as bare numbers, 社区 | 1 | 2 | 3): the title was taken as a
  // one-column header and the file called prose, "没有一个数字", though every row holds numbers.
  it('a table whose header is not found is never called a text without a number', () => {
    const r = importText('2024年各月常住人口\n社区,1,2,3\n溪秀苑社区,1500,1510,1520\n侯台社区,1600,1610,1620\n');
    expect(r.report.issues.map((i) => i.code)).not.toContain('file-is-text');
    // A note sent with the tables is still one.
    expect(importText('填表说明\n请各社区于每月5日前报送\n统计口径以户籍为准\n', '说明.csv').report.issues.map((i) => i.code)).toContain('file-is-text');
  });

  // The year written once, with the first month (2024年1月 | 2月 | 3月), was refused: 列名是统计期间…但没有写年份.
  it.each([
    ['2024年1月,2月,3月', ['2024-01', '2024-02', '2024-03']], ['1月,2024年2月,3月', ['2024-01', '2024-02', '2024-03']],
  ])('%s under a title naming no year: the months of the year the headers name', (headers, periods) => {
    const r = importText(`各社区常住人口\n社区,${headers}\n溪秀苑社区,1,2,3\n`);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => o.period).sort()).toEqual(periods);
    expect(r.report.issues.find((i) => i.code === 'period-columns')!.message).toContain('年份按2024年');
  });

  it('headers naming two years, with a month naming none, are refused as before', () => {
    expect(issueCodes(importText('各社区常住人口\n社区,2023年12月,1月,2024年2月\n溪秀苑社区,1,2,3\n'), 'error')).toEqual(['period-columns-no-year@2']);
  });

  it('the same under a metric over its months (常住人口 over 2024年1月 | 2月 | 3月)', () => {
    const r = importText('社区,常住人口,,,户数,,\n,2024年1月,2月,3月,2024年1月,2月,3月\n溪秀苑社区,1,2,3,4,5,6\n');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`).sort()).toEqual([
      '2024-01|households|4', '2024-01|residents|1', '2024-02|households|5', '2024-02|residents|2', '2024-03|households|6', '2024-03|residents|3',
    ]);
    expect(r.report.issues.find((i) => i.code === 'period-header-year')!.message).toBe('有的列名中的期间没有写年份，按其他列名写的2024年读取');
  });
});
