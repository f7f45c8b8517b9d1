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
