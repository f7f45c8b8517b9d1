// @vitest-environment node
/**
 * A workbook's 汇总 sheet left out as the sum of the others (read-workbook-file.ts) is checked
 * against them: each of its values against the sum of the matching values of the sheets it sums
 * (same metric; same period or the months of its period; same community or all of them). A
 * mismatch is a warning at its cell; agreement is said in the warning that left it out.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
type Cell = string | number | null;


const months = (base: number): Cell[][] => [
  ['月份', '再就业人数', '注册志愿者'],
  ['1月', 12 + base, 30 + base], ['2月', 9 + base, 31 + base], ['3月', 14 + base, 33 + base],
];
const streetTotal = (jan: Cell): Cell[][] => [['月份', '再就业人数', '注册志愿者'], ['1月', jan, 160], ['2月', 118, 162], ['3月', 128, 166]];
const skipped = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'summary-sheet-skipped');
const mismatches = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'summary-sheet-mismatch');

describe('a workbook\'s summary sheet checked against the sheets it sums', () => {
  it('the street\'s months (汇总 beside community sheets): agreement is said where it is left out', () => {
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(0)], ['滨西社区', months(100)], ['汇总', streetTotal(124)]]) }]);
    expect(mismatches(r)).toEqual([]);
    expect(skipped(r).map((i) => [i.severity, i.sheet])).toEqual([['warning', '汇总']]);
    expect(skipped(r)[0]!.message).toContain('已与各工作表核对一致');
  });

  it('a street total that is not the communities\' sum is a warning at its cell naming the sum and the sheets', () => {
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(0)], ['滨西社区', months(100)], ['汇总', streetTotal(126)]]) }]);
    expect(r.report.status).toBe('ok');
    const w = mismatches(r);
    expect(w.map((i) => [i.severity, i.file, i.sheet, i.line, i.column])).toEqual([['warning', '劝业场街道2024年.xlsx', '汇总', 2, 2]]);
    expect(w[0]!.message).toContain('再就业人数为126，但各社区工作表之和为124（花园路社区、滨西社区）');
    expect(skipped(r)[0]!.message).not.toContain('核对一致');
    expect(skipped(r)[0]!.message).toContain('有1个数与各工作表之和不一致');
  });

  it('a row per community: each against its own sheet (a flow summed over the months, a stock its last month)', () => {
    const total = (binxi: number): Cell[][] => [['社区', '再就业人数', '注册志愿者'], ['花园路社区', 35, 33], ['滨西社区', binxi, 133], ['合计', 35 + binxi, 166]];
    const ok = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['汇总', total(335)], ['花园路社区', months(0)], ['滨西社区', months(100)]]) }]);
    expect(mismatches(ok)).toEqual([]);
    expect(skipped(ok)[0]!.message).toContain('已与各工作表核对一致');
    const off = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['汇总', total(334)], ['花园路社区', months(0)], ['滨西社区', months(100)]]) }]);
    expect(mismatches(off).map((i) => [i.sheet, i.line, i.column])).toEqual([['汇总', 3, 2]]);
    expect(mismatches(off)[0]!.message).toContain('再就业人数为334，但各社区工作表之和为335（滨西社区）');
  });

  it('a 上半年 sheet beside its month sheets: each community against the sum of its months', () => {
    const sheet = (a: number, b: number): Cell[][] => [['社区', '再就业人数'], ['花园路社区', a], ['滨西社区', b]];
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['1月', sheet(1, 2)], ['2月', sheet(3, 4)], ['3月', sheet(5, 6)], ['上半年', sheet(9, 13)]]) }]);
    expect(skipped(r).map((i) => i.sheet)).toEqual(['上半年']);
    const w = mismatches(r);
    expect(w.map((i) => [i.sheet, i.line, i.column])).toEqual([['上半年', 3, 2]]);
    expect(w[0]!.message).toContain('再就业人数为13，但各月工作表之和为12（1月、2月、3月）');
    const ok = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['1月', sheet(1, 2)], ['2月', sheet(3, 4)], ['3月', sheet(5, 6)], ['上半年', sheet(9, 12)]]) }]);
    expect(mismatches(ok)).toEqual([]);
    expect(skipped(ok)[0]!.message).toContain('已与各工作表核对一致');
  });

  it('a 汇总 naming no period beside month sheets of one year: each community against all their months (a stock its last)', () => {
    const sheet = (a: number, b: number, v: number): Cell[][] => [['社区', '再就业人数', '注册志愿者'], ['花园路社区', a, v], ['滨西社区', b, v + 100]];
    const total = (binxi: number): Cell[][] => [['社区', '再就业人数', '注册志愿者'], ['花园路社区', 9, 32], ['滨西社区', binxi, 132], ['合计', 9 + binxi, 164]];
    const months: [string, Cell[][]][] = [['1月', sheet(1, 2, 30)], ['2月', sheet(3, 4, 31)], ['3月', sheet(5, 6, 32)]];
    const ok = run([{ name: '2024年社区月报.xlsx', bytes: book([...months, ['汇总', total(12)]]) }]);
    expect(ok.report.status).toBe('ok');
    expect(mismatches(ok)).toEqual([]);
    expect(skipped(ok).map((i) => i.sheet)).toEqual(['汇总']);
    expect(skipped(ok)[0]!.message).toContain('已与各工作表核对一致');
    const off = run([{ name: '2024年社区月报.xlsx', bytes: book([...months, ['汇总', total(13)]]) }]);
    expect(mismatches(off).map((i) => [i.sheet, i.line, i.column])).toEqual([['汇总', 3, 2]]);
    expect(mismatches(off)[0]!.message).toContain('再就业人数为13，但各月工作表之和为12（1月、2月、3月）');
  });

  it('a 汇总 of one-community forms (项目 | 本月 | 累计) beside them: each item against the communities\' sum', () => {
    const form = (now: number, ytd: number, v: number): Cell[][] => [['项目', '本月', '累计'], ['再就业人数', now, ytd], ['注册志愿者', v, v]];
    const book3 = (sumNow: number) => book([['花园路社区', form(5, 15, 300)], ['滨西社区', form(15, 25, 310)], ['汇总', form(sumNow, 40, 610)]]);
    const kept = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'summary-sheet');
    const ok = run([{ name: '劝业场街道2024年3月.xlsx', bytes: book3(20) }]);
    expect(ok.report.status).toBe('ok');
    expect(kept(ok)[0]!.message).toContain('已与各工作表核对');
    const off = run([{ name: '劝业场街道2024年3月.xlsx', bytes: book3(21) }]);
    expect(mismatches(off).map((i) => [i.sheet, i.line, i.column])).toEqual([['汇总', 2, 2]]);
    expect(mismatches(off)[0]!.message).toContain('再就业人数为21，但各社区工作表之和为20（花园路社区、滨西社区）');
    expect(kept(off)[0]!.message).toContain('有1个数与各工作表之和不一致');
  });

  it('a value marked 约 makes the sum unknowable: not checked, and said', () => {
    const rough: Cell[][] = [['月份', '再就业人数', '注册志愿者'], ['1月', '约12', 30], ['2月', 9, 31], ['3月', 14, 33]];
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', rough], ['滨西社区', months(100)], ['汇总', streetTotal(126)]]) }]);
    expect(mismatches(r)).toEqual([]);
    expect(skipped(r)[0]!.message).toContain('未能核对');
    expect(skipped(r)[0]!.message).not.toContain('核对一致');
  });

  it('a district\'s 汇总 beside street sheets (中北镇, 双口镇): each community against its street sheet, a community only in the 汇总 said', () => {
    const zb: Cell[][] = [['社区', '常住人口', '户数'], ['东湖社区', 3200, 1100], ['西山社区', 2800, 950]];
    const sk: Cell[][] = [['社区', '常住人口', '户数'], ['北岸社区', 1900, 600], ['柳滩社区', 2100, 700]];
    const total = (donghu: number, extra: Cell[][] = []): Cell[][] => [['街道', '社区', '常住人口', '户数'], ['中北镇', '东湖社区', donghu, 1100], ['中北镇', '西山社区', 2800, 950],
      ['双口镇', '北岸社区', 1900, 600], ['双口镇', '柳滩社区', 2100, 700], ...extra, ['合计', null, donghu + 6800, 3350]];
    const name = '西青区2024年3月社区统计.xlsx';
    const ok = run([{ name, bytes: book([['汇总', total(3200)], ['中北镇', zb], ['双口镇', sk]]) }]);
    expect(ok.report.status).toBe('ok');
    expect(mismatches(ok)).toEqual([]);
    expect(skipped(ok).map((i) => [i.severity, i.sheet])).toEqual([['warning', '汇总']]);
    expect(skipped(ok)[0]!.message).toContain('已与各工作表核对一致');
    const off = run([{ name, bytes: book([['汇总', total(3300)], ['中北镇', zb], ['双口镇', sk]]) }]);
    expect(mismatches(off).map((i) => [i.sheet, i.line, i.column])).toEqual([['汇总', 2, 3]]);
    expect(mismatches(off)[0]!.message).toContain('常住人口为3300，但各街道工作表之和为3200（中北镇）');
    expect(skipped(off)[0]!.message).toContain('有1个数与各工作表之和不一致');
    const more = run([{ name, bytes: book([['汇总', total(3200, [['双口镇', '南河社区', 500, 200]])], ['中北镇', zb], ['双口镇', sk]]) }]);
    expect(skipped(more)[0]!.message).toContain('在各工作表中没有对应的数');
  });
});
