/** 取长补短: the peer tiers (same street and size, same street, size, any), hand-built. */
import { describe, expect, it } from 'vitest';
import { learnFromPeers, similarSize } from '../../src/analysis/learn-from-peer';
import { profileNarrative } from '../../src/analysis/profile-narrative';
import { ProfileContext } from '../../src/analysis/unit-profile';
import { makeDataset, type ObsRow } from './analysis-fixtures';
import { smallDataset } from '../ui/small-dataset';
import { modelOf } from './model-of';

describe('similarSize', () => {
  it.each([
    [1000, 2000, true], [2000, 1000, true], [1000, 2001, false], [0, 1000, false], [NaN, 1000, false],
  ])('%d and %d → %s', (a, b, want) => expect(similarSize(a, b)).toBe(want));
});

describe('learnFromPeers', () => {
  const ds = smallDataset();
  const ctx = new ProfileContext(modelOf(ds), '2024-Q2');
  const u = (name: string) => ds.units.findIndex((x) => x.name === name);

  it('sends 丁社区 to 丙社区: same street, 3,000 vs 1,500 residents, ranked in the top half', () => {
    const l = learnFromPeers(ctx, ctx.profile(u('丁社区')));
    expect(l.weak).toHaveLength(1);
    const a = l.weak[0]!;
    expect([a.metric.metric.id, a.peerName, a.peerValue, a.metric.value, a.peerRank, a.tier]).toEqual(['reemployed', '丙社区', 60, 30, 2, 'street-size']);
    expect(l.strong).toEqual([]);
  });

  it('says 甲社区 is in the top quartile', () => {
    const l = learnFromPeers(ctx, ctx.profile(u('甲社区')));
    expect(l.strong.map((m) => m.metric.id)).toEqual(['reemployed']);
    expect(l.weak).toEqual([]);
  });

  // Eight units: the weak one (W, 1,000 residents, 一街道) and candidates of every kind.
  const units = [
    { name: 'W', parent: '一' }, { name: '同街同规模', parent: '一' }, { name: '同街大', parent: '一' },
    { name: '他街同规模', parent: '二' }, { name: '他街大', parent: '二' }, { name: '中1', parent: '二' },
    { name: '中2', parent: '二' }, { name: '中3', parent: '二' },
  ];
  const residents = [1000, 1200, 9000, 1100, 9000, 5000, 5000, 5000];
  function data(values: readonly number[]) {
    const rows: ObsRow[] = [];
    values.forEach((v, k) => {
      rows.push([k, '2024-Q1', 'volunteers', v], [k, '2024-Q1', 'residents', residents[k]!]);
    });
    return makeDataset(units, rows);
  }
  const peerOf = (values: readonly number[]) => {
    const c = new ProfileContext(modelOf(data(values)), '2024-Q1');
    return learnFromPeers(c, c.profile(0)).weak[0];
  };

  it.each([
    // Top half = ranks 1–4 of 8. The best of the first tier with a candidate wins, not the best overall.
    [[1, 50, 90, 60, 99, 10, 10, 10], '同街同规模', 'street-size'],
    // Same-street same-size unit in the bottom half: the same street, any size.
    [[1, 5, 90, 60, 99, 50, 40, 30], '同街大', 'street'],
    // No same-street unit in the top half: similar size elsewhere.
    [[1, 5, 6, 60, 99, 50, 40, 30], '他街同规模', 'size'],
    // Nothing similar: the best unit anywhere.
    [[1, 5, 6, 7, 99, 50, 40, 30], '他街大', 'any'],
  ])('values %j → %s (%s)', (values, name, tier) => {
    const a = peerOf(values)!;
    expect([a.peerName, a.tier]).toEqual([name, tier]);
  });
});

describe('profileNarrative', () => {
  it('numbers its sentences 一是/二是 and names the peer with both numbers', () => {
    const ds = smallDataset();
    const ctx = new ProfileContext(modelOf(ds), '2024-Q2');
    const p = ctx.profile(ds.units.findIndex((x) => x.name === '丁社区'));
    const s = profileNarrative(p, learnFromPeers(ctx, p), 'zh');
    expect(s).toEqual([
      '2024年第二季度，一是丁社区再就业人数相对落后，为约30人，位列全区第4位（共4个），全区中位数为60人。',
      '二是再就业人数排名下降最多，下降1位至第4位，需重点关注。',
      '三是建议在再就业人数方面向丙社区学习，取长补短（丙社区为60人，丁社区为约30人）。',
    ]);
    expect(profileNarrative(p, learnFromPeers(ctx, p), 'en')[0]).toMatch(/^2024 Q2\. First, 丁社区 lags on Re-employed: about 30 people, No\. 4 of 4/);
  });

  it('a single point is said without 一是 (First,): a list of one is no list', () => {
    const ds = makeDataset(['甲社区', '乙社区', '丙社区', '丁社区'], [
      [0, '2024-06', 'reemployed', 40], [1, '2024-06', 'reemployed', 20], [2, '2024-06', 'reemployed', 21], [3, '2024-06', 'reemployed', 22],
    ]);
    const ctx = new ProfileContext(modelOf(ds), '2024-06');
    const p = ctx.profile(0);
    const zh = profileNarrative(p, learnFromPeers(ctx, p), 'zh');
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatch(/^2024年6月，甲社区/);
    const en = profileNarrative(p, learnFromPeers(ctx, p), 'en');
    expect(en[0]).toMatch(/^Jun 2024\. 甲社区 has clear strengths/);
  });
});
