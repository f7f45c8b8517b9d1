/**
 * A district office's summary of its streets (街道 | 再就业人数, rows 中北镇, 杨柳青镇 … and a 合计),
 * no community in it: the app compares communities, so the table is refused with one error saying
 * what it is and what to import instead, never read as street rows heading no communities.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book } from '../pipeline/workbook-helpers';
import { importText } from '../pipeline/import-helpers';

const STREETS = '中北镇,12\n杨柳青镇,20\n一、西营门街道,5\n合计,37\n';

describe('a table that lists only streets', () => {
  it.each([['街道'], ['单位'], ['街镇名称'], ['单位名称']])('under a %s header: one error saying it lists streets, and what to import', (header) => {
    const r = importText(`西青区2024年3月各街镇再就业情况\n${header},再就业人数\n${STREETS}`, '2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['streets-only-table']);
    const e = r.report.issues.find((i) => i.code === 'streets-only-table')!;
    expect(e.message).toBe('本表各行是街道（镇）：中北镇、杨柳青镇、西营门街道，没有社区或村。本软件比较的是各社区、村的数据，不导入街道的汇总数：请导入各街道上报的、列出各社区（村）的表');
    expect(r.report.counts.imported).toBe(0);
  });

  it.each([['1590000', '2210000', '1800000'], ['15900000000', '22100000000', '18000000000']])('with two figure columns (财政收入 %s …): the same error, no figure column taken for the names', (a, b, c) => {
    const r = importText(`2024年3月各街镇统计表\n街道,常住人口,财政收入（元）\n咸水沽镇,52000,${a}\n双港镇,48000,${b}\n辛庄镇,39000,${c}\n`, 'a.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['streets-only-table']);
    expect(r.report.issues.find((i) => i.code === 'streets-only-table')!.message).toContain('咸水沽镇、双港镇、辛庄镇');
  });

  it('a column of figures is never guessed as the names beside streets and communities', () => {
    const r = importText('2024年3月\n街道,常住人口,财政收入（元）\n咸水沽镇,52000,1590000\n东姜井社区,12,20\n', 'a.csv');
    expect(r.report.issues.filter((i) => i.code === 'unit-column-guessed').map((i) => i.columnName)).not.toContain('财政收入（元）');
  });

  it('a street over its communities is no such table', () => {
    const r = importText('单位,再就业人数\n中北镇,32\n东姜井社区,12\n西姜井社区,20\n', '2024年3月.csv');
    expect(r.report.issues.map((i) => i.code)).not.toContain('streets-only-table');
    expect(r.report.counts.imported).toBe(2);
  });

  it('a sheet of streets beside the streets\' sheets of communities is left out with a warning, not refused', () => {
    const r = importFiles([{ name: '西青区2024年3月.xlsx', bytes: book([
      ['Sheet1', [['街道', '再就业人数'], ['中北镇', 32], ['杨柳青镇', 27], ['合计', 59]]],
      ['中北镇', [['社区', '再就业人数'], ['东姜井社区', 12], ['西姜井社区', 20]]],
      ['杨柳青镇', [['社区', '再就业人数'], ['柳口路社区', 9], ['柳霞路社区', 18]]],
    ]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(r.report.counts.imported).toBe(4);
    expect(r.report.issues.filter((i) => i.sheet === 'Sheet1').map((i) => [i.severity, i.code])).toEqual([['warning', 'streets-only-sheet']]);
    expect(r.report.issues.find((i) => i.code === 'streets-only-sheet')!.message).toBe('工作表“Sheet1”各行是街道（镇）：中北镇、杨柳青镇，没有社区或村，未导入；各社区的数据取自其他工作表。如这张表是其他街道的汇总，请导入那些街道列出各社区的表');
  });
});
