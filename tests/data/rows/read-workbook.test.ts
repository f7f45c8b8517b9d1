// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type WorkbookSheet } from '../../../src/data/rows/read-workbook';
import { workbookContainer, WORKBOOK_SNIFF_BYTES } from '../../../src/data/rows/workbook-container';
import { isPercentFormat, numberText } from '../../../src/data/rows/workbook-cell-text';

const dir = join(__dirname, '../../fixtures/workbooks');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));

/** A one-sheet workbook written by SheetJS (its shared strings, its merge records). */
function oneSheet(cells: (string | number | XLSX.CellObject | null)[][], opts: { name?: string; merges?: string[]; bookType?: XLSX.BookType } = {}): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(cells);
  if (opts.merges) ws['!merges'] = opts.merges.map((m) => XLSX.utils.decode_range(m));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, opts.name ?? '数据');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: opts.bookType ?? 'xlsx' }) as ArrayBuffer);
}

const sheetOf = (bytes: Uint8Array, file = 't.xlsx'): WorkbookSheet => {
  const r = readWorkbook(XLSX, bytes, file);
  expect(r.blocked).toBe(false);
  return r.sheets[0]!;
};

describe('readWorkbook: cell texts', () => {
  it('uses cached formula values, percent and date formats, and plain 15-digit numbers', () => {
    const s = sheetOf(oneSheet([
      ['社区', '人口', '比例', '期间', '日期', '文本'],
      ['东湖社区', { t: 'n', f: 'B3+1', v: 1569 }, { t: 'n', v: 0.125, z: '0.0%' }, { t: 'n', v: 45352, z: 'yyyy-mm-dd' }, { t: 'n', v: 45366, z: 'yyyy/m/d' }, '1,568'],
      ['西山社区', 0.1 + 0.2, { t: 'n', v: 0.3, z: '0%' }, { t: 'n', v: 45292, z: 'yyyy"年"m"月"' }, 45366, '3500余'],
    ]));
    expect(s.rows[1]).toEqual(['东湖社区', '1569', '12.5%', '2024-03', '2024-03-15', '1,568']);
    // 0.1 + 0.2 → 0.3 (no float noise); a plain serial in a General cell stays a number.
    expect(s.rows[2]).toEqual(['西山社区', '0.3', '30%', '2024-01', '45366', '3500余']);
    expect(s.lines).toEqual([1, 2, 3]);
  });

  it('warns about a formula with no cached value, naming file › sheet › cell', () => {
    const r = readWorkbook(XLSX, fixture('长表-日期.xlsx'), '长表-日期.xlsx');
    const w = r.issues.filter((i) => i.code === 'formula-no-value');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', file: '长表-日期.xlsx', sheet: '数据', line: 8, column: 4 });
    expect(w[0]!.message).toContain('D8是公式');
    expect(r.sheets[0]!.rows[7]![3]).toBe('');
  });

  it('warns about a filled-down (shared) formula with no cached value, which SheetJS alone drops', () => {
    const cfb = XLSX.CFB.read(oneSheet([['社区', '再就业人数', '慰问困难群众']]), { type: 'array' });
    const entry = cfb.FileIndex[cfb.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'))]!;
    const str = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const data = '<sheetData>'
      + `<row r="1">${str('A1', '社区')}${str('B1', '再就业人数')}${str('C1', '慰问困难群众')}</row>`
      + `<row r="2">${str('A2', '花园路社区')}<c r="B2"><v>12</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B2*3</f><v>36</v></c></row>`
      + `<row r="3">${str('A3', '滨西社区')}<c r="B3"><v>8</v></c><c r="C3"><f t="shared" si="0"/><v>24</v></c></row>`
      + `<row r="4">${str('A4', '兆丰路社区')}<c r="B4"><v>5</v></c><c r="C4"><f t="shared" si="0"/></c></row>`
      + '</sheetData>';
    const xml = new TextDecoder().decode(entry.content as Uint8Array).replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:C4"').replace(/<sheetData>.*<\/sheetData>|<sheetData\/>/s, data);
    entry.content = new TextEncoder().encode(xml) as unknown as typeof entry.content;
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as unknown as ArrayBuffer), 't.xlsx');
    expect(r.sheets[0]!.rows).toEqual([['社区', '再就业人数', '慰问困难群众'], ['花园路社区', '12', '36'], ['滨西社区', '8', '24'], ['兆丰路社区', '5', '']]);
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'formula-no-value', sheet: '数据', line: 4, column: 3 }]);
    expect(r.issues[0]!.message).toContain('C4是公式（=B4*3）');
  });

  it('a formula whose result is #N/A (a failed lookup) is a warning naming the cell and formula; #N/A typed by hand is not', () => {
    const r = readWorkbook(XLSX, oneSheet([
      ['社区', '再就业人数', '慰问困难群众'],
      ['东湖社区', { t: 'e', v: 0x2a, f: 'VLOOKUP(A2,代码!A:B,2,0)', w: '#N/A' }, '#N/A'],
    ]), 't.xlsx');
    expect(r.sheets[0]!.rows[1]).toEqual(['东湖社区', '#N/A', '#N/A']);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['spreadsheet-error', 2, 2]]);
    // The place is the issue's (file, sheet, line, column), not repeated in the message.
    expect(r.issues[0]).toMatchObject({ file: 't.xlsx', sheet: '数据' });
    expect(r.issues[0]!.message).toBe('公式（=VLOOKUP(A2,代码!A:B,2,0)）的结果是错误值#N/A（通常是查找不到），按缺失值处理；请在Excel中修正公式后重新导入');
  });

  it('a "formula" that is only an error value (=#N/A, =NA(), as LibreOffice keeps a typed #N/A in .xls) is the typed value, not a failed lookup', () => {
    const r = readWorkbook(XLSX, oneSheet([
      ['社区', '再就业人数', '慰问困难群众', '户数'],
      ['东湖社区', { t: 'e', v: 0x2a, f: '#N/A', w: '#N/A' }, { t: 'e', v: 0x2a, f: 'NA()', w: '#N/A' }, { t: 'e', v: 0x2a, f: 'INDEX(A:A,0)', w: '#N/A' }],
    ]), 't.xlsx');
    expect(r.sheets[0]!.rows[1]).toEqual(['东湖社区', '#N/A', '#N/A', '#N/A']);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['spreadsheet-error', 2, 4]]);
  });

  it('the LibreOffice .xls of error cells: its typed #N/A (D4, kept as a formula) gives no formula warning', () => {
    const r = readWorkbook(XLSX, fixture('LibreOffice-错误值-咸水沽镇2024年3月.xls'), 'a5.xls');
    expect(r.sheets[0]!.rows[3]![3]).toBe('#N/A');
    expect(r.issues.filter((i) => i.code === 'spreadsheet-error')).toEqual([]);
  });

  it('a duration or time of day is the text Excel shows, not a date of 1900; a date with a time is still a date', () => {
    const s = sheetOf(oneSheet([
      ['社区', '时长', '时刻', '日期时间', '月日'],
      ['东湖社区', { t: 'n', v: 1.25, z: '[h]:mm', w: '30:00' }, { t: 'n', v: 0.5208333333, z: 'h:mm', w: '12:30' },
        { t: 'n', v: 45366.5, z: 'yyyy/m/d h:mm', w: '2024/3/15 12:00' }, { t: 'n', v: 45366, z: 'm"月"d"日"', w: '3月15日' }],
    ]));
    expect(s.rows[1]).toEqual(['东湖社区', '30:00', '12:30', '2024-03-15', '2024-03-15']);
  });

  it('a date in Chinese Excel\'s built-in 年月 format (57, which SheetJS has no pattern for) is a date, not its serial', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', { t: 'n', v: 45292, z: 'yyyy"年"m"月"' }], ['东湖社区', 3]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '数据');
    const cfb = XLSX.CFB.read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer), { type: 'array' });
    const entry = cfb.FileIndex[cfb.FullPaths.findIndex((p: string) => p.endsWith('xl/styles.xml'))]!;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const id = /<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"\/>/.exec(xml)![1]!;
    // As Chinese Excel saves it: the built-in id 57, with no pattern written.
    const patched = xml.replace(new RegExp(`<numFmt numFmtId="${id}"[^>]*/>`), '').replaceAll(`numFmtId="${id}"`, 'numFmtId="57"');
    entry.content = new TextEncoder().encode(patched) as unknown as typeof entry.content;
    const s = sheetOf(new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as unknown as ArrayBuffer));
    expect(s.rows).toEqual([['社区', '2024-01'], ['东湖社区', '3']]);
  });

  it('2024.10 typed as a number in a two-decimal format is the text shown (October), not 2024.1 (January)', () => {
    const s = sheetOf(oneSheet([
      ['社区', { t: 'n', v: 2024.09, z: '0.00' }, { t: 'n', v: 2024.1, z: '0.00' }, { t: 'n', v: 2024.1 }, { t: 'n', v: 12.5, z: '0.00' }],
      ['东湖社区', 1, 2, 3, 4],
    ]));
    // A General 2024.1 stays as typed; a value of another size keeps its plain number.
    expect(s.rows[0]).toEqual(['社区', '2024.09', '2024.10', '2024.1', '12.5']);
  });

  it('numberText and isPercentFormat', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1568)).toBe('1568');
    expect(numberText(-12.5)).toBe('-12.5');
    expect(numberText(123456789.123456789)).toBe('123456789.123457');
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('a sheet whose used range is the whole sheet (A1:XFD1048576, after formatting whole rows and columns) is read by its cells, at once', () => {
    // SheetJS's writer walks the whole used range, so the file's <dimension> is set in its XML.
    const cfb = XLSX.CFB.read(oneSheet([['社区', '期间', '再就业人数', '开发就业岗位'], ['东湖社区', '2024-03', 12, 3], ['西山社区', '2024-03', 8, 1]]), { type: 'array' });
    const entry = cfb.FileIndex[cfb.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'))]!;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    expect(xml).toMatch(/<dimension ref="A1:D3"/);
    entry.content = new TextEncoder().encode(xml.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"')) as unknown as typeof entry.content;
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as unknown as ArrayBuffer);
    expect(XLSX.read(bytes, { dense: true }).Sheets['数据']!['!ref']).toBe('A1:XFD1048576');
    const t0 = performance.now();
    const s = sheetOf(bytes);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(s.rows).toEqual([['社区', '期间', '再就业人数', '开发就业岗位'], ['东湖社区', '2024-03', '12', '3'], ['西山社区', '2024-03', '8', '1']]);
    expect(s.lines).toEqual([1, 2, 3]);
  }, 10_000);

  it('a cell typed far to the right (XFD3) is left out with a warning naming it, not padded into every row', () => {
    const table = [['社区', '期间', '再就业人数'], ['东湖社区', '2024-03', 12], ['西山社区', '2024-03', 8], ['北辰社区', '2024-03', 5]];
    const ws = XLSX.utils.aoa_to_sheet(table);
    ws['XFD3'] = { t: 's', v: '已核对' };
    ws['XFD5'] = { t: 's', v: '  ' };
    ws['!ref'] = 'A1:XFD5';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(r.sheets[0]!.rows).toEqual(table.map((row) => row.map(String)));
    const far = r.issues.filter((i) => i.code === 'far-cells-dropped');
    expect(far).toHaveLength(1);
    expect(far[0]).toMatchObject({ severity: 'warning', file: 't.xlsx', sheet: '3月', line: 3, column: 16384 });
    expect(far[0]!.message).toBe('工作表“3月”中XFD3“已核对”在表格右侧、隔着16380个空列，不属于表格，未导入；如是数据，请把它移到表格内后重新导入');
  });

  it('hidden rows and columns holding data are read, with one warning naming them; hidden empty ones are not mentioned', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['社区', '期间', '再就业人数', '旧口径', '户数'],
      ['东湖社区', '2024-03', 12, 99, 40],
      ['新津社区', '2024-03', 30, 98, 50],
      ['西山社区', '2024-03', 8, 97, 60],
      [null, null, null, null, null],
    ]);
    ws['!ref'] = 'A1:F6';
    ws['!rows'] = [{}, {}, { hidden: true }, {}, {}, { hidden: true }];
    ws['!cols'] = [{}, {}, {}, { hidden: true }, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(r.sheets[0]!.rows[2]).toEqual(['新津社区', '2024-03', '30', '98', '50']);
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'hidden-cells', file: 't.xlsx', sheet: '3月', line: 3,
      message: '工作表“3月”有隐藏的行（第3行）和隐藏的列（D列），在Excel中看不到，但本工具照常读取，与看得见的行列一样处理；如是旧数据或草稿，请在Excel中删除后重新导入' }]);
  });

  it('rows hidden by an autofilter are said to be filtered out (a view), not called old data or drafts', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['祥福里社区', 10], ['红星里社区', 11], ['红旗楼社区', 12], ['惠苑里社区', 13]]);
    ws['!autofilter'] = { ref: 'A1:B5' };
    ws['!rows'] = [{}, {}, { hidden: true }, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer), 't.xlsx');
    expect(r.sheets[0]!.rows.map((x) => x[0])).toEqual(['社区', '祥福里社区', '红星里社区', '红旗楼社区', '惠苑里社区']);
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'hidden-cells', sheet: '3月', line: 3,
      message: '工作表“3月”设置了筛选，第3、5行被筛选隐藏，在Excel中看不到，其中的数据已照常导入（筛选只改变显示）；如这些行不应导入，请在Excel中删除后重新导入' }]);
  });

  it('names the hidden columns that hold data on the sheet (a hidden empty column is not one)', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数', '再就业人数', '', '户数'], ['东湖社区', 1, 5, null, 40]]);
    ws['!cols'] = [{}, { hidden: true }, {}, { hidden: true }, {}];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(r.sheets[0]!.hiddenColumns).toEqual([1]);
  });

  it('a cell typed far below the table (after 1,000 or more blank rows) is left out with the same warning; a block of data there is kept', () => {
    const table = [['社区', '再就业人数'], ['东湖社区', 12], ['西山社区', 8]];
    const write = (extra: Record<string, XLSX.CellObject>, ref: string): Uint8Array => {
      const ws = XLSX.utils.aoa_to_sheet(table);
      Object.assign(ws, extra);
      ws['!ref'] = ref;
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, '3月');
      return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    };
    const stray = readWorkbook(XLSX, write({ A60000: { t: 'n', v: 0 } }, 'A1:B60000'), 't.xlsx');
    expect(stray.sheets[0]!.rows).toEqual(table.map((r) => r.map(String)));
    expect(stray.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([['far-cells-dropped', 60000, 1,
      '工作表“3月”中A60000“0”在表格下方、隔着59996个空行，不属于表格，未导入；如是数据，请把它移到表格内后重新导入']]);
    const block: Record<string, XLSX.CellObject> = {};
    for (let r = 2001; r <= 2011; r++) { block[`A${r}`] = { t: 's', v: `北${r}社区` }; block[`B${r}`] = { t: 'n', v: r }; }
    const kept = readWorkbook(XLSX, write(block, 'A1:B2011'), 't.xlsx');
    expect(kept.sheets[0]!.lines.at(-1)).toBe(2011);
    expect(kept.issues).toEqual([]);
  });

  it('a note a few hundred columns out stays part of the table; many far cells are counted', () => {
    const near = XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['东湖社区', 12]]);
    near[XLSX.utils.encode_cell({ r: 1, c: 200 })] = { t: 's', v: '备注' };
    near['!ref'] = 'A1:GS2';
    const nearBook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(nearBook, near, '数据');
    const kept = readWorkbook(XLSX, new Uint8Array(XLSX.write(nearBook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(kept.sheets[0]!.rows[1]![200]).toBe('备注');
    expect(kept.issues.filter((i) => i.code === 'far-cells-dropped')).toEqual([]);

    const rows = [['社区', '再就业人数'], ...Array.from({ length: 8 }, (_, k) => [`东${k}社区`, k])];
    const many = XLSX.utils.aoa_to_sheet(rows);
    for (let k = 1; k <= 8; k++) many[XLSX.utils.encode_cell({ r: k, c: 600 })] = { t: 'n', v: k };
    many['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 8, c: 600 } });
    const manyBook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(manyBook, many, '数据');
    const cut = readWorkbook(XLSX, new Uint8Array(XLSX.write(manyBook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(cut.sheets[0]!.rows.every((row) => row.length === 2)).toBe(true);
    expect(cut.issues.find((i) => i.code === 'far-cells-dropped')!.message)
      .toBe('工作表“数据”中WC2“1”、WC3“2”、WC4“3”、WC5“4”、WC6“5”等8个单元格在表格右侧、隔着598个空列，不属于表格，未导入；如是数据，请把它移到表格内后重新导入');
  });

  it('pads rows to the sheet width, drops empty trailing rows and keeps column A at index 0', () => {
    const s = sheetOf(oneSheet([[null, null, null], [null, '社区', '人口'], [null, '东湖社区', 5], [null, null, null]]));
    expect(s.rows).toEqual([['', '', ''], ['', '社区', '人口'], ['', '东湖社区', '5']]);
  });
});

describe('readWorkbook: sheets', () => {
  it('skips hidden sheets with a note and an empty first sheet (封面) with one; reads every month sheet', () => {
    const r = readWorkbook(XLSX, fixture('2024年社区月报.xlsx'), '2024年社区月报.xlsx');
    expect(r.sheets.map((s) => s.sheet)).toEqual(['1月', '2月', '3月']);
    expect(r.issues.map((i) => `${i.severity}:${i.code}:${i.sheet ?? ''}`)).toEqual(['info:sheet-hidden:草稿', 'info:sheet-empty:封面']);
    expect(r.sheets[0]!.rows[3]).toEqual(['中北镇', '东湖社区', '1010', '12.5%', '1,568']);
    expect(r.sheets[0]!.rows[4]).toEqual(['', '西山社区', '2010', '30%', '3500余']);
    // The 合计 row's SUM keeps its cached value.
    expect(r.sheets[2]!.rows[6]).toEqual(['合计', '', String(1030 + 2030 + 1503), '', '']);
  });

  it.each([
    ['SheetJS .xls (BIFF8)', '2024年社区月报-旧版.xls'],
    ['LibreOffice .xlsx', 'LibreOffice-社区月报.xlsx'],
    ['LibreOffice .xls', 'LibreOffice-社区月报.xls'],
  ])('%s reads the same cells as the SheetJS .xlsx', (_, name) => {
    const ref = readWorkbook(XLSX, fixture('2024年社区月报.xlsx'), 'a');
    const r = readWorkbook(XLSX, fixture(name), 'b');
    expect(r.blocked).toBe(false);
    for (const s of r.sheets) {
      const same = ref.sheets.find((x) => x.sheet === s.sheet)!;
      expect(s.rows).toEqual(same.rows);
      expect(s.lines).toEqual(same.lines);
      expect(s.merges).toEqual(expect.arrayContaining([{ top: 0, bottom: 0, left: 0, right: 4 }, { top: 3, bottom: 4, left: 0, right: 0 }]));
    }
  });

  it('a workbook with only empty or hidden sheets is an error', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Sheet1');
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'e.xlsx');
    expect(r.blocked).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['file-empty']);
  });
});

describe('readWorkbook: files that are not readable workbooks', () => {
  it.each([
    ['改名的压缩包.xlsx', 'workbook-not-a-workbook', '不是Excel工作簿'],
    ['加密.xlsx', 'workbook-encrypted', '文件已加密，请在Excel中取消密码后另存为 .xlsx'],
    ['损坏.xlsx', 'workbook-corrupt', '文件不完整'],
  ])('%s → %s, never a throw', (name, code, words) => {
    const r = readWorkbook(XLSX, fixture(name), name);
    expect(r.blocked).toBe(true);
    expect(r.sheets).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code, file: name });
    expect(r.issues[0]!.message).toContain('无法读取该Excel文件');
    expect(r.issues[0]!.message).toContain(words);
  });

  it('an .ods saved with a password (LibreOffice, WPS) is refused as encrypted, not as damaged', () => {
    // SheetJS stops at its zip entries (`Bad compressed size`), as it does at a damaged file's.
    const name = 'LibreOffice-加密.ods';
    const r = readWorkbook(XLSX, fixture(name), name);
    expect(r.blocked).toBe(true);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'workbook-encrypted', file: name });
    expect(r.issues[0]!.message).toBe('无法读取该表格文件：文件已加密（保存时设置了密码），请在LibreOffice或WPS中打开，取消密码后另存为 .xlsx 再导入');
    // The same workbook unencrypted is read; cut short, it is incomplete, not encrypted.
    expect(readWorkbook(XLSX, fixture('LibreOffice-隐藏与筛选-2024年3月.ods'), 'x.ods').blocked).toBe(false);
    expect(readWorkbook(XLSX, fixture(name).slice(0, 2000), name).issues[0]).toMatchObject({ code: 'workbook-corrupt' });
  });

  it('random bytes behind a zip or OLE signature are refused, not thrown', () => {
    for (const head of [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      for (let seed = 1; seed < 20; seed++) {
        const bytes = new Uint8Array(600 + seed * 37).map((_, i) => (i < 4 ? head[i]! : (i * seed * 2654435761) >>> 24));
        const r = readWorkbook(XLSX, bytes, 'x.xlsx');
        expect(r.blocked).toBe(true);
        expect(r.issues[0]!.severity).toBe('error');
      }
    }
  });

  it('a zip cut short at any length is refused at once (SheetJS alone can loop for ever on some)', () => {
    const whole = fixture('中北镇-2024年3月.xlsx');
    for (const n of [4, 14, 30, 100, 1000, 4000, whole.length - 10]) {
      const t = performance.now();
      const r = readWorkbook(XLSX, whole.slice(0, n), 'cut.xlsx');
      expect(performance.now() - t).toBeLessThan(2000);
      expect(r.blocked).toBe(true);
      expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'workbook-corrupt' });
      // Chinese words only: SheetJS's English stays in messageEn.
      expect(r.issues[0]!.message.replace(/Excel|WPS|xlsx/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(readWorkbook(XLSX, whole.slice(0, 4000), 'cut.xlsx').issues[0]!.message).toBe('无法读取该Excel文件：文件不完整（可能下载或拷贝时中断）。请重新获取原文件后再导入');
  });

  it('a chart sheet (Excel\'s 移动图表 to a sheet of its own) is said to be one and skipped, not read as a column of text', () => {
    const r = readWorkbook(XLSX, fixture('图表工作表-咸水沽镇2024年3月.xlsx'), 'a13.xlsx');
    expect(r.sheets.map((s) => s.sheet)).not.toContain('图表1');
    expect(r.issues.filter((i) => i.sheet === '图表1').map((i) => [i.severity, i.code, i.message])).toEqual([
      ['info', 'sheet-chart', '工作表“图表1”是图表工作表，只有图表、没有数据表格，已跳过']]);
  });

  it('a very hidden sheet (a program\'s lookup table) is skipped without asking the clerk to unhide it', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['东湖社区', 12]]), '3月');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['代码', '名称'], ['120101001001', '花园路社区']]), '代码表');
    wb.Workbook = { Sheets: [{ name: '3月', Hidden: 0 }, { name: '代码表', Hidden: 2 }] };
    const r = readWorkbook(XLSX, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 't.xlsx');
    expect(r.sheets.map((x) => x.sheet)).toEqual(['3月']);
    expect(r.issues.map((i) => [i.code, i.sheet, i.message])).toEqual([
      ['sheet-hidden', '代码表', '工作表“代码表”是深度隐藏的（通常是系统或宏使用的代码表），不是要汇报的数据，未导入']]);
  });

  it('tells workbooks by magic bytes, not by name', () => {
    expect(workbookContainer(fixture('2024年社区月报.xlsx'))).toBe('zip');
    expect(workbookContainer(fixture('2024年社区月报-旧版.xls'))).toBe('ole');
    expect(workbookContainer(new TextEncoder().encode('社区,人口\n'))).toBeNull();
    expect(workbookContainer(new Uint8Array([0x50, 0x4b]))).toBeNull();
  });

  it('tells an HTML or XML workbook from its first WORKBOOK_SNIFF_BYTES bytes, after a BOM and white space (the import worker reads no more)', () => {
    const head = (text: string) => new TextEncoder().encode(text).slice(0, WORKBOOK_SNIFF_BYTES);
    for (const page of ['\uFEFF' + ' \r\n'.repeat(20) + '<!DOCTYPE html><html>…', '<html xmlns:o="urn:schemas-microsoft-com:office:office">',
      '<?xml version="1.0"?><Workbook>', '<table><tr>', '\n\n<TABLE border=1>']) {
      expect(workbookContainer(head(page)), page).toBe('markup');
    }
    expect(workbookContainer(head('社区,<html>\n'))).toBeNull();
  });
});
