// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

/** A 3月 sheet whose column `hidden` (0-based) is folded away. */
function book(rows: (string | number)[][], hidden: number[]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = rows[0]!.map((_, c) => (hidden.includes(c) ? { hidden: true } : {}));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '3月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const run = (bytes: Uint8Array) => importFiles([{ name: '咸水沽镇2024年3月.xlsx', bytes }], { workbookLib: XLSX });
const valuesOf = (r: ReturnType<typeof run>, unit: string) =>
  Object.fromEntries(observations(r.dataset).filter((o) => o.unit === unit).map((o) => [o.metric, o.value]));

describe('importFiles: a hidden column beside a visible one of the same metric', () => {
  it('same header, hidden first: the visible column is the metric, the hidden one a metric of its own, named in the warning', () => {
    const r = run(book([['社区', '再就业人数', '再就业人数', '志愿者人数'], ['祥福里社区', 1, 5, 10], ['红星里社区', 2, 6, 20]], [1]));
    expect(r.report.status).toBe('ok');
    expect(valuesOf(r, '祥福里社区')).toMatchObject({ reemployed: 5 });
    expect(valuesOf(r, '红星里社区')).toMatchObject({ reemployed: 6 });
    const w = r.report.issues.find((i) => i.code === 'duplicate-header')!;
    expect(w).toMatchObject({ severity: 'warning', sheet: '3月', line: 1, column: 2 });
    expect(w.message).toContain('隐藏的B列');
  });

  it('same header, hidden second: the visible first column stays the metric', () => {
    const r = run(book([['社区', '再就业人数', '再就业人数'], ['祥福里社区', 5, 1]], [2]));
    expect(valuesOf(r, '祥福里社区')).toMatchObject({ reemployed: 5 });
    expect(r.report.issues.find((i) => i.code === 'duplicate-header')).toMatchObject({ column: 3 });
  });

  it('two headers of one metric (下岗人员, 失业人员), hidden first: the visible one is the metric', () => {
    const r = run(book([['社区', '下岗人员', '失业人员'], ['祥福里社区', 1, 5]], [1]));
    const v = valuesOf(r, '祥福里社区');
    const id = Object.keys(v).find((k) => !k.startsWith('custom:'))!;
    expect(v[id]).toBe(5);
    expect(r.report.issues.find((i) => i.code === 'same-metric-columns')).toMatchObject({ sheet: '3月', column: 2, columnName: '下岗人员' });
  });
});

describe('importFiles: a hidden column the table does not import', () => {
  it('a hidden 上月数 column: the hidden-cells warning does not say it was imported, beside the note that it was not', () => {
    const r = run(book([['社区', '上月数', '再就业人数'], ['祥福里社区', 4, 5], ['红星里社区', 3, 6]], [1]));
    expect(r.report.status).toBe('ok');
    expect(valuesOf(r, '祥福里社区')).toEqual({ reemployed: 5 });
    const hidden = r.report.issues.find((i) => i.code === 'hidden-cells')!;
    expect(hidden.message).toBe('工作表“3月”有隐藏的列（B列），在Excel中看不到，但本工具照常读取，与看得见的行列一样处理；如是旧数据或草稿，请在Excel中删除后重新导入');
    expect(r.report.issues.find((i) => i.code === 'comparison-column')!.message).toContain('未导入');
  });
});
