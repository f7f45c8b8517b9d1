/**
 * 单位画像: one unit on every metric of a period — value, per-capita value, rank among all units and
 * within its street, percentile, change and rank change against the previous period (环比) and the
 * same period last year (同比), and its 连续N期靠后 run. Built from the same functions the 排行 view
 * (leagueRanks), the heatmap (percentile scores) and the 均衡 view (persistentLaggards) use, so the
 * profile never disagrees with them.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { parsePeriodKey, type PeriodKey } from '../data/vocabulary/period';
import { sameLastYearKey } from './available-periods';
import { changeQualifier } from './combine-qualifiers';
import { leagueRanks, type LeagueRanks } from './league-table';
import { isScalable, perCapita, type PerBase } from './per-capita';
import { percentileScoresOfOrder } from './percentile-scores';
import { PERSISTENT_RUN, persistentLaggards } from './persistent-laggards';
import { maskOrder, placeRestsOnBound, quartileOf, rankChangeOf } from './rank-values';
import { availableMetrics } from './resolve-metric';
import { median } from './statistics-basics';
import { rankableMask, scopeMask } from './unit-scope';
import { sharedFiniteOrder } from './value-order';
import type { Analysis } from './model/analysis';

/** The unit against one earlier period. */
export interface ProfileComparison {
  readonly period: PeriodKey;
  /** The unit's value then (same basis as `value`); NaN when none. */
  readonly value: number;
  /** The value then covers only part of its period (as the 排行's prevPartial): the change is against it. False when there is none. */
  readonly partial: boolean;
  /** value now − value then; NaN when either is missing. */
  readonly change: number;
  /** QUALIFIERS code of the change (differenceQualifier of the two values'); missing when there is none. */
  readonly changeQualifier: number;
  /** Rank among all units then; null when unranked. */
  readonly rank: number | null;
  /** rank then − rank now: positive = moved up; null unless ranked in both periods. */
  readonly rankChange: number | null;
  /** The unit's place now or then rests on its own ＞/＜ bound (placeRestsOnBound): the move may not be real. */
  readonly bounded: boolean;
}

/** One metric of the profile. */
export interface ProfileMetric {
  readonly metric: MetricDef;
  /** In the metric's unit, or per capita when the profile's `per` says so; NaN = no value. */
  readonly value: number;
  /** QUALIFIERS code of the value. */
  readonly qualifier: number;
  readonly partial: boolean;
  /** Per 1,000 residents (always, whatever `per`); NaN when not scalable or no base. */
  readonly perThousand: number;
  /** 1 = best among all ranked units; null = unranked. */
  readonly rank: number | null;
  readonly rankedCount: number;
  /** Rank within the unit's street/town; null = unranked (or no street). */
  readonly streetRank: number | null;
  readonly streetCount: number;
  /** Direction-aware percentile among the ranked units, 0..1, 1 = best; NaN when unranked. */
  readonly percentile: number;
  readonly quartile: 1 | 2 | 3 | 4 | null;
  /** Median of the ranked units' values. */
  readonly median: number;
  readonly previous: ProfileComparison;
  readonly lastYear: ProfileComparison;
  /** Consecutive periods in the bottom quartile up to this one when ≥ PERSISTENT_RUN, else 0. */
  readonly laggingRun: number;
}

export interface UnitProfile {
  /** Index into ds.units. */
  readonly unit: number;
  readonly name: string;
  readonly parent: string;
  readonly period: PeriodKey;
  readonly per: PerBase;
  /** Every available metric, in availableMetrics order (metrics without a value for the unit included). */
  readonly metrics: readonly ProfileMetric[];
}

/** Whether a metric has a better and a worse end (neutral ones — residents, 低保户数 — have not). */
export function isJudged(def: MetricDef): boolean {
  return def.direction !== 'neutral';
}

interface MetricFacts {
  readonly def: MetricDef;
  readonly all: LeagueRanks;
  readonly yoy: LeagueRanks;
  readonly percentiles: Float64Array;
  readonly median: number;
  readonly runs: ReadonlyMap<number, number>;
  readonly perThousand: Float64Array;
}

/**
 * Everything the profiles of one period share, computed once per metric: the 排行 ranks overall (环比
 * and 同比), the percentiles, the medians and the 连续N期靠后 lists. Build one, then ask it for any
 * number of units (a batch export asks for every unit). What it computes is kept in the analysis
 * model (key `profile-facts|…`), so a second context for the same period finds it there.
 */
export class ProfileContext {
  readonly model: Analysis;
  readonly period: PeriodKey;
  readonly per: PerBase;
  private readonly defs: readonly MetricDef[];

  constructor(model: Analysis, period: PeriodKey, per: PerBase = 'none') {
    if (!parsePeriodKey(period)) throw new Error(`ProfileContext: not a canonical period key: ${JSON.stringify(period)}`);
    this.model = model;
    this.period = period;
    this.per = per;
    this.defs = availableMetrics(model.cube);
  }

  /** How many metrics a profile has (every available metric). */
  get metricCount(): number {
    return this.defs.length;
  }

  /**
   * Computes what metric `k` needs (ranks, percentiles, runs) now rather than on the first
   * profile: a batch can do it one metric at a time and yield in between.
   */
  prepareMetric(k: number): void {
    this.fact(k);
  }

  private fact(k: number): MetricFacts {
    const { model, period, per } = this;
    const def = this.defs[k];
    if (!def) throw new Error(`ProfileContext: no metric ${k}`);
    return model.memo(`profile-facts|${def.id}|${period}|${per}`, () => this.computeFact(def));
  }

  private computeFact(def: MetricDef): MetricFacts {
    const { model, period, per } = this;
    const granularity = parsePeriodKey(period)!.granularity;
    const all = leagueRanks(model, { metric: def.id, period, per });
    const yoy = leagueRanks(model, { metric: def.id, period, per, compare: sameLastYearKey(period) });
    const order = maskOrder(sharedFiniteOrder(model, all.cur), rankableMask(scopeMask(model), all.cur));
    const percentiles = percentileScoresOfOrder(all.cur.values, def.direction, order);
    const ranked = new Float64Array(all.cur.values.length).fill(NaN);
    for (let i = 0; i < order.length; i++) ranked[order[i]!] = all.cur.values[order[i]!]!;
    const runs = granularity === 'C' ? [] : persistentLaggards(model, def.id, granularity, PERSISTENT_RUN, { upTo: period, per });
    const made: MetricFacts = {
      def, all, yoy, percentiles, median: median(ranked),
      runs: new Map(runs.map((r) => [r.unit, r.run])),
      perThousand: perCapita(model, def.id, period, isScalable(def) ? '1000' : 'none').values,
    };
    return made;
  }

  /** The profile of unit `u` (index into ds.units). Throws on an index out of range. */
  profile(u: number): UnitProfile {
    const info = this.model.cube.units[u];
    if (!info) throw new Error(`ProfileContext.profile: no unit ${u}`);
    const metrics = this.defs.map((_, k): ProfileMetric => {
      const f = this.fact(k);
      const rank = f.all.ranks[u]! > 0 ? f.all.ranks[u]! : null;
      const street = info.parent !== '' ? this.streetRanks(f, info.parent) : undefined;
      const value = f.all.cur.values[u]!;
      return {
        metric: f.def,
        value,
        qualifier: f.all.cur.qualifiers[u]!,
        partial: f.all.cur.partial[u] === 1,
        perThousand: isScalable(f.def) ? f.perThousand[u]! : NaN,
        rank,
        rankedCount: f.all.rankedCount,
        streetRank: street && street.ranks[u]! > 0 ? street.ranks[u]! : null,
        streetCount: street?.rankedCount ?? 0,
        percentile: rank === null ? NaN : f.percentiles[u]!,
        quartile: rank === null ? null : quartileOf(rank, f.all.rankedCount),
        median: f.median,
        previous: comparison(f.all, u, value, f.all.cur.qualifiers[u]!, rank),
        lastYear: comparison(f.yoy, u, value, f.all.cur.qualifiers[u]!, rank),
        laggingRun: f.runs.get(u) ?? 0,
      };
    });
    return { unit: u, name: info.name, parent: info.parent, period: this.period, per: this.per, metrics };
  }

  /** The per-metric ranks overall (for peers and charts that need other units' numbers). */
  ranksOf(metricId: string): LeagueRanks | undefined {
    const k = this.defs.findIndex((d) => d.id === metricId);
    return k >= 0 ? this.fact(k).all : undefined;
  }

  private streetRanks(f: MetricFacts, parent: string): LeagueRanks {
    return leagueRanks(this.model, { metric: f.def.id, period: this.period, per: this.per, parent });
  }
}

function comparison(r: LeagueRanks, u: number, value: number, qualifier: number, rank: number | null): ProfileComparison {
  const then = r.prev.values[u]!;
  const prevRank = r.prevRanks[u]! > 0 ? r.prevRanks[u]! : null;
  const change = value - then;
  return {
    period: r.previous,
    value: then,
    partial: r.prev.partial[u] === 1 && !Number.isNaN(then),
    change,
    changeQualifier: changeQualifier(change, qualifier, r.prev.qualifiers[u]!),
    rank: prevRank,
    rankChange: rankChangeOf(rank, prevRank, r.rankedCount, r.prevRankedCount),
    bounded: rank !== null && prevRank !== null
      && (placeRestsOnBound(r.cur.values, r.cur.qualifiers, r.ranks, u) || placeRestsOnBound(r.prev.values, r.prev.qualifiers, r.prevRanks, u)),
  };
}

/** The profile of one unit (a ProfileContext used once). */
export function buildUnitProfile(model: Analysis, unit: number, period: PeriodKey, per: PerBase = 'none'): UnitProfile {
  return new ProfileContext(model, period, per).profile(unit);
}

/**
 * The judged metrics where the unit is ranked, weakest first (lowest percentile; ties by rank
 * position from the bottom, then catalogue order).
 */
export function weakestMetrics(p: UnitProfile): ProfileMetric[] {
  return p.metrics
    .filter((m) => isJudged(m.metric) && m.rank !== null)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.percentile - b.m.percentile || a.i - b.i)
    .map(({ m }) => m);
}
