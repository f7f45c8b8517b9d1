/**
 * What a tired clerk writes around a catalogue metric's name in a long file's 指标 cell (or a wide
 * header): a list number in Chinese (`（一）`, `一、`) as a digit one (`1.`, `①`) is read, and a unit
 * glued to the name (`低保户数户`, `慰问救助金额万元`) as the unit in brackets is.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book } from './workbook-helpers';

const run = (file: InputFile) => importFiles([file], { workbookLib: XLSX });
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.metric} ${o.value}`).sort();
const LONG = [
  ['社区', '指标', '数值'], ['东湖社区', '（一）就业技能培训', 3], ['东湖社区', '二、文体活动', 9], ['东湖社区', '⑶讲座培训', 2],
  ['东湖社区', '低保户数户', 5], ['东湖社区', '再就业人数人', 7], ['东湖社区', '慰问救助金额万元', 1.5],
];

describe('a list number or a glued unit around a catalogue metric\'s name', () => {
  it.each([
    ['a long CSV', { name: '2024年3月.csv', bytes: utf8(LONG.map((r) => r.join(',')).join('\n')) }],
    ['a workbook sheet in long form', { name: '2024年3月.xlsx', bytes: book([['3月', LONG]]) }],
    ['a wide CSV', { name: '2024年3月.csv', bytes: utf8(`社区,${LONG.slice(1).map((r) => r[1]).join(',')}\n东湖社区,${LONG.slice(1).map((r) => r[2]).join(',')}\n`) }],
  ])('%s: each is the catalogue metric, 万元 scaled', (_, file) => {
    const r = run(file);
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['aid_amount 15000', 'cultural_events 9', 'dibao_households 5', 'employment_training 3', 'lectures 2', 'reemployed 7']);
  });
});

describe('a unit in the 指标 cell\'s brackets that the 单位 cell contradicts', () => {
  it.each([['走访户数（户）', '次'], ['再就业人数（人）', '户']])('%s with %s in the 单位 column: read in the name\'s unit, with a warning naming the cell', (metric, unit) => {
    const r = run({ name: '2024年3月.csv', bytes: utf8(`社区,指标,数值,单位\n东湖社区,${metric},11,${unit}\n西山社区,${metric},12,${unit}\n`) });
    const w = r.report.issues.filter((i) => i.code === 'unit-column-disagree');
    expect(w.map((i) => [i.severity, i.line, i.column])).toEqual([['warning', 2, 4]]);
    expect(w[0]!.message).toContain(`单位列却写“${unit}”`);
  });
});
