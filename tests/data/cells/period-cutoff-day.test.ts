/**
 * A period with its data's cut-off day in brackets (`2024年3月（截至25日）`): many streets close the
 * month's report on the 25th. The period is the one before the brackets; figures that stop before
 * its last day are said in a warning at the cell, never read silently as the whole month.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { periodProblem } from '../../../src/data/cells/period-problem';
import { scanPeriodText } from '../../../src/data/cells/scan-period-text';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText, observations } from '../pipeline/import-helpers';

describe('a cut-off day in brackets after the period', () => {
  it.each([
    ['2024年3月（截至25日）', '2024-03', 3, 25], ['2024年3月(截至25日)', '2024-03', 3, 25], ['2024年3月（截止25日）', '2024-03', 3, 25],
    ['2024年3月（截至3月25日）', '2024-03', 3, 25], ['2024年3月（数据截至3月25日）', '2024-03', 3, 25], ['2024年3月（截至25号）', '2024-03', 3, 25],
    ['2024年3月（截止到2024年3月20日）', '2024-03', 3, 20], ['2024年3月份（截至25日）', '2024-03', 3, 25],
    ['2024年第一季度（截至3月25日）', '2024-Q1', 3, 25], ['2024年上半年（截至6月20日）', '2024-H1', 6, 20],
  ])('%s is %s, with a warning that the figures stop on %d月%d日', (text, key, month, day) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    const n = r.notes.find((x) => x.code === 'period-cutoff-day')!;
    expect(n.severity).toBe('warning');
    expect(n.message).toContain(`${month}月${day}日`);
  });

  it('the warning says what was read and what to do', () => {
    expect(parsePeriodLabel('2024年3月（截至25日）')!.notes.map((n) => n.message)).toEqual([
      '“2024年3月(截至25日)”的数据只统计到3月25日，不是到月底的数，已按“2024年3月”统计；与统计到月底的数比较时会偏小，如有到月底的数，请改后重新导入',
    ]);
  });

  it.each([['2024年3月（截至3月31日）', '2024-03'], ['2024年2月（截至29日）', '2024-02'], ['2024年第一季度（截至3月31日）', '2024-Q1']])('%s, the last day, is the whole period without a note', (text, key) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    expect(r.notes).toEqual([]);
  });

  it.each(['2024年3月（截至4月25日）', '2024年3月（截至2023年3月25日）', '2024年3月（截至32日）', '2023年2月（截至29日）', '2024年第一季度（截至2月25日）'])('%s (a day of another month, or no day) is no period', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });

  it('a cut-off day in another month is said to disagree, as other brackets naming another period are', () => {
    expect(periodProblem('2024年3月（截至4月25日）')?.code).toBe('period-bracket-disagree');
  });

  it('in a period column: every row read, the warning at the row\'s period cell', () => {
    const r = importText('街道,社区,期间,再就业人数\n咸水沽镇,溪秀苑社区,2024年3月,5\n咸水沽镇,侯台社区,2024年3月（截至25日）,6\n');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`)).toEqual(['侯台社区|2024-03|6', '溪秀苑社区|2024-03|5']);
    const w = r.report.issues.filter((i) => i.code === 'period-cutoff-day');
    expect(w.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@3:3']);
  });
});

describe('a cut-off day in brackets in a title or file name', () => {
  it.each([['2024年3月（截至25日）各社区就业统计表', '2024-03'], ['咸水沽镇2024年3月(数据截至3月25日)统计', '2024-03'], ['2024年第一季度（截至3月25日）社区统计', '2024-Q1']])('%s names %s, with the warning', (text, key) => {
    const r = scanPeriodText(text);
    expect(formatPeriodKey(r.found!.period)).toBe(key);
    expect(r.found!.notes.map((n) => n.code)).toEqual(['period-cutoff-day']);
  });

  it.each([['2024年3月份各社区就业统计表（数据截至3月25日）', '2024-03'], ['2024年3月社区统计(截至25日)', '2024-03']])('%s, the cut-off day at the end of the title, names %s with the warning', (text, key) => {
    const r = scanPeriodText(text);
    expect(formatPeriodKey(r.found!.period)).toBe(key);
    expect(r.found!.notes.map((n) => n.code)).toEqual(['period-cutoff-day']);
    expect(r.problems).toEqual([]);
  });

  it.each(['2023年12月社区统计（数据截至2023年12月31日）', '2024年3月社区统计'])('%s: no cut-off warning', (text) => {
    expect(scanPeriodText(text).found!.notes).toEqual([]);
  });

  it('in a title row: the period read, the warning at the title\'s line', () => {
    const r = importText('2024年3月（截至25日）各社区就业统计表\n街道,社区,再就业人数\n咸水沽镇,溪秀苑社区,5\n');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'period-cutoff-day').map((i) => `${i.severity}@${i.line}`)).toEqual(['warning@1']);
  });

  it('in a file name: the warning says so', () => {
    const r = importText('街道,社区,再就业人数\n咸水沽镇,溪秀苑社区,5\n', '2024年3月（截至25日）社区统计.csv');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'period-cutoff-day').map((i) => i.message.slice(0, 4))).toEqual(['文件名：']);
  });
});
