/**
 * A change whose current value is partial: 西姜井村's 再就业人数 of the second quarter is April only
 * (12), so its −32 against a complete first quarter (44) is mostly the missing months. The league
 * table marks it 本期不完整 beside the change (as 比较期不完整), and 金龙里社区, partial in both
 * quarters, carries one combined mark. The number stays.
 */
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildUnitProfile } from '../../src/analysis/unit-profile';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { buildProfileTableSpec } from '../../src/charts/profile-specs';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from '../analysis/model-of';
import { curPartialCsv } from '../analysis/prev-partial-fixture';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(curPartialCsv) }]).dataset!;
const table = buildLeagueTable(modelOf(ds), { metric: 'reemployed', period: '2024-Q2' });
const row = (name: string) => table.rows.find((r) => r.name === name)!;
const ctx = { metric: table.metric, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', parent: '', per: 'none' as const, source: '测试' };
const CUR_NOTE = '“本期不完整”表示2024年第二季度缺少部分月份的数据，变化只计已报送的月份，因此偏小（所示下降可能主要是缺少的月份）。';
const BOTH_NOTE = '“两期均不完整”表示2024年第二季度和2024年第一季度都缺少部分月份的数据，变化只计两期各自已报送的月份，仅供参考。';
const CUR_NOTE_EN = '“partial current”: Q2 2024 lacks some months, so the change counts only the months reported and is understated (a fall may be mostly the missing months).';

describe('the 排行 change of a partial current value', () => {
  it('the rows: 西姜井村 partial now against a complete quarter, 金龙里社区 partial in both', () => {
    expect([row('西姜井村').value, row('西姜井村').change, row('西姜井村').partial, row('西姜井村').prevPartial]).toEqual([12, -32, true, false]);
    expect([row('金龙里社区').change, row('金龙里社区').partial, row('金龙里社区').prevPartial]).toEqual([3, true, true]);
  });
  it('the exported table keeps the number and marks it, one mark for both, and explains each mark', () => {
    const spec = buildLeagueTableSpec(table.rows, ctx);
    const k = spec.columns.findIndex((c) => c.key === 'changeMark');
    expect(k).toBeGreaterThan(0);
    const cells = (name: string) => spec.rows.find((r) => r[1] === name)!.slice(k - 1, k + 1);
    expect(cells('西姜井村')).toEqual([-32, '本期不完整']);
    expect(cells('金龙里社区')).toEqual([3, '两期均不完整']);
    expect(cells('中山路社区')).toEqual([3, '']);
    expect(spec.notes).toContain(CUR_NOTE);
    expect(spec.notes).toContain(BOTH_NOTE);
    // 比较期不完整 alone is on no row here, so its note is not written.
    expect(spec.notes!.join('')).not.toContain('“比较期不完整”');
  });
  it('in English too', () => {
    const spec = buildLeagueTableSpec(table.rows, { ...ctx, periodLabel: 'Q2 2024', previousLabel: 'Q1 2024', lang: 'en' });
    const k = spec.columns.findIndex((c) => c.key === 'changeMark');
    expect(spec.rows.find((r) => r[1] === '西姜井村')![k]).toBe('partial current');
    expect(spec.rows.find((r) => r[1] === '金龙里社区')![k]).toBe('both partial');
    expect(spec.notes).toContain(CUR_NOTE_EN);
  });
  it('marks no change when nothing is compared', () => {
    const rows = table.rows.map((r) => ({ ...r, prevValue: NaN, prevPartial: false, change: NaN }));
    const spec = buildLeagueTableSpec(rows, { ...ctx, previousLabel: '' });
    expect(spec.columns.map((c) => c.key)).not.toContain('changeMark');
    expect(spec.notes!.join('')).not.toContain('本期不完整');
  });
});

describe('the 街道排名 rank change of a partial current sum', () => {
  // Every street is partial now, so both are ranked: 乙街道 against its complete first quarter, 甲街道 新.
  const league = buildStreetLeague(modelOf(ds), { metric: 'reemployed', period: '2024-Q2' });
  const sctx = { metric: table.metric, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', per: 'none' as const, source: '测试' };
  it('marks 乙街道 本期不完整 and 甲街道 两期均不完整 in the 名次变化标注 column', () => {
    const spec = buildStreetLeagueTableSpec(league.rows, sctx);
    const k = spec.columns.findIndex((c) => c.key === 'rankChangeMark');
    const cell = (name: string) => spec.rows.find((r) => r[1] === name)![k];
    expect([cell('乙街道'), cell('甲街道')]).toEqual(['本期不完整', '两期均不完整']);
    expect(spec.notes).toContain(CUR_NOTE);
  });
});

describe('the 单位画像 环比 of a partial current value', () => {
  const pctx = { periodLabel: (k: string) => ({ '2024-Q2': '2024年第二季度', '2024-Q1': '2024年第一季度', '2023-Q2': '2023年第二季度' })[k] ?? k, source: '测试' };
  const specOf = (name: string) => buildProfileTableSpec(buildUnitProfile(modelOf(ds), ds.units.findIndex((u) => u.name === name), '2024-Q2'), pctx);
  it('marks 西姜井村\'s 环比 本期不完整 and explains it once', () => {
    const spec = specOf('西姜井村');
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.rows.find((r) => r[0] === '再就业人数')!.slice(k - 1, k + 1)).toEqual([-32, '本期不完整']);
    expect(spec.notes!.filter((n) => n === CUR_NOTE)).toHaveLength(1);
  });
  it('marks 金龙里社区\'s 环比 with the one combined mark', () => {
    const spec = specOf('金龙里社区');
    const k = spec.columns.findIndex((c) => c.key === 'momMark');
    expect(spec.rows.find((r) => r[0] === '再就业人数')![k]).toBe('两期均不完整');
    expect(spec.notes).toContain(BOTH_NOTE);
  });
});
