/**
 * What the 不完整 words say beyond the chart notes when the partial value is a stock (注册志愿者:
 * taken at the period end): 金龙里社区 sent January and February but not March, so it has no
 * count at the quarter's end yet. The narrative's clause, the 均衡 notes and the league's lines must
 * not say it misses months (as a flow summed over fewer months does).
 */
import { describe, expect, it } from 'vitest';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildNarrative } from '../../src/analysis/narrative';
import { partialMeaning } from '../../src/analysis/partial-meaning';
import { buildLaggardTableSpec, buildSpreadTableSpec } from '../../src/charts/imbalance-specs';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { importFiles } from '../../src/data/pipeline/import-files';
import { MESSAGES_ZH } from '../../src/ui/i18n/messages-zh';
import { modelOf } from './model-of';

const rows = (name: string, parent: string, v: readonly (number | '')[]) =>
  ['2024年1月', '2024年2月', '2024年3月'].map((p, i) => `${parent},${name},${p},${v[i]}`);
const CSV = [
  '街道,社区,期间,注册志愿者',
  ...rows('中山路社区', '甲街道', [1200, 1210, 1220]),
  ...rows('金龙里社区', '甲街道', [300, 310, '']),
  ...rows('花园路社区', '乙街道', [100, 100, 100]),
  ...rows('祥福里社区', '乙街道', [600, 600, 610]),
  ...rows('滨西社区', '丙街道', [450, 460, 460]),
  ...rows('红星里社区', '丙街道', [900, 900, 900]),
].join('\n');
const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(CSV) }]).dataset!;
const model = modelOf(ds);
const m = imbalanceForMetric(model, 'volunteers', '2024-Q1');
const ctx = { periodLabel: '2024年第一季度', parent: '', per: 'none' as const, source: '测试' };

describe('a stock without its period-end count', () => {
  it('is left out of the comparison (as before)', () => {
    expect([m.partial, m.partialLeftOut]).toEqual([true, 1]);
  });
  it('the narrative says it has no period-end count, not that it misses months', () => {
    const text = buildNarrative(model, '2024-Q1', 'zh').sentences.map((s) => s.text).join('');
    expect(text).toContain('（另有1个社区本期尚无期末的数据，未参与比较）');
    expect(text).not.toContain('缺少部分月份');
    const en = buildNarrative(model, '2024-Q1', 'en').sentences.map((s) => s.text).join('');
    expect(en).toContain('(1 more community has not reported the end of this period yet and is not compared)');
  });
  it('the exported spread and laggard tables say so too', () => {
    expect(buildSpreadTableSpec([m], ctx).notes).toContain('不完整（注册志愿者）：另有1个单位本期尚无期末的数据，未参与比较。');
    expect(buildLaggardTableSpec(m, [], 0.5, ctx).notes).toContain('另有1个单位本期尚无期末的数据，未参与比较。');
  });
  it('the exported 街道排名 says so', () => {
    const streets = buildStreetLeague(model, { metric: 'volunteers', period: '2024-Q1' }).rows;
    const spec = buildStreetLeagueTableSpec(streets, { periodLabel: '2024年第一季度', previousLabel: '', per: 'none', source: '测试', metric: m.metric });
    expect(spec.notes).toContain('标“不完整”的街道含尚无期末数据的单位，不与数据完整的街道一起排名。');
  });
  it('the 均衡 and 排行 views’ lines and tips say so', () => {
    const meaning = partialMeaning(m.metric);
    expect(MESSAGES_ZH.imbalance.partialLeftOut(1, meaning)).toBe('另有1个单位本期尚无期末的数据，未参与比较（不计入以上统计与名单）。');
    expect(MESSAGES_ZH.league.partialUnranked(1, meaning)).toBe('标“（不完整）”的1个单位本期尚无期末的数据，暂不参与排名，以免与完整数据直接比较。');
    expect(MESSAGES_ZH.league.partialTip(meaning)).toBe('该期间尚无期末的数据，不与完整数据一起排名');
    expect(MESSAGES_ZH.league.partialTip('low')).toBe('该期间缺少部分月份的数据，不与完整数据一起排名');
  });
});
