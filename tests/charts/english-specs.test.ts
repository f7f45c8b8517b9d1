/** Specs built in English: every word the builders write follows `lang`, numbers too; data names stay. */
import { describe, expect, it } from 'vitest';
import { buildCompareBarsSpec, gapLabel } from '../../src/charts/compare-bars-spec';
import { buildCompareChartSpec } from '../../src/charts/compare-chart-spec';
import { buildDistributionSpec } from '../../src/charts/distribution-spec';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { quartileText, rankChangeLabel, rankChangeText, valueText } from '../../src/charts/league-text';
import { buildScatterSpec } from '../../src/charts/scatter-spec';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import { sourceLine, valueUnit } from '../../src/charts/spec-text';
import { buildTrendChartSpec } from '../../src/charts/trend-chart-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const reemployed = canonicalMetric('reemployed')!;
const unemployed = canonicalMetric('unemployed')!;
const ctx = { metric: reemployed, periodLabel: '2024 Q2', parent: '', per: 'none' as const, source: 'a.csv', lang: 'en' as const };
const items = [
  { unit: 0, name: '甲社区', parent: '一街道', value: 12000, qualifier: 'exact' as const, partial: false },
  { unit: 1, name: '乙社区', parent: '二街道', value: 60, qualifier: 'approx' as const, partial: true },
];
const result = { items, missing: [{ name: '戊社区' }], median: 6030, mean: 6030 };

describe('English chart specs', () => {
  it('compare: English title, subtitle, series, references and notes; names unchanged', () => {
    const spec = buildCompareChartSpec(result, ctx);
    expect(spec.lang).toBe('en');
    expect(spec.title).toBe('Re-employed by community');
    expect(spec.subtitle).toBe('2024 Q2 · All streets/towns · Absolute (people)');
    expect(spec.categories).toEqual(['甲社区', '乙社区*']);
    expect(spec.references?.map((r) => r.label)).toEqual(['Median', 'Mean']);
    expect(spec.notes).toEqual([
      'Values marked “≈” are approximate (the source wrote “about” or “nearly”).',
      'Units marked “*” lack some months of this period, so their values are low.',
      '1 more units have no data and are not drawn (not counted as 0).',
    ]);
  });

  it('two periods and a street: “vs”, per-capita unit in words', () => {
    const other = { label: '2023 Q2', values: new Map([[0, { value: 100, qualifier: 'exact' as const }]]) };
    const spec = buildCompareBarsSpec(result, { ...ctx, parent: '一街道', per: '1000' }, { other });
    expect(spec.title).toBe('Re-employed by community, 一街道');
    expect(spec.subtitle).toBe('2024 Q2 vs 2023 Q2 · 一街道 · Per 1,000 residents (people per 1,000 residents)');
    expect(spec.series.map((s) => s.name)).toEqual(['2024 Q2', '2023 Q2']);
    expect(gapLabel(5587, 'en')).toBe('… (5,587 units in between omitted)');
    expect(gapLabel(5587)).toBe('…（中间5,587个单位略）');
  });

  it('distribution: English title and 12K-style bin labels', () => {
    const spec = buildDistributionSpec([12000, 15000, 30000], ctx, 3);
    expect(spec.title).toBe('Distribution of Re-employed (3 units)');
    expect(spec.series[0]!.name).toBe('Units');
    expect(spec.categories[0]).toMatch(/^\d+K–\d+K$/);
    expect(spec.notes?.[0]).toContain('The median is 15,000 people.');
  });

  it('small multiples: English combined title and overall median', () => {
    const sm = buildSmallMultiples(result, { ...ctx, direction: 'higher' });
    expect(sm.combined.title).toBe('Re-employed by street/town');
    expect(sm.panels[0]!.spec.references?.[0]?.label).toBe('Overall median');
    expect(sm.combined.categories[0]).toBe('一街道 | 甲社区');
  });

  it('trend: English title, median series and granularity', () => {
    const spec = buildTrendChartSpec(
      { periods: ['2024-Q1', '2024-Q2'], series: [{ name: '甲社区', values: [1, null] }], median: [1, 2], partial: [false, true] },
      { metric: reemployed, per: 'none', parent: '', source: 'a.csv', periodLabel: (k) => k.replace('-', ' '), granularityLabel: 'Quarterly', lang: 'en' },
    );
    expect(spec.title).toBe('Re-employed over time');
    expect(spec.categories).toEqual(['2024 Q1', '2024 Q2*']);
    expect(spec.series.at(-1)!.name).toBe('Median of all communities');
    expect(spec.subtitle).toBe('Quarterly · All streets/towns · Absolute (people)');
  });

  it('scatter: English axis titles with English units', () => {
    const spec = buildScatterSpec(
      [{ name: '甲社区', parent: '', x: 10, y: 20 }, { name: '乙社区', parent: '', x: 30, y: 40 }],
      { x: unemployed, y: reemployed, per: 'none', xPer: 'none', yPer: 'none', periodLabel: '2024 H1', parent: '', source: 's', missingCount: 0, lang: 'en' },
    );
    expect(spec.title).toBe('Re-employed vs Laid-off and unemployed');
    expect(spec.scatter?.xTitle).toBe('Laid-off and unemployed (people)');
    expect(spec.subtitle).toBe('2024 H1 · All streets/towns · Absolute · 2 units');
  });

  it('league table: English columns, rank words and quartiles; numbers stay numbers', () => {
    const row = { name: '甲社区', parent: '一街道', value: 12000, qualifier: 'exact' as const, partial: true, rank: 1, change: 5, changeQualifier: 'exact' as const, rankChange: null, isNew: true, quartile: 1 };
    const spec = buildLeagueTableSpec([row], { metric: unemployed, periodLabel: '2024 Q2', previousLabel: '2024 Q1', parent: '', per: 'none', source: 's', lang: 'en' });
    expect(spec.title).toBe('Laid-off and unemployed league table');
    expect(spec.subtitle).toBe('2024 Q2 · All streets/towns · Absolute · vs 2024 Q1');
    // The change of a partial value carries its mark (partial current) in a Change mark column.
    expect(spec.columns.map((c) => c.label)).toEqual(['Rank', 'Community', 'Street/town', 'Value (people)', 'Mark', 'Change', 'Change mark', 'Rank change', 'Quartile']);
    expect(spec.rows[0]).toEqual([1, '甲社区', '一街道', 12000, 'partial', 5, 'partial current', 'new', 'Top 25%']);
    expect(spec.notes?.[0]).toBe('Lower Laid-off and unemployed is better: ranked from lowest to highest.');
  });

  it.each([
    [{ rank: 2, rankChange: 0, isNew: false }, 'same', 'rank unchanged'],
    [{ rank: 2, rankChange: 3, isNew: false }, '↑3', 'up 3'],
    [{ rank: 2, rankChange: -1, isNew: false }, '↓1', 'down 1'],
    [{ rank: null, rankChange: null, isNew: false }, '—', 'not ranked'],
    [{ rank: 2, rankChange: null, isNew: false }, '—', 'no previous data'],
    // Ranked then too, but among too few to compare places (rankChangeOf): not "no previous data".
    [{ rank: 2, prevRank: 1, rankChange: null, isNew: false }, '—', 'too few ranked in one of the periods to compare places'],
  ])('rank change %o in English → %s / %s', (row, text, label) => {
    expect(rankChangeText(row, 'en')).toBe(text);
    expect(rankChangeLabel(row, 'en')).toBe(label);
  });

  it('values, quartiles, units and the source line in English', () => {
    expect(valueText(12000, 'approx', 'en')).toBe('≈12,000');
    expect(quartileText(4, 'en')).toBe('Bottom 25%');
    expect(valueUnit(reemployed, '100hh', 'en')).toBe('people per 100 households');
    expect(valueUnit(reemployed, '1000')).toBe('人/千人');
    expect(sourceLine({ isSample: true, files: [] }, 'en')).toBe('Sample data (synthetic, not real statistics)');
    const files = ['a.csv', 'b.csv', 'c.csv', 'd.csv'].map((name) => ({ name, encoding: 'utf-8', bytes: 1 }));
    expect(sourceLine({ isSample: false, files }, 'en')).toBe('a.csv, b.csv, c.csv and 1 more (4 files)');
    // A workbook's sheets are one file; its one sheet keeps its name.
    const sheets = ['报表.xlsx › 3月', '报表.xlsx › 4月', '报表.xlsx › 5月', '东湖.xlsx › 3月', 'd.csv'].map((name) => ({ ...files[0]!, name }));
    expect(sourceLine({ isSample: false, files: sheets }, 'en')).toBe('报表.xlsx (3 sheets), 东湖.xlsx › 3月, d.csv');
    expect(sourceLine({ isSample: false, files: sheets })).toBe('报表.xlsx（3个工作表）、东湖.xlsx › 3月、d.csv');
    expect(sourceLine({ isSample: false, files })).toBe('a.csv、b.csv、c.csv等4个文件');
    // A CSV file imported twice (appended again) is one file, not a workbook of two sheets.
    const twice = ['双林街道-2024年2月.csv', '双林街道-2024年2月.csv', '双林街道-2024年3月.csv'].map((name) => ({ ...files[0]!, name }));
    expect(sourceLine({ isSample: false, files: twice })).toBe('双林街道-2024年2月.csv、双林街道-2024年3月.csv');
  });
});
