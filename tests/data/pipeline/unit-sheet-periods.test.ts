// @vitest-environment node
/**
 * A workbook of a sheet per community, each titled with its period: a sheet whose title names
 * another period than the others' (copied from last month's workbook, title unchanged) is read by
 * its title and said in a warning at it (sheet-issues.ts, flagUnitSheetPeriods).
 */
import * as XLSX from '@e965/xlsx';
import { book, type BookCell } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';

const form = (title: string, k: number): BookCell[][] => [[title], ['项目', '本月'], ['再就业人数', 5 + k], ['注册志愿者', 300 + k]];
const differ = (sheets: [string, BookCell[][]][]) => importFiles([{ name: '咸水沽镇.xlsx', bytes: book(sheets) }], { workbookLib: XLSX })
  .report.issues.filter((i) => i.code === 'period-sheets-differ');

describe('community sheets of one workbook titled for different periods', () => {
  it('the one titled 2024年2月 beside sheets of 2024年3月 is warned about at its sheet, naming both periods', () => {
    const w = differ([
      ['祥福里社区', form('2024年3月社区工作月报', 0)], ['红星里社区', form('2024年2月社区工作月报', 1)], ['春竹轩社区', form('2024年3月社区工作月报', 2)],
    ]);
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', '红星里社区']]);
    expect(w[0]!.message).toContain('标题中的期间是2024年2月，而本工作簿其他社区的工作表（祥福里社区、春竹轩社区）是2024年3月');
  });

  it('two sheets, two periods: the earlier is taken to be the stale one', () => {
    expect(differ([['祥福里社区', form('2024年3月社区工作月报', 0)], ['红星里社区', form('2024年2月社区工作月报', 1)]]).map((i) => i.sheet)).toEqual(['红星里社区']);
  });

  it('all of one period, or sheets named for periods, raise nothing', () => {
    expect(differ([['祥福里社区', form('2024年3月社区工作月报', 0)], ['红星里社区', form('2024年3月社区工作月报', 1)]])).toEqual([]);
    expect(differ([['Sheet1', form('2024年2月社区工作月报', 0)], ['Sheet2', form('2024年3月社区工作月报', 1)]])).toEqual([]);
  });
});
