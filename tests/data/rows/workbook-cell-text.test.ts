// @vitest-environment node
/**
 * Cell texts as a person sees them: a line break LibreOffice's .xls keeps as the text `_x000d_`
 * (OOXML's escape for a CR, written into a format that has no escapes) is the line break it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/data/rows/read-workbook';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from '../pipeline/import-helpers';

const name = 'LibreOffice-回车换行-2024年3月.xls';
const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/workbooks', name)));

describe('escaped line breaks in a LibreOffice .xls', () => {
  it('headers 常住人口_x000d_⏎（人） and a name 东湖_x000d_⏎社区 read as the line breaks they were', () => {
    const r = readWorkbook(XLSX, bytes, name);
    expect(r.sheets[0]!.rows.slice(0, 2)).toEqual([['社区', '常住人口\r\n（人）', '户数\r\n（户）'], ['东湖\r\n社区', '3200', '1100']]);
    const imported = importFiles([{ name, bytes }], { workbookLib: XLSX });
    expect(observations(imported.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '东湖社区|households|1100', '东湖社区|residents|3200', '西山社区|households|950', '西山社区|residents|2800']);
  });

  it('the escape in any case (_x000D_, _x000a_) and a control character\'s (_x0007_, removed as the character is); other text kept', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口_x000D_（人）'], ['东湖_x000a_社区', 3200], ['西山_x0007_社区', 2800], ['编号_x20AC_', 1]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '3月');
    const xls = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(readWorkbook(XLSX, xls, 't.xls').sheets[0]!.rows).toEqual([['社区', '常住人口\r（人）'], ['东湖\n社区', '3200'], ['西山社区', '2800'], ['编号_x20AC_', '1']]);
  });
});
