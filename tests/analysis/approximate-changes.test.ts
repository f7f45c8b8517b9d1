/**
 * What a change between two periods says when either value is approximate (`35余`, `约100`): the
 * change carries differenceQualifier of the two values' qualifiers, and every surface that shows it
 * marks it (＞0, ≈+12), as the values themselves are marked.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/analysis/compare-units';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildNarrative } from '../../src/analysis/narrative';
import { trendSeries } from '../../src/analysis/trend-series';
import { buildTrendChartSpec } from '../../src/charts/trend-chart-spec';
import { buildOverview } from '../../src/analysis/overview';
import { buildUnitProfile, ProfileContext } from '../../src/analysis/unit-profile';
import { learnFromPeers } from '../../src/analysis/learn-from-peer';
import { profileNarrative } from '../../src/analysis/profile-narrative';
import { buildProfileTableSpec } from '../../src/charts/profile-specs';
import { buildOverviewTableSpec } from '../../src/charts/overview-table-spec';
import { barLabelText, deltaText } from '../../src/charts/bar-label-text';
import { chartTableSpec } from '../../src/charts/chart-table-spec';
import { buildCompareBarsSpec } from '../../src/charts/compare-bars-spec';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { changeText } from '../../src/charts/league-text';
import { QUALIFIER_CODE } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';

/** March and April of four communities: 祥福里 35 then 35余, 花园路 约100 then 112, 中山路 30 then 36, 滨西 50 both. */
export const CHANGES_CSV = [
  '街道,社区,期间,指标,数值',
  '甲街道,祥福里社区,2024年3月,再就业人数,35',
  '甲街道,祥福里社区,2024年4月,再就业人数,35余',
  '甲街道,中山路社区,2024年3月,再就业人数,30',
  '甲街道,中山路社区,2024年4月,再就业人数,36',
  '乙街道,花园路社区,2024年3月,再就业人数,约100',
  '乙街道,花园路社区,2024年4月,再就业人数,112',
  '乙街道,滨西社区,2024年3月,再就业人数,50',
  '乙街道,滨西社区,2024年4月,再就业人数,50',
].join('\n');

export function changesDataset() {
  return importFiles([{ name: '2024年3-4月.csv', bytes: new TextEncoder().encode(CHANGES_CSV) }]).dataset!;
}

describe('排行: the change of an approximate value', () => {
  const ds = changesDataset();
  const table = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-04' });
  const row = (name: string) => table.rows.find((r) => r.name === name)!;

  it('carries the qualifier of value − prevValue: ＞35 − 35 is more than 0, 112 − 约100 about 12', () => {
    expect([row('祥福里社区').change, row('祥福里社区').changeQualifier]).toEqual([0, 'gt']);
    expect([row('花园路社区').change, row('花园路社区').changeQualifier]).toEqual([12, 'approx']);
    expect([row('中山路社区').change, row('中山路社区').changeQualifier]).toEqual([6, 'exact']);
  });
  it('the page writes the mark before the signed change', () => {
    expect(changeText(row('祥福里社区').change, 'zh', row('祥福里社区').changeQualifier)).toBe('＞0');
    expect(changeText(row('花园路社区').change, 'zh', row('花园路社区').changeQualifier)).toBe('≈+12');
    expect(changeText(-3, 'zh', QUALIFIER_CODE.lt)).toBe('＜−3');
    expect(changeText(6, 'zh', 'exact')).toBe('+6');
  });
  it('the exported table keeps the change a number and puts its mark in a 变化标注 column, explained', () => {
    const spec = buildLeagueTableSpec(table.rows, { metric: table.metric, periodLabel: '2024年4月', previousLabel: '2024年3月', parent: '', per: 'none', source: '测试' });
    expect(spec.columns.map((c) => c.label)).toEqual(['排名', '社区', '街道/镇', '数值（人）', '标注', '变化', '变化标注', '名次变化', '四分位']);
    const cells = (name: string) => spec.rows.find((r) => r[1] === name)!.slice(5, 7);
    expect(cells('祥福里社区')).toEqual([0, '＞']);
    expect(cells('花园路社区')).toEqual([12, '≈']);
    expect(cells('中山路社区')).toEqual([6, '']);
    expect(spec.notes).toContain('变化的标注由两期数值的标注推得：＞ 实际变化大于此数，＜ 小于此数，≈ 约数，见“变化标注”列。');
    expect(spec.notes!.join('')).not.toContain('页面');
  });
  it('a table whose changes are all exact has no 变化标注 column', () => {
    const exact = table.rows.filter((r) => r.changeQualifier === 'exact');
    const spec = buildLeagueTableSpec(exact, { metric: table.metric, periodLabel: '2024年4月', previousLabel: '2024年3月', parent: '', per: 'none', source: '测试' });
    expect(spec.columns.map((c) => c.key)).not.toContain('changeMark');
  });
});

describe('对比 two periods: the change after a bar', () => {
  const ds = changesDataset();
  const model = modelOf(ds);
  const now = compareUnits(model, { metric: 'reemployed', period: '2024-04' });
  const before = compareUnits(model, { metric: 'reemployed', period: '2024-03' });
  const other = { label: '2024年3月', values: new Map(before.items.map((it) => [it.unit, { value: it.value, qualifier: it.qualifier }])) };
  const spec = buildCompareBarsSpec(now, { metric: ds.metrics[0]!, periodLabel: '2024年4月', parent: '', per: 'none', source: '测试' }, { other });
  const at = (name: string) => spec.categoryUnits!.indexOf(name);

  it('writes ＞35 − 35 as ↑＞0 and 112 − 约100 as ↑≈12, on the chart and the slide', () => {
    const main = spec.series[0]!;
    const label = (name: string) => barLabelText(main.values[at(name)]!, main.marks?.[at(name)], main.deltas?.[at(name)], 'zh', main.deltaMarks?.[at(name)]);
    expect(label('祥福里社区')).toBe('＞35 ↑＞0');
    expect(label('花园路社区')).toBe('112 ↑≈12');
    expect(label('中山路社区')).toBe('36 ↑6');
    expect(label('滨西社区')).toBe('50 ±0');
  });
  it('a fall bounded below is a smaller fall: −3 that is ＞−3 reads ↓＜3', () => {
    expect(deltaText(-3, 'zh', '＞')).toBe('↓＜3');
    expect(deltaText(-3, 'zh', '≈')).toBe('↓≈3');
  });
  it('the chart’s table keeps the change a number and adds its mark column', () => {
    const table = chartTableSpec(spec);
    const k = table.columns.findIndex((c) => c.label === '变化标注（2024年4月）');
    expect(k).toBeGreaterThan(0);
    const row = table.rows.find((r) => r[0] === '祥福里社区')!;
    expect([row[k - 1], row[k]]).toEqual([0, '＞']);
  });
});

describe('总览: 环比 of an approximate total', () => {
  const ds = changesDataset();
  const m = buildOverview(modelOf(ds), '2024-04').families[0]!.metrics[0]!;
  it('233 (with 35余) against 215 (with 约100) is about +8.4%: the change carries the totals’ qualifiers', () => {
    expect([m.total, m.prev]).toEqual([233, 215]);
    expect(m.changeQualifier).toBe(QUALIFIER_CODE.approx);
    expect(m.yoyQualifier).toBe(QUALIFIER_CODE.missing);
  });
  it('the exported table keeps the change a number and marks it in a 环比标注 column', () => {
    const spec = buildOverviewTableSpec(buildOverview(modelOf(ds), '2024-04'), { periodLabel: '2024年4月', source: '测试' });
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.columns[k]!.label).toBe('环比标注');
    expect(spec.rows[0]![k - 1]).toBe(8.4);
    expect(spec.rows[0]![k]).toBe('≈');
    expect(spec.columns.map((c) => c.key)).not.toContain('yoyMark');
    // Its notes go on a sheet or a slide, where there are no cards to speak of.
    expect(spec.notes).toContain('环比、同比的标注由两期合计的标注推得：＞ 实际大于此数，＜ 小于此数，≈ 约数，见“环比标注”“同比标注”列。');
    expect(spec.notes!.join('')).not.toMatch(/页面|卡片/);
  });
});

describe('单位画像: the changes of an approximate value', () => {
  const ds = changesDataset();
  const model = modelOf(ds);
  const u = ds.units.findIndex((x) => x.name === '祥福里社区');
  const p = buildUnitProfile(model, u, '2024-04');
  it('＞35 against 35 is a change of more than 0', () => {
    expect([p.metrics[0]!.previous.change, p.metrics[0]!.previous.changeQualifier]).toEqual([0, QUALIFIER_CODE.gt]);
  });
  it('the profile table (on the page and exported) marks it in a 环比标注 column', () => {
    const spec = buildProfileTableSpec(p, { periodLabel: (k) => k, source: '测试' });
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.columns[k]!.label).toBe('环比标注');
    expect(spec.rows[0]!.slice(k - 1, k + 1)).toEqual([0, '＞']);
    expect(spec.columns.map((c) => c.key)).not.toContain('yoyMark');
    expect(spec.notes).toContain('环比、同比变化的标注由两期数值的标注推得：＞ 实际变化大于此数，＜ 小于此数，≈ 约数。');
  });
});

describe('rank moves decided by a bound', () => {
  const ds = changesDataset();
  const text = buildNarrative(modelOf(ds), '2024-04', 'zh').sentences.map((s) => s.text);
  it('祥福里社区’s fall from 3rd to 4th rests on ＞35 against 36 (35余 may be 37): said, and not called for attention', () => {
    const fall = text.find((s) => s.includes('下降最多'))!;
    expect(fall).toContain('祥福里社区，下降1位至第4位（其数值为下限或上限，如原表的“余”“以上”“不足”，实际名次可能不同）。');
    expect(fall).not.toContain('需重点关注');
  });
  it('中山路社区’s rise over it is told as before: only the bounded unit’s own move is qualified', () => {
    expect(text.find((s) => s.includes('上升最多'))).toContain('中山路社区，上升1位至第3位。');
  });
  it('a move among exact values is stated as before', () => {
    const exact = importFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(CHANGES_CSV.replace('35余', '34')) }]).dataset!;
    const s = buildNarrative(modelOf(exact), '2024-04', 'zh').sentences.map((x) => x.text).join('');
    expect(s).toContain('下降1位至第4位，需重点关注。');
    expect(s).not.toContain('实际名次可能不同');
  });
});

describe('趋势: a line through approximate values', () => {
  const ds = changesDataset();
  const units = ['祥福里社区', '花园路社区'].map((n) => ds.units.findIndex((u) => u.name === n));
  const r = trendSeries(modelOf(ds), { metric: 'reemployed', granularity: 'M', units });
  const spec = buildTrendChartSpec(r, { metric: ds.metrics[0]!, per: 'none', parent: '', source: '测试', periodLabel: (k) => k, granularityLabel: '月度' });
  it('marks 35余 in April and 约100 in March, on the chart and in its table', () => {
    expect(spec.series[0]!.marks).toEqual(['', '＞']);
    expect(spec.series[1]!.marks).toEqual(['≈', '']);
    expect(spec.notes).toContain('带“≈”的数值为约数（原表写作“约”“近”）。');
    expect(spec.notes).toContain('带“＞”“＜”的数值为下限或上限（原表写作“余”“以上”“不足”）。');
    const table = chartTableSpec(spec);
    expect(table.columns.map((c) => c.label)).toContain('祥福里社区标注');
    expect(table.rows.find((row) => row[0] === '2024-04')!.slice(1, 3)).toEqual([35, '＞']);
  });
});

describe('单位画像: a rank move resting on the unit’s own bound', () => {
  const ds = changesDataset();
  const model = modelOf(ds);
  const u = ds.units.findIndex((x) => x.name === '祥福里社区');
  const ctx = new ProfileContext(model, '2024-04', 'none');
  const p = ctx.profile(u);
  it('says so, and does not call for attention', () => {
    expect(p.metrics[0]!.previous.bounded).toBe(true);
    const text = profileNarrative(p, learnFromPeers(ctx, p), 'zh').join('');
    expect(text).toContain('再就业人数排名下降最多，下降1位至第4位（其数值为下限或上限，如原表的“余”“以上”“不足”，实际名次可能不同）。');
  });
});
