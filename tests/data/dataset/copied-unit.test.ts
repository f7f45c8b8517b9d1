// @vitest-environment node
/**
 * A community's sheet (or row) copied for another and its numbers never changed: two units with the
 * very same values in every metric and month. Each value alone is plausible: warned once per pair,
 * naming both and where they are; nothing is changed.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book, type BookCell } from '../pipeline/workbook-helpers';
import { importText } from '../pipeline/import-helpers';

const months = (a: number): BookCell[][] => [['月份', '再就业人数', '注册志愿者'], ['1月', a, 4], ['2月', 5, 6], ['3月', 7, 8]];
const copied = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.code === 'unit-copied');

describe('two communities with every value the same', () => {
  it('滨西社区\'s sheet copied from 花园路社区\'s with its numbers unchanged: one warning naming both sheets', () => {
    const r = importFiles([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(3)], ['滨西社区', months(3)]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    const w = copied(r);
    expect(w.map((i) => [i.severity, i.file, i.sheet, i.line])).toEqual([['warning', '劝业场街道2024年.xlsx', '滨西社区', 2]]);
    expect(w[0]!.message).toBe('滨西社区（工作表“滨西社区”第2行起）的6个数值与花园路社区（工作表“花园路社区”第2行起）在每个指标、每一期都完全相同，像是复制了花园路社区的表而没有改数。两者都已照常导入；请核对，如是复制的，请填入滨西社区的实际数值后重新导入');
    // The data stays as sent.
    expect(r.dataset!.obs.value.length).toBe(12);
  });

  it('two rows of one table with the same numbers throughout: named by their lines', () => {
    const r = importText('社区,1月,2月,3月,4月,5月,6月\n花园路社区,1,2,3,4,5,6\n滨西社区,1,2,3,4,5,6\n大沽路社区,1,2,3,4,5,7\n', '2024年再就业人数.csv');
    expect(copied(r).map((i) => i.line)).toEqual([3]);
    expect(copied(r)[0]!.message).toContain('滨西社区（第3行起）的6个数值与花园路社区（第2行起）在每个指标、每一期都完全相同');
  });

  it('fewer than six nonzero values, or one value different, say nothing', () => {
    expect(copied(importText('社区,1月,2月,3月,4月,5月,6月\n花园路社区,0,0,3,4,5,6\n滨西社区,0,0,3,4,5,6\n', '2024年再就业人数.csv'))).toEqual([]);
    const r = importFiles([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(3)], ['滨西社区', months(2)]]) }], { workbookLib: XLSX });
    expect(copied(r)).toEqual([]);
  });
});
