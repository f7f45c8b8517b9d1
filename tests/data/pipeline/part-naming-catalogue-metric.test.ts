/**
 * `其中：再就业人数` under 下岗失业人员 (of the unemployed, those re-employed): a 其中 naming a
 * catalogue metric's own name is that metric, in a long file's 指标 cell, a workbook sheet in long
 * form and a wide file's header alike; never a custom metric named 其中:再就业人数.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book } from './workbook-helpers';

const run = (file: InputFile) => importFiles([file], { workbookLib: XLSX });
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.unit} ${o.metric} ${o.value}`).sort();
const LONG = [['社区', '指标', '数值'], ['东湖社区', '下岗失业人员', 20], ['东湖社区', '其中：再就业人数', 6], ['西山社区', '下岗失业人员', 9], ['西山社区', '其中:再就业人数（人）', 4]];

describe('a 其中 naming a catalogue metric', () => {
  it.each([
    ['a long CSV', { name: '2024年3月.csv', bytes: utf8(LONG.map((r) => r.join(',')).join('\n')) }],
    ['a workbook sheet in long form', { name: '2024年3月.xlsx', bytes: book([['3月', LONG]]) }],
    ['a wide CSV', { name: '2024年3月.csv', bytes: utf8('社区,下岗失业人员,其中：再就业人数\n东湖社区,20,6\n西山社区,9,4\n') }],
  ])('%s: 其中：再就业人数 under 下岗失业人员 is 再就业人数', (_, file) => {
    const r = run(file);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.id).sort()).toEqual(['reemployed', 'unemployed']);
    expect(values(r)).toEqual(['东湖社区 reemployed 6', '东湖社区 unemployed 20', '西山社区 reemployed 4', '西山社区 unemployed 9']);
  });
});
