// @vitest-environment node
/**
 * One-community forms (项目 | 本月 | 累计 | 单位) as 150 offices fill them in, chosen together: the
 * ways a tired clerk changes the template (a 上年同期 column, a 序号 column, `3月` for 本月, section
 * headings, a 合计 row, a copied title, a street before the name) must neither turn column headings
 * into communities nor move values to the wrong community or period without a word.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { refusedFiles } from '../../../src/data/report/import-report';
import { observations } from './import-helpers';

type Cell = string | number | null;


/** `X社区-2024年3月.xlsx`, titled `{title}`, with `header` over the rows. */
function form(name: string, title: string, header: Cell[], rows: Cell[][]): InputFile {
  return { name, bytes: book([['Sheet1', [[title], header, ...rows]]]) };
}

const ITEMS: [Cell, Cell, Cell, Cell][] = [['常住人口', 5000, null, '人'], ['再就业人数', 12, 30, '人'], ['慰问救助金额', 1.2, 3.5, '万元']];
const base = (unit: string): InputFile => form(`${unit}-2024年3月.xlsx`, `${unit}2024年3月工作统计表`, ['项目', '本月', '累计', '单位'], ITEMS);
const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const units = (r: ReturnType<typeof run>): string[] => [...new Set(observations(r.dataset).map((o) => o.unit))].sort();
const codes = (r: ReturnType<typeof run>): string[] => r.report.issues.map((i) => i.code);

describe('one-community forms chosen together', () => {
  it('a 上年同期 or 同比 column is a comparison, not imported: the headings never become communities', () => {
    const r = run([
      base('东湖社区'),
      form('西湖社区-2024年3月.xlsx', '西湖社区2024年3月工作统计表', ['项目', '本月', '累计', '上年同期', '单位'], ITEMS.map((i) => [i[0], i[1], i[2], 7, i[3]])),
      form('祥福里社区-2024年3月.xlsx', '祥福里社区2024年3月工作统计表', ['项目', '本月', '累计', '同比增长（%）', '单位'], ITEMS.map((i) => [i[0], i[1], i[2], 3.5, i[3]])),
    ]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['东湖社区', '祥福里社区', '西湖社区'].sort());
    expect(observations(r.dataset).filter((o) => o.unit === '西湖社区').map((o) => o.value)).not.toContain(7);
    expect(r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.message)).toEqual([
      expect.stringContaining('“上年同期”列是与上年同期或上一期的比较'), expect.stringContaining('“同比增长（%）”列'),
    ]);
  });

  it('headers naming the month (3月 | 1-3月累计, 本月 | 1-3月, 2024年3月 over 本月 | 累计) are 本月 and 累计', () => {
    const r = run([
      form('春竹轩社区-2024年3月.xlsx', '春竹轩社区2024年3月工作统计表', ['项目', '3月', '1-3月累计', '单位'], ITEMS),
      form('祥福里社区-2024年3月.xlsx', '祥福里社区2024年3月工作统计表', ['项目', '本月', '1-3月', '单位'], ITEMS),
      { name: '团结社区-2024年3月.xlsx', bytes: book([['Sheet1', [['团结社区工作统计表'], ['项目', '2024年3月', null, '单位'], [null, '本月', '累计', null], ...ITEMS]]]) },
    ]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['团结社区', '春竹轩社区', '祥福里社区'].sort());
    const reemployed = observations(r.dataset).filter((o) => o.metric === 'reemployed').map((o) => `${o.unit} ${o.period} ${o.value}`).sort();
    expect(reemployed).toEqual(['团结社区 2024-03 12', '团结社区 2024-C03 30', '春竹轩社区 2024-03 12', '春竹轩社区 2024-C03 30', '祥福里社区 2024-03 12', '祥福里社区 2024-C03 30']);
  });

  it('a 序号 column before 项目 is passed over: the 单位 column is not read as communities', () => {
    const r = run([base('东湖社区'), form('团结社区-2024年3月.xlsx', '团结社区2024年3月工作统计表', ['序号', '项目', '本月', '累计', '单位'], ITEMS.map((i, k) => [k + 1, ...i]))]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['东湖社区', '团结社区']);
    expect(observations(r.dataset).find((o) => o.unit === '团结社区' && o.metric === 'aid_amount' && o.period === '2024-03')?.value).toBe(12000);
  });

  it('a title whose period or community differs from the file name is warned about', () => {
    const r = run([
      form('东湖社区-2024年3月.xlsx', '东湖社区2024年2月工作统计表', ['项目', '本月', '累计', '单位'], ITEMS),
      form('光明社区-2024年3月.xlsx', '幸福里社区2024年3月工作统计表', ['项目', '本月', '累计', '单位'], ITEMS),
    ]);
    const period = r.report.issues.find((i) => i.code === 'period-disagree')!;
    expect(period).toMatchObject({ severity: 'warning', file: '东湖社区-2024年3月.xlsx' });
    expect(period.message).toContain('标题行的期间“2024年2月”');
    const unit = r.report.issues.find((i) => i.code === 'vertical-unit-disagree')!;
    expect(unit).toMatchObject({ severity: 'warning', file: '光明社区-2024年3月.xlsx' });
    expect(unit.message).toContain('标题行写的是“幸福里社区”，文件名写的是“光明社区”');
  });

  it('a title of a quarter over 本月 | 累计: 本月 is the quarter\'s last month, not the quarter', () => {
    const r = run([form('花园路社区-2024年1-3月.xlsx', '花园路社区2024年第一季度工作统计表', ['项目', '本月', '累计', '单位'], ITEMS)]);
    expect(observations(r.dataset).filter((o) => o.metric === 'reemployed').map((o) => `${o.period} ${o.value}`).sort()).toEqual(['2024-03 12', '2024-C03 30']);
    expect(codes(r)).toContain('vertical-month-of-period');
  });

  it('section headings and a 合计 row under the items are not metrics', () => {
    const r = run([form('南华社区-2024年3月.xlsx', '南华社区2024年3月工作统计表', ['项目', '本月', '累计', '单位'], [
      ['一、基本情况', null, null, null], ITEMS[0]!, ['二、就业情况', null, null, null], ITEMS[1]!, ['（三）救助情况', null, null, null], ITEMS[2]!, ['合计', 5013, 33, null],
    ])]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.id).sort()).toEqual(['aid_amount', 'reemployed', 'residents']);
    expect(r.report.issues.find((i) => i.code === 'vertical-headings')!.message).toBe('第3、5、7行是分组标题（如“一、基本情况”），没有数值，不是指标，未导入');
    expect(codes(r)).toContain('vertical-total-rows');
  });

  it('names: 村 inside a community\'s name, a street before it, a clerk\'s number before it', () => {
    const r = run([
      base('王家村社区'), base('新村社区'),
      form('劝业场街道光明社区2024年3月.xlsx', '劝业场街道光明社区2024年3月工作统计表', ['项目', '本月', '累计', '单位'], ITEMS),
      form('03新华里社区2024年3月.xlsx', '', ['项目', '本月', '累计', '单位'], ITEMS),
    ]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['光明社区', '新华里社区', '新村社区', '王家村社区'].sort());
    expect(r.dataset!.units.find((u) => u.name === '光明社区')!.parent).toBe('劝业场街道');
  });

  it('a street\'s summary form in the batch is not a community, and does not block the others', () => {
    const r = run([base('东湖社区'), form('全街道汇总-2024年3月.xlsx', '劝业场街道2024年3月社区工作统计汇总表', ['项目', '本月', '累计', '单位'], ITEMS)]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['东湖社区']);
    expect(r.report.issues.find((i) => i.code === 'summary-sheet')!.message).toContain('是各社区竖表的汇总表，不是一个社区，未导入');
  });

  it('a 说明 sheet of notes (with a phone number) beside the form is not a table', () => {
    const r = run([{ name: '友谊社区-2024年3月.xlsx', bytes: book([
      ['统计表', [['友谊社区2024年3月工作统计表'], ['项目', '本月', '累计', '单位'], ...ITEMS]],
      ['说明', [['填表说明', null], ['1. 本表由社区于每月5日前报送街道。', null], ['2. 金额单位为元。', '联系人：张三'], ['联系电话', '12345678']]],
    ]) }]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['友谊社区']);
    expect(r.report.issues.find((i) => i.code === 'sheet-not-table')).toMatchObject({ sheet: '说明' });
  });

  it('a month without its year says the year is missing', () => {
    const r = run([form('西湖社区-3月.xlsx', '西湖社区3月工作统计表', ['项目', '本月', '累计', '单位'], ITEMS)]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'no-period')!.message).toBe('期间“3月”没有年份。请在标题、工作表名或文件名中写明年份，如“西湖社区-2024年3月.xlsx”');
  });

  it('a screenshot among the forms (截图.png, 报表.jpg, however named) is refused as an image, not read as text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0x2c, 0x0a, 0x31, 0x2c, 0x32]);
    const r = run([base('东湖社区'), { name: '金石里社区-2024年3月.png', bytes: png }, { name: '报表.csv', bytes: jpg }]);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.file} ${i.message}`)).toEqual([
      'file-is-image 金石里社区-2024年3月.png 这是图片文件（PNG），不是表格文件，无法读出其中的数字。请导入原Excel（.xlsx、.xls）或CSV文件；只有图片时需要把数字录入表格',
      expect.stringMatching(/^file-is-image 报表\.csv 这是图片文件（JPEG）/),
    ]);
  });

  it('a note sent with the forms (说明.txt, a text file renamed 说明.xlsx) is refused whole as text, so the rest can be imported without it', () => {
    const gbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gb18030'));
    const notes: InputFile[] = [
      { name: '说明.xlsx', bytes: gbk('各社区：\r\n请于每月5日前报送本月数据，联系人：张三，电话：12345678。\r\n表格见附件，谢谢！\r\n') },
      { name: '填报说明.txt', bytes: new TextEncoder().encode('填报说明\n1. 本表由社区于每月5日前报送街道。\n2. 金额单位为元。\n') },
      { name: '通知.csv', bytes: new TextEncoder().encode('关于报送2024年3月统计数据的通知\n') },
    ];
    for (const note of notes) {
      const r = run([base('东湖社区'), base('西湖社区'), note]);
      // One line of text is a header without data.
      const code = note.name === '通知.csv' ? 'header-only' : 'file-is-text';
      expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.file}`), note.name).toEqual([`${code} ${note.name}`]);
      expect(refusedFiles(r.report), note.name).toEqual([note.name]);
    }
    // A table whose headers are not known but which holds numbers is read (its first column taken as the names).
    const table = run([{ name: '咸水沽镇-2024年3月.csv', bytes: new TextEncoder().encode('名单,甲项\n祥福里社区,12\n') }]);
    expect(codes(table)).not.toContain('file-is-text');
    expect(table.report.status).toBe('ok');
  });

  it('a 累计 below its own month or below last month\'s 累计 is warned about, naming both cells; nothing is changed', () => {
    const one = (unit: string, m: number, now: number, ytd: number): InputFile => form(`${unit}-2024年${m}月.xlsx`, `${unit}2024年${m}月工作统计表`, ['项目', '本月', '累计'], [['再就业人数', now, ytd]]);
    const r = run([one('祥福里社区', 2, 10, 40), one('祥福里社区', 3, 12, 30), one('红星里社区', 3, 50, 30), one('红旗楼社区', 2, 5, 20), one('红旗楼社区', 3, 6, 26)]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'cumulative-below').map((i) => `${i.file} ${i.line} ${i.message}`)).toEqual([
      '祥福里社区-2024年3月.xlsx 3 第3行：“祥福里社区”2024年1-3月累计的再就业人数为30，小于2024年1-2月累计的40（祥福里社区-2024年2月.xlsx › Sheet1第3行）；累计数不会随月份减少，请核对哪一个填错了',
      '红星里社区-2024年3月.xlsx 3 第3行：“红星里社区”2024年1-3月累计的再就业人数为30，小于当月（2024年3月）的50（第3行）；累计数应包含当月，请核对哪一个填错了',
    ]);
    expect(observations(r.dataset).filter((o) => o.unit === '红星里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2024-03=50', '2024-C03=30']);
  });

  it('January\'s 累计 is January itself: one below (or above) its 本月 is one warning saying the two disagree, not two', () => {
    const r = run([form('祥福里社区-2024年1月.xlsx', '祥福里社区2024年1月工作统计表', ['项目', '本月', '累计'], [['再就业人数', 35, 20]])]);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.line}`)).toEqual(['period-sum-mismatch 3']);
    expect(r.report.issues.find((i) => i.code === 'period-sum-mismatch')!.message).toBe(
      '第3行：“祥福里社区”2024年1月累计的再就业人数为20，但同一社区2024年1月（第3行）为35，同一时段的两个数不一致；请核对哪一个正确');
  });

  it('each item is checked as a wide file\'s column is: a rate as 0.85, a negative or fractional count are warned about, naming the cell', () => {
    const r = run([
      base('东湖社区'),
      form('西湖社区-2024年3月.xlsx', '西湖社区2024年3月工作统计表', ['项目', '本月', '累计'], [['再就业率', 0.85, 0.8], ['再就业人数', -3, 30], ['常住人口', 5000.5, null]]),
      form('祥福里社区-2024年3月.xlsx', '祥福里社区2024年3月工作统计表', ['项目', '本月', '累计'], [['再就业率', '86%', '80%']]),
    ]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.file} ${i.line} ${i.column}`)).toEqual([
      'percent-as-fraction 西湖社区-2024年3月.xlsx 3 2', 'negative-count 西湖社区-2024年3月.xlsx 4 2', 'fractional-count 西湖社区-2024年3月.xlsx 5 2',
    ]);
    expect(observations(r.dataset).filter((o) => o.unit === '西湖社区' && o.metric === 'reemployment_rate').map((o) => o.value)).toEqual([0.85, 0.8]);
  });

  it('a bare 女 or 男性 indented under a count is that count\'s part, as 其中：女 is, not a metric named 女', () => {
    const r = run([
      form('祥福里社区-2024年3月.xlsx', '祥福里社区2024年3月工作统计表', ['项目', '本月', '累计'], [['再就业人数', 12, 30], ['  其中：女', 5, 14], ['慰问困难群众', 8, 20]]),
      form('红星里社区-2024年3月.xlsx', '红星里社区2024年3月工作统计表', ['项目', '本月', '累计'], [['再就业人数', 11, 31], ['  女', 4, 13], ['    男性', 7, 18]]),
    ]);
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.metric))].sort()).toEqual(['custom:再就业人数（其中：女）', 'custom:再就业人数（其中：男性）', 'people_visited', 'reemployed']);
  });

  it('a .zip of the forms is refused with the advice to extract it', () => {
    const zip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(zip, '东湖社区-2024年3月.xlsx', base('东湖社区').bytes);
    const bytes = new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
    const r = run([{ name: '3月报表.zip', bytes }]);
    expect(r.report.issues.map((i) => [i.code, i.message])).toEqual([['workbook-archive', expect.stringContaining('请先解压')]]);
  });
});
