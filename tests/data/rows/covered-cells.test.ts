// @vitest-environment node
/**
 * Texts kept in the cells a merge covers (a merge made with the format painter, LibreOffice's
 * "keep the contents of the hidden cells", programs that write merged cells): Excel shows the
 * merge's top-left cell only, so they are read as the blanks they look, and one that differs
 * from the shown text is named.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/data/rows/read-workbook';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from '../pipeline/import-helpers';

/** A one-sheet workbook written by SheetJS, which writes the covered cells' texts as given. */
function merged(rows: (string | number | null)[][], merges: string[]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '3月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('texts under merged cells', () => {
  it('a 街道 merge showing 中北镇 over a hidden 双口镇: read as 中北镇 for both communities, the hidden text named', () => {
    const bytes = merged([['街道', '社区', '常住人口'], ['中北镇', '东湖社区', 3200], ['双口镇', '西山社区', 2800], ['双口镇', '北岸社区', 1900]], ['A2:A3']);
    const sheet = readWorkbook(XLSX, bytes, 't.xlsx');
    expect(sheet.sheets[0]!.rows.map((r) => r[0])).toEqual(['街道', '中北镇', '', '双口镇']);
    const w = sheet.issues.filter((i) => i.code === 'merged-hidden-text');
    expect(w.map((i) => [i.severity, i.sheet, i.line, i.column])).toEqual([['warning', '3月', 3, 1]]);
    expect(w[0]!.message).toBe('工作表“3月”中A3“双口镇”（合并单元格A2:A3显示“中北镇”）被合并单元格遮住，在Excel中看不到，已按合并单元格显示的内容读取；如被遮住的内容才是对的，请取消合并、核对后重新导入');
    const r = importFiles([{ name: '西青区2024年3月.xlsx', bytes }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => `${o.parent}|${o.unit}`)).toEqual(['中北镇|东湖社区', '双口镇|北岸社区', '中北镇|西山社区']);
  });

  it('a value merged over two communities with a hidden 7 under its 5: the second is blank, as the merged-values warning says', () => {
    const bytes = merged([['社区', '常住人口', '网格员人数'], ['东湖社区', 3200, 5], ['西山社区', 2800, 7], ['南河社区', 2100, 3]], ['C2:C3']);
    const r = importFiles([{ name: '2024年3月.xlsx', bytes }], { workbookLib: XLSX });
    const grid = observations(r.dataset).filter((o) => o.metric.endsWith('网格员人数')).map((o) => `${o.unit}|${o.value}`);
    expect(grid).toEqual(['东湖社区|5', '南河社区|3', '西山社区|null']);
    expect(r.report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['merged-values', 'merged-hidden-text']));
  });

  it('the same text kept under a 街道 merge (the format painter\'s merge) is filled as any merge, nothing more said', () => {
    const bytes = merged([['街道', '社区', '常住人口'], ['中北镇', '东湖社区', 3200], ['中北镇', '西山社区', 2800]], ['A2:A3']);
    const r = readWorkbook(XLSX, bytes, 't.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheets[0]!.merges).toEqual([{ top: 1, bottom: 2, left: 0, right: 0 }]);
  });
});
