/**
 * 排行: units ranked on one metric and period, with value change and rank change against a second
 * period (by default the previous period of the same granularity, 环比).
 */
import { QUALIFIERS, type Dataset, type Qualifier } from '../data/dataset';
import type { Direction, MetricDef } from '../data/metric-catalog';
import type { PeriodKey } from '../data/period';
import { previousKey } from './available-periods';
import { perCapita, type PerBase } from './per-capita';
import { quartileOf, rankValues } from './rank-values';
import { requireMetric } from './resolve-metric';
import { rankableMask, scopeMask, unitNameOrder } from './unit-scope';

export interface LeagueRow {
  /** Index into ds.units. */
  unit: number;
  name: string;
  /** Street/town. */
  parent: string;
  /** In the metric's unit, or per 1,000 residents / 100 households; NaN when there is none. */
  value: number;
  qualifier: Qualifier;
  /** The value does not cover the whole period (see PeriodValues.partial); such rows are unranked
   * unless every value in scope is partial. */
  partial: boolean;
  /** 1 = best; ties share a rank (1, 2, 2, 4); null = unranked (no value, or partial). */
  rank: number | null;
  /** Value in the comparison period; NaN when none. */
  prevValue: number;
  /** value − prevValue; NaN if either is missing. */
  change: number;
  prevRank: number | null;
  /** prevRank − rank: positive = moved up; null unless ranked in both periods. */
  rankChange: number | null;
  /** Ranked now, not ranked in the comparison period (新). */
  isNew: boolean;
  /** 1 = top quarter of the ranked units. */
  quartile: 1 | 2 | 3 | 4 | null;
  /** The per-capita base is unknown for this unit (value NaN for that reason). */
  noBase: boolean;
}

export interface LeagueQuery {
  metric: string;
  period: PeriodKey;
  /** Rank only the units of this street/town. */
  parent?: string;
  per?: PerBase;
  /** Comparison period; default: the previous period of the same granularity. */
  compare?: PeriodKey;
}

export interface LeagueTable {
  /** Ranked rows by rank (ties by name), then unranked rows with a value, then rows without one. */
  rows: LeagueRow[];
  metric: MetricDef;
  /** The comparison period actually used. */
  previous: PeriodKey;
  /** Units with a rank. */
  rankedCount: number;
  /** Units with a partial value left unranked because complete values exist. */
  partialUnranked?: number;
}

/** Builds the league table. Throws when the metric is not available in the dataset. */
export function buildLeagueTable(ds: Dataset, q: LeagueQuery): LeagueTable {
  const metric = requireMetric(ds, q.metric);
  const per = q.per ?? 'none';
  const previous = q.compare ?? previousKey(q.period);
  const cur = perCapita(ds, q.metric, q.period, per);
  const prev = perCapita(ds, q.metric, previous, per);
  const scope = scopeMask(ds, q.parent);
  const rankMask = rankableMask(scope, cur);
  const ranks = rankValues(cur.values, metric.direction, rankMask);
  const prevRanks = rankValues(prev.values, metric.direction, rankableMask(scope, prev));
  let rankedCount = 0;
  for (let u = 0; u < ranks.length; u++) if (ranks[u]! > 0) rankedCount++;
  const order = sortedUnits(ds, scope, ranks, cur.values, metric.direction);
  const rows: LeagueRow[] = new Array<LeagueRow>(order.length);
  let partialUnranked = 0;
  for (let k = 0; k < order.length; k++) {
    const u = order[k]!;
    const info = ds.units[u]!;
    const value = cur.values[u]!;
    const prevValue = prev.values[u]!;
    const rank = ranks[u]! > 0 ? ranks[u]! : null;
    const prevRank = prevRanks[u]! > 0 ? prevRanks[u]! : null;
    if (rank === null && !Number.isNaN(value)) partialUnranked++;
    rows[k] = {
      unit: u,
      name: info.name,
      parent: info.parent,
      value,
      qualifier: QUALIFIERS[cur.qualifiers[u]!] ?? 'missing',
      partial: cur.partial[u] === 1,
      rank,
      prevValue,
      change: value - prevValue,
      prevRank,
      rankChange: rank !== null && prevRank !== null ? prevRank - rank : null,
      isNew: rank !== null && prevRank === null,
      quartile: rank === null ? null : quartileOf(rank, rankedCount),
      noBase: cur.noBase[u] === 1,
    };
  }
  return { rows, metric, previous, rankedCount, partialUnranked };
}

/**
 * Units in scope in table order: ranked by rank, then valued-but-unranked by value (best first), then
 * those without a value; ties by Chinese name. Each unit gets a distinct integer key
 * (group, rank within group, name position) so one native numeric sort orders 5,617 rows.
 */
function sortedUnits(
  ds: Dataset, scope: Uint8Array, ranks: Int32Array, values: Float64Array, direction: Direction,
): Int32Array {
  const { position, unitAt } = unitNameOrder(ds);
  const n = scope.length;
  const unranked = new Uint8Array(n);
  for (let u = 0; u < n; u++) unranked[u] = scope[u] === 1 && ranks[u] === 0 ? 1 : 0;
  const unrankedRanks = rankValues(values, direction, unranked);
  const span = n + 1;
  const keys: number[] = [];
  for (let u = 0; u < n; u++) {
    if (scope[u] !== 1) continue;
    let slot: number;
    if (ranks[u]! > 0) slot = ranks[u]!;
    else if (unrankedRanks[u]! > 0) slot = span + unrankedRanks[u]!;
    else slot = 2 * span;
    keys.push(slot * n + position[u]!);
  }
  const sorted = Float64Array.from(keys).sort();
  return Int32Array.from(sorted, (key) => unitAt[key % n]!);
}
