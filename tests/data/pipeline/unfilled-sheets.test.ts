// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book, type BookCell } from './workbook-helpers';

const run = (sheets: [string, BookCell[][]][]) => importFiles([{ name: '王顶堤街道2024年就业月报.xlsx', bytes: book(sheets) }], { workbookLib: XLSX });
const month = (m: number, a: BookCell, b: BookCell): [string, BookCell[][]] =>
  [`${m}月`, [[`2024年${m}月社区就业统计`], ['序号', '社区', '下岗失业人员', '再就业人数'], [1, '华苑社区', a, b], [2, '碧水园社区', b, a]]];

describe('a year\'s workbook of month sheets, the later months not yet filled in', () => {
  it('a month sheet of names without a single number (7月…12月 of the template) is left out with an info naming it, not a period of blanks', () => {
    const sheets = [month(1, 11, 1), month(2, 12, 2), month(3, 13, 3), ...[4, 5, 6].map((m) => month(m, null, null))];
    const r = run(sheets);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    const notes = r.report.issues.filter((i) => i.code === 'sheet-unfilled');
    expect(notes.map((i) => [i.severity, i.sheet])).toEqual([['info', '4月'], ['info', '5月'], ['info', '6月']]);
    expect(notes[0]!.message).toBe('工作表“4月”没有填写任何数值（只有表头和名称，多为尚未填报的月份），未导入；如该表应有数据，请填写后重新导入');
  });

  it('a sheet with one number filled in, or every sheet blank, is read as before', () => {
    const one = run([month(1, 11, 1), ['2月', [['2024年2月社区就业统计'], ['序号', '社区', '下岗失业人员'], [1, '华苑社区', 5], [2, '碧水园社区', null]]]]);
    expect(one.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(one.report.issues.filter((i) => i.code === 'sheet-unfilled')).toEqual([]);
    // A sheet of words named for no period (社区名单) is said to be no table of figures.
    const names = run([month(1, 11, 1), ['社区名单', [['社区', '书记'], ['华苑社区', '张三'], ['碧水园社区', '李四']]]]);
    expect(names.report.issues.find((i) => i.code === 'sheet-unfilled')!.message).toBe('工作表“社区名单”没有任何数值（只有表头和文字），不是数据表，未导入；如该表应有数据，请填写后重新导入');
    const none = run([month(1, null, null), month(2, null, null)]);
    expect(none.report.issues.filter((i) => i.code === 'sheet-unfilled')).toEqual([]);
  });

  it('a month sheet whose every figure is 0 beside sheets of figures is imported as written, with a warning naming it (a template\'s zeros, most likely)', () => {
    const r = run([month(1, 11, 1), month(2, 12, 2), month(3, 0, 0), month(4, 0, 0)]);
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    const zeros = r.report.issues.filter((i) => i.code === 'sheet-all-zero');
    expect(zeros.map((i) => [i.severity, i.sheet])).toEqual([['warning', '3月'], ['warning', '4月']]);
    expect(zeros[0]!.message).toBe('工作表“3月”的4个数值全部是0，已按0导入；如这是尚未填报的月份（表格模板中的0或公式结果），请删除该工作表后重新导入');
    // One zero among figures, or every sheet of zeros, is not warned.
    expect(run([month(1, 11, 1), month(2, 0, 3)]).report.issues.filter((i) => i.code === 'sheet-all-zero')).toEqual([]);
    expect(run([month(1, 0, 0), month(2, 0, 0)]).report.issues.filter((i) => i.code === 'sheet-all-zero')).toEqual([]);
  });
});
