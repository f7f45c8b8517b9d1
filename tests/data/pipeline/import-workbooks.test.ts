// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../../src/analysis/league-table';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { workbookLibFor } from '../../../src/data/rows/load-workbook-lib';
import { observations, utf8 } from './import-helpers';
import { modelOf } from '../../analysis/model-of';

const dir = join(__dirname, '../../fixtures/workbooks');
const file = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const run = (files: InputFile[], opts: Parameters<typeof importFiles>[1] = {}) => importFiles(files, { workbookLib: XLSX, ...opts });


describe('importFiles: Excel workbooks', () => {
  it('two streets\' workbooks import as one league-table-ready dataset', () => {
    const r = run([file('中北镇-2024年3月.xlsx'), file('双口镇-2024年3月.xlsx')]);
    expect(r.report.status).toBe('ok');
    expect(countsBalance(r.report.counts)).toBe(true);
    const ds = r.dataset!;
    expect(ds.units.map((u) => `${u.parent}/${u.name}`).sort()).toEqual(
      ['中北镇/东湖社区', '中北镇/南河社区', '中北镇/西山社区', '双口镇/北岸社区', '双口镇/柳滩社区'].sort());
    expect(ds.periods).toEqual(['2024-03']);
    // The merged 街道 cells were filled down (one note per sheet naming the range), not guessed.
    expect(r.report.issues.filter((i) => i.code === 'merged-cells-filled').map((i) => [i.file, i.sheet, i.message]))
      .toEqual([['中北镇-2024年3月.xlsx', '3月', expect.stringContaining('A3:A5')], ['双口镇-2024年3月.xlsx', '3月', expect.stringContaining('A3:A4')]]);
    const metric = ds.metrics.find((m) => m.zh === '常住人口')!;
    const t = buildLeagueTable(modelOf(ds), { metric: metric.id, period: '2024-03' });
    expect(t.rows.map((row) => [row.name, row.rank, row.value])).toEqual([
      ['柳滩社区', 1, 7300], ['南河社区', 2, 6100], ['东湖社区', 3, 5200], ['西山社区', 4, 4100], ['北岸社区', 5, 3900],
    ]);
    // Sources name the sheet.
    expect(ds.files.map((f) => f.name)).toEqual(['中北镇-2024年3月.xlsx › 3月', '双口镇-2024年3月.xlsx › 3月']);
  });

  it('a sheet per month: periods from the sheet names with the year from the file name; cells as the value parser reads them', () => {
    const r = run([file('2024年社区月报.xlsx')]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.files.map((f) => [f.name, f.sheet, f.shape, f.rows])).toEqual([
      ['2024年社区月报.xlsx', '1月', 'wide', 4], ['2024年社区月报.xlsx', '2月', 'wide', 4], ['2024年社区月报.xlsx', '3月', 'wide', 4],
    ]);
    const obs = observations(r.dataset).filter((o) => o.period === '2024-03');
    const of = (unit: string, zh: string) => obs.find((o) => o.unit === unit && r.dataset!.metrics.find((m) => m.id === o.metric)!.zh.includes(zh));
    expect(of('东湖社区', '就业率')).toMatchObject({ value: 12.5, raw: '12.5%' });
    expect(of('南河社区', '就业率')).toMatchObject({ value: 8.25 });
    expect(of('东湖社区', '再就业')).toMatchObject({ value: 1568, qualifier: 'exact' });
    expect(of('西山社区', '再就业')).toMatchObject({ value: 3500, qualifier: 'gt', raw: '3500余' });
    expect(of('西山社区', '常住人口')).toMatchObject({ unit: '西山社区', parent: '中北镇', value: 2030 });
    // Every issue inside a sheet names it; the hidden sheet is a note; the 合计 rows are subtotals in their sheets.
    const issues = r.report.issues;
    expect(issues.find((i) => i.code === 'sheet-hidden')).toMatchObject({ severity: 'info', file: '2024年社区月报.xlsx', sheet: '草稿' });
    expect(issues.filter((i) => i.code === 'period-from-sheet-name').map((i) => i.sheet)).toEqual(['1月', '2月', '3月']);
    // `3500余` at E5 of every month's sheet: one note naming the three sheets (same-issue-places.ts).
    expect(issues.filter((i) => i.code === 'approximate-value').map((i) => `${i.file} › ${i.sheet} › ${i.line}:${i.column}`))
      .toEqual(['2024年社区月报.xlsx › 1月 › 5:5']);
    expect(issues.find((i) => i.code === 'approximate-value')!.places).toEqual(['1月', '2月', '3月'].map((sheet) => ({ file: '2024年社区月报.xlsx', sheet })));
    expect(r.report.rows).toEqual(['1月', '2月', '3月'].map((sheet) => ({ file: '2024年社区月报.xlsx', sheet, line: 7, outcome: 'subtotal', reason: '小计/合计行：合计' })));
    expect(r.report.files).toEqual(['2024年社区月报.xlsx']);
  });

  it('.xls (BIFF8) and LibreOffice-saved workbooks import the same observations as the SheetJS .xlsx', () => {
    const cells = (name: string) => observations(run([file(name)]).dataset).map((o) => [o.unit, o.parent, o.period, o.metric, o.value, o.qualifier, o.raw, o.line]);
    const ref = cells('2024年社区月报.xlsx');
    expect(ref).toHaveLength(27);
    for (const name of ['LibreOffice-社区月报.xlsx', 'LibreOffice-社区月报.xls']) expect(cells(name)).toEqual(ref);
    const old = run([file('2024年社区月报-旧版.xls')]);
    expect(old.report.status).toBe('ok');
    expect(old.dataset!.periods).toEqual(['2024-01', '2024-02']);
  });

  it('date cells in a period column are periods; a formula without a cached value is a warning naming the cell', () => {
    const r = run([file('长表-日期.xlsx')]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    const w = r.report.issues.find((i) => i.code === 'formula-no-value')!;
    expect(w).toMatchObject({ severity: 'warning', file: '长表-日期.xlsx', sheet: '数据', line: 8, column: 4 });
    expect(w.message).toContain('D8是公式');
  });

  it('a 合计 row of formulas with no saved result is one warning naming its cells, once for every sheet alike', () => {
    // One warning per cell and sheet: 12 lines for a quarterly workbook whose 合计 rows were written by a program.
    const wb = XLSX.utils.book_new();
    const sum = (c: string): XLSX.CellObject => ({ t: 'n', f: `SUM(${c}3:${c}4)` });
    for (const name of ['1月', '2月']) {
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
        ['2024年社区工作统计表'], ['社区', '新增就业', '慰问困难群众', '注册志愿者'],
        ['花园路社区', 3, 10, 40], ['滨西社区', 5, 12, 25], ['合计', sum('B'), sum('C'), sum('D')],
      ]), name);
    }
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ['2024年社区工作统计表'], ['社区', '新增就业', '慰问困难群众', '注册志愿者'],
      ['花园路社区', { t: 'n', f: 'B4' }, { t: 'n', f: 'C4' }, { t: 'n', f: 'D4' }], ['滨西社区', 5, 12, 25], ['合计', sum('B'), sum('C'), sum('D')],
    ]), '3月');
    const r = run([{ name: '社区.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    const w = r.report.issues.filter((i) => i.code === 'formula-no-value');
    expect(w).toHaveLength(2);
    expect(w[0]).toMatchObject({ severity: 'warning', file: '社区.xlsx', sheet: '1月', line: 5, column: 2 });
    expect(w[0]!.message).toMatch(/^B5、C5、D5是公式（如=SUM\(B3:B4\)）但文件中没有保存计算结果/);
    expect(w[0]!.places?.map((p) => p.sheet)).toEqual(['1月', '2月']);
    expect(w[1]).toMatchObject({ sheet: '3月', line: 3, column: 2 });
    expect(w[1]!.message).toMatch(/^B3、C3、D3、B5、C5等6个单元格是公式（如=B4）/);
  });

  it.each([
    // (A 上半年 sheet beside 1月 would be their sum, left out: import-workbook-sheets.test.ts.)
    [[['1月', '2024年社区统计表'], ['一季度', '2024年社区统计表'], ['下半年', '2024年社区统计表'], ['2023年3月', '社区统计表']], 'x.xlsx', ['2023-03', '2024-01', '2024-H2', '2024-Q1']],
    [[['3月', '社区统计表']], '津南区2025年.xlsx', ['2025-03']],
  ])('period from the sheet name, the year from the title or the file name %#', (sheets, name, periods) => {
    const r = run([{ name, bytes: book(sheets.map(([sheet, title]) => [sheet!, [[title!], ['社区', '常住人口'], ['东湖社区', 100]]])) }]);
    expect(r.report.status).toBe('ok');
    expect([...r.dataset!.periods].sort()).toEqual(periods);
  });

  it('one-column note sheets (填表说明) beside a data sheet are skipped with a note; .et/.xlsm names are read by their bytes', () => {
    const bytes = book([['3月', [['社区', '常住人口'], ['东湖社区', 100]]], ['说明', [['填表说明'], ['1. 数据截至月底']]]]);
    for (const name of ['2024年报表.et', '2024年报表.xlsm', '2024年报表.xls']) {
      const r = run([{ name, bytes }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区']);
      expect(r.report.issues.find((i) => i.code === 'sheet-not-table')).toMatchObject({ severity: 'info', file: name, sheet: '说明' });
    }
    // A workbook of only such a sheet is still read (and its problems reported), not silently dropped.
    const only = run([{ name: '2024年3月.xlsx', bytes: book([['说明', [['填表说明'], ['东湖社区']]]]) }]);
    expect(only.report.issues.some((i) => i.code === 'sheet-not-table')).toBe(false);
  });

  it('an .xls that is an HTML table (what many systems and WPS 另存为网页 write) imports as a workbook, in UTF-8 or GBK, its colspan title a merged title', () => {
    const page = '<html><head><meta charset="gb2312"></head><body><table border="1"><tr><td colspan="3">2024年3月各社区就业情况</td></tr>'
      + '<tr><td>社区</td><td>再就业人数</td><td>开发就业岗位</td></tr><tr><td>花园路社区</td><td>10</td><td>3</td></tr>'
      + '<tr><td>滨西社区</td><td>1,204</td><td>约4</td></tr></table></body></html>';
    for (const bytes of [utf8(page), new Uint8Array(iconv.encode(page, 'gbk'))]) {
      const r = run([{ name: '系统导出.xls', bytes }]);
      expect(r.report.status).toBe('ok');
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}|${o.qualifier}`)).toEqual([
        '滨西社区|2024-03|jobs_developed|4|approx', '滨西社区|2024-03|reemployed|1204|exact',
        '花园路社区|2024-03|jobs_developed|3|exact', '花园路社区|2024-03|reemployed|10|exact',
      ]);
    }
  });

  it('an HTML table\'s cells are read as written, as a CSV file\'s are: 12% in a count column, 1.2E+3 and 0050 are said, the text kept', () => {
    const page = '<html><body><table><tr><td>社区</td><td>下岗失业人员</td><td>再就业人数</td><td>注册志愿者</td></tr>'
      + '<tr><td>花园路社区</td><td>0050</td><td>1.2E+3</td><td>12%</td></tr></table></body></html>';
    const r = run([{ name: '2024年3月导出.xls', bytes: utf8(page) }]);
    expect(observations(r.dataset).map((o) => `${o.metric}|${o.value}|${o.raw}`)).toEqual(['reemployed|1200|1.2E+3', 'unemployed|50|0050', 'volunteers|12|12%']);
    expect(r.report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['scientific-notation', 'unit-not-metric']));
  });

  it('an .xls that is an XML Spreadsheet 2003 imports as a workbook, sheet names and all', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
      + '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
      + '<Worksheet ss:Name="2024年3月"><Table><Row><Cell><Data ss:Type="String">社区</Data></Cell><Cell><Data ss:Type="String">再就业人数</Data></Cell></Row>'
      + '<Row><Cell><Data ss:Type="String">花园路社区</Data></Cell><Cell><Data ss:Type="Number">10</Data></Cell></Row></Table></Worksheet></Workbook>';
    const r = run([{ name: '导出.xls', bytes: utf8(xml) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`)).toEqual(['花园路社区|2024-03|reemployed|10']);
    expect(r.report.issues.find((i) => i.code === 'period-from-sheet-name')?.sheet).toBe('2024年3月');
  });

  it('a web page with no table (a login or error page saved as .xls) is refused as a web page', () => {
    const r = run([{ name: '导出.xls', bytes: utf8('<!DOCTYPE html>\n<html><head><title>错误</title></head><body>会话已过期</body></html>\n') }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.map((i) => [i.code, i.message])).toEqual([['file-is-html', '这是网页(HTML)文件，其中没有表格。请从系统中重新导出Excel或CSV后再导入']]);
  });

  it.each([['改名的压缩包.xlsx'], ['加密.xlsx'], ['损坏.xlsx']])('%s with a good workbook: blocked, nothing imported, the current dataset unchanged', (bad) => {
    const existing = run([file('中北镇-2024年3月.xlsx')]).dataset!;
    const r = run([file('双口镇-2024年3月.xlsx'), file(bad)], { existing });
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    expect(r.report.observations).toBe(0);
    const err = r.report.issues.find((i) => i.severity === 'error')!;
    expect(err.file).toBe(bad);
    expect(err.message).toMatch(/^无法读取该Excel文件：/);
    expect(existing.units).toHaveLength(3);
  });

  it('a workbook without the reader loaded is refused with a message, never a crash', () => {
    const r = importFiles([file('中北镇-2024年3月.xlsx')]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues[0]!.code).toBe('workbook-reader-missing');
  });

  it('workbookLibFor loads SheetJS only for a batch with a workbook', async () => {
    expect(await workbookLibFor([{ bytes: utf8('社区,人口\n') }])).toBeUndefined();
    const lib = await workbookLibFor([{ bytes: utf8('社区,人口\n') }, file('中北镇-2024年3月.xlsx')]);
    expect(typeof lib?.read).toBe('function');
  });

  it('a period column that disagrees with the sheet name says so, naming the sheet name (not the file name)', () => {
    const bytes = book([['3月', [['社区', '期间', '常住人口'], ['东湖社区', '2024-05', 5200]]]]);
    const r = run([{ name: '2024年社区月报.xlsx', bytes }]);
    const issue = r.report.issues.find((i) => i.code === 'period-disagree');
    expect(issue).toMatchObject({ file: '2024年社区月报.xlsx', sheet: '3月', line: 2 });
    expect(issue!.message).toContain('与工作表名的期间2024年3月不一致');
    expect(issue!.message).toContain('请核对工作表名或期间列');
    expect(issue!.messageEn).toContain('differs from the sheet name period Mar 2024');
    expect(r.dataset!.periods).toEqual(['2024-05']);
  });

  it('CSV and workbooks import together; CSV issues carry no sheet key (the JSON report stays as it was)', () => {
    const csv = { name: '2024年3月.csv', bytes: utf8('街道,社区,常住人口\n杨柳青镇,柳口社区,3000\n\n') };
    const r = run([csv, file('中北镇-2024年3月.xlsx')]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units).toHaveLength(4);
    const csvIssues = r.report.issues.filter((i) => i.file === '2024年3月.csv');
    expect(csvIssues.length).toBeGreaterThan(0);
    for (const i of csvIssues) expect(Object.keys(i)).not.toContain('sheet');
    expect(r.report.rows.find((x) => x.file === '2024年3月.csv')).toEqual({ file: '2024年3月.csv', line: 3, outcome: 'blank', reason: '空行' });
  });

  it('a sheet over 500 columns wide gets the same column warning as a CSV file, naming the sheet; one of 4 columns and a stray far cell does not', () => {
    const names = Array.from({ length: 599 }, (_, k) => `指标${k + 1}`);
    const r = run([{ name: '宽表.xlsx', bytes: book([['3月', [['社区', ...names], ['东湖社区', ...names.map(() => 1)]]]]) }]);
    expect(r.report.issues.filter((i) => i.code === 'file-large')).toMatchObject([{ severity: 'warning', file: '宽表.xlsx', sheet: '3月' }]);
    expect(r.report.issues.find((i) => i.code === 'file-large')!.message).toContain('表格有600列');
    const ws = XLSX.utils.aoa_to_sheet([['社区', '期间', '常住人口', '户数'], ['东湖社区', '2024-03', 100, 40]]);
    ws['XFD2'] = { t: 's', v: '已核对' };
    ws['!ref'] = 'A1:XFD2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const far = run([{ name: '3月.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(far.report.status).toBe('ok');
    expect(far.report.issues.map((i) => i.code)).toContain('far-cells-dropped');
    expect(far.report.issues.filter((i) => i.code === 'file-large')).toEqual([]);
  });
});
