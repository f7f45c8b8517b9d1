/**
 * Streets/towns ranked as groups. A street's value is computed from its communities' data the way the
 * street's own statistics would be: flows and stocks are summed, ratios are Σnumerator ÷ Σdenominator,
 * per-capita values are Σmetric ÷ Σbase. Never the mean of community values or ranks, which would
 * weight a 900-person village like a 9,000-person community.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { previousKey } from './available-periods';
import { combineQualifiers, differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import { isScalable, perBaseOf, type PerBase } from './per-capita';
import { periodValues } from './period-values';
import { placesRestingOnBound, rankChangeOf, rankValues } from './rank-values';
import { ratioParts, requireMetric } from './resolve-metric';
import type { LeagueQuery } from './league-table';
import { rankableMask, scopeMask, ZH_COLLATOR } from './unit-scope';
import type { Analysis } from './model/analysis';

export interface StreetRow {
  /** Street/town name ('' for units without one: listed with their sum, never ranked). */
  parent: string;
  /** Aggregated value (metric unit, percent for ratios, or per 1,000 residents / 100 households). */
  value: number;
  /** Qualifier code of the value: its communities' combined (a sum with a 3500余 in it is more than it). */
  qualifier: number;
  /** Units of this street in scope. */
  units: number;
  rank: number | null;
  prevRank: number | null;
  /** prevRank − rank: positive = moved up. */
  rankChange: number | null;
  /** The street's place now or then rests on its own ＞/＜ bound (placeRestsOnBound): the rank change may not be real. */
  rankBounded: boolean;
  /** Units that contributed to the value (had the metric, and the base/denominator where needed). */
  reporting?: number;
  /** Some contributing unit's value is partial for the period. */
  partial?: boolean;
  /** Aggregated value in the comparison period. */
  prevValue?: number;
  /** The comparison value sums some community's partial value (as `partial` for the value): a change against it is against an incomplete sum. */
  prevPartial: boolean;
}

interface StreetAgg {
  readonly value: number;
  readonly qualifier: number;
  readonly reporting: number;
  readonly partial: boolean;
}

/** Builds the street/town league; `q.parent` restricts it to that one street. */
export function buildStreetLeague(model: Analysis, q: LeagueQuery): { rows: StreetRow[]; previous: PeriodKey } {
  const ds = model.cube;
  const metric = requireMetric(ds, q.metric);
  const per = q.per ?? 'none';
  const previous = q.compare ?? previousKey(q.period);
  const scope = scopeMask(model, q.parent);
  const names: string[] = [];
  const streetOf = new Int32Array(ds.units.length).fill(-1);
  const index = new Map<string, number>();
  const size: number[] = [];
  for (let u = 0; u < ds.units.length; u++) {
    if (scope[u] !== 1) continue;
    const parent = ds.units[u]!.parent;
    let s = index.get(parent);
    if (s === undefined) {
      s = names.length;
      index.set(parent, s);
      names.push(parent);
      size.push(0);
    }
    streetOf[u] = s;
    size[s]!++;
  }
  const cur = aggregate(model, metric, q.period, per, streetOf, names.length);
  const prev = aggregate(model, metric, previous, per, streetOf, names.length);
  const ranks = streetRanks(cur, metric, names);
  const prevRanks = streetRanks(prev, metric, names);
  const ranked = (r: Int32Array): number => r.reduce((n, x) => (x > 0 ? n + 1 : n), 0);
  const [rankedNow, rankedBefore] = [ranked(ranks), ranked(prevRanks)];
  const bounded = placesRestingOnBound(Float64Array.from(cur, (a) => a.value), Uint8Array.from(cur, (a) => a.qualifier), ranks);
  const prevBounded = placesRestingOnBound(Float64Array.from(prev, (a) => a.value), Uint8Array.from(prev, (a) => a.qualifier), prevRanks);
  const rows: StreetRow[] = names.map((parent, s) => {
    const rank = ranks[s]! > 0 ? ranks[s]! : null;
    const prevRank = prevRanks[s]! > 0 ? prevRanks[s]! : null;
    const rankChange = rankChangeOf(rank, prevRank, rankedNow, rankedBefore);
    return {
      parent, value: cur[s]!.value, qualifier: cur[s]!.qualifier, units: size[s]!, rank, prevRank,
      rankChange, rankBounded: rankChange !== null && (bounded[s] === 1 || prevBounded[s] === 1),
      reporting: cur[s]!.reporting, partial: cur[s]!.partial, prevValue: prev[s]!.value,
      prevPartial: prev[s]!.partial && !Number.isNaN(prev[s]!.value),
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || ZH_COLLATOR.compare(a.parent, b.parent));
  return { rows, previous };
}

/**
 * Ranks of the streets' values. A street with a community's partial value sums less than its
 * months would: it is not ranked against complete streets (rankableMask, as the communities are).
 * The units without a street (`names` '') are summed and listed, but they are no street: not ranked.
 */
function streetRanks(aggs: readonly StreetAgg[], metric: MetricDef, names: readonly string[]): Int32Array {
  const values = Float64Array.from(aggs, (a) => a.value);
  const partial = Uint8Array.from(aggs, (a) => (a.partial ? 1 : 0));
  const qualifiers = Uint8Array.from(aggs, (a) => a.qualifier);
  const streets = Uint8Array.from(names, (n) => (n === '' ? 0 : 1));
  return rankValues(values, metric.direction, rankableMask(streets, { values, partial }), qualifiers);
}

/** Σtop ÷ Σbottom × scale per street over units having both (bottom absent: plain Σtop). */
function aggregate(
  model: Analysis, metric: MetricDef, period: PeriodKey, per: PerBase, streetOf: Int32Array, streets: number,
): StreetAgg[] {
  let topId = metric.id;
  let bottomId: string | undefined;
  let scale = 1;
  if (metric.kind === 'ratio') {
    const parts = ratioParts(metric);
    if (!parts) {
      // A ratio given without its parts cannot be aggregated honestly.
      return Array.from({ length: streets }, () => ({ value: NaN, qualifier: MISSING_CODE, reporting: 0, partial: false }));
    }
    topId = parts.numerator;
    bottomId = parts.denominator;
    scale = 100;
  } else {
    const base = perBaseOf(per);
    if (base && isScalable(metric)) {
      bottomId = base.metric;
      scale = base.scale;
    }
  }
  const top = periodValues(model, topId, period);
  const bottom = bottomId !== undefined ? periodValues(model, bottomId, period) : undefined;
  const sumTop = new Float64Array(streets);
  const sumBottom = new Float64Array(streets);
  const reporting = new Int32Array(streets);
  const partial = new Uint8Array(streets);
  const topQ = new Uint8Array(streets);
  const bottomQ = new Uint8Array(streets);
  for (let u = 0; u < streetOf.length; u++) {
    const s = streetOf[u]!;
    if (s < 0) continue;
    const t = top.values[u]!;
    if (Number.isNaN(t)) continue;
    if (bottom) {
      const b = bottom.values[u]!;
      if (Number.isNaN(b)) continue;
      sumBottom[s]! += b;
      bottomQ[s] = combineQualifiers(bottomQ[s]!, bottom.qualifiers[u]!);
      partial[s]! |= bottom.partial[u]!;
    }
    sumTop[s]! += t;
    topQ[s] = combineQualifiers(topQ[s]!, top.qualifiers[u]!);
    partial[s]! |= top.partial[u]!;
    reporting[s]!++;
  }
  return Array.from({ length: streets }, (_, s) => {
    const n = reporting[s]!;
    let value = NaN;
    if (n > 0) value = bottom ? (sumBottom[s]! > 0 ? (sumTop[s]! / sumBottom[s]!) * scale : NaN) : sumTop[s]!;
    // Σtop ÷ Σbottom: a 'more than' base makes the quotient 'less than' (differenceQualifier).
    const qualifier = Number.isNaN(value) ? MISSING_CODE : bottom ? differenceQualifier(topQ[s]!, bottomQ[s]!) : topQ[s]!;
    return { value, qualifier, reporting: n, partial: partial[s] === 1 };
  });
}
