import { describe, expect, it } from 'vitest';
import { buildLeagueTableSpec } from '../../src/charts/league-table-spec';
import { changeText, quartileText, rankChangeText, valueText, type LeagueRowLike } from '../../src/charts/league-text';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const row = (over: Partial<LeagueRowLike>): LeagueRowLike => ({
  name: '甲社区', parent: '一街道', value: 10, qualifier: 'exact', partial: false,
  rank: 1, change: 2, changeQualifier: 'exact', rankChange: 0, isNew: false, quartile: 1, ...over,
});

describe('league texts', () => {
  it.each<[Partial<LeagueRowLike>, string]>([
    [{ rankChange: 3 }, '↑3'],
    [{ rankChange: -1 }, '↓1'],
    [{ rankChange: 0 }, '持平'],
    [{ rankChange: null, isNew: true }, '新'],
    [{ rankChange: null }, '—'],
    [{ rank: null, rankChange: null }, '—'],
  ])('rank change %o → %s', (over, text) => {
    expect(rankChangeText(row(over))).toBe(text);
  });

  it.each<[number, string]>([[12, '+12'], [-3, '−3'], [0, '0'], [NaN, '—'], [1568, '+1,568']])('change %d → %s', (d, t) => {
    expect(changeText(d)).toBe(t);
  });

  it('marks qualified values and quartiles in words', () => {
    expect(valueText(1200, 'approx')).toBe('≈1,200');
    expect(valueText(3500, 'gt')).toBe('＞3,500');
    expect(valueText(NaN, 'missing')).toBe('—');
    expect([1, 2, 3, 4, null].map((q) => quartileText(q))).toEqual(['前25%', '25%–50%', '50%–75%', '后25%', '—']);
  });
});

describe('buildLeagueTableSpec', () => {
  it('keeps numbers as numbers and the unranked row last with empty cells', () => {
    const spec = buildLeagueTableSpec([
      row({ value: 90, change: 60, rankChange: 1 }),
      row({ name: '丁社区', rank: 4, value: 30, qualifier: 'approx', change: 6, rankChange: -1, quartile: 4 }),
      row({ name: '戊社区', parent: '二街道', rank: null, value: NaN, qualifier: 'missing', change: NaN, rankChange: null, quartile: null }),
    ], {
      metric: canonicalMetric('unemployed')!, periodLabel: '2024年第二季度', previousLabel: '2024年第一季度', parent: '', per: 'none', source: 's',
    });
    expect(spec.title).toBe('各社区下岗失业人员排行');
    expect(spec.subtitle).toBe('2024年第二季度 · 全部街道/镇 · 绝对值 · 与2024年第一季度比较');
    expect(spec.columns.map((c) => c.label)).toEqual(['排名', '社区', '街道/镇', '数值（人）', '标注', '变化', '名次变化', '四分位']);
    expect(spec.rows).toEqual([
      [1, '甲社区', '一街道', 90, '', 60, '↑1', '前25%'],
      [4, '丁社区', '一街道', 30, '≈', 6, '↓1', '后25%'],
      [null, '戊社区', '二街道', null, '', null, '—', '—'],
    ]);
    expect(spec.notes).toContain('下岗失业人员越低越好，按从低到高排名。');
    expect(spec.notes).toContain('无数据的单位列在最后，不参与排名（不按0计）。');
    // The exported table (sheet, slide) has the 标注 column and no page to speak of.
    expect(spec.notes).toContain('数值的标注：≈ 约数，＞ 下限（实际多于此数），＜ 上限（实际少于此数），见“标注”列。');
    expect(spec.notes!.join('')).not.toContain('页面');
  });

  it('keeps the page\'s 持续靠后 column in its words (连续3期靠后) only when some unit has a run, and the page\'s note always', () => {
    const ctx = { metric: canonicalMetric('reemployed')!, periodLabel: '2024年3月', previousLabel: '2024年2月', parent: '', per: 'none' as const, source: 's' };
    const rows = [row({}), row({ name: '东姜井村', rank: 2, value: 2, quartile: 4 })];
    const spec = buildLeagueTableSpec(rows, ctx, { runs: [null, 3], granularity: 'M' });
    expect(spec.columns.at(-1)).toEqual({ key: 'lagging', label: '持续靠后' });
    expect(spec.rows.map((r) => r.at(-1))).toEqual(['', '连续3期靠后']);
    expect(spec.notes).toContain('“持续靠后”：连续3期及以上处于后25%（按月计，截至2024年3月），共1个单位。');
    const none = buildLeagueTableSpec(rows, ctx, { runs: [null, null], granularity: 'Q' });
    expect(none.columns.map((c) => c.key)).not.toContain('lagging');
    expect(none.notes).toContain('“持续靠后”：连续3期及以上处于后25%（按季度计，截至2024年3月），本期没有这样的单位。');
    const cumulative = buildLeagueTableSpec(rows, ctx, { runs: [null, null], granularity: 'C' });
    expect(cumulative.notes).toContain('“持续靠后”：连续3期及以上处于后25%（按累计期计，截至2024年3月）；累计期间不计算。');
    const en = buildLeagueTableSpec(rows, { ...ctx, periodLabel: 'Mar 2024', lang: 'en' }, { runs: [null, 3], granularity: 'M' });
    expect(en.columns.at(-1)!.label).toBe('Lagging');
    expect(en.rows[1]!.at(-1)).toBe('3 periods behind');
    expect(en.notes).toContain('“Lagging”: in the bottom 25% for 3 or more months in a row (up to Mar 2024): 1 unit.');
    // Without runs asked for (a table built elsewhere), neither column nor note.
    expect(buildLeagueTableSpec(rows, ctx).notes!.join('')).not.toContain('持续靠后');
  });

  it('does not say 无数据 when every unranked unit has a partial value (中北镇, 2024年第一季度: two units sent two of three months)', () => {
    const ctx = { metric: canonicalMetric('reemployed')!, periodLabel: '2024年第一季度', previousLabel: '', parent: '', per: 'none' as const, source: 's' };
    const partial = row({ name: '西姜井村', rank: null, value: 11, partial: true, change: NaN, rankChange: null, quartile: null });
    const spec = buildLeagueTableSpec([row({}), partial], ctx);
    expect(spec.notes!.join('')).toContain('不完整');
    expect(spec.notes).not.toContain('无数据的单位列在最后，不参与排名（不按0计）。');
    const missing = row({ name: '戊社区', rank: null, value: NaN, qualifier: 'missing', change: NaN, rankChange: null, quartile: null });
    expect(buildLeagueTableSpec([row({}), partial, missing], ctx).notes).toContain('无数据的单位列在最后，不参与排名（不按0计）。');
  });
});
