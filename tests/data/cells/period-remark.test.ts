/**
 * Period cells a clerk annotates or shortens: a remark after the period (`2024年3月（修订）`,
 * `（更正）`, `快报`), and spans of years that are no period (`2022-2024`).
 */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText, observations } from '../pipeline/import-helpers';

describe('a footnote mark after the period (2024年4月*, 4月※)', () => {
  // Refused as no period in a 期间 cell; across the top, the one header so marked broke the period
  // columns: the others were left out as periods naming no metric, and `4月*` imported as a metric of the year.
  it.each([['2024年4月*', '2024-04'], ['2024年4月＊', '2024-04'], ['2024年4月※', '2024-04'], ['2024年第一季度*', '2024-Q1'], ['2024年4月 *', '2024-04']])('%s is %s, with an info', (text, key) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    expect(r.notes.find((x) => x.code === 'period-remark')).toMatchObject({ severity: 'info' });
  });

  it.each(['*', '※', '4*'])('%s is no period', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });

  it('across the top: every month read, none a metric', () => {
    const r = importText('2024年常住人口\n社区,1月,2月,3月,4月*\n溪秀苑社区,1,2,3,4\n侯台社区,5,6,7,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.unit === '溪秀苑社区').map((o) => `${o.period}|${o.metric}|${o.value}`).sort())
      .toEqual(['2024-01|residents|1', '2024-02|residents|2', '2024-03|residents|3', '2024-04|residents|4']);
  });
});

describe('a month across the top with a remark the grammar does not read (4月（预计）)', () => {
  // The one header broke the period columns: 1-3月 were left out as periods naming no metric, and
  // 4月（预计） imported as a metric of the year 2024, with nothing said about it.
  it('the months are read; that column is left out with a warning at its cell', () => {
    const r = importText('2024年常住人口\n社区,1月,2月,3月,4月（预计）\n溪秀苑社区,1,2,3,4\n侯台社区,5,6,7,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort()).toEqual([
      '侯台社区|2024-01|residents|5', '侯台社区|2024-02|residents|6', '侯台社区|2024-03|residents|7',
      '溪秀苑社区|2024-01|residents|1', '溪秀苑社区|2024-02|residents|2', '溪秀苑社区|2024-03|residents|3',
    ]);
    const w = r.report.issues.filter((i) => i.code === 'period-column-remark');
    expect(w.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@2:5']);
    expect(w[0]!.message).toContain('预计');
  });

  // `1月（人）` across the top was no period: each month imported as a metric 1月 of the year 2024, with no word.
  it.each([
    ['1月（人）,2月（人）,3月（人）', [1, 2, 3], []], ['1月,2月,3月（人）', [1, 2, 3], []],
    ['1月（万人）,2月（万人）,3月（万人）', [10000, 20000, 30000], []],
    ['1月（户）,2月（户）,3月（户）', [1, 2, 3], ['header-unit-not-metric@2:2', 'header-unit-not-metric@2:3', 'header-unit-not-metric@2:4']],
  ])('months with a unit in brackets, %s: the months of the title\'s metric', (headers, values, warned) => {
    const r = importText(`2024年常住人口\n社区,${headers}\n溪秀苑社区,1,2,3\n`, 'a.csv');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`).sort()).toEqual(values.map((v, k) => `2024-0${k + 1}|residents|${v}`));
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(warned);
  });
});

describe('a remark after the period', () => {
  it.each([
    ['2024年3月（修订）', '2024-03', '修订'], ['2024年3月(更正)', '2024-03', '更正'], ['2024年3月快报', '2024-03', '快报'],
    ['2024年3月份（修订）', '2024-03', '修订'], ['2024年第一季度（更正）', '2024-Q1', '更正'], ['2024年3月（快报）', '2024-03', '快报'],
    ['2024年3月修订版', '2024-03', '修订'], ['2024年3月（修正）', '2024-03', '修正'],
    ['2024年3月 修订', '2024-03', '修订'], ['2024年第二季度更正', '2024-Q2', '更正'],
  ])('%s is %s, with an info naming the remark', (text, key, remark) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    const n = r.notes.find((x) => x.code === 'period-remark')!;
    expect(n.severity).toBe('info');
    expect(n.message).toContain(remark);
  });

  it.each([['2024年2月（补报）', '2024-02'], ['2024年2月补报', '2024-02'], ['2024年第一季度(补报)', '2024-Q1']])('%s, a late report of that period, is %s with the remark said', (text, key) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    expect(r.notes.find((x) => x.code === 'period-remark')!.message).toContain('补报');
  });

  it('2024年3月份 is March', () => {
    expect(formatPeriodKey(parsePeriodLabel('2024年3月份')!.period)).toBe('2024-03');
  });

  it.each(['（修订）', '快报', '修订2024年3月x'])('%s is no period', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });

  it('in a 期间 column: imported under the month, the info at the cell', () => {
    const r = importText('社区,期间,再就业人数\n花园路社区,2024年3月（修订）,12\n滨西社区,2024年3月快报,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`).sort()).toEqual(['滨西社区|2024-03', '花园路社区|2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'period-remark').map((i) => `${i.severity}|${i.line}`)).toEqual(['info|2', 'info|3']);
  });
});

describe('a span of several years', () => {
  it.each(['2022-2024', '2022-2024年', '2022年-2024年', '2021至2024年度'])('%s: a message saying it spans years, to write one', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
    const n = periodProblem(text)!;
    expect(n.code).toBe('period-years-span');
    expect(n.message).toContain('年');
    expect(n.message).toContain('请写成一个年份');
  });
});
