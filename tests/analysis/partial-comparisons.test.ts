/**
 * What the 均衡 statistics, the narrative, the 连续N期靠后 runs and the heatmap say when some units
 * sent only part of the period (金龙里社区 only March of the first quarter): a partial value is
 * not compared with complete ones (as the league table does not rank it), and the text says how
 * many were left out; when every value is partial, the text says the comparison is of partial data.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/analysis/compare-units';
import { percentileAt, percentileMatrix } from '../../src/analysis/heatmap';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildNarrative } from '../../src/analysis/narrative';
import { persistentLaggards } from '../../src/analysis/persistent-laggards';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { buildCompareBarsSpec } from '../../src/charts/compare-bars-spec';
import { buildCompareChartSpec } from '../../src/charts/compare-chart-spec';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import { buildLaggardTableSpec, buildSpreadTableSpec } from '../../src/charts/imbalance-specs';
import { makeDataset, months, type ObsRow } from './analysis-fixtures';
import { modelOf } from './model-of';

const UNITS = [
  { name: '中山路社区', parent: '甲街道' }, { name: '金龙里社区', parent: '甲街道' }, { name: '花园路社区', parent: '乙街道' },
  { name: '祥福里社区', parent: '乙街道' }, { name: '滨西社区', parent: '乙街道' }, { name: '红星里社区', parent: '甲街道' },
];
const q1 = (u: number, values: number[]): ObsRow[] => months(u, 'reemployed', 2024, values);
/** Q1 totals: 中山路 1,204, 花园路 300, 祥福里 600, 滨西 460, 红星里 900. */
const COMPLETE: ObsRow[] = [...q1(0, [400, 404, 400]), ...q1(2, [100, 110, 90]), ...q1(3, [200, 210, 190]), ...q1(4, [150, 150, 160]), ...q1(5, [300, 300, 300])];
const ctx = { periodLabel: '2024年第一季度', parent: '', per: 'none' as const, source: '测试' };

describe('one unit sent only March of the quarter', () => {
  const ds = makeDataset(UNITS, [...COMPLETE, ...q1(1, [NaN, NaN, 15])]);
  const model = modelOf(ds);
  const m = imbalanceForMetric(model, 'reemployed', '2024-Q1');

  it('is left out of the spread, the extremes and the laggards, and counted as left out', () => {
    // 1,204 / 300 = 4.01; median of 300, 460, 600, 900, 1,204 = 600, half of it 300: nobody below.
    expect([m.n, m.partialLeftOut, m.partial]).toEqual([5, 1, true]);
    expect([m.highest?.name, m.lowest?.name, m.median]).toEqual(['中山路社区', '花园路社区', 600]);
    expect(m.maxMin).toBeCloseTo(1204 / 300, 10);
    expect(m.laggards).toEqual([]);
  });
  it('the narrative compares the complete quarters only and says one community was left out', () => {
    const [first, ...rest] = buildNarrative(model, '2024-Q1', 'zh').sentences;
    expect(first!.text).toBe('一是各社区工作开展还不平衡，2024年第一季度差距最大的是再就业人数（变异系数0.47，基尼系数0.26），'
      + '最高的中山路社区（1,204人）是最低的花园路社区（300人）的4倍（另有1个社区本期缺少部分月份的数据，未参与比较）。');
    expect(rest.map((s) => s.text).join('')).not.toContain('金龙里');
  });
  it('in English too', () => {
    expect(buildNarrative(model, '2024-Q1', 'en').sentences[0]!.text)
      .toContain('the lowest, 花园路社区 (300 people) (1 more community lacks some months of this period and is not compared).');
  });
  it('the exported spread and laggard tables say why', () => {
    expect(buildSpreadTableSpec([m], ctx).notes).toContain('不完整（再就业人数）：另有1个单位本期缺少部分月份的数据，未参与比较。');
    expect(buildLaggardTableSpec(m, [], 0.5, ctx).notes).toContain('另有1个单位本期缺少部分月份的数据，未参与比较。');
  });
  it('the heatmap gives it no percentile among complete values, and says it is partial', () => {
    const matrix = percentileMatrix(model, '2024-Q1', ['reemployed']);
    const r = matrix.units.indexOf(1);
    expect([Number.isNaN(percentileAt(matrix, r, 0)), matrix.partial(r, 0), matrix.value(r, 0)]).toEqual([true, true, 15]);
    expect(percentileAt(matrix, matrix.units.indexOf(2), 0)).toBe(0);
    expect(matrix.partialLeftOut).toEqual([1]);
  });
});

describe('the highest unit is partial', () => {
  // 中山路 sent only March, 900 (a quarter of the others' pace would still top them).
  const ds = makeDataset(UNITS, [...q1(1, [100, 90, 80]), ...COMPLETE.filter((r) => r[0] !== 0 && r[0] !== 5), ...q1(5, [300, 300, 300]), ...q1(0, [NaN, NaN, 900])]);
  it('is not named the highest, not even as a tie', () => {
    const m = imbalanceForMetric(modelOf(ds), 'reemployed', '2024-Q1');
    expect([m.highest?.name, m.lowest?.name, m.partialLeftOut]).toEqual(['红星里社区', '金龙里社区', 1]);
    expect(buildNarrative(modelOf(ds), '2024-Q1', 'zh').sentences[0]!.text).toContain('最高的红星里社区（900人）是最低的金龙里社区（270人）的3.3倍（另有1个社区');
  });
});

describe('several units partial', () => {
  const ds = makeDataset(UNITS, [...COMPLETE.filter((r) => r[0] !== 4), ...q1(1, [NaN, NaN, 15]), ...q1(4, [150, NaN, NaN])]);
  it('counts them all', () => {
    const m = imbalanceForMetric(modelOf(ds), 'reemployed', '2024-Q1');
    expect([m.n, m.partialLeftOut]).toEqual([4, 2]);
    expect(buildNarrative(modelOf(ds), '2024-Q1', 'zh').sentences[0]!.text).toContain('（另有2个社区本期缺少部分月份的数据，未参与比较）');
  });
});

describe('every unit partial (only March so far)', () => {
  const ds = makeDataset(UNITS, UNITS.flatMap((_, u) => q1(u, [NaN, NaN, 10 + u * 20])));
  const model = modelOf(ds);
  it('compares them among themselves and says so once', () => {
    const m = imbalanceForMetric(model, 'reemployed', '2024-Q1');
    expect([m.n, m.partialLeftOut, m.partial]).toEqual([6, 0, true]);
    const [first, second] = buildNarrative(model, '2024-Q1', 'zh').sentences;
    expect(first!.text).toMatch(/的11倍（各社区本期数据均不完整，为已报月份数据之间的比较）。$/);
    // The laggard sentence on the same metric does not say it again.
    expect(second!.text).toBe('二是部分社区明显落后，再就业人数方面中山路社区仅为中位数的17%（10人），不足中位数（60人）的一半。');
  });
});

describe('连续N期靠后 when the latest quarter is partial', () => {
  // 金龙里 is last in Q1–Q3 and sent only December of Q4: Q4 is not ranked for it, so no run to now.
  const quarter = (u: number, year: number, q: number, v: number): ObsRow => [u, `${year}-Q${q}`, 'reemployed', v];
  const rows: ObsRow[] = [];
  for (let q = 1; q <= 3; q++) UNITS.forEach((_, u) => rows.push(quarter(u, 2024, q, u === 1 ? 5 : 100 + u)));
  UNITS.forEach((_, u) => { if (u !== 1) rows.push(quarter(u, 2024, 4, 100 + u)); });
  rows.push([1, '2024-12', 'reemployed', 2]);
  it('does not count the partial quarter as 靠后', () => {
    const ds = makeDataset(UNITS, rows);
    expect(persistentLaggards(modelOf(ds), 'reemployed', 'Q', 3, { upTo: '2024-Q4' })).toEqual([]);
  });
});

describe('对比: the median and mean lines beside a partial unit', () => {
  const ds = makeDataset(UNITS, [...COMPLETE, ...q1(1, [NaN, NaN, 15])]);
  const model = modelOf(ds);
  const c = compareUnits(model, { metric: 'reemployed', period: '2024-Q1' });
  const ctx2 = { metric: requireMetric(ds, 'reemployed'), periodLabel: '2024年第一季度', parent: '', per: 'none' as const, source: '测试' };

  it('are of the complete quarters (600 and 692.8, not 530 and 579.8), the partial bar still drawn with its *', () => {
    // Complete: 300, 460, 600, 900, 1,204 → median 600, mean 3,464 / 5 = 692.8.
    expect([c.median, c.mean, c.partialCount, c.referencePartialLeftOut]).toEqual([600, 692.8, 1, 1]);
    expect(c.items.map((i) => i.name)).toContain('金龙里社区');
  });
  it('and the chart, its slide and the street panels say so', () => {
    const note = '中位数、平均值只计数据完整的单位，不含带“*”的单位。';
    expect(buildCompareBarsSpec(c, ctx2).notes).toContain(note);
    expect(buildCompareChartSpec(c, ctx2).notes).toContain(note);
    const sm = buildSmallMultiples(c, { ...ctx2, direction: 'higher' });
    // 甲街道: 中山路 1,204 and 红星里 900 complete, 金龙里 partial → median 1,052, not 900.
    expect(sm.panels.find((p) => p.parent === '甲街道')!.median).toBe(1052);
  });
  it('are of every unit, with no such note, when every value is partial', () => {
    const all = makeDataset(UNITS, UNITS.flatMap((_, u) => q1(u, [NaN, NaN, 10 + u * 20])));
    const r = compareUnits(modelOf(all), { metric: 'reemployed', period: '2024-Q1' });
    expect([r.median, r.referencePartialLeftOut]).toEqual([60, 0]);
    expect(buildCompareBarsSpec(r, ctx2).notes!.join('')).not.toContain('只计数据完整');
  });
});

describe('街道排名 with a street whose community sent part of the quarter', () => {
  const ds = makeDataset(UNITS, [...COMPLETE, ...q1(1, [NaN, NaN, 15])]);
  it('ranks the complete streets only, as the communities are, and the exported table says why', () => {
    // 甲街道 = 1,204 + 15 (March only) + 900 = 2,119, a lower bound; 乙街道 = 300 + 600 + 460 = 1,360, complete.
    const { rows } = buildStreetLeague(modelOf(ds), { metric: 'reemployed', period: '2024-Q1' });
    expect(rows.map((r) => [r.parent, r.value, r.rank, r.partial])).toEqual([['乙街道', 1360, 1, false], ['甲街道', 2119, null, true]]);
    const spec = buildStreetLeagueTableSpec(rows, { metric: requireMetric(ds, 'reemployed'), periodLabel: '2024年第一季度', previousLabel: '', per: 'none', source: '测试' });
    expect(spec.notes).toContain('标“不完整”的街道含缺少部分月份数据的单位，不与数据完整的街道一起排名。');
  });
});
