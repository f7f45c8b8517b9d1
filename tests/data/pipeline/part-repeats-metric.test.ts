/**
 * `其中：再就业人数` right under 再就业人数 itself (a row, a column, a form's item): the 其中 should
 * be a part of the metric above, but names the same metric, so which part is not said. Read as the
 * metric it would be that metric twice (a conflict that blocked the import without saying why): the
 * 其中 is left out, the metric above imported, with a warning naming both cells and what to do.
 * Under another metric (其中：再就业人数 under 下岗失业人员) it stays that metric.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book } from './workbook-helpers';

const run = (file: InputFile) => importFiles([file], { workbookLib: XLSX });
const csv = (text: string, name = '2024年3月.csv'): InputFile => ({ name, bytes: utf8(text) });
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.unit} ${o.metric} ${o.value}`).sort();
const warned = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'part-repeats-metric').map((i) => [i.severity, i.line, i.column, i.message]);

const rowMessage = (line: number, text: string, above: number, metric: string) =>
  `第${line}行指标“${text}”重复了其上第${above}行的指标“${metric}”：“其中”应是上一行指标的一部分（如“其中：女”），这里写的却是同一个指标，看不出是哪一部分，该行未导入（第${above}行的数值照常导入）。如是其中某一部分，请在“其中：”后写明是哪一部分；如就是“${metric}”的数，请删去这一行，然后重新导入`;

describe('a 其中 row repeating the metric above it', () => {
  it.each([
    ['其中：再就业人数', 6], ['其中:再就业人数', 6], ['其中 再就业人数', 6], ['其中：再就业人数（人）', 6], ['其中：再就业人数', 20],
  ])('a long CSV: %s (%s) under 再就业人数 20 is left out with a warning naming both cells', (text, value) => {
    const r = run(csv(`社区,期间,指标,数值\n东湖社区,2024年3月,再就业人数,20\n东湖社区,2024年3月,${text},${value}\n东湖社区,2024年3月,下岗失业人员,30\n`));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 reemployed 20', '东湖社区 unemployed 30']);
    expect(warned(r)).toEqual([['warning', 3, 3, rowMessage(3, text, 2, '再就业人数')]]);
    expect(r.report.counts).toMatchObject({ rowsIn: 3, imported: 2 });
  });

  it('every community of a long file, after a 其中：女 row too; 其中：再就业人数 under 下岗失业人员 is still 再就业人数', () => {
    const r = run(csv([
      '社区,指标,数值', '东湖社区,再就业人数,20', '东湖社区,其中：女,8', '东湖社区,其中：再就业人数,6',
      '西山社区,再就业人数,9', '西山社区,其中：再就业人数,4', '南湖社区,下岗失业人员,12', '南湖社区,其中：再就业人数,5',
    ].join('\n')));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual([
      '东湖社区 custom:再就业人数（其中：女） 8', '东湖社区 reemployed 20', '南湖社区 reemployed 5', '南湖社区 unemployed 12', '西山社区 reemployed 9',
    ]);
    expect(warned(r).map((w) => w[1])).toEqual([4, 6]);
    expect(warned(r)[0]![3]).toBe(rowMessage(4, '其中：再就业人数', 2, '再就业人数'));
  });

  it('a 其中 row of another community is no part of the row above: read as its metric', () => {
    const r = run(csv('社区,指标,数值\n东湖社区,再就业人数,20\n西山社区,其中：再就业人数,4\n'));
    expect(values(r)).toEqual(['东湖社区 reemployed 20', '西山社区 reemployed 4']);
    expect(warned(r)).toEqual([]);
  });

  it('a metric of the office\'s own: 其中：走访户数 under 走访户数 is no part named 走访户数（其中：走访户数）', () => {
    const r = run(csv('社区,指标,数值\n东湖社区,走访户数,20\n东湖社区,其中：走访户数,6\n'));
    expect(values(r)).toEqual(['东湖社区 custom:走访户数 20']);
    expect(warned(r)).toEqual([['warning', 3, 2, rowMessage(3, '其中：走访户数', 2, '走访户数')]]);
  });

  it('a workbook sheet in long form', () => {
    const r = run({ name: '2024年3月.xlsx', bytes: book([['3月', [['社区', '指标', '数值'], ['东湖社区', '再就业人数', 20], ['东湖社区', '其中：再就业人数', 6]]]]) });
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 reemployed 20']);
    expect(warned(r).map((w) => [w[1], w[2]])).toEqual([[3, 2]]);
  });

  it('a one-community form\'s item', () => {
    const r = run(csv('东湖社区2024年3月统计表\n项目,本月\n再就业人数,20\n其中：再就业人数,6\n下岗失业人员,30\n'));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 reemployed 20', '东湖社区 unemployed 30']);
    expect(warned(r)).toEqual([['warning', 4, 1, rowMessage(4, '其中：再就业人数', 3, '再就业人数')]]);
  });

  it.each([
    ['项目,单位,本月\n再就业人数,人,20\n其中：再就业人数,万元,6\n'], ['项目,本月\n再就业人数,20\n其中：再就业人数（户）,6\n'],
  ])('a one-community form\'s item with a unit of its own (%j): only the row dropped is said, not its unit', (rows) => {
    const r = run(csv(`东湖社区2024年3月统计表\n${rows}`));
    expect(values(r)).toEqual(['东湖社区 reemployed 20']);
    expect(warned(r).map((w) => w[1])).toEqual([4]);
    expect(r.report.issues.map((i) => i.code).filter((c) => /unit-.*not-metric/.test(c))).toEqual([]);
  });

  it('a transposed table\'s row (communities across the top)', () => {
    const r = run(csv('指标,东湖社区,西山社区\n再就业人数,20,9\n其中：再就业人数,6,4\n'));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 reemployed 20', '西山社区 reemployed 9']);
    expect(warned(r)).toEqual([['warning', 3, 1, rowMessage(3, '其中：再就业人数', 2, '再就业人数')]]);
  });
});

describe('a 其中 column repeating the metric before it', () => {
  const columnMessage = (c: number, name: string, before: number, beforeName: string, metric: string) =>
    `第${c}列“${name}”重复了其左第${before}列“${beforeName}”的指标“${metric}”：“其中”应是左边一列指标的一部分（如“其中：女”），这里写的却是同一个指标，看不出是哪一部分，该列未导入（第${before}列照常导入）。如是其中某一部分，请在列名“其中：”后写明是哪一部分；如就是“${metric}”的数，请删去这一列，然后重新导入`;
  it.each([
    ['再就业人数', '其中：再就业人数', 'reemployed', '再就业人数'],
    ['再就业人数（人）', '其中:再就业人数', 'reemployed', '再就业人数'],
    ['走访户数', '其中：走访户数', 'custom:走访户数', '走访户数'],
  ])('%s | %s: the 其中 column is left out with a warning', (whole, part, id, zh) => {
    const r = run(csv(`社区,${whole},${part},下岗失业人员\n东湖社区,20,6,30\n西山社区,9,4,12\n`));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual([`东湖社区 ${id} 20`, '东湖社区 unemployed 30', `西山社区 ${id} 9`, '西山社区 unemployed 12'].sort());
    expect(r.report.issues.filter((i) => i.code === 'same-metric-columns')).toEqual([]);
    expect(warned(r)).toEqual([['warning', 1, 3, columnMessage(3, part, 2, whole, zh)]]);
  });

  it('under a two-row header (再就业人数 over 合计 | 其中：再就业人数)', () => {
    const r = run(csv('社区,再就业人数,,下岗失业人员\n,合计,其中：再就业人数,\n东湖社区,20,6,30\n'));
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区 reemployed 20', '东湖社区 unemployed 30']);
    expect(warned(r).map((w) => w[2])).toEqual([3]);
  });

  it('其中：再就业人数 after 下岗失业人员 is still 再就业人数', () => {
    const r = run(csv('社区,下岗失业人员,其中：再就业人数\n东湖社区,20,6\n'));
    expect(values(r)).toEqual(['东湖社区 reemployed 6', '东湖社区 unemployed 20']);
    expect(warned(r)).toEqual([]);
  });
});
