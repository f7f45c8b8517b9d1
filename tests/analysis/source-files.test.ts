/**
 * The files a chart's figures come from (sourceFiles): only those holding a number for the metrics,
 * periods and units shown, or for what those are computed from; in the dataset's file order.
 * Read off the model's metric columns, whether built on the page or packed by the import worker.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import { packCube } from '../../src/analysis/model/cube';
import { sourceFiles } from '../../src/analysis/source-files';
import { sourceLine } from '../../src/charts/spec-text';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csv = (name: string, text: string) => ({ name, bytes: utf8(text) });
const HEAD = '街道,社区,期间,再就业人数,下岗失业人员,常住人口\n';

function imported(...files: { name: string; bytes: Uint8Array }[]): Dataset {
  const r = importFiles(files);
  expect(r.report.status).not.toBe('blocked');
  return r.dataset!;
}

const names = (ds: Dataset, files: number[]) => files.map((f) => ds.files[f]!.name);

// The model the page starts with the worker's cube, and one that builds its columns when asked.
describe.each<[string, (ds: Dataset) => Analysis]>([
  ['columns built on the page', (ds) => createAnalysis(ds)],
  ['columns packed by the import worker', (ds) => createAnalysis(ds, { cube: packCube(ds) })],
])('sourceFiles (%s)', (_, model) => {
  // 咸水沽镇's June, 东姜井村's June in a file of its own, and a July report of both.
  const june = csv('咸水沽镇6月就业.csv', `${HEAD}咸水沽镇,金龙里社区,2024-06,12,30,\n咸水沽镇,中山路社区,2024-06,8,20,\n`);
  const juneVillage = csv('东姜井村6月.csv', `${HEAD}小站镇,东姜井村,2024-06,5,9,\n`);
  const july = csv('7月月报.csv', `${HEAD}咸水沽镇,金龙里社区,2024-07,13,31,\n咸水沽镇,中山路社区,2024-07,9,21,\n小站镇,东姜井村,2024-07,6,9,\n`);
  const ds = imported(june, juneVillage, july);

  it('does not name a file that holds only another period (the July report under a June chart)', () => {
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06'] }))).toEqual(['咸水沽镇6月就业.csv', '东姜井村6月.csv']);
    expect(sourceLine(ds, 'zh', sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06'] }))).toBe('咸水沽镇6月就业.csv、东姜井村6月.csv');
  });

  it('names the file of a comparison period shown as a change', () => {
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-07', '2024-06'] }))).toEqual(['咸水沽镇6月就业.csv', '东姜井村6月.csv', '7月月报.csv']);
  });

  it('names only the files of the units shown (one street, one unit)', () => {
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06'], parent: '小站镇' }))).toEqual(['东姜井村6月.csv']);
    const u = ds.units.findIndex((x) => x.name === '金龙里社区');
    expect(names(ds, sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06'], units: [u] }))).toEqual(['咸水沽镇6月就业.csv']);
  });

  it('stays every file, in the dataset order, when every file holds a figure shown', () => {
    expect(sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2024-06', '2024-07'] })).toEqual([0, 1, 2]);
    expect(sourceLine(ds, 'zh', [0, 1, 2])).toBe(sourceLine(ds, 'zh'));
  });

  it('names a file of another metric only when that metric is shown (the union over a heatmap’s metrics)', () => {
    const jobs = csv('就业.csv', '街道,社区,期间,再就业人数\n咸水沽镇,金龙里社区,2024-06,12\n');
    const people = csv('人口.csv', '街道,社区,期间,常住人口\n咸水沽镇,金龙里社区,2024-06,3000\n');
    const two = imported(jobs, people);
    expect(names(two, sourceFiles(model(two), { metrics: ['reemployed'], periods: ['2024-06'] }))).toEqual(['就业.csv']);
    expect(names(two, sourceFiles(model(two), { metrics: ['residents', 'reemployed'], periods: ['2024-06'] }))).toEqual(['就业.csv', '人口.csv']);
    // Per 1,000 residents the residents figures are a source of every value.
    expect(names(two, sourceFiles(model(two), { metrics: ['reemployed'], periods: ['2024-06'], per: '1000' }))).toEqual(['就业.csv', '人口.csv']);
  });

  it('names the files of a derived ratio’s numerator and denominator', () => {
    const a = csv('再就业.csv', '街道,社区,期间,再就业人数\n咸水沽镇,金龙里社区,2024-06,12\n');
    const b = csv('失业.csv', '街道,社区,期间,下岗失业人员\n咸水沽镇,金龙里社区,2024-06,30\n');
    const c = csv('志愿者.csv', '街道,社区,期间,注册志愿者\n咸水沽镇,金龙里社区,2024-06,300\n');
    const three = imported(a, b, c);
    expect(names(three, sourceFiles(model(three), { metrics: ['reemployment_rate'], periods: ['2024-06'] }))).toEqual(['再就业.csv', '失业.csv']);
  });

  it('names a file sent again (重发) by the name it was imported under, and not the other period’s file', () => {
    const first = importFiles([csv('社区月报.csv', `${HEAD}咸水沽镇,金龙里社区,2024-06,12,30,\n`)]).dataset!;
    // The resend adds 中山路社区's June and 金龙里社区's July.
    const resend = csv('社区月报.csv', `${HEAD}咸水沽镇,中山路社区,2024-06,8,20,\n咸水沽镇,金龙里社区,2024-07,13,31,\n`);
    const again = importFiles([resend, csv('8月.csv', `${HEAD}咸水沽镇,金龙里社区,2024-08,14,31,\n`)], { existing: first }).dataset!;
    expect(again.files.map((f) => f.name)).toEqual(['社区月报.csv', '社区月报（第2次导入）.csv', '8月.csv']);
    const june = sourceFiles(model(again), { metrics: ['reemployed'], periods: ['2024-06'] });
    expect(sourceLine(again, 'zh', june)).toBe('社区月报.csv、社区月报（第2次导入）.csv');
    // 金龙里社区's June and July: the first import and the resend, not August's file.
    const u = again.units.findIndex((x) => x.name === '金龙里社区');
    expect(sourceFiles(model(again), { metrics: ['reemployed'], periods: ['2024-07', '2024-06'], units: [u] })).toEqual([0, 1]);
    expect(sourceFiles(model(again), { metrics: ['reemployed'], periods: ['2024-08'], units: [u] })).toEqual([2]);
  });

  it('names the first file only when a resend repeats its figures unchanged (they were merged into it)', () => {
    const rows = `${HEAD}咸水沽镇,金龙里社区,2024-06,12,30,\n`;
    const first = importFiles([csv('社区月报.csv', rows)]).dataset!;
    const again = importFiles([csv('社区月报.csv', `${rows}咸水沽镇,金龙里社区,2024-07,13,31,\n`)], { existing: first }).dataset!;
    expect(again.files).toHaveLength(2);
    expect(sourceFiles(model(again), { metrics: ['reemployed'], periods: ['2024-06'] })).toEqual([0]);
  });

  it('names the months a quarter is rolled up from, and a value stored at the period itself instead of them', () => {
    const m = (k: number, v: number) => csv(`2024年${k}月.csv`, `街道,社区,期间,再就业人数\n咸水沽镇,金龙里社区,2024-0${k},${v}\n`);
    const months = imported(m(3, 1), m(4, 2), m(5, 3), m(6, 4), m(7, 5));
    expect(names(months, sourceFiles(model(months), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['2024年4月.csv', '2024年5月.csv', '2024年6月.csv']);
    const q2 = csv('二季度.csv', '街道,社区,期间,再就业人数\n咸水沽镇,金龙里社区,2024-Q2,9\n');
    const both = imported(m(4, 2), m(5, 3), m(6, 4), q2);
    expect(names(both, sourceFiles(model(both), { metrics: ['reemployed'], periods: ['2024-Q2'] }))).toEqual(['二季度.csv']);
  });

  it('names a blank or “—” cell’s file only when it holds a number shown', () => {
    const blank = csv('空白.csv', '街道,社区,期间,再就业人数\n咸水沽镇,金龙里社区,2024-06,—\n');
    const full = csv('有数.csv', '街道,社区,期间,再就业人数\n咸水沽镇,中山路社区,2024-06,7\n');
    const two = imported(blank, full);
    expect(names(two, sourceFiles(model(two), { metrics: ['reemployed'], periods: ['2024-06'] }))).toEqual(['有数.csv']);
  });

  it('keeps one result for the same metrics, periods and units in any order, and a street given with its units', () => {
    const m = model(ds);
    const u = ds.units.findIndex((x) => x.name === '金龙里社区');
    const v = ds.units.findIndex((x) => x.name === '东姜井村');
    const first = sourceFiles(m, { metrics: ['reemployed', 'unemployed'], periods: ['2024-06', '2024-07'], units: [u, v] });
    const computed = m.usage().computed;
    expect(sourceFiles(m, { metrics: ['unemployed', 'reemployed', 'reemployed'], periods: ['2024-07', '2024-06'], units: [v, u, v], parent: '小站镇' })).toBe(first);
    expect(m.usage().computed).toBe(computed);
  });

  it('names no file, and the source line says 未注明, when nothing shown has a number', () => {
    const files = sourceFiles(model(ds), { metrics: ['reemployed'], periods: ['2023-06'] });
    expect(files).toEqual([]);
    expect(sourceLine(ds, 'zh', files)).toBe('未注明');
    expect(sourceLine(ds, 'zh')).toBe(sourceLine(ds, 'zh', [0, 1, 2]));
  });
});
