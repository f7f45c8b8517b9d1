/**
 * The 均衡 page shown per 1,000 residents: a rate is partial when its count or its base is. A
 * 再就业人数 short of March over a full 常住人口 is low (缺少部分月份); a full 再就业人数 over a
 * 常住人口 that stops in February is not low, only over an earlier base (尚无期末数). The notes
 * of the exported tables say which, as the page does.
 */
import { describe, expect, it } from 'vitest';
import { percentileMatrix } from '../../src/analysis/heatmap';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { buildHeatmapTableSpec, buildLaggardTableSpec, buildSpreadTableSpec } from '../../src/charts/imbalance-specs';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from '../analysis/model-of';
import { countPartialCsv, basePartialCsv } from '../analysis/per-capita-partial-fixture';

const ctx = { periodLabel: '2024年第一季度', parent: '', per: '1000' as const, source: '测试' };

function notesOf(csv: string) {
  const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
  const model = modelOf(ds);
  const m = imbalanceForMetric(model, 'reemployed', '2024-Q1', { per: '1000' });
  const matrix = percentileMatrix(model, '2024-Q1', ['reemployed'], { per: '1000' });
  return {
    spread: buildSpreadTableSpec([m], ctx).notes ?? [],
    laggards: buildLaggardTableSpec(m, [], 0.5, ctx).notes ?? [],
    heat: buildHeatmapTableSpec(matrix, ds.units, [requireMetric(ds, 'reemployed')], ctx).notes ?? [],
  };
}

describe('每千人再就业人数 with one unit partial', () => {
  it('a count short of months over a full base is low: 缺少部分月份', () => {
    const n = notesOf(countPartialCsv);
    expect(n.spread).toContain('不完整（再就业人数）：另有1个单位本期缺少部分月份的数据，未参与比较。');
    expect(n.laggards).toContain('另有1个单位本期缺少部分月份的数据，未参与比较。');
    expect(n.heat).toContain('有单位本期缺少部分月份的数据，不与完整数据一起计算百分位，其格亦为空白。');
  });
  it('a full count over a base that stops in February is not called short of months', () => {
    const n = notesOf(basePartialCsv);
    expect(n.spread).toContain('不完整（再就业人数）：另有1个单位本期尚无期末的数据，未参与比较。');
    expect(n.laggards).toContain('另有1个单位本期尚无期末的数据，未参与比较。');
    expect(n.heat).toContain('有单位本期尚无期末的数据，不与完整数据一起计算百分位，其格亦为空白。');
    expect([...n.spread, ...n.laggards, ...n.heat].join('')).not.toContain('缺少部分月份');
  });
});

describe('the exported heatmap with a stock whose period-end value is not in yet', () => {
  it('says the unit has no period-end figure, not that it lacks months', () => {
    const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(basePartialCsv) }]).dataset!;
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['residents']);
    const notes = buildHeatmapTableSpec(matrix, ds.units, [requireMetric(ds, 'residents')], ctx).notes ?? [];
    expect(notes).toContain('有单位本期尚无期末的数据，不与完整数据一起计算百分位，其格亦为空白。');
    expect(notes.join('')).not.toContain('缺少部分月份');
  });
  it('in English too', () => {
    const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(basePartialCsv) }]).dataset!;
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['residents']);
    const notes = buildHeatmapTableSpec(matrix, ds.units, [requireMetric(ds, 'residents')], { ...ctx, lang: 'en' }).notes ?? [];
    expect(notes).toContain('Units that have not reported the end of this period yet are not given a percentile among complete data: their cells are blank too.');
  });
});
