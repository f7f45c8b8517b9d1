/**
 * A workbook whose only data sheet is named for the period before its own (`上月`, `上期`, `上季度`),
 * and a title saying 上月 over a table: the figures are the period before the file name's, never the
 * file name's own (`2025年7月报表.xlsx` › 上月 holds June's). Beside a 本月 sheet, a 上月 sheet is a
 * comparison, left out (unchanged).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const TABLE: BookCell[][] = [['社区', '再就业人数'], ['东湖社区', 5], ['西山社区', 6]];
const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`);
const read = (file: string, sheets: [string, BookCell[][]][]): ImportResult => importFiles([{ name: file, bytes: book(sheets) }], { workbookLib: XLSX });
const said = (r: ImportResult, code: string): string[] => r.report.issues.filter((i) => i.code === code).map((i) => `${i.severity}|${i.file}|${i.sheet ?? ''}|${i.message}`);
const notInfo = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);

describe('a lone sheet named for the period before the file\'s', () => {
  it.each([
    ['2025年7月报表.xlsx', '上月', '2025-06', '上一个月', '2025年7月', '2025年6月'],
    ['2025年7月报表.xlsx', '上个月', '2025-06', '上一个月', '2025年7月', '2025年6月'],
    ['2025年1月报表.xlsx', '上月', '2024-12', '上一个月', '2025年1月', '2024年12月'],
    ['2025年二季度.xlsx', '上季度', '2025-Q1', '上一个季度', '2025年第二季度', '2025年第一季度'],
    ['2025年一季度.xlsx', '上期', '2024-Q4', '上一期', '2025年第一季度', '2024年第四季度'],
    ['2025年1月.xlsx', '上期', '2024-12', '上一期', '2025年1月', '2024年12月'],
    ['2025年上半年.xlsx', '上期', '2024-H2', '上一期', '2025年上半年', '2024年下半年'],
    ['2025年7月报表.xlsx', '上月 (2)', '2025-06', '上一个月', '2025年7月', '2025年6月'],
  ])('%s › %s: %s, with an info naming the sheet and both periods', (file, sheet, period, step, own, before) => {
    const r = read(file, [[sheet, TABLE]]);
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual([`东湖社区|${period}|5`, `西山社区|${period}|6`]);
    expect(notInfo(r)).toEqual([]);
    expect(said(r, 'period-previous')).toEqual([`info|${file}|${sheet}|工作表名“${sheet}”是${step}的数：统计期间为文件名所写${own}的${step}，即${before}`]);
    expect(said(r, 'period-from-file-name')).toEqual([]);
  });

  it('beside a note sheet it is still the only data sheet', () => {
    const r = read('2025年7月报表.xlsx', [['上月', TABLE], ['填表说明', [['本表由各社区填报，每月5日前报送街道。']]]]);
    expect(obs(r)).toEqual(['东湖社区|2025-06|5', '西山社区|2025-06|6']);
  });

  it('beside a 本月 sheet it is a comparison, left out, as before', () => {
    const r = read('2025年7月报表.xlsx', [['本月', [['社区', '再就业人数'], ['东湖社区', 7]]], ['上月', TABLE]]);
    expect(obs(r)).toEqual(['东湖社区|2025-07|7']);
    expect(said(r, 'comparison-sheet')).toHaveLength(1);
    expect(said(r, 'period-previous')).toEqual([]);
  });

  it('a file name without its year: the existing no-period error', () => {
    const r = read('7月报表.xlsx', [['上月', TABLE]]);
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['no-period']);
  });

  it.each([
    ['2025年二季度.xlsx', '上月', '2025年第二季度'],
    ['2025年7月报表.xlsx', '上季度', '2025年7月'],
    ['2025年1-6月累计.xlsx', '上期', '2025年1-6月累计'],
  ])('%s › %s names no one period before the file\'s: a warning at the sheet, then no period', (file, sheet, own) => {
    const r = read(file, [[sheet, TABLE]]);
    expect(obs(r)).toEqual([]);
    expect(said(r, 'period-previous-unknown').map((m) => m.split('|').slice(0, 3).join('|'))).toEqual([`warning|${file}|${sheet}`]);
    expect(said(r, 'period-previous-unknown')[0]).toContain(own);
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['no-period']);
  });

  it('a title naming the period before the file\'s agrees: that period, no warning', () => {
    const r = read('2025年7月报表.xlsx', [['上月', [['2025年6月各社区就业情况'], ...TABLE]]]);
    expect(obs(r)).toEqual(['东湖社区|2025-06|5', '西山社区|2025-06|6']);
    expect(notInfo(r)).toEqual([]);
  });

  it('a title naming the file\'s own period: the period before it, with a warning naming both', () => {
    const r = read('2025年7月报表.xlsx', [['上月', [['2025年7月各社区就业情况'], ...TABLE]]]);
    expect(obs(r)).toEqual(['东湖社区|2025-06|5', '西山社区|2025-06|6']);
    const w = r.report.issues.filter((i) => i.code === 'period-disagree');
    expect(w.map((i) => `${i.severity}|${i.sheet}`)).toEqual(['warning|上月']);
    expect(w[0]!.message).toContain('2025年7月');
    expect(w[0]!.message).toContain('2025年6月');
  });
});

describe('a title saying 上月 over a table', () => {
  it('CSV: the period before the file name\'s, said at the title', () => {
    const r = importText('上月各社区就业情况\n社区,再就业人数\n东湖社区,5\n', '2025年7月报表.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-06|5']);
    expect(said(r, 'period-previous')).toEqual(['info|2025年7月报表.csv||标题行“上月各社区就业情况”是上一个月的数：统计期间为文件名所写2025年7月的上一个月，即2025年6月']);
  });

  it('a sheet of a workbook, titled 上季度…, under a quarter\'s file name', () => {
    const r = read('2025年二季度.xlsx', [['Sheet1', [['上季度各社区就业情况'], ...TABLE]]]);
    expect(obs(r)).toEqual(['东湖社区|2025-Q1|5', '西山社区|2025-Q1|6']);
  });

  it('a title comparing with 上月 (本月与上月对比) is no 上月 title: the file\'s period', () => {
    const r = importText('本月与上月对比情况\n社区,再就业人数\n东湖社区,5\n', '2025年7月报表.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-07|5']);
  });
});
