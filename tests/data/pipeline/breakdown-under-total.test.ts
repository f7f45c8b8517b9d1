import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations } from './import-helpers';
import { book } from './workbook-helpers';

const run = (rows: (string | number | null)[][]) => {
  const r = importFiles([{ name: '王顶堤街道2024年3月就业统计.xlsx', bytes: book([['3月', rows]]) }], { workbookLib: XLSX });
  return { r, obs: observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`) };
};

describe('其中 right under a total row', () => {
  it('合计 at the top, then 其中：华苑社区 and the other communities: 华苑社区 is the first of the total\'s communities, imported with an info', () => {
    const { r, obs } = run([['2024年3月王顶堤街道就业统计'], ['序号', '社区', '下岗失业人员', '再就业人数'],
      [null, '合计', 27, 9], [1, '其中：华苑社区', 12, 5], [2, '碧水园社区', 8, 2], [3, '雅士道社区', 7, 2]]);
    expect(obs).toEqual(['华苑社区|reemployed|5', '华苑社区|unemployed|12', '碧水园社区|reemployed|2', '碧水园社区|unemployed|8',
      '雅士道社区|reemployed|2', '雅士道社区|unemployed|7']);
    // The total is their sum: no mismatch; the row is not listed as a breakdown.
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'breakdown-rows')).toEqual([]);
    const note = r.report.issues.find((i) => i.code === 'breakdown-first-unit')!;
    expect([note.sheet, note.line, note.column]).toEqual(['3月', 4, 2]);
    expect(note.message).toContain('华苑社区');
    expect(r.report.counts).toMatchObject({ imported: 3, subtotal: 1 });
  });

  it('其中：女 or a part heading (其中：农村社区) under a total is still no community', () => {
    for (const part of ['其中：女', '其中：农村社区']) {
      const { obs } = run([['2024年3月王顶堤街道就业统计'], ['序号', '社区', '下岗失业人员'],
        [null, '合计', 20], [null, part, 5], [1, '华苑社区', 12], [2, '碧水园社区', 8]]);
      expect(obs).toEqual(['华苑社区|unemployed|12', '碧水园社区|unemployed|8']);
    }
  });

  it('其中：华苑社区 under a community (no total above) stays that community\'s part', () => {
    const { r, obs } = run([['2024年3月王顶堤街道就业统计'], ['序号', '社区', '下岗失业人员'],
      [1, '碧水园社区', 20], [null, '其中：华苑社区', 5], [2, '雅士道社区', 8]]);
    expect(obs).toEqual(['碧水园社区|unemployed|20', '雅士道社区|unemployed|8']);
    expect(r.report.issues.filter((i) => i.code === 'breakdown-rows').map((i) => i.line)).toEqual([4]);
  });

  it('其中 written alone in the 序号 (or 街道) cell before a name marks that row a part of the one above, not a community; under a total, the first of its communities', () => {
    const { r, obs } = run([['2024年3月王顶堤街道就业统计'], ['序号', '社区', '下岗失业人员'],
      [1, '华苑社区', 12], [2, '碧水园社区', 8], ['其中', '碧水园新村', 3], [3, '雅士道社区', 7], ['合计', null, 27]]);
    expect(obs).toEqual(['华苑社区|unemployed|12', '碧水园社区|unemployed|8', '雅士道社区|unemployed|7']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'breakdown-rows').map((i) => i.line)).toEqual([5]);
    const street = run([['2024年3月就业统计'], ['街道', '社区', '下岗失业人员'],
      ['王顶堤街道', '碧水园社区', 8], ['其中：', '碧水园新村', 3], ['王顶堤街道', '雅士道社区', 7]]);
    expect(street.obs).toEqual(['碧水园社区|unemployed|8', '雅士道社区|unemployed|7']);
    const top = run([['2024年3月王顶堤街道就业统计'], ['序号', '社区', '下岗失业人员'],
      ['合计', null, 20], ['其中', '华苑社区', 12], [2, '碧水园社区', 8]]);
    expect(top.obs).toEqual(['华苑社区|unemployed|12', '碧水园社区|unemployed|8']);
    expect(top.r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('unit names written as their village committee (东姜井村委会), by the one list of unit endings (place-words.ts endsLikeUnit)', () => {
  // The row-label list had 村委 and 居委会 but not 村委会: these names did not end like a unit's there.
  it('其中：东姜井村委会 under 合计 is the first village it sums (was: a 其中 part, the village lost)', () => {
    const r = importText('村名,常住人口\n合计,4700\n其中：东姜井村委会,3500\n西姜井村委会,1200\n', '2024年6月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}`).sort()).toEqual(['东姜井村|3500', '西姜井村|1200']);
    expect(r.report.issues.filter((i) => i.code === 'breakdown-first-unit').map((i) => i.line)).toEqual([3]);
  });

  it('单位名称：东姜井村委会 over a one-community form names its village (was: refused, vertical-no-unit)', () => {
    const r = importText('2024年3月主要指标\n单位名称：东姜井村委会\n项目,本月\n常住人口,3500\n户数,1200\n', '表.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东姜井村']);
  });
});
