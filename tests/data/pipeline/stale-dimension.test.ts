// @vitest-environment node
/**
 * A workbook whose sheet states a used range (<dimension>) smaller than its cells, as some
 * exporters and hand-edited files write it: Excel shows every cell, and so must the import.
 */
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

/** A one-sheet workbook whose sheet XML claims the used range `ref`. */
async function withDimension(rows: (string | number)[][], ref: string): Promise<Uint8Array> {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '3月');
  const zip = await JSZip.loadAsync(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('a sheet whose stated used range is smaller than its cells', () => {
  it('every cell is read, not only those inside A1:B2', async () => {
    const bytes = await withDimension([['社区', '再就业人数', '低保户数'], ['东湖社区', 5, 1], ['西山社区', 6, 2], ['南河社区', 7, 3]], 'A1:B2');
    const r = importFiles([{ name: '2024年3月.xlsx', bytes }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '东湖社区|dibao_households|1', '东湖社区|reemployed|5', '南河社区|dibao_households|3', '南河社区|reemployed|7',
      '西山社区|dibao_households|2', '西山社区|reemployed|6']);
  });

  it('cells above and left of a stated range starting at B3 are read too, the header among them', async () => {
    const bytes = await withDimension([['社区', '再就业人数'], ['东湖社区', 5], ['西山社区', 6], ['南河社区', 7]], 'B3:B4');
    const r = importFiles([{ name: '2024年3月.xlsx', bytes }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}|${o.line}`).sort()).toEqual(['东湖社区|5|2', '南河社区|7|4', '西山社区|6|3']);
  });
});
