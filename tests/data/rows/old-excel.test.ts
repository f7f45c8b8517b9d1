// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/data/rows/read-workbook';
import { needsCodepage, workbookContainer } from '../../../src/data/rows/workbook-container';
import { workbookLibFor } from '../../../src/data/rows/load-workbook-lib';
import { oldExcel, type OldCell } from '../../fixtures/workbooks/old-excel';

const dir = join(__dirname, '../../fixtures/workbooks');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));

const MONTH: OldCell[][] = [
  ['2024年3月各社区统计', null, null],
  ['社区', '常住人口', '再就业人数'],
  ['东湖社区', 5200, 31],
  ['西山社区', 4100, 18],
];

describe('old Excel files (Excel 5.0/95 and before): text in a codepage', () => {
  it('an Excel 95 (BIFF5) workbook of GBK text reads its Chinese sheet names and cells right', async () => {
    const bytes = oldExcel(5, [['3月', MONTH], ['4月', [['社区', '常住人口'], ['南河社区', 6100]]]]);
    const lib = await workbookLibFor([{ bytes }]);
    const r = readWorkbook(lib!, bytes, '中北镇-2024年3月.xls');
    expect(r.blocked).toBe(false);
    expect(r.sheets.map((s) => s.sheet)).toEqual(['3月', '4月']);
    expect(r.sheets[0]!.rows).toEqual([
      ['2024年3月各社区统计', '', ''], ['社区', '常住人口', '再就业人数'], ['东湖社区', '5200', '31'], ['西山社区', '4100', '18']]);
    expect(r.sheets[1]!.rows[1]).toEqual(['南河社区', '6100']);
  });

  it.each([2, 3, 4] as const)('an Excel %i.x worksheet (a bare BIFF stream) is a workbook read with its codepage, not text', async (version) => {
    const bytes = oldExcel(version, [['Sheet1', MONTH]]);
    expect(workbookContainer(bytes)).toBe('biff');
    const lib = await workbookLibFor([{ bytes }]);
    const r = readWorkbook(lib!, bytes, '中北镇-2024年3月.xls');
    expect(r.blocked).toBe(false);
    expect(r.sheets[0]!.rows.slice(1)).toEqual([['社区', '常住人口', '再就业人数'], ['东湖社区', '5200', '31'], ['西山社区', '4100', '18']]);
  });

  it('a bare BIFF stream SheetJS cannot read is refused saying to save it as .xlsx', async () => {
    const whole = oldExcel(4, [['Sheet1', MONTH]]);
    const bytes = whole.slice(0, 40);
    const lib = await workbookLibFor([{ bytes: whole }]);
    const r = readWorkbook(lib!, bytes, '旧表.xls');
    expect(r.blocked).toBe(true);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', file: '旧表.xls' });
    expect(r.issues[0]!.message).toContain('另存为 .xlsx');
  });

  it.each([5, 4, 2] as const)('an Excel %i file of GBK text with no CODEPAGE record (as some exporters write it) reads as Chinese Excel and WPS read it, in GBK', async (version) => {
    const bytes = oldExcel(version, [['3月', MONTH]], null);
    const lib = await workbookLibFor([{ bytes }]);
    const r = readWorkbook(lib!, bytes, '中北镇-2024年3月.xls');
    expect(r.sheets[0]!.rows[2]).toEqual(['东湖社区', '5200', '31']);
    if (version === 5) expect(r.sheets[0]!.sheet).toBe('3月');
  });

  it('a bare BIFF stream cut short before its end (no EOF record) is refused as an old file to re-save, not as a workbook with no data', async () => {
    const whole = oldExcel(4, [['Sheet1', MONTH]]);
    const lib = await workbookLibFor([{ bytes: whole }]);
    const r = readWorkbook(lib!, whole.slice(0, whole.length - 4), '旧表.xls');
    expect(r.blocked).toBe(true);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([['workbook-corrupt',
      '无法读取该Excel文件：这是Excel 4.0或更早版本的旧格式表格，文件已损坏或无法识别。请在Excel或WPS中打开后另存为 .xlsx 再导入']]);
  });

  it('only Excel 95 and older files need the codepage tables: not .xlsx, .ods, Excel 97 (BIFF8) .xls or CSV', () => {
    expect(needsCodepage(oldExcel(5, [['3月', MONTH]]))).toBe(true);
    for (const v of [2, 3, 4] as const) expect(needsCodepage(oldExcel(v, [['Sheet1', MONTH]]))).toBe(true);
    for (const name of ['2024年社区月报.xlsx', '2024年社区月报-旧版.xls', 'LibreOffice-社区月报.xls', 'LibreOffice-隐藏与筛选-2024年3月.ods', '加密.xlsx']) {
      expect(needsCodepage(fixture(name)), name).toBe(false);
    }
    expect(needsCodepage(new TextEncoder().encode('社区,常住人口\n东湖社区,5200\n'))).toBe(false);
  });
});
