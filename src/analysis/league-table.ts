/**
 * 排行: units ranked on one metric and period, with value change and rank change against a second
 * period (by default the previous period of the same granularity, 环比).
 */
import { QUALIFIERS, type Qualifier } from '../data/dataset/dataset';
import type { Direction, MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { previousKey } from './available-periods';
import { changeQualifier } from './combine-qualifiers';
import { perCapita, type PerBase, type PerCapitaValues } from './per-capita';
import { sharedZeros } from './period-values';
import { maskOrder, placesRestingOnBound, quartileOf, rankChangeOf, rankValues, ranksFromOrder } from './rank-values';
import { requireMetric } from './resolve-metric';
import { rankableMask, scopeMask, unitNameOrder } from './unit-scope';
import { sharedFiniteOrder } from './value-order';
import type { Analysis } from './model/analysis';

export interface LeagueRow {
  /** Index into ds.units. */
  unit: number;
  name: string;
  /** Street/town. */
  parent: string;
  /** In the metric's unit, or per 1,000 residents / 100 households; NaN when there is none. */
  value: number;
  qualifier: Qualifier;
  /** The value does not cover the whole period (see periodValues' partial); such rows are unranked
   * unless every value in scope is partial. */
  partial: boolean;
  /** 1 = best; ties share a rank (1, 2, 2, 4); null = unranked (no value, or partial). */
  rank: number | null;
  /** Value in the comparison period; NaN when none. */
  prevValue: number;
  /** The comparison value covers only part of its period (as `partial` for the value): the change is against it. */
  prevPartial: boolean;
  /** value − prevValue; NaN if either is missing. */
  change: number;
  /** Qualifier of the change (differenceQualifier of the two values'): ＞35 − 35 is 'gt', more than 0. */
  changeQualifier: Qualifier;
  prevRank: number | null;
  /** prevRank − rank: positive = moved up; null unless ranked in both periods. */
  rankChange: number | null;
  /** The unit's place now or then rests on its own ＞/＜ bound (placeRestsOnBound): the rank change may not be real. */
  rankBounded: boolean;
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

/**
 * The league table without its row objects: the units in table order with their ranks now and in
 * the comparison period, for callers that need only a few rows (the narrative's biggest rank moves)
 * and would otherwise pay for 5,617 objects. The arrays are kept in the analysis model: read-only.
 */
export interface LeagueOrder {
  readonly metric: MetricDef;
  readonly previous: PeriodKey;
  /** Units in table order (see LeagueTable.rows). */
  readonly order: Int32Array;
  /** Per unit (ds.units index): rank now and in the comparison period, 0 = unranked. */
  readonly ranks: Int32Array;
  readonly prevRanks: Int32Array;
  readonly rankedCount: number;
  readonly prevRankedCount: number;
  readonly cur: PerCapitaValues;
  readonly prev: PerCapitaValues;
}

/** The ranks of buildLeagueTable(model, q), now and in the comparison period, without the table order. */
export type LeagueRanks = Omit<LeagueOrder, 'order'>;

/** The ranks of buildLeagueTable(model, q) (leagueOrder without sorting the rows). Throws when the metric is not available. */
export function leagueRanks(model: Analysis, q: LeagueQuery): LeagueRanks {
  return rankings(model, q).ranks;
}

/** The order and ranks of buildLeagueTable(model, q). Throws when the metric is not available. */
function leagueOrder(model: Analysis, q: LeagueQuery): LeagueOrder {
  const { ranks, scope } = rankings(model, q);
  const order = model.memo(`table-order|${ranks.metric.direction}|${q.parent ?? ''}|${ranks.cur.key}`,
    () => sortedUnits(model, scope, ranks.ranks, ranks.cur, ranks.metric.direction));
  return { ...ranks, order };
}

function rankings(model: Analysis, q: LeagueQuery): { ranks: LeagueRanks; current: Ranking; scope: Uint8Array } {
  const ds = model.cube;
  const metric = requireMetric(ds, q.metric);
  const per = q.per ?? 'none';
  const previous = q.compare ?? previousKey(q.period);
  const cur = perCapita(model, q.metric, q.period, per);
  const prev = perCapita(model, q.metric, previous, per);
  const scope = scopeMask(model, q.parent);
  const current = ranking(model, scope, q.parent ?? '', cur, metric.direction);
  const before = ranking(model, scope, q.parent ?? '', prev, metric.direction);
  return {
    ranks: { metric, previous, ranks: current.ranks, prevRanks: before.ranks, rankedCount: current.rankedCount, prevRankedCount: before.rankedCount, cur, prev },
    current, scope,
  };
}

/** Builds the league table. Throws when the metric is not available in the dataset. */
export function buildLeagueTable(model: Analysis, q: LeagueQuery): LeagueTable {
  const ds = model.cube;
  const { metric, previous, order, ranks, prevRanks, rankedCount, prevRankedCount, cur, prev } = leagueOrder(model, q);
  const rows: LeagueRow[] = new Array<LeagueRow>(order.length);
  let partialUnranked = 0;
  const { values, qualifiers, partial, noBase } = cur;
  const prevValues = prev.values;
  const prevQualifiers = prev.qualifiers;
  const prevPartial = prev.partial;
  const bounded = placesRestingOnBound(values, qualifiers, ranks);
  const prevBounded = placesRestingOnBound(prevValues, prevQualifiers, prevRanks);
  for (let k = 0; k < order.length; k++) {
    const u = order[k]!;
    const info = ds.units[u]!;
    const value = values[u]!;
    const prevValue = prevValues[u]!;
    const rank = ranks[u]! > 0 ? ranks[u]! : null;
    const prevRank = prevRanks[u]! > 0 ? prevRanks[u]! : null;
    if (rank === null && !Number.isNaN(value)) partialUnranked++;
    const change = value - prevValue;
    const rankChange = rankChangeOf(rank, prevRank, rankedCount, prevRankedCount);
    const changeCode = changeQualifier(change, qualifiers[u]!, prevQualifiers[u]!);
    rows[k] = {
      unit: u,
      name: info.name,
      parent: info.parent,
      value,
      qualifier: QUALIFIERS[qualifiers[u]!] ?? 'missing',
      partial: partial[u] === 1,
      rank,
      prevValue,
      prevPartial: prevPartial[u] === 1 && !Number.isNaN(prevValue),
      change,
      changeQualifier: QUALIFIERS[changeCode] ?? 'missing',
      prevRank,
      rankChange,
      rankBounded: rankChange !== null && (bounded[u] === 1 || prevBounded[u] === 1),
      isNew: rank !== null && prevRank === null,
      quartile: rank === null ? null : quartileOf(rank, rankedCount),
      noBase: noBase[u] === 1,
    };
  }
  return { rows, metric, previous, rankedCount, partialUnranked };
}

/** Ranks of one period's values within a scope, kept in the model (read-only). */
interface Ranking {
  readonly ranks: Int32Array;
  readonly rankedCount: number;
}

/**
 * rankValues(values, direction, rankableMask(scope, pv), qualifiers), kept in the model per values key and scope, so a
 * period's ranks are computed once whether it is the current period or the comparison one. The
 * ranks come from the shared sort of the values (sharedFiniteOrder) with the units the mask
 * leaves out dropped, so no street or partial value costs another sort.
 */
function ranking(model: Analysis, scope: Uint8Array, parent: string, pv: PerCapitaValues, direction: Direction): Ranking {
  return model.memo(`ranking|${direction}|${parent}|${pv.key}`, () => {
    // Every unit in scope and no value partial (the whole city's usual case): every finite value
    // is ranked, so the shared sort is the order as it is.
    const all = parent === '' && pv.partial === sharedZeros(model);
    const order = all ? sharedFiniteOrder(model, pv) : maskOrder(sharedFiniteOrder(model, pv), rankableMask(scope, pv));
    return { ranks: ranksFromOrder(pv.values, direction, order, pv.qualifiers), rankedCount: order.length };
  });
}

/**
 * Units in scope in table order: ranked by rank, then valued-but-unranked by value (best first), then
 * those without a value; ties by Chinese name. Each unit gets a slot (rank, span + rank among the
 * unranked, or 2·span) and a counting sort over the units taken in name order (unitNameOrder)
 * orders 5,617 rows in linear time, ties by name, without comparing strings.
 */
function sortedUnits(
  model: Analysis, scope: Uint8Array, ranks: Int32Array, { values, qualifiers }: PerCapitaValues, direction: Direction,
): Int32Array {
  const { unitAt } = unitNameOrder(model);
  const n = scope.length;
  const unranked = new Uint8Array(n);
  let anyUnranked = false;
  for (let u = 0; u < n; u++) {
    unranked[u] = scope[u] === 1 && ranks[u] === 0 ? 1 : 0;
    if (unranked[u] === 1 && Number.isFinite(values[u]!)) anyUnranked = true;
  }
  const unrankedRanks = anyUnranked ? rankValues(values, direction, unranked, qualifiers) : new Int32Array(n);
  const span = n + 1;
  const slot = new Int32Array(n);
  const start = new Int32Array(2 * span + 2);
  let count = 0;
  for (let u = 0; u < n; u++) {
    if (scope[u] !== 1) continue;
    const s = ranks[u]! > 0 ? ranks[u]! : unrankedRanks[u]! > 0 ? span + unrankedRanks[u]! : 2 * span;
    slot[u] = s;
    start[s + 1]!++;
    count++;
  }
  for (let s = 1; s < start.length; s++) start[s]! += start[s - 1]!;
  const order = new Int32Array(count);
  for (let k = 0; k < n; k++) {
    const u = unitAt[k]!;
    if (scope[u] === 1) order[start[slot[u]!]!++] = u;
  }
  return order;
}
