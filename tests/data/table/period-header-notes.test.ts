/**
 * Periods across the top (`社区,3/1/2024,4/1/2024`, `2024.8,2024.9,2024.1`): a header read only by
 * a guess is warned about at its own line and column, as the same text in a 期间 cell is.
 */
import { describe, expect, it } from 'vitest';
import { importText, issueCodes, observations } from '../pipeline/import-helpers';

const read = (headers: string, title = '') => importText(`${title}社区,${headers}\n花园路社区,1,2,3\n祥福里社区,4,5,6\n`, '各社区再就业人数.csv');

describe('a period header read by a guess is warned about at its cell', () => {
  it.each([
    // 2024.10 as Excel shows it: October (it was read as January, warned).
    ['2024.8,2024.9,2024.1', ['dot-month-october@1:4'], ['2024-08', '2024-09', '2024-10']],
    ['2024.7,2024.8,2024.1', ['dot-month-ambiguous@1:4'], ['2024-01', '2024-07', '2024-08']],
    ['3/1/2024,4/1/2024,5/1/2024', ['ambiguous-date@1:2', 'ambiguous-date@1:3', 'ambiguous-date@1:4'], ['2024-03', '2024-04', '2024-05']],
    ['45292,45323,45352', ['excel-serial@1:2', 'excel-serial@1:3', 'excel-serial@1:4'], ['2024-01', '2024-02', '2024-03']],
    ['Jan-24,Feb-24,Mar-24', ['two-digit-year@1:2', 'two-digit-year@1:3', 'two-digit-year@1:4'], ['2024-01', '2024-02', '2024-03']],
  ])('%s', (headers, warned, periods) => {
    const r = read(headers);
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.period))].sort()).toEqual(periods);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(warned);
    const first = r.report.issues.find((i) => i.code === warned[0]!.split('@')[0])!;
    expect(first.message).toMatch(/^第1行第\d列（[^）]+）的列名：/);
  });

  it('under a title row the warning names the header\'s own line', () => {
    expect(issueCodes(read('3/1/2024,4/1/2024,5/1/2024', '2024年各社区再就业人数统计表,,,\n'), 'warning'))
      .toEqual(['ambiguous-date@2', 'ambiguous-date@2', 'ambiguous-date@2']);
  });

  it.each(['2024年1月,2024年2月,2024年3月', '1月,2月,3月', '2024-01,2024-02,2024-03', '2024.1,2024.2,2024.3'])('%s: read as written, no warning', (headers) => {
    const r = read(headers, headers.startsWith('1月') ? '2024年各社区再就业人数统计表,,,\n' : '');
    expect(r.report.status).toBe('ok');
    expect(issueCodes(r, 'warning')).toEqual([]);
  });
});

describe('a metric header dated with slashes (再就业人数 3/1/2024, 2024/3/1再就业人数)', () => {
  // Once split at every slash as a two-row header: a custom metric 再就业人数3/1 in 2024, or 再就业人数 in 2024.
  it.each([
    ['再就业人数 3/1/2024,常住人口 3/1/2024', '2024-03'],
    ['2024/3/1再就业人数,2024/3/1常住人口', '2024-03'],
    ['再就业人数(2024/3/1),常住人口(2024/3/1)', '2024-03'],
    ['再就业人数/2024/3,常住人口/2024/3', '2024-03'],
  ])('%s: the metric in its month', (headers, period) => {
    const r = importText(`社区,${headers}\n花园路社区,1,2\n`);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.metric}|${o.period}|${o.value}`)).toEqual([`reemployed|${period}|1`, `residents|${period}|2`]);
  });
});

describe('a metric header whose period is read by a guess is warned about at its cell', () => {
  it.each([
    ['再就业人数/2024.9,再就业人数/2024.1', ['dot-month-ambiguous@1:3']],
    ['再就业人数 3/1/2024,常住人口 3/1/2024', ['ambiguous-date@1:2', 'ambiguous-date@1:3']],
    ['再就业人数/Mar-24,常住人口/Mar-24', ['two-digit-year@1:2', 'two-digit-year@1:3']],
    ['再就业人数/2024.1,再就业人数/2024.2', []],
    ['再就业人数/2024年1月,常住人口/2024年1月', []],
  ])('%s', (headers, warned) => {
    const r = importText(`社区,${headers}\n花园路社区,1,2\n`);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(warned);
  });
});
