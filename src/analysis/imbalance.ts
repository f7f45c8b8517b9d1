/**
 * The imbalance of one metric in one period across units: spread statistics, the Theil split
 * between and within streets, laggards and robust outliers. And the same for every metric.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { comparableValues } from './comparable-values';
import { DEFAULT_LAGGARD_SHARE, IMB, imbalanceNumbers } from './imbalance-numbers';
import { countLaggards, laggardsOfOrder, madOutliersOfSorted } from './laggards';
import { availableMetrics, requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { partialMeaning, type PartialMeaning } from './partial-meaning';
import { partialMeaningOfValues } from './per-capita-partial';
import { sortedFromSharedOrder } from './statistics-basics';
import type { TheilDecomposition } from './theil-index';
import type { PerBase } from './per-capita';
import type { KeyedValues } from './unit-values';
import { sharedFiniteOrder } from './value-order';
import type { Analysis } from './model/analysis';

export interface UnitRef {
  /** Unit index in ds.units. */
  readonly unit: number;
  readonly name: string;
  /** Street/town. */
  readonly parent: string;
  readonly value: number;
  /** Qualifier code of the value (QUALIFIERS index), for 约/以上 in text. */
  readonly qualifier: number;
}

export interface LaggardRow extends UnitRef {
  /** value / median (0.31 = 仅为中位数的31%). */
  readonly shareOfMedian: number;
}

export interface OutlierRow extends UnitRef {
  /** Robust z-score (0.6745 (x − median) / MAD). */
  readonly z: number;
  readonly side: 'high' | 'low';
}

export interface MetricImbalance {
  readonly metric: MetricDef;
  readonly period: PeriodKey;
  /** Units with a value. */
  readonly n: number;
  /** Population SD / mean. */
  readonly cv: number;
  /** 0..1. */
  readonly gini: number;
  /** Highest / lowest; Infinity when the lowest is 0. */
  readonly maxMin: number;
  readonly p90p10: number;
  /** Theil T split by street/town (parent); between and within NaN when a unit with a value has no street. */
  readonly theil: TheilDecomposition;
  /** Number of distinct streets among units with a value (between/within only means something with ≥ 2). */
  readonly groups: number;
  /** The unit with the highest and the lowest value (first in unit order on ties); undefined without values. */
  readonly highest?: UnitRef;
  readonly lowest?: UnitRef;
  /** How many units lag behind (= laggards.length, without building the list). */
  readonly laggardCount: number;
  /** Furthest behind first. Built on first read (a whole city can have a thousand), then kept. */
  readonly laggards: readonly LaggardRow[];
  /** Largest |z| first. Built on first read, then kept. */
  readonly outliers: readonly OutlierRow[];
  readonly median: number;
  readonly mean: number;
  /**
   * Some units' values cover only part of the period. While complete values exist, those units are
   * left out of every number and list here (partialLeftOut of them); else all are compared among themselves.
   */
  readonly partial: boolean;
  /** Units with a partial value left out of the comparison because complete values exist. */
  readonly partialLeftOut: number;
  /**
   * What its partial values lack (partialMeaningOfValues): per capita, a count short of months is
   * `low`, a full count over a base from before the period end `earlier`. Meaningless when not partial.
   */
  readonly partialMeaning: PartialMeaning;
  /** A count whose median (absolute, not per capita) is under SPARSE_MEDIAN (imbalance-numbers.ts): chance alone makes its spread large. */
  readonly sparse: boolean;
  /** True when the metric takes part in "most unequal" rankings: not a base/neutral context metric, not sparse. */
  readonly ranked: boolean;
}

export interface ImbalanceOptions {
  readonly parent?: string;
  readonly per?: PerBase;
  /** Laggard threshold as a share of the median, 0..1 (default 0.5). */
  readonly laggardShare?: number;
}

/**
 * Base and neutral context metrics (常住人口, 户数, 低保户数) are not "work" whose unevenness is a
 * shortcoming: population differs because communities differ. Custom metrics stay ranked.
 */
export function isRankedForImbalance(def: MetricDef): boolean {
  return def.family !== 'base' && !(def.direction === 'neutral' && def.family !== 'custom');
}

/**
 * The imbalance of one metric in one period. Its numbers (imbalanceNumbers: one shared sort of the
 * values serves the median, quantiles, Gini, laggards and outliers) are pinned in the model for
 * every metric × period once the import worker's roll-ups are in, else computed here. Results are
 * kept in the model (the narrative and the 均衡 view ask for the same ones); treat them as read-only.
 */
export function imbalanceForMetric(model: Analysis, metric: string, period: PeriodKey, opts: ImbalanceOptions = {}): MetricImbalance {
  const ds = model.cube;
  const def = requireMetric(ds, metric);
  const v = comparableValues(model, scopedValues(model, metric, period, opts));
  // The values' key stands for (metric, period, street, per-capita base).
  // Its own size: the fields and two unit refs; the metric, the values and the lists built on first read are not counted.
  return model.memo(`imbalance|${v.key}|${opts.laggardShare ?? DEFAULT_LAGGARD_SHARE}`, () => compute(model, def, period, v, opts), () => IMBALANCE_BYTES);
}

/** What a MetricImbalance holds of its own, bytes (about 25 fields and three small objects). */
const IMBALANCE_BYTES = 512;

function compute(model: Analysis, def: MetricDef, period: PeriodKey, v: KeyedValues, opts: ImbalanceOptions): MetricImbalance {
  const units = model.cube.units;
  const { values, qualifiers } = v;
  const x = imbalanceNumbers(model, def, period, opts);
  const ref = (u: number): UnitRef => ({
    unit: u, name: units[u]!.name, parent: units[u]!.parent, value: values[u]!, qualifier: qualifiers[u]!,
  });
  const share = opts.laggardShare ?? DEFAULT_LAGGARD_SHARE;
  const med = x[IMB.median]!;
  const sparse = x[IMB.sparse] === 1;
  let laggards: readonly LaggardRow[] | undefined;
  let outliers: readonly OutlierRow[] | undefined;
  let meaning: PartialMeaning | undefined;
  return {
    metric: def,
    period,
    n: x[IMB.n]!,
    cv: x[IMB.cv]!,
    gini: x[IMB.gini]!,
    maxMin: x[IMB.maxMin]!,
    p90p10: x[IMB.p90p10]!,
    theil: { total: x[IMB.theilTotal]!, between: x[IMB.theilBetween]!, within: x[IMB.theilWithin]! },
    groups: x[IMB.groups]!,
    highest: x[IMB.highest]! >= 0 ? ref(x[IMB.highest]!) : undefined,
    lowest: x[IMB.lowest]! >= 0 ? ref(x[IMB.lowest]!) : undefined,
    laggardCount: share === DEFAULT_LAGGARD_SHARE
      ? x[IMB.laggardCount]!
      : countLaggards(values, sharedFiniteOrder(model, v), def.direction, share, med),
    // The lists are built when first read: the 均衡 overview of every metric needs only the count.
    get laggards(): readonly LaggardRow[] {
      laggards ??= laggardRows(model, def, v, share, med, Infinity);
      return laggards;
    },
    get outliers(): readonly OutlierRow[] {
      outliers ??= madOutliersOfSorted(values, sortedFromSharedOrder(model, v)).map((o) => {
        const u = o.index;
        return {
          unit: u, name: units[u]!.name, parent: units[u]!.parent, value: values[u]!, qualifier: qualifiers[u]!,
          z: o.z, side: o.side,
        };
      });
      return outliers;
    },
    median: med,
    mean: x[IMB.mean]!,
    partial: x[IMB.partial] === 1,
    partialLeftOut: x[IMB.partialLeftOut]!,
    // Read only where something is partial: the 均衡 overview of every metric rarely needs it.
    get partialMeaning(): PartialMeaning {
      meaning ??= x[IMB.partial] === 1
        ? partialMeaningOfValues(model, def, period, opts.per ?? 'none', scopedValues(model, def.id, period, opts))
        : partialMeaning(def, opts.per);
      return meaning;
    },
    sparse,
    ranked: isRankedForImbalance(def) && !sparse,
  };
}

/** The first `first` laggards of `v` (all with Infinity), furthest behind first, from the shared sort. */
function laggardRows(model: Analysis, def: MetricDef, v: KeyedValues, share: number, med: number, first: number): LaggardRow[] {
  const units = model.cube.units;
  const { values, qualifiers } = v;
  return laggardsOfOrder(values, sharedFiniteOrder(model, v), def.direction, share, med, first).map((l) => {
    const u = l.index;
    return {
      unit: u, name: units[u]!.name, parent: units[u]!.parent, value: values[u]!, qualifier: qualifiers[u]!,
      shareOfMedian: l.shareOfMedian,
    };
  });
}

/**
 * `imbalanceForMetric(model, metric, period, opts).laggards.slice(0, first)`, without building the
 * whole list when it is not built yet (the narrative names three of a city's thousand).
 */
export function firstLaggards(model: Analysis, metric: string, period: PeriodKey, first: number, opts: ImbalanceOptions = {}): readonly LaggardRow[] {
  const m = imbalanceForMetric(model, metric, period, opts);
  return laggardRows(model, m.metric, comparableValues(model, scopedValues(model, metric, period, opts)), opts.laggardShare ?? DEFAULT_LAGGARD_SHARE, m.median, first);
}

/**
 * Every metric with values for at least 2 units in the period: ranked metrics first, most unequal
 * (highest CV) first; then the context metrics (ranked = false), also by CV. NaN CVs sort last.
 * Kept in the model (the 均衡 view and its narrative ask for the same list); read-only.
 */
export function imbalanceOverview(model: Analysis, period: PeriodKey, opts: ImbalanceOptions = {}): readonly MetricImbalance[] {
  const key = `overview|${period}|${opts.parent ?? ''}|${opts.per ?? 'none'}|${opts.laggardShare ?? DEFAULT_LAGGARD_SHARE}`;
  return model.memo(key, () => {
    const out: MetricImbalance[] = [];
    for (const def of availableMetrics(model.cube)) {
      const m = imbalanceForMetric(model, def.id, period, opts);
      if (m.n >= 2) out.push(m);
    }
    const cvKey = (x: number) => (Number.isNaN(x) ? -Infinity : x);
    return out.sort((a, b) => Number(b.ranked) - Number(a.ranked) || cvKey(b.cv) - cvKey(a.cv) || a.metric.id.localeCompare(b.metric.id));
  }, (rows) => 64 + 16 * rows.length);
}
