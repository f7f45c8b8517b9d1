// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { verticalWorkbook } from '../../fixtures/workbooks/make-workbooks';
import { observations } from './import-helpers';

const run = (files: InputFile[], opts: Parameters<typeof importFiles>[1] = {}) => importFiles(files, { workbookLib: XLSX, ...opts });

describe('importFiles: a workbook of one community or one metric per sheet', () => {
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

  it('a vertical form whose 本月 header is 2024年3月 typed into Excel (which makes it a date cell, read as 2024-03) is that month\'s column', () => {
    for (const cumulative of ['1-3月累计', '2024年1-3月']) {
      const ws = XLSX.utils.aoa_to_sheet([['祥福里社区工作统计表'], ['项目', new Date(2024, 2, 1), cumulative], ['再就业人数', 5, 14], ['开发就业岗位', 3, 9]], { cellDates: true });
      ws['B2']!.z = 'yyyy"年"m"月"';
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
      const r = run([{ name: '社区月报.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
      expect(r.report.status).toBe('ok');
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort()).toEqual([
        '祥福里社区|2024-03|jobs_developed|3', '祥福里社区|2024-03|reemployed|5', '祥福里社区|2024-C03|jobs_developed|9', '祥福里社区|2024-C03|reemployed|14']);
    }
  });

  it('a vertical form whose community is only in its 填报单位 line above the items (填报单位（盖章）：祥福里社区居委会) is that community\'s', () => {
    for (const filed of ['填报单位（盖章）：祥福里社区居委会', '填报单位：（盖章）祥福里社区', '填报单位：祥福里社区']) {
      const r = run([{ name: '社区月报2024年3月.xlsx', bytes: book([['3月', [
        ['社区工作统计表'], [filed, '', '2024年4月5日'], ['项目', '本月', '累计'], ['再就业人数', 5, 14], ['开发就业岗位', 3, 9],
      ]]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
      expect(r.dataset!.periods).toEqual(['2024-03', '2024-C03']);
      expect(r.report.issues.find((i) => i.code === 'vertical-form')!.message).toContain('取自填报单位');
    }
    // So is a line naming the community (社区名称：…, 单位名称：…, or 社区： | 祥福里社区 in two cells): a
    // line above the header, never the header of a transposed table whose communities are 祥福里社区 and 列C.
    for (const line of [['社区名称：祥福里社区'], ['社区：', '祥福里社区'], ['单位名称：祥福里社区居委会（盖章）', '', '单位：人']]) {
      const r = run([{ name: '社区月报2024年3月.xlsx', bytes: book([['Sheet1', [
        ['社区工作统计表'], line, ['项目', '本月', '累计'], ['再就业人数', 5, 14], ['开发就业岗位', 3, 9],
      ]]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
      expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`).sort())
        .toEqual(['2024-03|jobs_developed|3', '2024-03|reemployed|5', '2024-C03|jobs_developed|9', '2024-C03|reemployed|14']);
    }
    // `社区：` over several communities is a transposed table's corner, its header.
    const across = run([{ name: '社区月报2024年3月.xlsx', bytes: book([['Sheet1', [['社区：', '祥福里社区', '华苑社区'], ['再就业人数', 5, 7], ['开发就业岗位', 3, 9]]]]) }]);
    expect(across.dataset!.units.map((u) => u.name).sort()).toEqual(['华苑社区', '祥福里社区']);
    // The title's community comes first; a 填报单位 naming another is said.
    const two = run([{ name: '社区月报2024年3月.xlsx', bytes: book([['3月', [
      ['西山社区工作统计表'], ['填报单位：祥福里社区'], ['项目', '本月'], ['再就业人数', 5],
    ]]]) }]);
    expect(two.dataset!.units.map((u) => u.name)).toEqual(['西山社区']);
    expect(two.report.issues.find((i) => i.code === 'vertical-unit-disagree')!.message).toContain('填报单位写的是“祥福里社区”');
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

  it('a 填报单位 (社区名称：) line under the title that gives a form its community is said read as it, and the empty columns right of it in sheet words', () => {
    for (const [line, text] of [['填报单位：花园路社区', '填报单位：花园路社区 填表日期：2024-04-03'], ['社区名称：花园路社区', '社区名称：花园路社区 填表日期：2024-04-03']] as const) {
      const r = run([{ name: '2024年3月.xlsx', bytes: book([['Sheet1', [['社区基本情况统计表'], [line, null, null, '填表日期：2024-04-03'], ['指标', '数值'], ['再就业人数', 12], ['低保户数', 5]]]]) }]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区']);
      expect(r.report.issues.filter((i) => i.code === 'preamble-row')).toMatchObject([{ line: 2,
        message: `第2行“${text}”在表头之上，其中“花园路社区”作为本表的社区` }]);
      const empty = r.report.issues.filter((i) => i.code === 'trailing-delimiter');
      expect(empty).toHaveLength(1);
      expect(empty[0]!.message).toBe('第3-4列（共2列）无列名也无数据（表格右侧多余的空列），已忽略');
    }
  });
});
