import { describe, expect, it } from 'vitest';
import type { Overview } from '../../src/analysis/overview';
import { buildDatasetTableSpec, XLSX_MAX_ROWS } from '../../src/charts/dataset-table-spec';
import { buildOverviewTableSpec, overviewChange } from '../../src/charts/overview-table-spec';
import { buildStreetLeagueTableSpec, type StreetRowLike } from '../../src/charts/street-league-spec';
import { TABLE_WORDS } from '../../src/charts/table-words';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const reemployed = canonicalMetric('reemployed')!;

describe('table words', () => {
  it('Chinese and English have the same keys', () => {
    expect(Object.keys(TABLE_WORDS.en).sort()).toEqual(Object.keys(TABLE_WORDS.zh).sort());
    expect(TABLE_WORDS.en.datasetColumns).toHaveLength(TABLE_WORDS.zh.datasetColumns.length);
  });
});

describe('buildOverviewTableSpec', () => {
  const metric = (over: object) => ({
    id: 'reemployed', label: '再就业人数', labelEn: 'Re-employed', unit: '人', kind: 'flow', total: 296, qualifier: 1, n: 5,
    prev: 278, yoy: NaN, changePct: 0.0647, yoyPct: NaN, changePp: NaN, yoyPp: NaN, partial: false, changeComparable: true, yoyComparable: true, ...over,
  });
  const overview = {
    families: [
      { family: 'employment', metrics: [metric({}), metric({ id: 'reemployment_rate', label: '再就业率', labelEn: 'Re-employment rate', unit: '%', total: 41.25, qualifier: 0, changePct: 0.1, changePp: 2.04, partial: true, changeComparable: false })] },
    ],
    findings: [],
  } as unknown as Overview;

  it.each<[number, number, number | null]>([[0.0647, NaN, 6.5], [0.1, 2.04, 2], [NaN, NaN, null], [-0.031, NaN, -3.1]])('change pct %d pp %d → %s', (pct, pp, out) => {
    expect(overviewChange(pct, pp)).toBe(out);
  });

  it('one row per metric: family, total, unit, mark, 环比/同比 as numbers (points for ratios), notes', () => {
    const spec = buildOverviewTableSpec(overview, { periodLabel: '2024年第四季度', source: '示例数据' });
    expect(spec.title).toBe('2024年第四季度主要指标合计');
    expect(spec.rows).toEqual([
      ['就业', '再就业人数', 296, '人', '＞', 6.5, null, ''],
      ['就业', '再就业率', 41.25, '%', '', 2, null, '不完整、口径不一'],
    ]);
    expect(spec.notes).toHaveLength(2); // method, and the mark column (a ＞ value)
  });

  it('English labels and units', () => {
    const spec = buildOverviewTableSpec(overview, { periodLabel: 'Q4 2024', source: 'Sample', lang: 'en', unitEn: (id) => (id === 'reemployed' ? 'people' : '%') });
    expect(spec.rows.map((r) => [r[0], r[1], r[3]])).toEqual([['Employment', 'Re-employed', 'people'], ['Employment', 'Re-employment rate', '%']]);
  });
});

describe('buildStreetLeagueTableSpec', () => {
  const rows: StreetRowLike[] = [
    { parent: '一街道', value: 50, units: 2, rank: 1, rankChange: 1, reporting: 2 },
    { parent: '', value: 12.34567, units: 3, rank: 2, rankChange: -1, reporting: 2, partial: true },
    { parent: '三街道', value: NaN, units: 1, rank: null, rankChange: null, reporting: 0 },
  ];
  it('ranks, aggregated values, reporting counts and the rank change as a number', () => {
    const spec = buildStreetLeagueTableSpec(rows, { metric: reemployed, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', per: 'none', source: '测试.csv' });
    expect(spec.title).toBe('各街道/镇再就业人数排行');
    expect(spec.subtitle).toBe('2024年第二季度 · 绝对值 · 与2024年第一季度比较');
    expect(spec.columns.find((c) => c.key === 'rankChange')?.rankChange).toBe(true);
    // The partial street's rank change carries 本期不完整 in the 名次变化标注 column.
    expect(spec.rows).toEqual([
      [1, '一街道', 50, 2, 2, 1, '', ''],
      [2, '（未注明街道）', 12.3457, 2, 3, -1, '本期不完整', '不完整'],
      [null, '三街道', null, 0, 1, null, '', ''],
    ]);
    expect(spec.notes).toContain('无数据的单位列在最后，不参与排名（不按0计）。');
  });
  it('says 无数据 only of a street without data, not of a partial one left unranked', () => {
    const ctx = { metric: reemployed, periodLabel: 'p', previousLabel: '', per: 'none' as const, source: '' };
    const partial: StreetRowLike = { parent: '二街道', value: 11, units: 2, rank: null, rankChange: null, reporting: 2, partial: true };
    const notes = buildStreetLeagueTableSpec([rows[0]!, partial], ctx).notes!;
    expect(notes.some((n) => n.startsWith('标“不完整”的街道'))).toBe(true);
    expect(notes).not.toContain('无数据的单位列在最后，不参与排名（不按0计）。');
  });
  it('says of the units without a street that they are summed but no street, not 无数据 nor 不完整', () => {
    const ctx = { metric: reemployed, periodLabel: 'p', previousLabel: '', per: 'none' as const, source: '' };
    const loose: StreetRowLike = { parent: '', value: 30, units: 4, rank: null, rankChange: null, reporting: 3, partial: true };
    const spec = buildStreetLeagueTableSpec([rows[0]!, loose], ctx);
    expect(spec.rows[1]!.slice(0, 3)).toEqual([null, '（未注明街道）', 30]);
    expect(spec.notes).toContain('“（未注明街道）”一行是报表中没有填写所属街道/镇的单位的合计：它们不是一个街道，不参与排名。请在报表中补填街道/镇后重新导入。');
    expect(spec.notes!.some((n) => n.startsWith('标“不完整”的街道') || n.startsWith('无数据的单位'))).toBe(false);
    expect(buildStreetLeagueTableSpec([rows[0]!], ctx).notes!.some((n) => n.includes('未注明街道'))).toBe(false);
  });
  it('without a previous period the rank change column is empty', () => {
    const spec = buildStreetLeagueTableSpec(rows, { metric: reemployed, periodLabel: 'p', previousLabel: '', per: 'none', source: '' });
    expect(spec.rows.map((r) => r[5])).toEqual([null, null, null]);
  });
});

describe('buildDatasetTableSpec', () => {
  it('one row per observation with numbers as numbers and the raw text, file and line kept', () => {
    const b = new DatasetBuilder();
    b.addFile({ name: '三月.csv', encoding: 'utf-8', bytes: 100 });
    const m = b.addMetric(reemployed);
    const u = b.addUnit({ code: '120112001001', name: '东社区', parent: '新街道', district: '津南区' });
    b.add({ unit: u, period: '2024-03', metric: m, value: 1200, qualifier: 'approx', raw: '约1200', line: 2 });
    b.add({ unit: u, period: '2024-04', metric: m, value: NaN, qualifier: 'missing', raw: '—', line: 3 });
    const ds = b.build({ id: 'd', name: '三月', createdAt: '2024-05-01T00:00:00.000Z', isSample: false });
    const spec = buildDatasetTableSpec(ds, '三月');
    expect(spec.title).toBe('三月（规范化数据）');
    expect(spec.subtitle).toBe('1个单位 · 2个期间 · 2个数值');
    expect(spec.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['value', 'line']);
    expect(spec.rows).toEqual([
      ['津南区', '新街道', '东社区', '120112001001', '2024-03', '再就业人数', 'reemployed', 1200, '人', '约1200', 'approx', '三月.csv', 2],
      ['津南区', '新街道', '东社区', '120112001001', '2024-04', '再就业人数', 'reemployed', null, '人', '—', 'missing', '三月.csv', 3],
    ]);
    expect(buildDatasetTableSpec(ds, 'March', 'en').columns[0]!.label).toBe('District');
    expect(XLSX_MAX_ROWS).toBe(1_048_575);
  });
});
