/**
 * A workbook whose only data sheet is named for the same period a year before (`上年同期`, `去年同期`,
 * `上年`): its figures are that period's (`2025年7月报表.xlsx` › 上年同期 holds 2024年7月's), never the
 * file name's own. A lone sheet of changes (`同比`, `环比`, `增减`) holds no figures: left out with a
 * warning naming it, so the file gives no data. Beside a 本月 sheet, both are comparisons, left out (unchanged).
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

describe('a lone sheet named for the same period last year', () => {
  it.each([
    ['2025年7月报表.xlsx', '上年同期', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '去年同期', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '上年同期数', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '去年同期数据', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '上年同月', '2024-07', '2025年7月', '2024年7月'],
    ['2025年二季度.xlsx', '上年同期', '2024-Q2', '2025年第二季度', '2024年第二季度'],
    ['2025年上半年.xlsx', '去年同期', '2024-H1', '2025年上半年', '2024年上半年'],
    ['2025年1-6月累计.xlsx', '上年同期', '2024-C06', '2025年1-6月累计', '2024年1-6月累计'],
    ['2025年.xlsx', '上年', '2024', '2025年', '2024年'],
    ['2025年7月报表.xlsx', '上年', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '去年同期 (2)', '2024-07', '2025年7月', '2024年7月'],
    ['2025年7月报表.xlsx', '上年同期（2）', '2024-07', '2025年7月', '2024年7月'],
  ])('%s › %s: %s, with an info naming the sheet and both periods', (file, sheet, period, own, before) => {
    const r = read(file, [[sheet, TABLE]]);
    expect(r.report.status).toBe('ok');
    expect(obs(r)).toEqual([`东湖社区|${period}|5`, `西山社区|${period}|6`]);
    expect(notInfo(r)).toEqual([]);
    expect(said(r, 'period-previous')).toEqual([`info|${file}|${sheet}|工作表名“${sheet}”是上年同期的数：统计期间为文件名所写${own}的上年同期，即${before}`]);
    expect(said(r, 'period-from-file-name')).toEqual([]);
  });

  it('beside a 本月 sheet it is a comparison, left out, as before', () => {
    const r = read('2025年7月报表.xlsx', [['本月', [['社区', '再就业人数'], ['东湖社区', 7]]], ['上年同期', TABLE]]);
    expect(obs(r)).toEqual(['东湖社区|2025-07|7']);
    expect(said(r, 'comparison-sheet').map((m) => m.split('|')[2])).toEqual(['上年同期']);
    expect(said(r, 'period-previous')).toEqual([]);
  });

  it('beside a 上月 sheet, each is its own period before the file\'s', () => {
    const r = read('2025年7月报表.xlsx', [['上月', TABLE], ['上年同期', [['社区', '再就业人数'], ['东湖社区', 4]]]]);
    expect(obs(r)).toEqual(['东湖社区|2024-07|4', '东湖社区|2025-06|5', '西山社区|2025-06|6']);
  });

  it('a file name without its year: the existing no-period error, nothing stored', () => {
    const r = read('7月报表.xlsx', [['上年同期', TABLE]]);
    expect(obs(r)).toEqual([]);
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['no-period']);
  });

  it('a title naming the same period last year agrees: that period, no warning', () => {
    const r = read('2025年7月报表.xlsx', [['去年同期', [['2024年7月各社区就业情况'], ...TABLE]]]);
    expect(obs(r)).toEqual(['东湖社区|2024-07|5', '西山社区|2024-07|6']);
    expect(notInfo(r)).toEqual([]);
  });

  it('a title naming the file\'s own period: last year\'s, with a warning naming both', () => {
    const r = read('2025年7月报表.xlsx', [['去年同期', [['2025年7月各社区就业情况'], ...TABLE]]]);
    expect(obs(r)).toEqual(['东湖社区|2024-07|5', '西山社区|2024-07|6']);
    const w = r.report.issues.filter((i) => i.code === 'period-disagree');
    expect(w.map((i) => `${i.severity}|${i.sheet}`)).toEqual(['warning|去年同期']);
    expect(w[0]!.message).toContain('2025年7月');
    expect(w[0]!.message).toContain('2024年7月');
  });

  it('CSV: a title beginning 去年同期 is the same period last year, said at the title', () => {
    const r = importText('去年同期各社区就业情况\n社区,再就业人数\n东湖社区,5\n', '2025年7月报表.csv');
    expect(obs(r)).toEqual(['东湖社区|2024-07|5']);
    expect(said(r, 'period-previous')).toEqual(['info|2025年7月报表.csv||标题行“去年同期各社区就业情况”是上年同期的数：统计期间为文件名所写2025年7月的上年同期，即2024年7月']);
  });

  it('CSV: a title comparing with last year (本月与去年同期对比, 上年同期对比表) is the file\'s period', () => {
    expect(obs(importText('本月与去年同期对比情况\n社区,再就业人数\n东湖社区,5\n', '2025年7月报表.csv'))).toEqual(['东湖社区|2025-07|5']);
    expect(obs(importText('上年同期对比表\n社区,再就业人数\n东湖社区,5\n', '2025年7月报表.csv'))).toEqual(['东湖社区|2025-07|5']);
  });
});

describe('a lone sheet of changes', () => {
  it.each(['同比', '环比', '增减', '同比增减', '比上月增减', '同比(%)', '同比 (2)'])('%s: not imported, a warning naming it and that the file gives no data', (sheet) => {
    const r = read('2025年7月报表.xlsx', [[sheet, TABLE]]);
    expect(obs(r)).toEqual([]);
    const w = said(r, 'change-sheet');
    expect(w.map((m) => m.split('|').slice(0, 3).join('|'))).toEqual([`warning|2025年7月报表.xlsx|${sheet}`]);
    expect(w[0]).toContain(`工作表“${sheet}”`);
    expect(w[0]).toContain('未导入任何数据');
    expect(said(r, 'period-from-file-name')).toEqual([]);
  });

  it('beside a 上年同期 sheet: the changes left out, last year\'s figures read', () => {
    const r = read('2025年7月报表.xlsx', [['上年同期', TABLE], ['同比', [['社区', '再就业人数'], ['东湖社区', 0.2]]]]);
    expect(obs(r)).toEqual(['东湖社区|2024-07|5', '西山社区|2024-07|6']);
    expect(said(r, 'comparison-sheet').map((m) => m.split('|')[2])).toEqual(['同比']);
    expect(said(r, 'change-sheet')).toEqual([]);
  });

  it('beside a 本月 sheet: a comparison, left out with an info, as before', () => {
    const r = read('2025年7月报表.xlsx', [['本月', TABLE], ['同比', [['社区', '再就业人数'], ['东湖社区', 0.2]]]]);
    expect(obs(r)).toEqual(['东湖社区|2025-07|5', '西山社区|2025-07|6']);
    expect(said(r, 'comparison-sheet').map((m) => m.split('|')[2])).toEqual(['同比']);
    expect(notInfo(r)).toEqual([]);
  });

  it('beside a note sheet: still the only data sheet, left out', () => {
    const r = read('2025年7月报表.xlsx', [['同比', TABLE], ['填表说明', [['本表由各社区填报，每月5日前报送街道。']]]]);
    expect(obs(r)).toEqual([]);
    expect(said(r, 'change-sheet')).toHaveLength(1);
  });
});
