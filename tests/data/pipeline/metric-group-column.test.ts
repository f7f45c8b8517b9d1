// @vitest-environment node
/**
 * A 类别 column left of the metric names (`类别 | 项目 | 本月 | 累计`), its groups merged down over
 * their rows (就业 over 再就业人数 and 新增就业人数, 救助 over 低保户数): a heading of the metric rows,
 * read neither as the communities nor as a dimension.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { observations, utf8 } from './import-helpers';

type Row = (string | number | null)[];

/** A one-sheet workbook whose 类别 cells are merged down over their groups (A3:A4, A5:A6), as offices keep them. */
function grouped(title: string, header: Row, body: Row[]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([[title], header, ...body]);
  ws['!merges'] = ['A3:A4', 'A5:A6'].map((m) => XLSX.utils.decode_range(m));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '3月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const run = (name: string, bytes: Uint8Array) => importFiles([{ name, bytes }], { workbookLib: XLSX });
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.unit} ${o.period} ${o.metric} ${o.value}`);

describe('a 类别 column grouping the metric rows', () => {
  it('one community\'s form (类别 | 项目 | 本月 | 累计) is read as the titled community\'s, not as communities named 就业 and 救助', () => {
    // It was read as a wide table whose 类别 column named the communities (unit-column-guessed): 就业's 再就业人数 12, 救助's 低保户数 35.
    const r = run('东湖社区.xlsx', grouped('东湖社区2024年3月工作情况统计表', ['类别', '项目', '本月', '累计'], [
      ['就业', '再就业人数', 12, 30], [null, '新增就业人数', 5, 15], ['救助', '低保户数', 35, null], [null, '慰问金额（元）', '1,000', 3000],
    ]));
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'vertical-form')!.message).toContain('社区“东湖社区”取自标题行');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区']);
    expect(values(r)).toEqual([
      '东湖社区 2024-03 aid_amount 1000', '东湖社区 2024-03 custom:新增就业人数 5', '东湖社区 2024-03 dibao_households 35', '东湖社区 2024-03 reemployed 12',
      '东湖社区 2024-C03 aid_amount 3000', '东湖社区 2024-C03 custom:新增就业人数 15', '东湖社区 2024-C03 reemployed 30',
    ]);
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('the 类别 column\'s header left blank (the corner over the groups, 项目 beside it) is the same heading, said by column', () => {
    // It was named 列A and taken for the communities' names: 就业's 再就业人数 12, 救助's 低保户数 35 (unit-column-guessed).
    const r = run('东湖社区.xlsx', grouped('东湖社区2024年3月工作情况统计表', [null, '项目', '本月', '累计'], [
      ['就业', '再就业人数', 12, 30], [null, '新增就业人数', 5, 15], ['救助', '低保户数', 35, null], [null, '慰问金额（元）', '1,000', 3000],
    ]));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区']);
    expect(values(r)).toContain('东湖社区 2024-03 reemployed 12');
    const note = r.report.issues.find((i) => i.code === 'header-empty-group')!;
    expect([note.severity, note.line, note.column]).toEqual(['info', 2, 1]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // A nameless column of communities' names beside 指标 | 数值 (a long table) is not taken for groups.
    const long = importFiles([{ name: '2024年3月.csv', bytes: utf8(',指标,数值\n祥福里社区,再就业人数,12\n春竹轩社区,再就业人数,20\n') }]);
    expect(long.report.issues.some((i) => i.code === 'header-empty-group')).toBe(false);
  });

  it('a transposed table (序号 | 分类 | 项目 | 东湖社区 | 西山社区) reads the communities across, not one named 就业 whose columns conflict', () => {
    // It was blocked: 就业2024年3月的“再就业人数”有两个不同的数值：第3行C列“东湖社区”为12，D列“西山社区”为30.
    const r = run('中北镇.xlsx', grouped('中北镇2024年3月各社区工作情况', ['类别', '项目', '东湖社区', '西山社区'], [
      ['就业', '再就业人数', 12, 30], [null, '新增就业人数', 5, 15], ['救助', '低保户数', 35, 3], [null, '慰问金额（元）', '1,000', 3000],
    ]));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['东湖社区', '西山社区']);
    expect(values(r).filter((v) => v.includes('reemployed') || v.includes('dibao'))).toEqual([
      '东湖社区 2024-03 dibao_households 35', '东湖社区 2024-03 reemployed 12', '西山社区 2024-03 dibao_households 3', '西山社区 2024-03 reemployed 30',
    ]);
    const csv = importFiles([{ name: '中北镇2024年3月.csv', bytes: utf8('序号,分类,项目,东湖社区,西山社区\n1,就业,再就业人数,12,30\n2,,新增就业人数,5,15\n3,救助,低保户数,35,3\n') }]);
    expect(csv.report.status).toBe('ok');
    expect(values(csv).filter((v) => v.includes('reemployed'))).toEqual(['东湖社区 2024-03 reemployed 12', '西山社区 2024-03 reemployed 30']);
  });

  it('项目 merged over two columns (the group merged down the first, each item in the second; an item without a group across both) is one community\'s form', () => {
    // It was refused: 表头“本月”、“累计”是期间，不是社区名称，不能按转置表读取 (the second column, nameless, read as a community).
    const ws = XLSX.utils.aoa_to_sheet([['东湖社区2024年3月工作情况统计表'], ['项目', null, '本月', '累计'],
      ['就业', '再就业人数', 12, 30], [null, '新增就业人数', 5, 15], ['低保户数', null, 35, null], ['注册志愿者', null, '3500余', null]]);
    ws['!merges'] = ['A2:B2', 'A3:A4', 'A5:B5', 'A6:B6'].map((m) => XLSX.utils.decode_range(m));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = run('东湖社区.xlsx', new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区']);
    expect(values(r)).toEqual([
      '东湖社区 2024-03 custom:新增就业人数 5', '东湖社区 2024-03 dibao_households 35', '东湖社区 2024-03 reemployed 12', '东湖社区 2024-03 volunteers 3500',
      '东湖社区 2024-C03 custom:新增就业人数 15', '东湖社区 2024-C03 reemployed 30',
    ]);
    expect(countsBalance(r.report.counts)).toBe(true);
    // A remark beside an item (再就业人数 | 含公益岗), no item under a group: the remark is no item (refused as before, naming 列B).
    const remark = XLSX.utils.aoa_to_sheet([['东湖社区2024年3月工作情况统计表'], ['项目', null, '本月'], ['再就业人数', '含公益岗', 12], ['低保户数', null, 35]]);
    remark['!merges'] = [XLSX.utils.decode_range('A2:B2')];
    const rb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(rb, remark, '3月');
    const noted = run('东湖社区.xlsx', new Uint8Array(XLSX.write(rb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(observations(noted.dataset).some((o) => o.metric.includes('含公益岗'))).toBe(false);
  });

  it('项目 merged over two columns above the communities across (项目 | 东湖社区 | 西山社区): a transposed table, its first row data', () => {
    // It was blocked: the first data row was joined to the header (“项目/就业”、“东湖社区/12”), then 第4行缺少指标名称;
    // with the header right, the nameless item column was a community 列B and every group's items conflicted.
    const ws = XLSX.utils.aoa_to_sheet([['中北镇2024年3月各社区工作情况'], ['项目', null, '东湖社区', '西山社区'],
      ['就业', '再就业人数', 12, 30], [null, '新增就业人数', 5, 15], ['低保户数', null, 35, 3]]);
    ws['!merges'] = ['A2:B2', 'A3:A4', 'A5:B5'].map((m) => XLSX.utils.decode_range(m));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = run('中北镇.xlsx', new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.some((i) => i.code === 'two-row-header')).toBe(false);
    expect(values(r)).toEqual([
      '东湖社区 2024-03 custom:新增就业人数 5', '东湖社区 2024-03 dibao_households 35', '东湖社区 2024-03 reemployed 12',
      '西山社区 2024-03 custom:新增就业人数 15', '西山社区 2024-03 dibao_households 3', '西山社区 2024-03 reemployed 30',
    ]);
  });

  it('项目 merged over the items and their units of measure (再就业人数 | 人, 慰问金额 | 万元) is one community\'s form with a 单位 column', () => {
    // It was refused: the nameless column of units (列B) made the table a transposed one, 本月 no community (transposed-period-headers).
    const ws = XLSX.utils.aoa_to_sheet([['东湖社区2024年3月工作情况统计表'], ['项目', null, '本月'], ['再就业人数', '人', 12], ['低保户数', '户', 35], ['慰问金额', '万元', 1.5]]);
    ws['!merges'] = [XLSX.utils.decode_range('A2:B2')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const r = run('东湖社区.xlsx', new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 2024-03 aid_amount 15000', '东湖社区 2024-03 dibao_households 35', '东湖社区 2024-03 reemployed 12']);
    const note = r.report.issues.find((i) => i.code === 'header-empty-measure-unit')!;
    expect([note.severity, note.line, note.column]).toEqual(['info', 2, 2]);
  });

  it('a 类别 column beside the communities\' names, with no metric column after it, is still read as it was', () => {
    // 社区 | 类型 | 常住人口: the type of each community (no group of metric rows) stays a column of the table.
    const r = importFiles([{ name: '2024年3月.csv', bytes: utf8('社区,类型,常住人口\n东湖社区,城市社区,3200\n西山村,农村,800\n') }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['东湖社区', '西山村']);
  });
});
