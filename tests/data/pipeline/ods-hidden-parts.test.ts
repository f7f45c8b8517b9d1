// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';

const name = 'LibreOffice-隐藏与筛选-2024年3月.ods';
const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/workbooks', name)));

describe('a LibreOffice .ods: hidden sheets, filtered rows and hidden columns (SheetJS reads none of them)', () => {
  it('skips the hidden sheet and names the filtered rows and the hidden column, as for an .xlsx', () => {
    const r = importFiles([{ name, bytes }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(r.files.map((f) => f.sheet)).toEqual(['3月', '户数']);
    const issues = r.report.issues;
    expect(issues.find((i) => i.code === 'sheet-hidden')).toMatchObject({ severity: 'info', sheet: '草稿' });
    expect(issues.filter((i) => i.code === 'hidden-cells').map((i) => [i.sheet, i.line, i.column, i.message])).toEqual([
      ['3月', 4, 0, expect.stringContaining('设置了筛选，第4-5行被筛选隐藏')],
      ['户数', 0, 3, expect.stringContaining('隐藏的列（C列）')],
    ]);
    // The filtered rows are still imported (a filter only changes the view), the draft's 1 is not.
    expect(observations(r.dataset).filter((o) => o.metric === r.dataset!.metrics.find((m) => m.zh === '再就业人数')!.id).map((o) => [o.unit, o.value]))
      .toEqual([['东湖社区', 10], ['北岸社区', 40], ['南河社区', 30], ['西山社区', 20]]);
  });
});
