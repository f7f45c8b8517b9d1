/**
 * A file whose name is already in the dataset it is added to (a community resends 三月.csv with one
 * number fixed), or twice in one import (two folders' 三月.csv): the dataset and the report know it
 * as `三月（第2次导入）.csv`, so the two never read as one file (“已有数据（三月.csv第3行）…按本次导入的
 * 三月.csv第3行”), and the save keeps both originals (stored under these names). What the name tells
 * (period, community, street) is still read from the file's own name.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';

const MARCH = '街道,社区,期间,再就业人数\n咸水沽镇,春竹轩社区,2024-03,12\n咸水沽镇,泽川园社区,2024-03,30\n';
const FIXED = '街道,社区,期间,再就业人数\n咸水沽镇,春竹轩社区,2024-03,12\n咸水沽镇,泽川园社区,2024-03,33\n';

function book(rows: (string | number)[][], sheet = '3月'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a file named like one already in the dataset', () => {
  const first = importFiles([{ name: '三月.csv', bytes: utf8(MARCH) }], { id: 'd' });

  it('is known as 三月（第2次导入）.csv: in the dataset, the report and the names the save stores the originals under (report.files)', () => {
    const r = importFiles([{ name: '三月.csv', bytes: utf8(FIXED) }], { existing: first.dataset!, correctExisting: true });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.files.map((f) => f.name)).toEqual(['三月.csv', '三月（第2次导入）.csv']);
    expect(r.report.files).toEqual(['三月（第2次导入）.csv']);
    const corrected = r.report.issues.find((i) => i.code === 'existing-corrected')!;
    expect(corrected.file).toBe('三月（第2次导入）.csv');
    expect(corrected.message).toContain('已有数据（三月.csv第3行）为30，按本次导入的三月（第2次导入）.csv第3行改为33');
  });

  it('a third time is 第3次导入; a name not taken is kept as it is', () => {
    const second = importFiles([{ name: '三月.csv', bytes: utf8(MARCH) }], { existing: first.dataset! });
    const third = importFiles([{ name: '三月.csv', bytes: utf8(MARCH) }, { name: '四月.csv', bytes: utf8(MARCH.replaceAll('2024-03', '2024-04')) }], { existing: second.dataset! });
    expect(third.report.files).toEqual(['三月（第3次导入）.csv', '四月.csv']);
    expect(third.dataset!.files.map((f) => f.name)).toEqual(['三月.csv', '三月（第2次导入）.csv', '三月（第3次导入）.csv', '四月.csv']);
  });

  it('two files of one name in one import (two folders) are two files, the second 同名第2个 (it is no second import)', () => {
    const other = MARCH.replaceAll('咸水沽镇', '双港镇').replace('春竹轩社区', '丽苑社区').replace('泽川园社区', '海天馨苑社区');
    const r = importFiles([{ name: '三月.csv', bytes: utf8(MARCH) }, { name: '三月.csv', bytes: utf8(other) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.files).toEqual(['三月.csv', '三月（同名第2个）.csv']);
    // Added onto that dataset, a third 三月.csv is its second import.
    const again = importFiles([{ name: '三月.csv', bytes: utf8(MARCH) }], { existing: r.dataset! });
    expect(again.report.files).toEqual(['三月（第2次导入）.csv']);
    const lines = observations(r.dataset).map((o) => `${o.parent}${o.unit}`);
    expect(lines).toHaveLength(4);
  });

  it('still takes its period from its own name; a workbook\'s sheets are labelled under the new name', () => {
    const noPeriod = (v: number) => `街道,社区,再就业人数\n咸水沽镇,春竹轩社区,${v}\n`;
    const a = importFiles([{ name: '咸水沽镇2024年3月.csv', bytes: utf8(noPeriod(12)) }]);
    const b = importFiles([{ name: '咸水沽镇2024年3月.csv', bytes: utf8(noPeriod(14)) }], { existing: a.dataset!, correctExisting: true });
    expect(b.report.status).toBe('ok');
    expect(observations(b.dataset).map((o) => [o.period, o.value])).toEqual([['2024-03', 14]]);
    expect(b.dataset!.files.map((f) => f.name)).toEqual(['咸水沽镇2024年3月.csv', '咸水沽镇2024年3月（第2次导入）.csv']);

    const rows = [['街道', '社区', '期间', '再就业人数'], ['咸水沽镇', '春竹轩社区', '2024-03', 12]];
    const w1 = importFiles([{ name: '三月.xlsx', bytes: book(rows) }], { workbookLib: XLSX });
    const w2 = importFiles([{ name: '三月.xlsx', bytes: book([rows[0]!, ['咸水沽镇', '泽川园社区', '2024-03', 30]]) }], { workbookLib: XLSX, existing: w1.dataset! });
    expect(w2.report.status).toBe('ok');
    expect(w2.report.files).toEqual(['三月（第2次导入）.xlsx']);
    expect(w2.dataset!.files.map((f) => f.name)).toEqual(['三月.xlsx › 3月', '三月（第2次导入）.xlsx › 3月']);
  });
});
