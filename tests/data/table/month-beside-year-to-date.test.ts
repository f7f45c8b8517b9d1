/**
 * A table of one metric named in its title, with a month's column beside the year to date through it
 * (`社区 | 3月 | 1-3月累计`, `社区 | 2月 | 3月 | 1-3月累计`): the month is that month's value and the
 * 累计 the year to date's, never a total of the months beside it (1月 is not there to sum).
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const values = (r: ReturnType<typeof importText>): string[] => observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.value}`);
const codes = (r: ReturnType<typeof importText>): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);

describe('a month\'s column beside its year to date', () => {
  it.each([
    ['2024年1-3月各社区再就业人数', '3月,1-3月累计'], ['2024年3月各社区再就业人数', '3月,1-3月累计'], ['2024年3月各社区再就业人数', '3月,累计'], ['2024年各社区再就业人数', '3月,1-3月累计'],
    ['2024年3月各社区再就业人数', '3月,3月累计'], ['2024年3月各社区再就业人数', '3月,截至3月累计'], ['2024年3月各社区再就业人数', '3月,1至3月累计'],
  ])('%s over 社区,%s: March and January-March, no warning', (title, header) => {
    const r = importText(`${title}\n社区,${header}\n祥福里社区,12,33\n幸福社区,22,63\n`, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['幸福社区 2024-03 22', '幸福社区 2024-C03 63', '祥福里社区 2024-03 12', '祥福里社区 2024-C03 33']);
    expect(codes(r)).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'period-columns')!.message).toContain(`列名是统计期间（3月、${header.split(',')[1]}）`);
  });

  it('2月 | 3月 | 1-3月累计: the 累计 is January-March\'s, not checked as the sum of February and March', () => {
    const r = importText('2024年1-3月各社区再就业人数\n社区,2月,3月,1-3月累计\n祥福里社区,10,12,33\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-02 10', '祥福里社区 2024-03 12', '祥福里社区 2024-C03 33']);
    expect(codes(r)).toEqual([]);
  });

  it('1月 | 2月 | 3月 | 1-3月累计 stays a total of the months, checked against them', () => {
    const r = importText('2024年1-3月各社区再就业人数\n社区,1月,2月,3月,1-3月累计\n祥福里社区,10,11,12,34\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-01 10', '祥福里社区 2024-02 11', '祥福里社区 2024-03 12']);
    expect(codes(r)).toEqual(['row-total-mismatch']);
  });

  it.each([
    ['2024年1-3月各社区再就业人数', '本月,1-3月累计'], ['2024年第一季度各社区再就业人数', '本月,累计'], ['2024年第一季度各社区再就业人数', '当月,本年累计'],
  ])('%s over 社区,%s: 本月 is the quarter\'s last month (as in a one-community form), not the quarter', (title, header) => {
    const r = importText(`${title}\n社区,${header}\n祥福里社区,12,33\n`, 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-03 12', '祥福里社区 2024-C03 33']);
    expect(codes(r)).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'period-relative-columns')!.message).toContain(`“${header.split(',')[0]}”按2024年3月（2024年第一季度的最后一个月）`);
  });

  it('本期 under a quarter\'s title is the quarter', () => {
    const r = importText('2024年第一季度各社区再就业人数\n社区,本期,累计\n祥福里社区,33,33\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-C03 33', '祥福里社区 2024-Q1 33']);
  });

  it.each([
    ['社区,再就业人数,,新增就业人数,\n,本月,累计,本月,累计'], ['社区,再就业人数（本月）,再就业人数（累计）,新增就业人数（当月）,新增就业人数（本年累计）'],
  ])('several metrics\' 本月 and 累计 under a quarter\'s title: 本月 is its last month (%s)', (header) => {
    const r = importText(`2024年第一季度\n${header}\n祥福里社区,12,33,5,14\n`, 'a.csv');
    expect(observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`)).toEqual([
      '2024-03 custom:新增就业人数 5', '2024-03 reemployed 12', '2024-C03 custom:新增就业人数 14', '2024-C03 reemployed 33',
    ]);
    expect(r.report.issues.filter((i) => i.code === 'period-sum-mismatch')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'period-relative-columns')!.message).toContain('按2024年3月（2024年第一季度的最后一个月）');
  });

  it('a 本月再就业人数 column (a metric as written) under a quarter\'s title is March\'s too, said in the period-relative-columns info', () => {
    const r = importText('2024年第一季度\n社区,本月再就业人数,累计再就业人数\n祥福里社区,12,33\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-03 12', '祥福里社区 2024-C03 33']);
    expect(codes(r)).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'period-relative-columns')!.message).toContain('“本月再就业人数”按2024年3月（2024年第一季度的最后一个月）');
    // In a month's table it stays the month, with no word of it.
    const m = importText('2024年3月\n社区,本月再就业人数\n祥福里社区,12\n', 'a.csv');
    expect(values(m)).toEqual(['祥福里社区 2024-03 12']);
    expect(m.report.issues.some((i) => i.code === 'period-relative-columns')).toBe(false);
  });

  it('1月 | 2月 | 3月 | 2024年1-3月累计: the 累计 written with its year is their total too, checked; the months are read', () => {
    const r = importText('2024年各社区再就业人数\n社区,1月,2月,3月,2024年1-3月累计\n祥福里社区,10,11,12,33\n', 'a.csv');
    expect(values(r)).toEqual(['祥福里社区 2024-01 10', '祥福里社区 2024-02 11', '祥福里社区 2024-03 12']);
    expect(codes(r)).toEqual([]);
  });
});
