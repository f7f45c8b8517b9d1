// @vitest-environment node
/**
 * Who filled a sheet in and how to call them, written on a line above its table (`填报单位：花园路社区  联系人：王丽
 * 电话：13812345678`), as a community office types it: the caption left them out, yet the import report's notes on
 * that line (是表格标题, 在表头之上，已跳过, 作为本表的社区, 作为默认计量单位) quoted the line whole.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { book } from './workbook-helpers';
import { importText } from './import-helpers';

const TITLE = '2024年3月社区工作统计表';
const WIDE = [['社区', '常住人口', '户籍人口'], ['花园路社区', '1200', '1100'], ['幸福里社区', '1300', '1000']];
const FORM = [['项目', '本月', '累计'], ['再就业人数', '3', '10'], ['新增就业人数', '5', '12']];
/** Everything personal the lines below write: names, phones, an identity card's number. */
const PERSONAL = /王丽|李强|1381234|2345678|120101199001011234/;

const csv = (rows: readonly (readonly string[])[]): ImportResult => importText(`${rows.map((r) => r.join(',')).join('\n')}\n`, '统计.csv');
const xlsx = (rows: readonly (readonly string[])[]): ImportResult => importFiles([{ name: '统计.xlsx', bytes: book([['Sheet1', rows.map((r) => [...r])]]) }], { workbookLib: XLSX });
const leaks = (r: ImportResult): string[] => r.report.issues.filter((i) => PERSONAL.test(i.message) || PERSONAL.test(i.messageEn)).map((i) => `${i.code}@${i.line}: ${i.message}`);

describe('the report quotes no personal data from a line above the table', () => {
  it('the 填报单位 line under the title: said skipped, quoting the unit alone', () => {
    const r = csv([[TITLE], ['填报单位：花园路社区  联系人：王丽  电话：13812345678'], ...WIDE]);
    expect(r.report.status).toBe('ok');
    expect(leaks(r)).toEqual([]);
    const at = r.report.issues.find((i) => i.line === 2)!;
    expect(at.message).toBe('第2行“填报单位：花园路社区”（填表人、联系电话等其余填报信息不在此列出）在表头之上，已跳过');
    expect(at.messageEn).not.toMatch(PERSONAL);
  });

  it('the 填报单位 line as the title: the title note quotes what the caption keeps', () => {
    for (const run of [csv, xlsx]) {
      const r = run([['填报单位：花园路社区  联系人：王丽  电话：13812345678'], ...WIDE]);
      expect(leaks(r)).toEqual([]);
      expect(r.report.issues.find((i) => i.code === 'title-row')!.message).toBe('第1行“填报单位：花园路社区”（填表人、联系电话等其余填报信息不在此列出）是表格标题，已记为说明');
    }
  });

  it('a line of nothing but who filled it in is said by what it is', () => {
    const r = csv([[TITLE], ['联系人：王丽  电话：13812345678'], ...WIDE]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.line === 2)!.message).toBe('第2行（填表人、联系电话等填报信息，不在此列出）在表头之上，已跳过');
  });

  it('a form\'s community read from the line: said, without the person', () => {
    for (const run of [csv, xlsx]) {
      const r = run([[TITLE], ['填报单位：花园路社区', '联系人：王丽', '电话：13812345678'], ...FORM]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区']);
      expect(leaks(r)).toEqual([]);
      expect(r.report.issues.find((i) => i.line === 2)!.message).toContain('其中“花园路社区”作为本表的社区');
    }
  });

  // Written as a clerk writes it: labels in cells of their own, glued, without a colon, a name bare before its number, a
  // landline, 负责人 or 社区书记, an identity card's number, the unit on the same line, the period beside them.
  const LINES: readonly (readonly string[])[] = [
    ['填报单位：', '花园路社区', '联系人：', '王丽', '电话：', '13812345678'],
    ['填报单位：花园路社区（盖章）填报人：王丽联系电话：13812345678'],
    ['填报单位：花园路社区，联系人：王丽，电话：13812345678'],
    ['填报单位：花园路社区 联系人王丽 电话13812345678'],
    ['填报单位：花园路社区 王丽 138 1234 5678'],
    ['填报单位：花园路社区 联系人： 王丽 022-23456789'],
    ['填表人：王丽', '审核人：李强', '填报日期：2024年4月5日'],
    ['负责人：王丽 13812345678'],
    ['社区书记：王丽', '13812345678'],
    ['花园路社区 王丽 13812345678'],
    ['2024年3月 联系人： 王丽 022-23456789'],
    ['填报单位：花园路社区 身份证号：120101199001011234'],
    ['区划代码：120101001001 联系人：王丽 电话：13812345678'],
    ['单位：万元  填报单位：花园路社区  联系人：王丽  电话：13812345678'],
    ['统计时间：2024年3月 填表人：王丽 电话：13812345678'],
  ];
  it.each(LINES.flatMap((line) => [['CSV', line, csv], ['workbook', line, xlsx]] as const))('%s, %j: in no note, in no caption', (_k, line, run) => {
    for (const table of [WIDE, FORM]) {
      for (const rows of [[[TITLE], line, ...table], [line, ...table]]) {
        const r = run(rows);
        expect(leaks(r)).toEqual([]);
        expect(r.dataset?.files[0]?.caption ?? '').not.toMatch(PERSONAL);
      }
    }
  });

  // `…统计表（联系人：王丽 13812345678）`: the caption kept `…统计表（`, its bracket open.
  it('who to call in brackets after the title: left out with its brackets', () => {
    for (const run of [csv, xlsx]) {
      const r = run([[`${TITLE}（联系人：王丽 13812345678）`], ...WIDE]);
      expect(r.dataset!.files[0]!.caption).toBe(TITLE);
      expect(r.report.issues.find((i) => i.code === 'title-row')!.message).toBe(`第1行“${TITLE}”（填表人、联系电话等其余填报信息不在此列出）是表格标题，已记为说明`);
    }
  });

  it('the day the sheet was filled in, naming no one, is still quoted', () => {
    const r = csv([[TITLE], ['填报单位：花园路社区', '填报日期：2024年4月5日', '联系人：王丽'], ...WIDE]);
    expect(r.report.issues.find((i) => i.line === 2)!.message).toBe('第2行“填报单位：花园路社区 填报日期：2024年4月5日”（填表人、联系电话等其余填报信息不在此列出）在表头之上，已跳过');
  });

  // `填报单位：花园路社区负责人：王丽` (no space before the next field) named the form's community 花园路社区负责人：王丽.
  it('a 负责人 glued to the unit\'s name: the unit is the form\'s community', () => {
    const r = csv([[TITLE], ['填报单位：花园路社区负责人：王丽'], ...FORM]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区']);
    expect(leaks(r)).toEqual([]);
  });
});

describe('a 填报单位 line without its colon', () => {
  // `填报单位 | 花园路社区 | 联系人 | 王丽` (cells of their own) or `填报单位 花园路社区` was skipped, not read as
  // `填报单位：花园路社区`: a form under it named no community and was refused.
  // Each line, and the same line written with its colon.
  const LINES: readonly (readonly [readonly string[], string])[] = [
    [['填报单位', '花园路社区', '联系人', '王丽'], '填报单位：花园路社区'],
    [['填报单位 花园路社区'], '填报单位：花园路社区'],
    [['填报单位 花园路社区 联系人 王丽 13812345678'], '填报单位：花园路社区'],
    [['填报单位（盖章）', '花园路社区居委会', '填表人', '王丽'], '填报单位（盖章）：花园路社区居委会'],
  ];
  it.each(LINES.flatMap(([line, colon]) => [['CSV', line, colon, csv], ['workbook', line, colon, xlsx]] as const))('%s, %j: the form\'s community, as with the colon', (_k, line, colon, run) => {
    const r = run([[TITLE], line, ...FORM]);
    const withColon = run([[TITLE], [colon], ...FORM]);
    expect(withColon.dataset!.units).toHaveLength(1);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(withColon.dataset!.units.map((u) => u.name));
    expect(r.report.issues.find((i) => i.line === 2)!.message).toMatch(/^第2行“填报单位(?:（盖章）)? 花园路社区(?:居委会)?”.*其中“花园路社区(?:居委会)?”作为本表的社区$/);
    expect(leaks(r)).toEqual([]);
  });

  it('naming the street over a street\'s table of communities, as with the colon', () => {
    const r = csv([['2024年3月各社区统计表'], ['填报单位', '东湖街道', '', ''], ['社区', '常住人口', '户籍人口', '备注'], ['花园路社区', '1200', '1100', ''], ['幸福里社区', '1300', '1000', '']]);
    expect(r.report.status).toBe('ok');
    expect([...new Set(r.dataset!.units.map((u) => u.parent))]).toEqual(['东湖街道']);
  });

  it('a header with a 填报单位 column is still the header', () => {
    const r = csv([['2024年3月各社区统计表'], ['填报单位', '常住人口', '户籍人口'], ['花园路社区', '1200', '1100'], ['幸福里社区', '1300', '1000']]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['幸福里社区', '花园路社区']);
  });
});

describe('who to call, written under the table without a label', () => {
  // `王丽,13812345678` under the rows (alone, or under 填表人：…) was imported as a community 王丽 whose 常住人口 was her
  // mobile number, with no word said; a landline was warned as a range, quoting it.
  const rows = (...tail: string[][]): string[][] => [[TITLE], ...WIDE, ...tail];
  it.each([
    ['alone', [['王丽', '13812345678', '']]],
    ['under 填表人', [['填表人：李强', '', ''], ['王丽', '13812345678', '']]],
    ['a landline', [['王丽', '022-23456789', '']]],
    ['the number split in groups', [['王丽', '138 1234 5678', '']]],
    ['the name after the number', [['13812345678', '王丽', '']]],
    ['with the person\'s role', [['王丽（主任）', '13812345678', '']]],
  ] as const)('%s: a footer, no community, in no note', (_n, tail) => {
    for (const run of [csv, xlsx]) {
      const r = run(rows(...tail.map((t) => [...t])));
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['幸福里社区', '花园路社区']);
      expect(leaks(r)).toEqual([]);
      expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });

  it('a street\'s or a community\'s row whose figure has a phone\'s digits is still a row', () => {
    const units = csv([[TITLE], ['社区', '常住人口', '财政收入（元）'], ['花园路社区', '1200', '13812345678'], ['双港', '3100', '13900000000']]);
    expect(units.dataset!.units.map((u) => u.name).sort()).toEqual(['双港', '花园路社区'].sort());
    const headed = csv([[TITLE], ['社区', '常住人口', '财政收入（元）'], ['咸水沽镇', '', ''], ['花园路社区', '1200', '13812345678'], ['双港', '3100', '13912345678']]);
    expect(headed.dataset!.units.map((u) => `${u.parent}|${u.name}`).sort()).toEqual(['咸水沽镇|双港', '咸水沽镇|花园路社区']);
  });
});

describe('a form\'s labels spaced out to line up (填 报 单 位：, 联 系 人：)', () => {
  // `填 报 单 位：花园路社区` was skipped (the form refused, naming no community); `联 系 人：王丽` was quoted whole.
  it.each([[csv], [xlsx]])('%#: read as written without the spaces, the person left out', (run) => {
    const r = run([[TITLE], ['填 报 单 位：花园路社区   联 系 人：王丽   电　话：13812345678'], ...FORM]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['花园路社区']);
    expect(leaks(r)).toEqual([]);
    const wide = run([[TITLE], ['单　位：万元', '联 系 人：王丽'], ...WIDE]);
    expect(leaks(wide)).toEqual([]);
  });
});
