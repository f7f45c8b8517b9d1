// @vitest-environment node
/**
 * Sheets beside the data that are no table: instructions (填表说明, a cover with 填报单位 and a
 * phone number) under any sheet name, or a sheet of only a title (the sheet a chart sits on).
 * Each is skipped with an info naming it: never an error that blocks the import, never a unit.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
type Cell = string | number | null;


const DATA: Cell[][] = [['社区', '再就业人数'], ['花园路社区', 5], ['滨西社区', 6]];
const NAME = '劝业场街道2024年3月.xlsx';

function expectOnlyData(r: ReturnType<typeof run>, sheet: string): void {
  expect(r.report.status).toBe('ok');
  expect(r.report.issues.filter((i) => i.sheet === sheet).map((i) => [i.severity, i.code])).toEqual([['info', 'sheet-not-table']]);
  expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
  expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`)).toEqual(['滨西社区|6', '花园路社区|5']);
}

describe('sheets of notes or of a title only, beside a data sheet', () => {
  it('instructions with a 填报单位 line and a phone number, on a sheet not named 说明 (Sheet2, 通知), are no table and no unit', () => {
    const notes: Cell[][] = [
      ['填表说明'],
      ['1. 本表由各社区于每月5日前报送街道，请按照统计口径如实填写，不得漏报、瞒报。'],
      ['2. 再就业人数指本月新实现再就业的下岗失业人员数量，以人社系统登记为准。'],
      ['填报单位：', '花园路社区'], ['联系电话：', '022-12345678'],
    ];
    for (const sheet of ['Sheet2', '通知']) {
      const r = run([{ name: NAME, bytes: book([[sheet, notes], ['数据', DATA]]) }]);
      expectOnlyData(r, sheet);
      expect(r.report.issues.find((i) => i.sheet === sheet)!.message).toContain('说明文字');
    }
  });

  it('a sheet of only a title over a few cells (a chart\'s sheet, 单位：人) does not block the import', () => {
    for (const title of [['2024年3月各社区再就业情况', null, '单位：人'], ['再就业情况图', '2024年3月']] as Cell[][]) {
      const r = run([{ name: NAME, bytes: book([['图表', [title]], ['数据', DATA]]) }]);
      expectOnlyData(r, '图表');
      expect(r.report.issues.find((i) => i.sheet === '图表')!.message).toContain('只有一行文字');
    }
  });

  it('a sheet of one row beside no data sheet is still read (and refused as header only), not dropped', () => {
    const r = run([{ name: NAME, bytes: book([['Sheet1', [['社区', '再就业人数']]]]) }]);
    expect(r.report.issues.map((i) => i.code)).toContain('header-only');
  });

  it('a sheet without a single cell (a chart placed on an empty sheet, Excel\'s blank Sheet2) is said, not dropped without a word', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(DATA), '数据');
    XLSX.utils.book_append_sheet(wb, {}, '图表');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = run([{ name: NAME, bytes }]);
    expect(r.report.status).toBe('ok');
    const said = r.report.issues.filter((i) => i.sheet === '图表');
    expect(said.map((i) => [i.severity, i.code, i.message])).toEqual([['info', 'sheet-empty',
      '工作表“图表”没有任何单元格数据（空白页，或只放了图表、图片），已跳过；如它的数据应导入，请把数据填入单元格后重新导入']]);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
  });
});

describe('the only sheet in view one of notes, the data sheet hidden', () => {
  it('is refused saying the data sheet is hidden, not with the notes read as a table (找不到社区/单位名称列)', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['填表说明'], ['1. 请如实填写'], ['2. 数字用阿拉伯数字']]), '说明');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(DATA), '3月');
    wb.Workbook = { Sheets: [{ name: '说明', Hidden: 0 }, { name: '3月', Hidden: 1 }] };
    const r = run([{ name: NAME, bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.message])).toEqual([['sheet-data-hidden',
      '工作簿中看得见的工作表（“说明”）只有文字说明，没有数据表；隐藏的工作表“3月”未导入。如数据在隐藏的工作表中，请在Excel中取消隐藏（右键工作表标签→取消隐藏）后重新导入']]);
    // With no sheet hidden, a workbook of notes only is refused as before (its notes read as a table).
    const notesOnly = run([{ name: NAME, bytes: book([['说明', [['填表说明'], ['1. 请如实填写'], ['2. 数字用阿拉伯数字']]]]) }]);
    expect(notesOnly.report.issues.some((i) => i.code === 'sheet-data-hidden')).toBe(false);
  });
});
