/**
 * 取长补短: for each metric where a unit is in the bottom quartile, the best-performing comparable
 * unit to learn from. Comparable means, in this order of preference: same street/town and similar
 * size (常住人口 within a factor of two), same street/town, similar size anywhere, then any unit.
 * The peer must rank in the top half, so the advice points to a unit that really does well.
 */
import { periodValues } from './period-values';
import { isJudged, type ProfileContext, type ProfileMetric, type UnitProfile } from './unit-profile';
import type { Analysis } from './model/analysis';

/** How the peer was chosen (the first tier that has a candidate). */
export type PeerTier = 'street-size' | 'street' | 'size' | 'any';

/** Sizes within this factor of each other count as similar (1,000 and 2,000 residents: yes). */
export const SIZE_FACTOR = 2;

export interface PeerAdvice {
  readonly metric: ProfileMetric;
  /** Index into ds.units; -1 when no unit in the top half qualifies. */
  readonly peer: number;
  readonly peerName: string;
  readonly peerParent: string;
  /** The peer's value on the same basis as metric.value. */
  readonly peerValue: number;
  readonly peerQualifier: number;
  readonly peerRank: number;
  readonly tier: PeerTier | null;
}

export interface LearnFromPeers {
  /** Bottom-quartile metrics with their peer, weakest first. */
  readonly weak: readonly PeerAdvice[];
  /** Top-quartile metrics (strengths), strongest first. */
  readonly strong: readonly ProfileMetric[];
}

/** Whether two resident counts are within SIZE_FACTOR of each other (false when either is unknown). */
export function similarSize(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= SIZE_FACTOR;
}

/** The strengths and, for each weakness, its peer. */
export function learnFromPeers(ctx: ProfileContext, profile: UnitProfile): LearnFromPeers {
  const judged = profile.metrics.filter((m) => isJudged(m.metric) && m.rank !== null);
  const strong = judged.filter((m) => m.quartile === 1).sort((a, b) => b.percentile - a.percentile);
  const weak = judged.filter((m) => m.quartile === 4).sort((a, b) => a.percentile - b.percentile)
    .map((m) => findPeer(ctx, profile, m));
  return { weak, strong };
}

function findPeer(ctx: ProfileContext, profile: UnitProfile, m: ProfileMetric): PeerAdvice {
  const { model } = ctx;
  const ds = model.cube;
  const ranks = ctx.ranksOf(m.metric.id);
  const none: PeerAdvice = { metric: m, peer: -1, peerName: '', peerParent: '', peerValue: NaN, peerQualifier: 0, peerRank: 0, tier: null };
  if (!ranks) return none;
  const residents = residentsOf(model, ctx.period);
  const own = residents[profile.unit] ?? NaN;
  const best: number[] = [-1, -1, -1, -1];
  for (let u = 0; u < ranks.ranks.length; u++) {
    const r = ranks.ranks[u]!;
    if (u === profile.unit || r === 0 || 2 * (r - 1) >= ranks.rankedCount) continue;
    const street = profile.parent !== '' && ds.units[u]!.parent === profile.parent;
    const size = similarSize(own, residents[u]!);
    const tiers = [street && size, street, size, true];
    for (let t = 0; t < 4; t++) {
      if (tiers[t] && (best[t] === -1 || r < ranks.ranks[best[t]!]!)) best[t] = u;
    }
  }
  const t = best.findIndex((u) => u >= 0);
  if (t < 0) return none;
  const u = best[t]!;
  const info = ds.units[u]!;
  return {
    metric: m, peer: u, peerName: info.name, peerParent: info.parent,
    peerValue: ranks.cur.values[u]!, peerQualifier: ranks.cur.qualifiers[u]!, peerRank: ranks.ranks[u]!,
    tier: (['street-size', 'street', 'size', 'any'] as const)[t]!,
  };
}

function residentsOf(model: Analysis, period: string): Float64Array {
  return periodValues(model, 'residents', period).values;
}
