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
import { verticalWorkbook } from '../../fixtures/workbooks/make-workbooks';
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
    expect(issues.filter((i) => i.code === 'approximate-value').map((i) => `${i.file} › ${i.sheet} › ${i.line}:${i.column}`))
      .toEqual(['2024年社区月报.xlsx › 1月 › 5:5', '2024年社区月报.xlsx › 2月 › 5:5', '2024年社区月报.xlsx › 3月 › 5:5']);
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
    expect(w.message).toContain('长表-日期.xlsx › 数据 › D8');
  });

  it.each([
    [[['1月', '2024年社区统计表'], ['一季度', '2024年社区统计表'], ['上半年', '2024年社区统计表'], ['2023年3月', '社区统计表']], 'x.xlsx', ['2023-03', '2024-01', '2024-H1', '2024-Q1']],
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

  it('150 vertical-form workbooks (one community each) chosen at once import as one dataset', () => {
    const files = Array.from({ length: 150 }, (_, k) => {
      const name = `第${k + 1}社区`;
      return { name: `${name}-2024年3月.xlsx`, bytes: verticalWorkbook(name, 3, k) };
    });
    const r = run(files);
    expect(r.report.status).toBe('ok');
    expect(countsBalance(r.report.counts)).toBe(true);
    const ds = r.dataset!;
    expect(ds.units).toHaveLength(150);
    expect(ds.periods).toEqual(['2024-03', '2024-C03']);
    expect(r.files.every((f) => f.shape === 'vertical')).toBe(true);
    const obs = observations(ds);
    const pop = ds.metrics.find((m) => m.zh === '常住人口')!.id;
    expect(obs.find((o) => o.unit === '第7社区' && o.metric === pop && o.period === '2024-03')!.value).toBe(3006);
    // 低保人数 has no 累计: 150 × (3 本月 + 2 累计) observations.
    expect(r.report.observations).toBe(150 * 5);
  });

  it('a workbook of one sheet per community and a 合计 sheet: the communities import, the 合计 sheet is no community', () => {
    const sheet = (a: number, b: number): (string | number)[][] => [['项目', '本月'], ['下岗失业人员', a], ['再就业人数', b]];
    const r = run([{ name: '2024年3月各社区.xlsx', bytes: book([['花园路社区', sheet(10, 5)], ['祥福里社区', sheet(20, 8)], ['合计', sheet(30, 13)]]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['祥福里社区', '花园路社区']);
    const skipped = r.report.issues.find((i) => i.code === 'summary-sheet')!;
    expect([skipped.file, skipped.sheet]).toEqual(['2024年3月各社区.xlsx', '合计']);
    expect(r.report.counts.subtotal).toBe(2);
    expect(skipped.message).toContain('汇总');
  });

  it('a sheet per community named by its short name (祥福里) is that community, with a warning to check; 数据 or 报表 sheets name none', () => {
    const sheet = (a: number): (string | number)[][] => [['项目', '本月'], ['再就业人数', a]];
    const r = run([{ name: '咸水沽镇-2024年3月各社区.xlsx', bytes: book([['汇总', sheet(3)], ['祥福里', sheet(1)], ['红星里社区', sheet(2)]]) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`)).toEqual(['祥福里|1', '红星里社区|2']);
    expect(r.report.issues.filter((i) => i.code === 'vertical-unit-from-sheet').map((i) => [i.severity, i.sheet])).toEqual([['warning', '祥福里']]);
    for (const name of ['数据', '报表1', '统计表', 'Sheet2']) {
      const none = run([{ name: '2024年3月.xlsx', bytes: book([[name, sheet(1)]]) }]);
      expect(none.report.issues.find((i) => i.code === 'vertical-no-unit')!.message).toContain('标题、工作表名和文件名中都没有社区名称');
    }
  });

  it('the vertical form names its community from the title, or refuses without one', () => {
    const ok = run([{ name: '月报.xlsx', bytes: book([['Sheet1', [['西山社区2024年4月主要指标'], ['项目', '本月'], ['常住人口', 12]]]]) }]);
    expect(ok.report.status).toBe('ok');
    expect(ok.dataset!.units.map((u) => u.name)).toEqual(['西山社区']);
    expect(ok.dataset!.periods).toEqual(['2024-04']);
    const none = run([{ name: '月报2024年4月.xlsx', bytes: book([['Sheet1', [['项目', '本月'], ['常住人口', 12]]]]) }]);
    expect(none.report.status).toBe('blocked');
    expect(none.report.issues.map((i) => i.code)).toContain('vertical-no-unit');
  });

  it('a 填表人/审核人 footer under the items is skipped as a footer, not read as a metric named 填表人', () => {
    const r = run([{ name: '花园路社区.xlsx', bytes: book([['Sheet1', [
      ['花园路社区2024年3月份工作情况统计表'], ['项目', '本月', '本年累计'], ['再就业人数', 10, 30], ['开发就业岗位', 5, 12],
      ['', '', ''], ['填表人：王芳', '', '审核人：李强'],
    ]]]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.id).sort()).toEqual(['jobs_developed', 'reemployed']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'footer-rows' || i.code === 'blank-rows').map((i) => `${i.code}@${i.line}`))
      .toEqual(['blank-rows@5', 'footer-rows@6']);
    expect(r.report.counts).toMatchObject({ imported: 2, blank: 1, rejected: 1 });
  });

  it('a sheet per metric with the months across the top: each sheet\'s metric from its name, and the error says so when no sheet, title or file names one', () => {
    const months = ['区', '街道', '社区', '2024年1月', '2024年2月', '2024年3月'];
    const r = run([{ name: '劝业场街道各社区月报.xlsx', bytes: book([
      ['下岗失业人员', [months, ['和平区', '劝业场街道', '花园路社区', 12, 10, 9], ['和平区', '劝业场街道', '滨西社区', 7, 8, 6]]],
      ['再就业人数', [months, ['和平区', '劝业场街道', '花园路社区', 3, 4, 5], ['和平区', '劝业场街道', '滨西社区', 1, 2, 2]]],
    ]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(observations(r.dataset).filter((o) => o.unit === '花园路社区' && o.period === '2024-03').map((o) => `${o.metric}=${o.value}`).sort())
      .toEqual(['reemployed=5', 'unemployed=9']);
    expect(r.report.issues.filter((i) => i.code === 'period-columns').map((i) => [i.sheet, i.message]))
      .toEqual([['下岗失业人员', expect.stringContaining('指标取自工作表名：下岗失业人员')], ['再就业人数', expect.stringContaining('指标取自工作表名：再就业人数')]]);
    // The title still comes first, and a sheet named after nothing leaves the error, now naming the sheet as a place to say it.
    const titled = run([{ name: '月报.xlsx', bytes: book([['再就业人数', [['2024年各社区下岗失业人员统计表'], months, ['和平区', '劝业场街道', '花园路社区', 1, 2, 3]]]]) }]);
    expect(observations(titled.dataset).map((o) => o.metric)).toEqual(['unemployed', 'unemployed', 'unemployed']);
    const unnamed = run([{ name: '月报.xlsx', bytes: book([['Sheet1', [months, ['和平区', '劝业场街道', '花园路社区', 1, 2, 3]]]]) }]);
    expect(unnamed.report.status).toBe('blocked');
    expect(unnamed.report.issues.find((i) => i.code === 'period-columns-no-metric')!.message).toContain('请在标题行或工作表名写明指标');
    expect(unnamed.report.issues.find((i) => i.code === 'period-columns-no-metric')!.message).not.toContain('Sheet1');
    // A sheet named after nothing countable says so, and offers its name as the header to write.
    const unknown = run([{ name: '月报.xlsx', bytes: book([['活动开展', [months, ['和平区', '劝业场街道', '花园路社区', 1, 2, 3]]]]) }]);
    expect(unknown.report.issues.find((i) => i.code === 'period-columns-no-metric')!.message)
      .toContain('（从工作表名“活动开展”看不出是哪个指标）。请在标题行或工作表名写明指标（如“2024年各社区再就业人数统计表”），或把列名改为“活动开展/2024年1月”这样的形式');
  });

  it('a sheet per metric named after a metric the catalogue does not know (新增就业人数, 活动经费（万元）) imports it as a new metric of that name, as a column header would', () => {
    const months = ['街道', '社区', '1月', '2月', '3月', '一季度合计'];
    const r = run([{ name: '咸水沽镇分指标月度.xlsx', bytes: book([
      ['新增就业人数', [['2024年新增就业人数'], months, ['咸水沽镇', '祥福里社区', 3, 4, 5, 12], ['咸水沽镇', '东张庄村', 1, 0, 2, 3], ['合计', '', 4, 4, 7, 15]]],
      ['2024年活动场次', [months, ['咸水沽镇', '祥福里社区', 2, 2, 1, 5], ['咸水沽镇', '东张庄村', 1, 1, 1, 3]]],
      ['活动经费（万元）', [['2024年'], months, ['咸水沽镇', '祥福里社区', 0.5, 0.2, 0, 0.7], ['咸水沽镇', '东张庄村', 0.1, 0.1, 0.1, 0.3]]],
    ]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => `${m.zh}/${m.unit}`).sort()).toEqual(['新增就业人数/', '活动场次/', '活动经费/元']);
    const at = (metric: string, period: string): number | null | undefined => observations(r.dataset)
      .find((o) => o.unit === '祥福里社区' && o.metric.endsWith(metric) && o.period === period)?.value;
    expect([at('新增就业人数', '2024-03'), at('活动场次', '2024-01'), at('活动经费', '2024-01')]).toEqual([5, 2, 5000]);
    expect(r.report.issues.filter((i) => i.code === 'period-columns').map((i) => i.message)).toEqual([
      expect.stringContaining('指标取自工作表名：新增就业人数（指标目录中没有，按新指标导入）'),
      expect.stringContaining('指标取自工作表名：活动场次（指标目录中没有，按新指标导入）'),
      expect.stringContaining('指标取自工作表名：活动经费（万元，已换算为元）（指标目录中没有，按新指标导入）'),
    ]);
    // The 一季度合计 column and the 合计 row are checked as for a catalogue metric, and agree.
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // A sheet naming two catalogue metrics is still no one metric: refused as before.
    const two = run([{ name: '月报.xlsx', bytes: book([['再就业和下岗失业人数', [months, ['咸水沽镇', '祥福里社区', 1, 2, 3, 6]]]]) }]);
    expect(two.report.issues.map((i) => i.code)).toContain('period-columns-no-metric');
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

  it('a vertical form with a 单位 column (项目 | 单位 | 本月 | 累计) is one community\'s form: 单位 is each metric\'s unit, 万元 scaled', () => {
    const form = (title: string | null): (string | number | null)[][] => [
      ...(title !== null ? [[title, null, null, null, null]] : []),
      ['项目', '单位', '本月', '累计', '备注'],
      ['再就业人数', '人', 12, 30, null],
      ['慰问困难群众', '人次', 35, 90, null],
      ['慰问救助金额', '万元', 0.35, 1.05, null],
    ];
    const r = run([{ name: '花园路社区-2024年3月.xlsx', bytes: book([['Sheet1', form('花园路社区工作月报表')]]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.code === 'vertical-form')!.message).toContain('社区“花园路社区”取自标题行');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort()).toEqual([
      '花园路社区|2024-03|aid_amount|3500', '花园路社区|2024-03|people_visited|35', '花园路社区|2024-03|reemployed|12',
      '花园路社区|2024-C03|aid_amount|10500', '花园路社区|2024-C03|people_visited|90', '花园路社区|2024-C03|reemployed|30',
    ]);
    // One sheet per community, each with its 单位 column, and a 汇总 sheet: two communities, no conflict.
    const street = run([{ name: '劝业场街道-2024年3月.xlsx', bytes: book([['汇总', form(null)], ['花园路社区', form(null)], ['滨西社区', form(null)]]) }]);
    expect(street.report.status).toBe('ok');
    expect(street.dataset!.units.map((u) => u.name).sort()).toEqual(['滨西社区', '花园路社区']);
  });

  it('a value merged down over three communities counts for the first only, with a warning naming the range', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['社区', '慰问救助金额', '再就业人数'],
      ['花园路社区', 30000, 12], ['滨西社区', null, 8], ['兆丰路社区', null, 5], ['新疆路社区', 2000, 3],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('B2:B4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '慰问.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.metric === 'aid_amount').map((o) => `${o.unit}|${o.value}`).sort())
      .toEqual(['花园路社区|30000', '滨西社区|null', '兆丰路社区|null', '新疆路社区|2000'].sort());
    expect(r.report.issues.filter((i) => i.code === 'merged-values')).toMatchObject([{ severity: 'warning', sheet: '2024年3月', line: 2, column: 2,
      message: '数值单元格B2:B4是跨行合并的，数值只记在合并区域的第一行，其余行按空值处理；如是几个社区共同的数，请拆分后分别填写再导入' }]);
  });

  it('a 街道 cell merged over a blank row: the blank row is a blank row, not a row without its community', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['街道', '社区', '再就业人数'],
      ['东湖街道', '花园路社区', 12], [null, null, null], [null, '滨西社区', 8],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A2:A4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '统计.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'blank-rows')?.line).toBe(3);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`).sort()).toEqual(['滨西社区|8', '花园路社区|12']);
    expect(r.dataset!.units.map((u) => u.parent)).toEqual(['东湖街道', '东湖街道']);
  });

  it('a 合计 label merged across the value cells of its row (values thus blank) is said not checked, never checked', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['社区', '再就业人数', '下岗失业人员', '低保户数'],
      ['花园路社区', 12, 30, 5], ['滨西社区', 8, 20, 4], ['合计', null, null, null],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A4:D4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = run([{ name: '统计.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    const said = r.report.issues.filter((i) => i.code === 'subtotal-rows');
    expect(said).toHaveLength(1);
    expect(said[0]!.line).toBe(4);
    expect(said[0]!.message).not.toContain('已与其所含各行之和核对');
    expect(said[0]!.message).toContain('未能与各行之和核对');
    expect(observations(r.dataset)).toHaveLength(6);
  });

  it('a 年份 cell merged over its months (numbers typed as numbers) gives every row under it its year', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['年份', '月份', '社区', '再就业人数'], [2023, 12, '花园路社区', 9], [2024, 1, '花园路社区', 10], [null, 2, '花园路社区', 11], [null, 3, '花园路社区', 12],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A3:A5')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const r = run([{ name: '再就业.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.line}|${o.period}|${o.metric}|${o.value}`).sort())
      .toEqual(['2|2023-12|reemployed|9', '3|2024-01|reemployed|10', '4|2024-02|reemployed|11', '5|2024-03|reemployed|12']);
    expect(r.report.issues.some((i) => i.code === 'merged-cells-filled')).toBe(true);
  });

  it('a sheet without a period of its own among sheets named for theirs is a warning saying the file name\'s year was used', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    const r = run([{ name: '2024年社区统计.xlsx', bytes: book([['Sheet1 (2)', table(1)], ['3月', table(12)], ['4月', table(14)]]) }]);
    expect(r.report.status).toBe('ok');
    const notes = r.report.issues.filter((i) => i.code.startsWith('period-from-'));
    expect(notes.map((i) => [i.severity, i.sheet])).toEqual([['warning', 'Sheet1 (2)'], ['info', '3月'], ['info', '4月']]);
    expect(notes[0]!.message).toBe('工作表“Sheet1 (2)”的名称和标题中没有统计期间（其他工作表按名称各为一期），已按文件名取为2024年（全年）；如是多余的副本，请删除该工作表后重新导入');
    // A single sheet taking the file name's period is only noted.
    const one = run([{ name: '2024年3月.xlsx', bytes: book([['Sheet1', table(12)]]) }]);
    expect(one.report.issues.find((i) => i.code === 'period-from-file-name')).toMatchObject({ severity: 'info' });
    // Under a 月报 naming only its year that sheet has no month at all: refused, never the whole year.
    const monthly = run([{ name: '2024年社区月报.xlsx', bytes: book([['Sheet1 (2)', table(1)], ['3月', table(12)], ['4月', table(14)]]) }]);
    expect(monthly.report.status).toBe('blocked');
    expect(monthly.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet])).toEqual([['no-period', 'Sheet1 (2)']]);
  });

  it('a sheet named for another period than its title or file name (a copied sheet) is read by its name, with a warning naming both', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v]];
    const named = run([{ name: '咸水沽镇-2024年3月.xlsx', bytes: book([['2月', table(1)]]) }]);
    expect(named.dataset!.periods).toEqual(['2024-02']);
    const w = named.report.issues.filter((i) => i.code === 'period-disagree');
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', '2月']]);
    expect(w[0]!.message).toContain('工作表名“2月”（2024年2月）与文件名中的“2024年3月”（2024年3月）不一致，已按工作表名统计');
    const titled = run([{ name: '咸水沽镇2024年月报.xlsx', bytes: book([['3月', [['咸水沽镇2024年2月社区统计'], ...table(1)]]]) }]);
    expect(titled.report.issues.find((i) => i.code === 'period-disagree')!.message).toContain('与标题行中的“2024年2月”');
    // Months under their quarter, or under the year, agree.
    const within = run([{ name: '2024年第一季度.xlsx', bytes: book([['1月', table(1)], ['3月', table(3)]]) }, { name: '2024年.xlsx', bytes: book([['5月', table(5)]]) }]);
    expect(within.report.issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
  });

  it('a 汇总 sheet beside sheets named for their months sums them: left out with a warning naming it, and the months import', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    for (const name of ['2024年社区月报.xlsx', '2024年社区统计.xlsx']) {
      const r = run([{ name, bytes: book([['1月', table(1)], ['2月', table(2)], ['汇总', table(3)], ['合计表', table(3)]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
      expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => [i.severity, i.sheet])).toEqual([['warning', '汇总'], ['warning', '合计表']]);
    }
    // A summary sheet named for its period (一季度汇总) is that period's; one without sheets named for periods is read as before.
    const q = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['一季度汇总', table(3)]]) }]);
    expect(q.dataset!.periods).toEqual(['2024-01', '2024-Q1']);
  });

  it('a 全年 (2024年, 上半年) sheet beside only some of its months, or a 累计 sheet, sums the month sheets: left out with a warning, never the whole year\'s value', () => {
    const table = (v: number): (string | number | null)[][] => [['社区', '再就业人数'], ['花园路社区', v], ['滨西社区', v + 1]];
    for (const name of ['全年', '2024年', '上半年', '累计', '本年累计', '累计数', '累计（1-3月）']) {
      const r = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['2月', table(2)], ['3月', table(3)], [name, table(6)]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
      const w = r.report.issues.filter((i) => i.code === 'summary-sheet-skipped');
      expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', name]]);
      expect(w[0]!.message).toContain('1月、2月、3月');
    }
    // A 全年 sheet beside all twelve months is the year's own; a quarter beside its three months is the quarter's.
    const twelve = Array.from({ length: 12 }, (_, k) => [`${k + 1}月`, table(k + 1)] as [string, (string | number | null)[][]]);
    const year = run([{ name: '2024年社区统计.xlsx', bytes: book([...twelve, ['全年', table(78)]]) }]);
    expect(year.dataset!.periods).toContain('2024');
    expect(year.report.issues.filter((i) => i.code === 'summary-sheet-skipped')).toEqual([]);
    const q = run([{ name: '2024年社区统计.xlsx', bytes: book([['1月', table(1)], ['2月', table(2)], ['3月', table(3)], ['一季度', table(6)]]) }]);
    expect(q.dataset!.periods).toContain('2024-Q1');
  });

  it('adding a workbook whose sheet repeats the dataset says so of that sheet; a refused import says only its errors', () => {
    const march = [['社区', '再就业人数'], ['花园路社区', 12], ['滨西社区', 8]] as (string | number | null)[][];
    const first = run([{ name: '3月.xlsx', bytes: book([['2024年3月', march]]) }]);
    const again = run([{ name: '3-4月.xlsx', bytes: book([['2024年3月', march], ['2024年4月', [['社区', '再就业人数'], ['花园路社区', 14]]]]) }], { existing: first.dataset! });
    expect(again.report.status).toBe('ok');
    expect(again.report.issues.find((i) => i.code === 'same-as-existing')).toMatchObject({ sheet: '2024年3月',
      message: '与已导入的数据相同：该工作表的每个数值都已在现有数据中，没有新增内容' });
    expect(again.report.added).toBe(1);
    const clash = run([{ name: '3月更正.xlsx', bytes: book([['2024年3月', march], ['2024年3月 (2)', [['社区', '再就业人数'], ['花园路社区', 13]]]]) }], { existing: first.dataset! });
    expect(clash.report.status).toBe('blocked');
    expect(clash.report.issues.map((i) => i.code)).not.toContain('same-as-existing');
  });
});

describe('importFiles: a district workbook with a 汇总 sheet before a sheet per street', () => {
  it('the 汇总 of the streets\' totals (no 社区 column) is left out with a warning; the street sheets import', () => {
    const street = (names: string[]) => [['社区', '再就业人数'], ...names.map((n, i) => [n, 5 + i])];
    const bytes = book([
      ['汇总', [['街道', '再就业人数'], ['咸水沽镇', 11], ['双港镇', 15], ['合计', 26]]],
      ['咸水沽镇', street(['祥福里社区', '红星里社区'])], ['双港镇', street(['鑫港园社区', '柳林社区'])],
    ]);
    const r = run([{ name: '津南区2024年3月汇总.xlsx', bytes }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/红星里社区', '双港镇/鑫港园社区', '双港镇/柳林社区']);
    const w = r.report.issues.find((i) => i.code === 'summary-sheet-skipped')!;
    expect(w.sheet).toBe('汇总');
    expect(w.message).toContain('各街道（镇）工作表的汇总');
  });
});
