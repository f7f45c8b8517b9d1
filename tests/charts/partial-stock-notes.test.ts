/**
 * What the `*` and 不完整 notes say when the partial value is a stock (常住人口, 低保户数: taken at
 * the period end): a community that sent its February count but not March's is not low, only
 * earlier. A flow summed over fewer months is low, as before; a rate or a per-capita value may be
 * either.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/analysis/compare-units';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { trendSeries } from '../../src/analysis/trend-series';
import { buildCompareChartSpec } from '../../src/charts/compare-chart-spec';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { buildTrendChartSpec } from '../../src/charts/trend-chart-spec';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { importFiles } from '../../src/data/pipeline/import-files';
import type { PerBaseText } from '../../src/charts/spec-text';
import { modelOf } from '../analysis/model-of';

/** 金龙里社区 sent February's 低保户数 and 常住人口 but not March's; its 再就业人数 only for March. */
const CSV = [
  '街道,社区,期间,低保户数,常住人口,再就业人数',
  '甲街道,中山路社区,2024年1月,40,5000,10',
  '甲街道,中山路社区,2024年2月,41,5000,12',
  '甲街道,中山路社区,2024年3月,42,5000,11',
  '甲街道,金龙里社区,2024年1月,30,3000,',
  '甲街道,金龙里社区,2024年2月,31,3000,',
  '甲街道,金龙里社区,2024年3月,,,9',
  '乙街道,花园路社区,2024年1月,20,2000,5',
  '乙街道,花园路社区,2024年2月,20,2000,6',
  '乙街道,花园路社区,2024年3月,21,2000,7',
].join('\n');
const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(CSV) }]).dataset!;
const model = modelOf(ds);
const base = { periodLabel: '2024年第一季度', parent: '', source: '测试' };

function compareNotes(metric: string, per: PerBaseText = 'none'): readonly string[] {
  const r = compareUnits(model, { metric, period: '2024-Q1', per });
  return buildCompareChartSpec(r, { ...base, metric: requireMetric(ds, metric), per }).notes ?? [];
}
function leagueNotes(metric: string): readonly string[] {
  const t = buildLeagueTable(model, { metric, period: '2024-Q1' });
  return buildLeagueTableSpec(t.rows, { ...base, metric: requireMetric(ds, metric), previousLabel: '', per: 'none' }).notes ?? [];
}
function trendNotes(metric: string): readonly string[] {
  const r = trendSeries(model, { metric, granularity: 'Q', units: [0, 1, 2] });
  return buildTrendChartSpec(r, { metric: requireMetric(ds, metric), per: 'none', parent: '', source: '测试', periodLabel: (k) => k, granularityLabel: '季度' }).notes ?? [];
}

describe('a stock whose period-end value is not in yet', () => {
  it('the 对比 chart does not call the earlier count low', () => {
    const notes = compareNotes('dibao_households');
    expect(notes.join('')).not.toContain('数值偏低');
    expect(notes).toContain('带“*”的单位尚无该期间期末的数据，所示为期间内较早月份的数（存量指标取期末数），并非偏低。');
  });
  it('nor does the trend chart', () => {
    const notes = trendNotes('dibao_households');
    expect(notes.join('')).not.toContain('数值偏低');
    expect(notes).toContain('空心点为不完整期间（尚无期末数据），所示为期间内较早月份的数；期间名后带“*”。');
  });
  it('the league and street tables say what 不完整 means for a stock', () => {
    const want = '“不完整”表示尚无该期间期末的数据，所示为期间内较早月份的数。';
    expect(leagueNotes('dibao_households')).toContain(want);
    const streets = buildStreetLeague(model, { metric: 'dibao_households', period: '2024-Q1' }).rows;
    expect(buildStreetLeagueTableSpec(streets, { ...base, metric: requireMetric(ds, 'dibao_households'), previousLabel: '', per: 'none' }).notes).toContain(want);
  });
  it('a flow summed over fewer months is still low', () => {
    expect(compareNotes('reemployed')).toContain('带“*”的单位在该期间缺少部分月份的数据，数值偏低。');
    expect(leagueNotes('reemployed')).toContain('“不完整”表示该期间缺少部分月份的数据。');
  });
  it('a flow per 1,000 residents over an earlier base may be either, and says both', () => {
    // 中山路 and 花园路 are complete; 金龙里's reemployed is March only, its residents February's.
    expect(compareNotes('reemployed', '1000')).toContain('带“*”的单位在该期间的数据不完整：缺少月份的流量数值偏低，尚无期末数的存量（如常住人口）用的是较早月份的数。');
  });
});

describe('the trend median in a quarter where one unit is partial', () => {
  it('is the median of the complete units: 再就业人数 33 and 18, not pulled to 18 by 金龙里社区’s March alone', () => {
    const r = trendSeries(model, { metric: 'reemployed', granularity: 'Q', units: [0] });
    // Complete: 中山路 33, 花园路 18 → 25.5; with 金龙里's 9 the median would be 18.
    expect(r.median).toEqual([25.5]);
  });
});

describe('the trend chart says what its median line leaves out', () => {
  const notesOf = (units: number[], granularity: 'Q' | 'M', metric = 'reemployed') => {
    const r = trendSeries(model, { metric, granularity, units });
    return buildTrendChartSpec(r, { metric: requireMetric(ds, metric), per: 'none', parent: '', source: '测试', periodLabel: (k) => k, granularityLabel: '季度' }).notes ?? [];
  };
  it('a quarter where 金龙里社区 is partial: the median counts the complete units only, even when 金龙里 is not drawn', () => {
    expect(notesOf([0], 'Q')).toContain('全部社区中位数只计数据完整的单位（2024-Q1有单位数据不完整，未计入）。');
  });
  it('months where every unit is complete say nothing of it', () => {
    expect(notesOf([0], 'M').join('')).not.toContain('中位数');
  });
});
