// @vitest-environment node
/**
 * A code column Excel turned into scientific notation and saved again (a workbook's number cell
 * 120111000000, or a CSV written after it): every row holds the same 12 digits ending in 000, no
 * community's code. Read as a code, the communities were one unit and their values conflicted.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';

const rows = [['区划代码', '街道', '单位名称', '户数'], [1.20111e11, '中北镇', '水语花城社区', 170], [1.20111e11, '中北镇', '华亭佳园社区', 180], [120111100010, '中北镇', '假日风景社区', 190]];

function workbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['2024年6月中北镇各社区统计'], ...rows]), '6月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a code cut short to 12 digits ending in 000', () => {
  it.each([
    ['6月.xlsx', workbook()],
    ['6月.csv', utf8(`2024年6月中北镇各社区统计\n${rows.map((r) => r.join(',')).join('\n')}\n`)],
  ])('%s: each community stays its own unit, by its name, and each such code cell is warned of', (name, bytes) => {
    const r = importFiles([{ name, bytes }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`)).toEqual(['假日风景社区|190', '华亭佳园社区|180', '水语花城社区|170']);
    expect(r.dataset!.units.map((u) => u.code).sort()).toEqual(['', '', '120111100010']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['code-not-unit@3:1', 'code-not-unit@4:1']);
  });
});
