// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { book, type BookCell } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const table: BookCell[][] = [['社区', '再就业人数', '低保户数'], ['花园路社区', 12, 5], ['滨西社区', 8, 4]];

describe('importFiles: a workbook whose cover sheet names the period', () => {
  for (const [cover, lines, data] of [
    ['封面', [['社区统计报表'], ['报告期：2024年3月'], ['填报单位：东湖街道']], 'Sheet1'],
    ['说明', [['社区统计报表'], ['统计时间：2024年3月']], '数据'],
    ['封面', [['社区统计报表'], ['2024年3月']], 'Sheet1'],
  ] as const) {
    it(`${cover} › ${lines[1]![0]}: the data sheet ${data} (no period of its own) is March's, with an info naming the cover`, () => {
      const r = run([{ name: '社区统计.xlsx', bytes: book([[cover, lines.map((l) => [...l])], [data, table]]) }]);
      expect(r.report.status).toBe('ok');
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`).sort())
        .toEqual(['滨西社区|2024-03|4', '滨西社区|2024-03|8', '花园路社区|2024-03|12', '花园路社区|2024-03|5']);
      expect(r.report.issues.filter((i) => i.code === 'period-from-cover')).toMatchObject([{ severity: 'info', sheet: data,
        message: `统计期间取自封面工作表“${cover}”：2024年3月` }]);
    });
  }

  it('the file name\'s period still comes first; a cover with a fill-in date only gives none', () => {
    const first = run([{ name: '2024年4月社区统计.xlsx', bytes: book([['封面', [['报告期：2024年3月']]], ['Sheet1', table]]) }]);
    expect(new Set(observations(first.dataset).map((o) => o.period))).toEqual(new Set(['2024-04']));
    const stamp = run([{ name: '社区统计.xlsx', bytes: book([['封面', [['社区统计报表'], ['填报日期：2024年4月5日']]], ['Sheet1', table]]) }]);
    expect(stamp.report.issues.map((i) => i.code)).toContain('no-period');
  });

  it('beside sheets named for their months, a sheet taking the cover\'s period is a warning, as one taking the file name\'s is', () => {
    const r = run([{ name: '社区统计.xlsx', bytes: book([['封面', [['社区统计报表'], ['报告期：2024年3月']]], ['2024年2月', table], ['2024年3月', table], ['Sheet1 (2)', table]]) }]);
    expect(r.report.issues.filter((i) => i.code === 'period-from-cover')).toMatchObject([{ severity: 'warning', sheet: 'Sheet1 (2)',
      message: '工作表“Sheet1 (2)”的名称和标题中没有统计期间（其他工作表按名称各为一期），已按封面工作表“封面”取为2024年3月；如是多余的副本，请删除该工作表后重新导入' }]);
  });
});

describe('importFiles: a cover sheet whose title names the period (a cover holding only its title)', () => {
  it('封面 › 新华街道2024年第二季度社区统计报表: the data sheet is the second quarter\'s, as under its own title (was: refused, no period)', () => {
    const r = run([{ name: '社区统计.xlsx', bytes: book([['封面', [['新华街道2024年第二季度社区统计报表']]], ['数据', table]]) }]);
    expect(r.report.status).toBe('ok');
    expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-Q2']));
    expect(r.report.issues.filter((i) => i.code === 'period-from-cover')).toMatchObject([{ severity: 'info', sheet: '数据',
      message: '统计期间取自封面工作表“封面”：2024年第二季度' }]);
  });

  it('a month under a title naming the quarter (the day the cover was signed, 2024年7月) is no period of the data: none taken (was: July)', () => {
    const r = run([{ name: '社区统计.xlsx', bytes: book([['封面', [['新华街道2024年第二季度社区统计报表'], ['新华街道办事处'], ['2024年7月']]], ['数据', table]]) }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.map((i) => i.code)).toContain('no-period');
  });
});


describe('importFiles: a cover sheet whose period has a letter for a digit (报告期：2O24年3月)', () => {
  it.each([[['报告期：2O24年3月'], 2, '2O24', 'O', '0'], [['统计时间：', '2o24年3月'], 2, '2o24', 'o', '0'], [['报告期：２O２４年３月'], 2, '2O24', 'O', '0'], [['2024年3月'], 0, '', '', '']])(
    '%j: read as 2024年3月, and said (file, sheet, line, the text)', (cells, line, typed, letter, digit) => {
      const r = run([{ name: '社区统计.xlsx', bytes: book([['封面', [['社区统计报表'], [...cells]]], ['数据', table]]) }]);
      expect(r.report.status).toBe('ok');
      expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-03']));
      const said = r.report.issues.filter((i) => i.code === 'period-year-letter');
      if (line === 0) { expect(said).toEqual([]); return; }
      expect(said).toMatchObject([{ severity: 'warning', file: '社区统计.xlsx', sheet: '封面', line,
        message: `封面工作表“封面”第${line}行：年份“${typed}”中把数字${digit}打成了字母${letter}，已按2024年读取；请在源表改正` }]);
    });
});
