/**
 * A long file's 指标 cell naming its months without a year (`1-3月累计再就业人数`): the metric, for
 * the year to date those months name in the row's year, not a custom metric of that whole name;
 * a row whose period ends in another month says so.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const read = (rows: string[]) => importText(['街道,社区,期间,指标,数值', ...rows].join('\n'), 'a.csv');
const valuesOf = (rows: string[]) => observations(read(rows).dataset).map((o) => `${o.unit}|${o.metric}|${o.period}|${o.value}`);

describe('1-3月累计再就业人数 in a 指标 cell', () => {
  it('is 再就业人数 for the first quarter\'s year to date, in the row\'s year', () => {
    expect(valuesOf(['甲街道,祥福里社区,2024年3月,1-3月累计再就业人数,35', '甲街道,祥福里社区,2024年3月,再就业人数,12']))
      .toEqual(['祥福里社区|reemployed|2024-03|12', '祥福里社区|reemployed|2024-C03|35']);
    expect(valuesOf(['甲街道,祥福里社区,2023年第一季度,再就业人数（1-3月累计）,35'])).toEqual(['祥福里社区|reemployed|2023-C03|35']);
  });
  it('in a row of the month it ends in says nothing more', () => {
    expect(read(['甲街道,祥福里社区,2024年3月,1-3月累计再就业人数,35']).report.issues.filter((i) => i.code.startsWith('period-'))).toEqual([]);
  });
  it('in a row of another period keeps the months it names, with a warning at the 指标 cell', () => {
    const r = read(['甲街道,祥福里社区,2024年5月,1-3月累计再就业人数,35']);
    expect(observations(r.dataset).map((o) => `${o.metric}|${o.period}|${o.value}`)).toEqual(['reemployed|2024-C03|35']);
    expect(r.report.issues.filter((i) => i.code === 'period-metric-months').map((i) => [i.severity, i.line, i.column, i.message])).toEqual([
      ['warning', 2, 4, '第2行指标“1-3月累计再就业人数”写的是1-3月累计，与该行期间2024年5月不一致；已按指标所写记为2024年1-3月累计，请核对'],
    ]);
  });
});

describe('in a table with periods across the top', () => {
  it('takes the months in each column\'s year', () => {
    const r = importText('社区,指标,2023年3月,2024年3月\n祥福里社区,1-3月累计再就业人数,30,35\n', 'a.csv');
    expect(observations(r.dataset).map((o) => `${o.metric}|${o.period}|${o.value}`)).toEqual(['reemployed|2023-C03|30', 'reemployed|2024-C03|35']);
    expect(r.report.issues.filter((i) => i.code === 'period-metric-months')).toEqual([]);
  });
});

describe('one warning per row, at its 指标 cell', () => {
  const warned = (text: string) => importText(text, 'a.csv').report.issues
    .filter((i) => i.code === 'period-metric-months').map((i) => [i.line, i.column, i.message]);
  it('periods across the top, every column another month: one warning a row naming each column\'s period', () => {
    expect(warned('社区,指标,2023年5月,2024年5月\n祥福里社区,1-3月累计再就业人数,30,35\n中山路社区,1-3月累计再就业人数,20,25\n')).toEqual([
      [2, 2, '第2行指标“1-3月累计再就业人数”写的是1-3月累计，与该行各列期间2023年5月、2024年5月不一致；已按指标所写记为2023年1-3月累计、2024年1-3月累计，请核对'],
      [3, 2, '第3行指标“1-3月累计再就业人数”写的是1-3月累计，与该行各列期间2023年5月、2024年5月不一致；已按指标所写记为2023年1-3月累计、2024年1-3月累计，请核对'],
    ]);
  });
  it('three columns of which two differ: one warning naming the two', () => {
    expect(warned('社区,指标,2022年3月,2023年6月,2024年5月\n祥福里社区,1-3月累计再就业人数,28,30,35\n')).toEqual([
      [2, 2, '第2行指标“1-3月累计再就业人数”写的是1-3月累计，与该行各列期间2023年6月、2024年5月不一致；已按指标所写记为2023年1-3月累计、2024年1-3月累计，请核对'],
    ]);
  });
  it('one column differing of several reads as a row of one period', () => {
    expect(warned('社区,指标,2023年3月,2024年5月\n祥福里社区,再就业人数（1-3月累计）,30,35\n')).toEqual([
      [2, 2, '第2行指标“再就业人数（1-3月累计）”写的是1-3月累计，与该行期间2024年5月不一致；已按指标所写记为2024年1-3月累计，请核对'],
    ]);
  });
  it('a blank or dash in a column still counts its period once, the row still warned once', () => {
    expect(warned('社区,指标,2023年5月,2024年5月\n祥福里社区,1-3月累计再就业人数,,—\n').map((w) => w[0])).toEqual([2]);
  });
  it('a long file\'s rows each warn once, the same text in many rows each at its own line', () => {
    const r = read(['甲街道,祥福里社区,2024年5月,1-3月累计再就业人数,35', '甲街道,中山路社区,2024年5月,1-3月累计再就业人数,20']);
    expect(r.report.issues.filter((i) => i.code === 'period-metric-months').map((i) => i.line)).toEqual([2, 3]);
  });
});

describe('periods across the top of one year: the 指标 cell\'s months cannot hold for every column', () => {
  // The clerk copied the metric's name: each column is its own month's year to date (1-3月 under 3月, 1-4月 under 4月).
  const text = '社区,指标,2024年3月,2024年4月\n祥福里社区,1-3月累计再就业人数,30,35\n中山路社区,1-3月累计再就业人数,20,20\n';
  it('reads each column as the year to date through its own period, and imports', () => {
    const r = importText(text, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.period}|${o.value}`)).toEqual([
      '中山路社区|reemployed|2024-C03|20', '中山路社区|reemployed|2024-C04|20', '祥福里社区|reemployed|2024-C03|30', '祥福里社区|reemployed|2024-C04|35',
    ]);
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values')).toEqual([]);
  });
  it('says so once a row at its 指标 cell, naming the columns\' periods, what was taken and what to change', () => {
    const r = importText(text, 'a.csv');
    expect(r.report.issues.filter((i) => i.code.startsWith('period-metric-months')).map((i) => [i.severity, i.code, i.line, i.column, i.message])).toEqual([
      ['warning', 'period-metric-months-to-date', 2, 2, '第2行指标“1-3月累计再就业人数”写的是1-3月累计，但该行各列是不同期间（2024年3月、2024年4月），同一年的几列不能都是1-3月累计；已按各列期间的本年累计记为2024年1-3月累计、2024年1-4月累计，请核对；如各列是当期数，请把指标改为“再就业人数”'],
      ['warning', 'period-metric-months-to-date', 3, 2, '第3行指标“1-3月累计再就业人数”写的是1-3月累计，但该行各列是不同期间（2024年3月、2024年4月），同一年的几列不能都是1-3月累计；已按各列期间的本年累计记为2024年1-3月累计、2024年1-4月累计，请核对；如各列是当期数，请把指标改为“再就业人数”'],
    ]);
  });
  it('two years of two months each: the same reading, every column through its own month', () => {
    const r = importText('社区,指标,2023年4月,2023年5月,2024年4月,2024年5月\n祥福里社区,再就业人数（1-3月累计）,10,12,30,35\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2023-C04|10', '2023-C05|12', '2024-C04|30', '2024-C05|35']);
  });
  it('columns of different years still take the months the cell names (nothing to collide)', () => {
    const r = importText('社区,指标,2023年5月,2024年5月\n祥福里社区,1-3月累计再就业人数,30,35\n', 'a.csv');
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2023-C03', '2024-C03']);
  });
});
