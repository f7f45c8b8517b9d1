// @vitest-environment node
/**
 * One community's sheet with the months down the rows and the metrics across
 * (`月份 | 再就业人数 | 注册志愿者`), the community named by the sheet, the title or the file name.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { observations, utf8 } from './import-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });


const months = (title: string, base = 0): (string | number | null)[][] => [
  [title, null, null, null],
  ['月份', '再就业人数', '注册志愿者', '慰问救助金额（元）'],
  ['1月', 12 + base, 30, 5000],
  ['2月', 9 + base, 31, 4200],
  ['3月', 14 + base, 33, 6100],
  ['合计', 35 + 3 * base, 33, 15300],
];

const value = (r: ReturnType<typeof run>, unit: string, period: string, metric: string) =>
  observations(r.dataset).find((o) => o.unit === unit && o.period === period && o.metric === metric)?.value;

describe('a community\'s sheet with the months down', () => {
  it('imports every month as the community the title names, with an info saying so; the 合计 row is no period', () => {
    const r = run([{ name: '祥福里社区.xlsx', bytes: book([['Sheet1', months('祥福里社区2024年工作统计')]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(value(r, '祥福里社区', '2024-02', 'reemployed')).toBe(9);
    expect(value(r, '祥福里社区', '2024-03', 'reemployed')).toBe(14);
    const info = r.report.issues.find((i) => i.code === 'months-down-unit')!;
    expect(info.severity).toBe('info');
    expect(info.message).toContain('祥福里社区');
    expect(info.message).toContain('标题');
    // The 合计 row: not a period, not a community; said with its line, and that it was not checked.
    const total = r.report.issues.find((i) => i.code === 'months-down-total-row')!;
    expect(total.line).toBe(6);
    // (注册志愿者 is a stock: its 合计 is the last month's, and is not summed; 再就业人数 and the amount agree.)
    expect(total.message).toContain('已与各月之和核对');
    expect(r.report.issues.some((i) => i.code === 'months-down-total-mismatch')).toBe(false);
    expect(r.report.issues.some((i) => i.code === 'subtotal-period-row')).toBe(false);
    expect(countsBalance(r.report.counts)).toBe(true);
    expect(r.report.counts.subtotal).toBeGreaterThanOrEqual(1);
  });

  it('the community from the sheet name, the year from the file name', () => {
    const rows = months('2024年工作统计').slice(1);
    const r = run([{ name: '2024年工作统计.xlsx', bytes: book([['红星里社区', rows]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['红星里社区']);
    expect(value(r, '红星里社区', '2024-01', 'reemployed')).toBe(12);
    expect(r.report.issues.find((i) => i.code === 'months-down-unit')!.message).toContain('工作表名');
  });

  it('workbooks one per community import as one dataset', () => {
    const names = ['祥福里社区', '红星里社区', '东湖社区'];
    const r = run(names.map((n, k) => ({ name: `${n}2024年.xlsx`, bytes: book([['统计', months(`${n}2024年工作统计`, k * 100)]]) })));
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual([...names].sort());
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(value(r, '东湖社区', '2024-03', 'reemployed')).toBe(214);
    expect(value(r, '红星里社区', '2024-01', 'reemployed')).toBe(112);
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('the file name naming one community and the title another: read as the title\'s, as a vertical form is, with a warning naming both', () => {
    const r = run([{ name: '红星里社区2024年.xlsx', bytes: book([['Sheet1', months('祥福里社区2024年工作统计')]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(value(r, '祥福里社区', '2024-03', 'reemployed')).toBe(14);
    const w = r.report.issues.filter((i) => i.code === 'months-down-unit-disagree');
    expect(w.map((i) => [i.severity, i.file])).toEqual([['warning', '红星里社区2024年.xlsx']]);
    expect(w[0]!.message).toContain('标题行写的是“祥福里社区”，文件名写的是“红星里社区”，已按标题行记为“祥福里社区”的数据');
  });

  it('a community sheet of a street\'s workbook whose title names another community: read as the title\'s, warned, not the whole import refused', () => {
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([
      ['花园路社区', months('花园路社区2024年工作统计')], ['滨西社区', months('新兴社区2024年工作统计', 100)],
    ]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const w = r.report.issues.filter((i) => i.code === 'months-down-unit-disagree');
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', '滨西社区']]);
    expect(w[0]!.message).toContain('标题行写的是“新兴社区”，工作表名写的是“滨西社区”，已按标题行记为“新兴社区”的数据');
    expect(value(r, '新兴社区', '2024-01', 'reemployed')).toBe(112);
    expect(value(r, '花园路社区', '2024-01', 'reemployed')).toBe(12);
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('no community anywhere: the old message', () => {
    const r = run([{ name: '2024年工作统计.xlsx', bytes: book([['Sheet1', months('2024年工作统计')]]) }]);
    expect(r.report.issues.find((i) => i.code === 'no-unit-column')!.message).toContain('找不到社区/单位名称列');
  });

  it('a months-down sheet beside normal sheets of the same workbook', () => {
    const wide = [['社区', '再就业人数'], ['东湖社区', 5], ['西山社区', 6]];
    const r = run([{ name: '2024年3月.xlsx', bytes: book([['3月', wide], ['祥福里社区', months('祥福里社区2024年工作统计').slice(1)]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(value(r, '东湖社区', '2024-03', 'reemployed')).toBe(5);
    expect(value(r, '祥福里社区', '2024-01', 'reemployed')).toBe(12);
    expect(value(r, '祥福里社区', '2024-03', 'reemployed')).toBe(14);
  });

  it('a column of a metric not in the catalogue (活动次数) is a metric, not taken for the names', () => {
    const rows = [['月份', '再就业人数', '活动次数'], ['1月', 12, 2], ['2月', 9, 3]];
    const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(observations(r.dataset).filter((o) => o.period === '2024-02').map((o) => o.value).sort()).toEqual([3, 9]);
  });

  it('a metric column left blank (公益岗安置人数 not filled in, a stock\'s 累计 under 本月 | 累计) is a metric, not taken for the names', () => {
    // It was: 没有找到“社区/单位名称”列，已把“公益岗安置人数”列当作社区名称, and every month a row with no community (blocked).
    const blank = [['祥福里社区2024年工作统计'], ['月份', '再就业人数', '公益岗安置人数', '注册志愿者'], ['1月', 12, null, 30], ['2月', 9, null, 31]];
    const r = run([{ name: 'a.xlsx', bytes: book([['Sheet1', blank]]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.some((i) => i.code === 'unit-column-guessed')).toBe(false);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(value(r, '祥福里社区', '2024-02', 'reemployed')).toBe(9);
    expect(value(r, '祥福里社区', '2024-02', 'volunteers')).toBe(31);
    const twoRows = [['祥福里社区2024年一季度'], ['月份', '再就业人数', null, '低保户数', null], [null, '本月', '累计', '本月', '累计'],
      ['1月', 3, 3, 10, null], ['2月', 4, 7, 11, null]];
    const ws = XLSX.utils.aoa_to_sheet(twoRows);
    ws['!merges'] = ['A2:A3', 'B2:C2', 'D2:E2'].map((m) => XLSX.utils.decode_range(m));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const t = run([{ name: 'b.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(t.report.status).toBe('ok');
    expect(value(t, '祥福里社区', '2024-02', 'dibao_households')).toBe(11);
    expect(value(t, '祥福里社区', '2024-C02', 'reemployed')).toBe(7);
    expect(countsBalance(t.report.counts)).toBe(true);
  });

  it('a footer under the months (填表人 | 审核人 in the metric columns) does not make a metric column the names', () => {
    // One row header of the office's own metrics, and the two-row header of grouped catalogue ones (就业 over 再就业人数).
    const footer = [null, ['填表人：王芳', '审核人：刘强', '联系电话：', '13820001234'], ['填报日期：2024年4月3日']];
    const own = [['月份', '公益岗安置', '巡逻次数', '入户走访'], ['1月', 4, 10, 30], ['2月', 3, 12, 29], ['3月', 5, 8, 27]];
    const grouped = [['月份', '就业', null, '救助'], [null, '下岗失业人员', '再就业人数', '慰问困难群众'], ['1月', 30, 4, 10], ['2月', 29, 3, 12], ['3月', 27, 5, 8]];
    for (const rows of [own, grouped]) {
      const r = run([{ name: '富力湾社区2024年一季度.xlsx', bytes: book([['一季度', [...rows, ...footer].map((x) => x ?? [])]]) }]);
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.report.issues.some((i) => i.code === 'unit-column-guessed')).toBe(false);
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['富力湾社区']);
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
      expect(observations(r.dataset).filter((o) => o.period === '2024-02').map((o) => o.value).sort((a, b) => a! - b!)).toEqual([3, 12, 29]);
      expect(r.report.issues.find((i) => i.code === 'footer-rows')).toBeDefined();
      expect(countsBalance(r.report.counts)).toBe(true);
    }
  });

  it('the 合计 row is checked against the months for flows (再就业人数): a total that is not their sum is warned at its cell; stocks are not summed', () => {
    const rows = [['月份', '再就业人数', '低保户数', '慰问救助金额（元）'], ['1月', 12, 30, 5000], ['2月', 9, 31, 4200], ['3月', 14, 33, 6100], ['合计', 36, 33, 15300]];
    const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
    const w = r.report.issues.filter((i) => i.code === 'months-down-total-mismatch');
    expect(w).toMatchObject([{ severity: 'warning', line: 5, column: 2, columnName: '再就业人数' }]);
    expect(w[0]!.message).toContain('35');
    expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.message).toContain('已与各月之和核对');
  });

  it('a 累计 (本年累计) row under the months is their sum too: skipped with the note, not refused as a period', () => {
    for (const label of ['累计', '本年累计']) {
      const rows = [['月份', '再就业人数'], ['1月', 5], ['2月', 6], [label, 11]];
      const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.line).toBe(4);
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
    }
  });

  it('a 全年 (全年合计, 年度合计) row under fewer than 12 months is their sum, not the year\'s value: skipped with the note and checked', () => {
    for (const label of ['全年', '全年合计', '年度合计', '2024年全年']) {
      const rows = [['月份', '再就业人数'], ['1月', 5], ['2月', 6], [label, 12]];
      const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.line).toBe(4);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-mismatch')?.line).toBe(4);
    }
  });

  it('a 上半年 (2024年) row under fewer months than it covers is their sum too, not the half\'s value; 一季度 under its three months stays a quarter', () => {
    for (const label of ['上半年', '2024年', '2024年度']) {
      const rows = [['月份', '再就业人数'], ['1月', 5], ['2月', 6], ['3月', 1], [label, 12]];
      const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.line).toBe(5);
    }
    const q = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', [['月份', '再就业人数'], ['1月', 5], ['2月', 6], ['3月', 1], ['一季度', 12]]]]) }]);
    expect(q.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-Q1']);
  });

  it('a 本年 (本年度, 今年合计) or 1-3月累计 row under the months is their sum: skipped with the note and checked, never refused nor a cumulative period beside them', () => {
    for (const label of ['本年', '本年度', '今年合计', '1-3月累计', '2024年1-3月累计']) {
      const rows = [['月份', '再就业人数'], ['1月', 5], ['2月', 6], ['3月', 1], [label, 13]];
      const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
      expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['months-down-total-mismatch']);
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.line).toBe(5);
      expect(r.report.issues.find((i) => i.code === 'months-down-total-mismatch')!.line).toBe(5);
    }
    // 1-3月累计 under months past March is no total of them: its own period, as written.
    const past = [['月份', '再就业人数'], ['1月', 5], ['2月', 6], ['3月', 1], ['4月', 2], ['1-3月累计', 12]];
    const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', past]]) }]);
    expect(r.dataset!.periods).toContain('2024-C03');
  });

  it('a CSV file named for its community', () => {
    const csv = '月份,再就业人数,注册志愿者\n2024年1月,12,30\n2024年2月,9,31\n合计,21,31\n';
    const r = importFiles([{ name: '祥福里社区.csv', bytes: utf8(csv) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(value(r, '祥福里社区', '2024-02', 'reemployed')).toBe(9);
    expect(r.report.issues.find((i) => i.code === 'months-down-unit')!.message).toContain('文件名');
    expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.line).toBe(4);
  });

  it('quarter rows between the months (一季度 under 1-3月) are quarters, and not summed again into the 合计 row checked against the months', () => {
    const rows = [['月份', '再就业人数'], ['1月', 1], ['2月', 2], ['3月', 3], ['一季度', 6], ['4月', 4], ['5月', 5], ['6月', 6], ['二季度', 15], ['合计', 21]];
    const r = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', rows]]) }]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(value(r, '祥福里社区', '2024-Q2', 'reemployed')).toBe(15);
    expect(r.report.issues.find((i) => i.code === 'months-down-total-row')!.message).toContain('已与各月之和核对');
    // A 合计 that is not the months' sum is still said, with the months' sum.
    const wrong = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', [...rows.slice(0, -1), ['合计', 42]]]]) }]);
    expect(wrong.report.issues.find((i) => i.code === 'months-down-total-mismatch')!.message).toContain('各月之和为21');
    // Quarters alone: the 合计 is theirs.
    const quarters = run([{ name: '祥福里社区2024年.xlsx', bytes: book([['Sheet1', [['季度', '再就业人数'], ['一季度', 6], ['二季度', 15], ['合计', 21]]]]) }]);
    expect(quarters.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(quarters.report.issues.find((i) => i.code === 'months-down-total-row')!.message).toContain('已与各月之和核对');
  });
});
