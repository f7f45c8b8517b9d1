// @vitest-environment node
/**
 * Titles and form lines above a table as a community office sends them: the unit a title names, the
 * caption kept from a 填报单位 line, a code line, a street's title over a community's grids.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book } from './workbook-helpers';
import { importText, observations, utf8 } from './import-helpers';

const FORM = '项目,本月,累计\n再就业人数,3,10\n新增就业人数,5,12\n';
const rowsOf = (text: string): string[][] => text.trim().split('\n').map((l) => l.split(','));
const units = (r: ReturnType<typeof importText>): string[] => [...new Set(observations(r.dataset).map((o) => o.unit))];

describe('a title naming a numbered committee by its short name', () => {
  // `华江里社区第一` (the unit list's short name of 华江里社区第一居委会) glued to the period was read 华江里社区:
  // both committees' forms one unit, their values in conflict.
  const title = (n: string): string => `华江里社区第${n}2024年3月就业情况统计表`;

  it('reads the committee, not the community, from a CSV file', () => {
    const r = importText(`${title('一')}\n${FORM}`, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['华江里社区第一']);
  });

  it('reads the two committees\' workbooks as two units, with no conflict', () => {
    const files = ['一', '二'].map((n) => ({ name: `就业情况${n}.xlsx`, bytes: book([['Sheet1', [[title(n)], ...rowsOf(FORM)]]]) }));
    const r = importFiles(files, { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(units(r).sort()).toEqual(['华江里社区第一', '华江里社区第二']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('conflict');
  });

  it('still reads a community\'s quarter and grid after its name as the community\'s', () => {
    const r = importText(`花园路社区第一季度就业情况统计表 2024年\n${FORM}`, '就业情况.csv');
    expect(units(r)).toEqual(['花园路社区']);
    expect(units(importFiles([{ name: 'a.csv', bytes: utf8(`花园路社区第一网格2024年3月统计\n${FORM}`) }]))).toEqual(['花园路社区']);
  });
});

describe('a 填报单位 line\'s 填报人 and phone number in the caption', () => {
  // The line was joined whole to the caption (the app's and the slides' caption of the file): 填报人：张三 联系电话：13800000000 with it.
  const FILER = '填报单位：东湖街道花园路社区（盖章）    填报人：张三   联系电话：13800000000';
  const caption = (r: ReturnType<typeof importText>): string | undefined => r.dataset?.files[0]?.caption;

  it.each([
    ['under the title', `2024年3月各社区就业情况统计表\n${FILER}\n${FORM}`, '2024年3月各社区就业情况统计表 填报单位：东湖街道花园路社区'],
    ['above the title', `${FILER}\n2024年3月就业情况统计表\n${FORM}`, '2024年3月就业情况统计表 填报单位：东湖街道花园路社区'],
    ['the only line above the header', `${FILER}\n项目,2024年3月\n再就业人数,3\n`, '填报单位：东湖街道花园路社区'],
    ['on the title\'s own line', `2024年3月花园路社区就业统计 填报人： 张三 联系电话：138 0000 0000\n${FORM}`, '2024年3月花园路社区就业统计'],
    // The fields glued together, no space between them: the filer was read as all of it, 张三 and the phone with it.
    // The filler's name and phone written bare after the filer, no label: 张三 was kept.
    ['written bare after the filer', `2024年3月各社区就业情况统计表\n填报单位：东湖街道花园路社区 张三 13800000000\n${FORM}`, '2024年3月各社区就业情况统计表 填报单位：东湖街道花园路社区'],
    ['glued together', `2024年3月各社区就业情况统计表\n填报单位：东湖街道花园路社区（盖章）填报人：张三联系电话：13800000000\n${FORM}`, '2024年3月各社区就业情况统计表 填报单位：东湖街道花园路社区'],
  ])('%s: the caption keeps the unit only, the community still read from it', (_n, text, expected) => {
    const r = importText(text, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(caption(r)).toBe(expected);
    expect(units(r)).toEqual(['花园路社区']);
  });

  it('in a workbook\'s one cell under the title', () => {
    const r = importFiles([{ name: '就业情况.xlsx', bytes: book([['Sheet1', [['2024年3月各社区就业情况统计表'], [FILER], ...rowsOf(FORM)]]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.files[0]!.caption).toBe('2024年3月各社区就业情况统计表 填报单位：东湖街道花园路社区');
    expect(units(r)).toEqual(['花园路社区']);
  });
});

describe('a code line above a community\'s table of its grids', () => {
  // `区划代码：120101001001` above `网格 | 再就业人数` was skipped (已跳过): the community had no code, as it has above its form.
  const GRIDS = '网格,再就业人数\n第一网格,3\n第二网格,2\n合计,5\n';
  const codes = (r: ReturnType<typeof importText>): string[] => r.dataset?.units.map((u) => `${u.code}|${u.name}`) ?? [];

  it.each([
    ['CSV', (text: string) => importText(text, '网格统计.csv')],
    ['workbook', (text: string) => importFiles([{ name: '网格统计.xlsx', bytes: book([['Sheet1', rowsOf(text)]]) }], { workbookLib: XLSX })],
  ])('%s: the community\'s code, said once at its line', (_n, run) => {
    const r = run(`花园路社区2024年3月网格统计\n区划代码：120101001001\n${GRIDS}`);
    expect(r.report.status).toBe('ok');
    expect(codes(r)).toEqual(['120101001001|花园路社区']);
    const at = r.report.issues.filter((i) => i.line === 2);
    expect(at.map((i) => i.code)).toEqual(['code-above-form']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('with the period on the code line under a title of none: both read', () => {
    const r = importText(`花园路社区网格统计\n区划代码：120101001001 2024年3月\n${GRIDS}`, '网格统计.csv');
    expect(r.report.status).toBe('ok');
    expect(codes(r)).toEqual(['120101001001|花园路社区']);
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2024-03|5']);
  });
});

describe('grids written after their community\'s name under a street\'s title', () => {
  // `花园路社区第一网格` under 劝业场街道2024年3月网格统计 was refused (grid-rows-no-unit: no community named anywhere),
  // though each grid's name names it.
  const TITLE = '劝业场街道2024年3月网格统计';
  const brief = (r: ReturnType<typeof importText>): string[] => observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.period}|${o.value}`);

  it.each([
    ['CSV', (text: string) => importText(text, '网格统计.csv')],
    ['workbook', (text: string) => importFiles([{ name: '网格统计.xlsx', bytes: book([['Sheet1', rowsOf(text)]]) }], { workbookLib: XLSX })],
  ])('%s with its 合计 row: the community\'s grids, its value the 合计\'s, under the title\'s street', (_n, run) => {
    const r = run(`${TITLE}\n网格,再就业人数\n花园路社区第一网格,3\n花园路社区第二网格,2\n花园路社区合计,5\n`);
    expect(r.report.status).toBe('ok');
    expect(brief(r)).toEqual(['劝业场街道|花园路社区|2024-03|5']);
    const said = r.report.issues.find((i) => i.code === 'grid-rows-unit')!;
    expect(said.message).toContain('“花园路社区”的网格');
    expect(r.report.issues.map((i) => i.code)).not.toContain('unit-column-guessed');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  // The 填报单位 line that named the grids' community was said to be skipped (已跳过), though read as it.
  it('a 填报单位 line naming the community: read as it, and said so at its line', () => {
    const r = importText(`${TITLE}\n填报单位：花园路社区\n网格,再就业人数\n第一网格,3\n第二网格,2\n合计,5\n`, '网格统计.csv');
    expect(r.report.status).toBe('ok');
    expect(brief(r)).toEqual(['劝业场街道|花园路社区|2024-03|5']);
    const at = r.report.issues.filter((i) => i.line === 2);
    expect(at.map((i) => i.message)).toEqual(['第2行“填报单位：花园路社区”在表头之上，其中“花园路社区”作为本表的社区']);
  });

  // Several communities' grids were refused as grids of no community named anywhere, beside a warning that the
  // 网格 column was taken for the communities' names.
  it('several communities\' grids: refused, naming them, with no word of the column taken for names', () => {
    const r = importText(`${TITLE}\n网格,再就业人数\n花园路社区第一网格,3\n花园路社区第二网格,2\n滨西社区第一网格,4\n`, '网格统计.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.filter((i) => i.severity !== 'info');
    expect(e.map((i) => i.code)).toEqual(['grid-rows-no-unit']);
    expect(e[0]!.message).toContain('是花园路社区、滨西社区2个社区的网格');
  });

  it('without a 合计 row: the grids\' sum, warned as for a community\'s title', () => {
    const r = importText(`${TITLE}\n网格,再就业人数\n花园路社区第一网格,3\n花园路社区第二网格,2\n`, '网格统计.csv');
    expect(r.report.status).toBe('ok');
    expect(brief(r)).toEqual(['劝业场街道|花园路社区|2024-03|5']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['grid-rows-summed']);
  });
});

describe('a title split over two rows', () => {
  // `劝业场街道各社区` over `２０２４年３月就业情况统计表` (each merged across the table): the second row was skipped
  // (在表头之上，已跳过), the period lost, the file blocked with no-period.
  const WIDE = '社区,再就业人数\n花园路社区,3\n滨西社区,2\n';
  const merged = (rows: (string | number | null)[][], width: number): Uint8Array => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = [0, 1].map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }));
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };
  const brief = (r: ReturnType<typeof importText>): string[] => observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.period}|${o.value}`);

  it('in a CSV file: the second row goes on with the title, its period the table\'s', () => {
    const r = importText(`劝业场街道各社区\n２０２４年３月就业情况统计表\n${WIDE}`, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(brief(r)).toEqual(['劝业场街道|滨西社区|2024-03|2', '劝业场街道|花园路社区|2024-03|3']);
    expect(r.dataset!.files[0]!.caption).toBe('劝业场街道各社区 ２０２４年３月就业情况统计表');
    expect(r.report.issues.find((i) => i.line === 2)!.code).toBe('title-row');
  });

  it('in a workbook, each row merged across the table: a street\'s table and a community\'s form', () => {
    const wide = importFiles([{ name: '就业情况.xlsx', bytes: merged([['劝业场街道各社区', null], ['２０２４年３月就业情况统计表', null], ...rowsOf(WIDE)], 2) }], { workbookLib: XLSX });
    expect(wide.report.status).toBe('ok');
    expect(brief(wide)).toEqual(['劝业场街道|滨西社区|2024-03|2', '劝业场街道|花园路社区|2024-03|3']);
    const form = importFiles([{ name: '就业情况.xlsx', bytes: merged([['花园路社区', null, null], ['2024年3月就业情况统计表', null, null], ...rowsOf(FORM)], 3) }], { workbookLib: XLSX });
    expect(form.report.status).toBe('ok');
    expect(units(form)).toEqual(['花园路社区']);
    expect([...new Set(observations(form.dataset).map((o) => o.period))].sort()).toEqual(['2024-03', '2024-C03']);
  });

  // `2024年3月` over `花园路社区就业情况统计表`: the community on the second row was skipped, the form blocked (vertical-no-unit).
  it('the period on the first row, the community on the second: both the form\'s', () => {
    const csv = importText(`2024年3月\n花园路社区就业情况统计表\n${FORM}`, '就业情况.csv');
    const xlsx = importFiles([{ name: '就业情况.xlsx', bytes: merged([['2024年3月', null, null], ['花园路社区就业情况统计表', null, null], ...rowsOf(FORM)], 3) }], { workbookLib: XLSX });
    for (const r of [csv, xlsx]) {
      expect(r.report.status).toBe('ok');
      expect(units(r)).toEqual(['花园路社区']);
      expect([...new Set(observations(r.dataset).map((o) => o.period))].sort()).toEqual(['2024-03', '2024-C03']);
    }
    expect(csv.dataset!.files[0]!.caption).toBe('2024年3月 花园路社区就业情况统计表');
  });

  it('a day alone under the title (the day it was filled in) or a note is still no period', () => {
    for (const line of ['2024年4月5日', '注：2024年3月起口径调整']) {
      const r = importText(`劝业场街道各社区统计\n${line}\n${WIDE}`, '就业情况.csv');
      expect(r.report.status).toBe('blocked');
      expect(r.report.issues.map((i) => i.code)).toContain('no-period');
    }
  });
});

describe('a file name naming a numbered committee by its short name', () => {
  // `华江里社区第二-2024年3月.csv` (and `华江里社区第二（2024年3月）.csv`) was read as 华江里社区.
  it.each(['华江里社区第二-2024年3月.csv', '华江里社区第二（2024年3月）.csv', '华江里社区第二_2024年3月.csv'])('%s: the committee', (name) => {
    const r = importText(`就业情况统计表\n${FORM}`, name);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['华江里社区第二']);
  });
});

describe('a unit line in brackets under the title', () => {
  // `（单位：户、人）` was said twice at its line: taken as the table's unit, then 在表头之上，已跳过.
  it('is the table\'s unit, said once', () => {
    const r = importText('劝业场街道2024年3月各社区统计表\n（单位：户、人）\n社区,低保户数,志愿者\n花园路社区,30,80\n', '统计.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.line === 2).map((i) => `${i.code}:${i.message}`)).toEqual(['unit-row:第2行“（单位：户、人）”作为默认计量单位']);
  });
});

describe('a 填报单位 line that writes the period after the name', () => {
  // `填报单位：红星里社区　　2024年10月` under a title with no period, in `红星里社区10月.xls`: the file
  // name's yearless 10月 blocked the import (no-period), the line's 2024年10月 unread.
  const form = (filed: string): string[][] => [['社区工作月报表'], [filed], ['项目', '单位', '本月', '本年累计'], ['再就业人数', '人', '9', '88'], ['注册志愿者', '人', '200', '']];

  it('reads the period and the community from the one line, and says both', () => {
    const r = importFiles([{ name: '红星里社区10月.xlsx', bytes: book([['Sheet1', form('填报单位：红星里社区\u3000\u30002024年10月')]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toContain('2024-10');
    expect(units(r)).toEqual(['红星里社区']);
    expect(r.report.issues.find((i) => i.code === 'preamble-row')?.message).toBe('第2行“填报单位：红星里社区\u3000\u30002024年10月”在表头之上，其中“红星里社区”作为本表的社区，“2024年10月”作为统计期间');
  });

  it('reads it on a street\'s table of communities too', () => {
    const r = importText('劝业场街道各社区工作统计表\n填报单位：劝业场街道 2024年3月\n社区,再就业人数\n花园路社区,3\n滨西社区,4\n', '统计.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-03']);
  });

  it('never takes the day the form was filled in as its period', () => {
    for (const filed of ['填报单位：红星里社区 2024年11月5日', '填报单位：红星里社区 填报日期：2024年11月']) {
      const r = importFiles([{ name: '红星里社区10月.xlsx', bytes: book([['Sheet1', form(filed)]]) }], { workbookLib: XLSX });
      expect(r.report.status, filed).toBe('blocked');
      expect(r.report.issues.find((i) => i.severity === 'error')?.code, filed).toBe('no-period');
    }
  });
});

describe('a numbered committee however its number is written', () => {
  // `填报单位：华江里社区一居委会` (no 第) was read as 华江里社区, the community its two committees share: both committees'
  // forms one unit. `华江里社区第1居委会` (the number in digits) became a unit 华江里社区第1社区, the list's 华江里社区第一 not found.
  it.each([
    ['华江里社区一居委会', '华江里社区第一'], ['华江里社区第1居委会', '华江里社区第一'], ['华江里社区第２居委会', '华江里社区第二'],
    ['华江里社区2居委会', '华江里社区第二'], ['华江里社区第一居委会', '华江里社区第一'], ['华江里社区第二居民委员会', '华江里社区第二'],
  ])('填报单位：%s above a form: %s', (written, unit) => {
    const r = importText(`2024年3月就业情况统计表\n填报单位：${written}\n${FORM}`, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual([unit]);
  });

  it('as rows of a table: each the list\'s name, the two committees two units', () => {
    const r = importText('2024年3月统计表\n社区,常住人口\n华江里社区第1居委会,100\n华江里社区二居委会,200\n', '统计.csv');
    expect(r.report.status).toBe('ok');
    expect(units(r).sort()).toEqual(['华江里社区第一', '华江里社区第二']);
  });
});

describe('a 填报单位 line naming two units over one form', () => {
  // `填报单位：花园路社区、幸福里社区` (or a community's two committees) was read as the first's form, no word said of the
  // second; written in a cell of its own, the second was even said left out as 填表人、联系电话.
  it.each([
    ['填报单位：花园路社区、幸福里社区', '花园路社区', '幸福里社区'],
    ['填报单位：华江里社区第一居委会、第二居委会', '华江里社区第一', '第二居委会'],
    ['填报单位：花园路社区和幸福里社区', '花园路社区', '幸福里社区'],
  ])('%s: read as the first\'s, warned naming both', (line, first, second) => {
    const r = importText(`2024年3月就业情况统计表\n${line}\n${FORM}`, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual([first]);
    const w = r.report.issues.filter((i) => i.severity === 'warning');
    expect(w.map((i) => i.code)).toEqual(['vertical-unit-disagree']);
    expect(w[0]!.message).toContain('两个单位');
    expect(w[0]!.message).toContain(second);
  });

  it('the second in a cell of its own is quoted, not said to be someone\'s contact details', () => {
    const r = importText(`2024年3月就业情况统计表\n填报单位：花园路社区,幸福里社区\n${FORM}`, '就业情况.csv');
    expect(r.report.issues.find((i) => i.line === 2)!.message).toBe('第2行“填报单位：花园路社区 幸福里社区”在表头之上，其中“花园路社区”作为本表的社区');
  });
});
