/**
 * A change against a partial comparison value: 金龙里社区's 再就业人数 of the second quarter (18)
 * against its first quarter of January and February only (9). The +9 is overstated, and the
 * league table says so beside the change, as it says 不完整 beside a partial value.
 */
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildOverview } from '../../src/analysis/overview';
import { buildOverviewTableSpec } from '../../src/charts/overview-table-spec';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { buildProfileTableSpec } from '../../src/charts/profile-specs';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildUnitProfile } from '../../src/analysis/unit-profile';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from '../analysis/model-of';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
const table = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q2' });
const row = (name: string) => table.rows.find((r) => r.name === name)!;

describe('the 排行 change against a partial comparison value', () => {
  it('the row says its comparison value is partial', () => {
    expect([row('金龙里社区').change, row('金龙里社区').partial, row('金龙里社区').prevPartial]).toEqual([9, false, true]);
    expect(row('中山路社区').prevPartial).toBe(false);
  });
  it('the exported table marks the change and explains the mark', () => {
    const spec = buildLeagueTableSpec(table.rows, { metric: table.metric, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', parent: '', per: 'none', source: '测试' });
    const k = spec.columns.findIndex((c) => c.key === 'changeMark');
    expect(spec.columns[k]?.label).toBe('变化标注');
    const cells = (name: string) => spec.rows.find((r) => r[1] === name)!.slice(k - 1, k + 1);
    expect(cells('金龙里社区')).toEqual([9, '比较期不完整']);
    expect(cells('中山路社区')).toEqual([3, '']);
    expect(spec.notes).toContain('“比较期不完整”表示2024年第一季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。');
  });
  it('in English too', () => {
    const spec = buildLeagueTableSpec(table.rows, { metric: table.metric, periodLabel: 'Q2 2024', previousLabel: 'Q1 2024', parent: '', per: 'none', source: 'test', lang: 'en' });
    const k = spec.columns.findIndex((c) => c.key === 'changeMark');
    expect(spec.rows.find((r) => r[1] === '金龙里社区')![k]).toBe('partial base');
    expect(spec.notes).toContain('“partial base”: Q1 2024 lacks some months, so the change is against a low value and overstated.');
  });
});

describe('the 总览 环比 against a partial previous total', () => {
  const overview = buildOverview(modelOf(ds), '2024-Q2');
  const m = overview.families.flatMap((f) => f.metrics).find((x) => x.id === 'reemployed')!;
  it('the metric says its 环比 base is partial', () => {
    expect([m.partial, m.prevPartial, m.lastYearPartial]).toEqual([false, true, false]);
  });
  it('the exported table says so in its 说明 column and explains it', () => {
    const spec = buildOverviewTableSpec(overview, { periodLabel: '2024年第二季度', source: '测试' });
    const row = spec.rows.find((r) => r[1] === '再就业人数')!;
    expect(row[row.length - 1]).toBe('上期不完整、口径不一');
    expect(spec.notes).toContain('“上期不完整”“去年同期不完整”：该期有单位数据不完整，环比或同比是与这一不完整的合计相比。');
  });
});

describe('the 街道排名 export against a partial previous street sum', () => {
  // 甲街道's first quarter sums 金龙里社区's partial 9; 乙街道's is complete.
  const league = buildStreetLeague(modelOf(ds), { metric: 'reemployed', period: '2024-Q2' });
  const ctx = { metric: table.metric, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', per: 'none' as const, source: '测试' };
  it('marks the street in the 名次变化标注 column and explains the mark as 排行 does', () => {
    const spec = buildStreetLeagueTableSpec(league.rows, ctx);
    const k = spec.columns.findIndex((c) => c.key === 'rankChangeMark');
    expect(spec.columns[k]?.label).toBe('名次变化标注');
    const cell = (name: string) => spec.rows.find((r) => r[1] === name)![k];
    expect([cell('甲街道'), cell('乙街道')]).toEqual(['比较期不完整', '']);
    expect(spec.notes).toContain('“比较期不完整”表示2024年第一季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。');
  });
  it('in English too', () => {
    const spec = buildStreetLeagueTableSpec(league.rows, { ...ctx, periodLabel: 'Q2 2024', previousLabel: 'Q1 2024', lang: 'en' });
    const k = spec.columns.findIndex((c) => c.key === 'rankChangeMark');
    expect(spec.rows.find((r) => r[1] === '甲街道')![k]).toBe('partial base');
    expect(spec.notes).toContain('“partial base”: Q1 2024 lacks some months, so the change is against a low value and overstated.');
  });
  it('marks nothing when nothing is compared', () => {
    const spec = buildStreetLeagueTableSpec(league.rows, { ...ctx, previousLabel: '' });
    expect(spec.columns.map((c) => c.key)).not.toContain('rankChangeMark');
    expect(spec.notes!.join('')).not.toContain('比较期不完整');
  });
});

describe('the 单位画像 table against a partial comparison value', () => {
  const profileOf = (name: string) => buildUnitProfile(modelOf(ds), ds.units.findIndex((u) => u.name === name), '2024-Q2');
  const pctx = { periodLabel: (k: string) => ({ '2024-Q2': '2024年第二季度', '2024-Q1': '2024年第一季度', '2023-Q2': '2023年第二季度' })[k] ?? k, source: '测试' };
  it('marks the 环比 of 金龙里社区 in its 环比标注 column and explains the mark as 排行 does', () => {
    const spec = buildProfileTableSpec(profileOf('金龙里社区'), pctx);
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.columns[k]?.label).toBe('环比标注');
    expect(spec.rows.find((r) => r[0] === '再就业人数')!.slice(k - 1, k + 1)).toEqual([9, '比较期不完整']);
    expect(spec.notes).toContain('“比较期不完整”表示2024年第一季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。');
  });
  it('marks nothing for 中山路社区, whose first quarter is complete', () => {
    const spec = buildProfileTableSpec(profileOf('中山路社区'), pctx);
    expect(spec.columns.map((c) => c.key)).not.toContain('momMark');
    expect(spec.notes!.join('')).not.toContain('比较期不完整');
  });
  it('in English too', () => {
    const spec = buildProfileTableSpec(profileOf('金龙里社区'), { ...pctx, periodLabel: () => 'Q1 2024', lang: 'en' });
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.rows.find((r) => r[0] === 'Re-employed')![k]).toBe('partial base');
    expect(spec.notes).toContain('“partial base”: Q1 2024 lacks some months, so the change is against a low value and overstated.');
  });
  it('marks a 同比 against a partial same quarter last year in 同比标注, its note naming that quarter', () => {
    // 2023-Q2: 金龙里社区 sent April and May only (10); 花园路社区 every month.
    const d = importFiles([{ name: 'x.csv', bytes: new TextEncoder().encode([prevPartialCsv,
      '甲街道,金龙里社区,2023年4月,5', '甲街道,金龙里社区,2023年5月,5',
      '乙街道,花园路社区,2023年4月,6', '乙街道,花园路社区,2023年5月,6', '乙街道,花园路社区,2023年6月,6'].join('\n')) }]).dataset!;
    const spec = buildProfileTableSpec(buildUnitProfile(modelOf(d), d.units.findIndex((u) => u.name === '金龙里社区'), '2024-Q2'), pctx);
    const k = spec.columns.findIndex((c) => c.key === 'yoyMark');
    expect(spec.columns[k]?.label).toBe('同比标注');
    expect(spec.rows.find((r) => r[0] === '再就业人数')!.slice(k - 1, k + 1)).toEqual([8, '比较期不完整']);
    expect(spec.notes).toContain('“比较期不完整”表示2023年第二季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。');
  });
});
