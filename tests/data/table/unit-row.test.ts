import { describe, expect, it } from 'vitest';
import { foldUnitRow } from '../../../src/data/table/unit-row';
import { findHeader } from '../../../src/data/table/find-header';
import { importText, observations } from '../pipeline/import-helpers';

describe('foldUnitRow (issue 15, class 5)', () => {
  const header = ['街道', '社区', '常住人口', '慰问救助金额'];
  it.each([
    ['units under the metrics', ['', '', '人', '万元'], ['街道', '社区', '常住人口（人）', '慰问救助金额（万元）']],
    ['units in full-width brackets', ['', '', '（人）', '（万元）'], ['街道', '社区', '常住人口（人）', '慰问救助金额（万元）']],
    ['a leading 单位 label', ['单位', '', '人', '万元'], ['街道', '社区', '常住人口（人）', '慰问救助金额（万元）']],
    ['only some columns given', ['', '', '', '千元'], ['街道', '社区', '常住人口', '慰问救助金额（千元）']],
    ['each unit labelled 单位：', ['', '', '单位：人', '单位：万元'], ['街道', '社区', '常住人口（人）', '慰问救助金额（万元）']],
    ['labelled units in brackets', ['', '', '（单位：人）', '(计量单位:万元)'], ['街道', '社区', '常住人口（人）', '慰问救助金额（万元）']],
  ])('%s', (_n, row, folded) => {
    expect(foldUnitRow(header, row)).toEqual({ header: folded, clashes: [] });
  });

  it.each([
    ['a data row', ['友谊路街道', '东湖社区', '100', '1.5']],
    ['a nameless data row', ['', '', '100', '1.5']],
    ['a unit word under a dimension column', ['', '人', '人', '万元']],
    ['a blank row', ['', '', '', '']],
    ['a word that is not a unit', ['', '', '人', '合计']],
  ])('not a unit row: %s', (_n, row) => {
    expect(foldUnitRow(header, row)).toBeNull();
  });

  it('a header combined from two rows takes the unit on its metric part, not after the period', () => {
    expect(foldUnitRow(['社区', '常住人口/2023年3月', '2023年4月/户数'], ['', '人', '户'])!.header)
      .toEqual(['社区', '常住人口（人）/2023年3月', '2023年4月/户数（户）']);
  });

  it('a header that names its own unit keeps it; a different unit under it is a clash', () => {
    expect(foldUnitRow(['社区', '常住人口（人）'], ['', '人'])).toEqual({ header: ['社区', '常住人口（人）'], clashes: [] });
    expect(foldUnitRow(['社区', '常住人口（万人）'], ['', '人'])).toEqual({ header: ['社区', '常住人口（万人）'], clashes: [{ column: 1, header: '常住人口（万人）', unit: '人' }] });
  });

  it('the import warns about a clash on the unit row\'s line and column, and reads the header\'s unit', () => {
    const r = importText('社区,常住人口（万人）\n,人\n东湖社区,1.2\n', '2023年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.metric}|${o.value}`)).toEqual(['residents|12000']);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['units-under-header-disagree@2:2']);
  });

  it('findHeader reads the row as units: data starts below it, with a note naming the line', () => {
    const rows = [['社区', '常住人口', '慰问救助金额'], ['', '人', '万元'], ['东湖社区', '100', '1.5']];
    const h = findHeader(rows, [1, 2, 3], new Set(), 'f.csv');
    expect(h.dataStart).toBe(2);
    expect(h.columns.map((c) => c.name)).toEqual(['社区', '常住人口（人）', '慰问救助金额（万元）']);
    expect(h.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['units-under-header@2']);
  });

  it('the import applies the units (万元 × 10000) and the unit row is no community', () => {
    const r = importText('社区,常住人口,慰问救助金额\n,人,万元\n东湖社区,100,1.5\n', '2023年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}|${o.raw}`))
      .toEqual(['东湖社区|aid_amount|15000|1.5', '东湖社区|residents|100|100']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a units row whose cells say 单位：万元 under the metrics', () => {
  it('is read as units: 1.2 under 单位：万元 is 12000 元 (was: the row skipped as a nameless row, 1.2 read as 元)', () => {
    const r = importText('社区,常住人口,慰问救助金额\n,单位：人,单位：万元\n东湖社区,3200,1.2\n西湖社区,4100,0.8\n', '2023年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|aid_amount|12000', '东湖社区|residents|3200', '西湖社区|aid_amount|8000', '西湖社区|residents|4100']);
    const note = r.report.issues.find((i) => i.code === 'units-under-header')!;
    expect(note.message).toBe('第2行是各列的计量单位（人、万元），已按单位读取各列，不是数据行');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
  });
});

describe('a units row under a two-row header whose top row groups the metrics (就业情况 over 新增就业 | 再就业人数)', () => {
  const HEAD = '社区,就业情况,,慰问,\n,新增就业,再就业人数,人数,金额（元）\n';
  const ROWS = '新华社区,12,5,30,6000\n光明社区,8,3,20,4000\n';
  const metricsOf = (text: string): string[] => [...new Set(observations(importText(text, '新华街道2024年6月.csv').dataset).map((o) => `${o.metric}`))].sort();

  it('gives each column the metric it has without the units row (was: 慰问（人）/人数, no longer 慰问人数; 慰问（元）/金额（元）)', () => {
    const without = metricsOf(HEAD + ROWS);
    // 慰问/金额（元） is 慰问金额 in 元, as one cell 慰问金额（元） is (was: custom:慰问/金额(元), the bracket read as part of the name).
    expect(without).toEqual(['aid_amount', 'custom:就业情况/新增就业', 'people_visited', 'reemployed']);
    expect(metricsOf(`${HEAD},（人）,（人）,（人）,（元）\n${ROWS}`)).toEqual(without);
  });

  it('the unit goes on the metric\'s cell, not on its group\'s', () => {
    expect(foldUnitRow(['社区', '就业情况/新增就业', '慰问/金额（元）'], ['', '人', '元'])).toEqual({ header: ['社区', '就业情况/新增就业（人）', '慰问/金额（元）'], clashes: [] });
  });
});

describe('the table\'s unit note alone on the row under the header (单位：万元 in its first cell, or （单位：万元） in its last)', () => {
  it.each([['单位：万元,,'], [',,（单位：万元）'], [',单位:万元,']])('%s: every amount column in 万元, as under a note above the header (was: a footer and no unit, or only the last column scaled)', (note) => {
    const r = importText(`社区,低保金额,临时救助金额\n${note}\n新华社区,1.2,0.3\n光明社区,0.8,0.1\n`, '2024年6月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '光明社区|custom:临时救助金额|1000', '光明社区|custom:低保金额|8000', '新华社区|custom:临时救助金额|3000', '新华社区|custom:低保金额|12000']);
    const said = r.report.issues.find((i) => i.code === 'unit-row')!;
    expect(said.line).toBe(2);
    expect(r.report.issues.filter((i) => i.code === 'footer-rows' || i.code === 'units-under-header')).toEqual([]);
  });
});
