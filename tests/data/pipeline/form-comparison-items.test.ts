// @vitest-environment node
/**
 * A one-community form's item comparing with another period (`上年同期再就业人数`, `再就业人数（上年同期）`,
 * `去年同期走访户数`, `再就业人数同比`) holds no figure of the form's period: left out as a long table's
 * 指标 cell and a column header already are (periodWordsOf → comparison), with their info
 * (comparison-metric-rows) naming the lines, never a custom metric of the whole text storing last
 * year's figure as this period's. A 其中 row under it goes with it. So in a transposed table
 * (communities across the top, items down).
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';

const form = (items: readonly BookCell[][]): BookCell[][] => [['东湖社区2024年7月工作统计表'], ['项目', '本月', '本年累计'], ...items];
type Make = (items: readonly BookCell[][]) => InputFile;
const FORMS: readonly (readonly [string, Make])[] = [
  ['CSV', (items) => csv('东湖社区-2024年7月.csv', toCsv(form(items)))],
  ['.xlsx', (items) => ({ name: '东湖社区-2024年7月.xlsx', bytes: book([['Sheet1', form(items)]]) })],
];
const values = (r: ReturnType<typeof run>): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.metric}@${o.period}=${o.value}`).sort();
const said = (r: ReturnType<typeof run>, code: string) => r.report.issues.filter((i) => i.code === code);
const problems = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);
/** The same text as a long table's 指标 cell: the one rule's answer (a comparison: nothing read). */
const longReads = (item: string): string[] =>
  values(run([csv('long.csv', toCsv([['社区', '期间', '指标', '数值'], ['东湖社区', '2024年7月', item, 41]]))]));

/** The part a 其中：女 (or a bare 女) row under 再就业人数 is. */
const PART = 'custom:再就业人数（其中：女）';
const COMPARING = [
  '上年同期再就业人数', '去年同期再就业人数', '再就业人数（上年同期）', '再就业人数(上年同期)', '再就业人数 （去年同期）', '再就业人数【上年同期】',
  '去年同期走访户数', '走访户数（上年同期）', '1.上年同期再就业人数', '（二）去年同期再就业人数', '2、再就业人数（上年同期）',
  '再就业人数同比', '再就业人数（同比增减）', '上年同期培训人次',
];

describe.each(FORMS)('a one-community %s form', (_, make) => {
  it.each(COMPARING)('%s: a comparison, not imported, said with the long table\'s info', (item) => {
    expect(longReads(item)).toEqual([]);
    const r = run([make([['再就业人数', 12, 50], [item, 41, 300]])]);
    expect(values(r)).toEqual(['东湖社区|reemployed@2024-07=12', '东湖社区|reemployed@2024-C07=50']);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual(['reemployed']);
    expect(problems(r)).toEqual([]);
    const info = said(r, 'comparison-metric-rows');
    expect(info.map((i) => `${i.severity}|${i.line}|${i.column}`)).toEqual([`info|4|1`]);
    expect(info[0]!.message).toContain(`第4行的指标“${item}”是与上年同期或上一期的比较，不是本期的数值，未导入`);
    expect(r.report.rows.filter((d) => d.line === 4).map((d) => d.outcome)).toEqual(['subtotal']);
  });

  it.each([['其中：女'], ['女']])('%s under a comparing item goes with it; under the next item it is that item\'s part', (part) => {
    const r = run([make([['上年同期再就业人数', 41, 300], [part, 20, 150], ['再就业人数', 12, 50], [part, 5, 25]])]);
    expect(values(r).filter((v) => /=(41|20|300|150)$/.test(v))).toEqual([]);
    expect(values(r).filter((v) => v.includes('@2024-07='))).toEqual([`东湖社区|${PART}@2024-07=5`, '东湖社区|reemployed@2024-07=12']);
    expect(said(r, 'comparison-metric-rows').map((i) => i.message.slice(0, 20))).toEqual(['第3-4行的指标“上年同期再就业人数”是']);
    expect(problems(r)).toEqual([]);
  });

  it('two comparing items: one info each, their lines', () => {
    const r = run([make([['上年同期再就业人数', 41, 300], ['再就业人数', 12, 50], ['去年同期走访户数', 7, 70]])]);
    expect(values(r)).toEqual(['东湖社区|reemployed@2024-07=12', '东湖社区|reemployed@2024-C07=50']);
    expect(said(r, 'comparison-metric-rows').map((i) => i.line)).toEqual([3, 5]);
  });

});

describe('a transposed table (communities across, items down)', () => {
  const table = (items: readonly BookCell[][]): BookCell[][] => [['2024年7月各社区就业情况'], ['指标', '东湖社区', '西山社区'], ...items];
  it.each([
    ['CSV', (rows: BookCell[][]) => csv('2024年7月.csv', toCsv(rows))],
    ['.xlsx', (rows: BookCell[][]) => ({ name: '2024年7月.xlsx', bytes: book([['Sheet1', rows]]) })],
  ] as const)('%s: a comparing item is left out with the info, the others read', (_, make) => {
    const r = run([make(table([['再就业人数', 12, 13], ['再就业人数（上年同期）', 41, 42], ['走访户数', 3, 4]]))]);
    expect(values(r)).toEqual(['东湖社区|custom:走访户数@2024-07=3', '东湖社区|reemployed@2024-07=12', '西山社区|custom:走访户数@2024-07=4', '西山社区|reemployed@2024-07=13']);
    const info = said(r, 'comparison-metric-rows');
    expect(info.map((i) => `${i.severity}|${i.line}|${i.column}`)).toEqual(['info|4|1']);
    expect(problems(r)).toEqual([]);
  });
});
