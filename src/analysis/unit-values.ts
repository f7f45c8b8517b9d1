/**
 * One value per unit for a metric and period, optionally per capita and restricted to one
 * street/town: the common input of the imbalance, composite and heatmap statistics.
 */
import type { Analysis } from './model/analysis';
import type { PeriodKey } from '../data/vocabulary/period';
import { perCapita, type PerBase } from './per-capita';
import { periodValues } from './period-values';

export interface UnitValueOptions {
  /** Street/town (UnitInfo.parent); units elsewhere get NaN. '' or undefined for all. */
  readonly parent?: string;
  readonly per?: PerBase;
}

export interface UnitValues {
  /** Per unit (index = unit index); NaN = missing, outside the parent filter, or no per-capita base. */
  readonly values: Float64Array;
  /** Qualifier code per unit (QUALIFIERS index). */
  readonly qualifiers: Uint8Array;
  /** 1 when the unit's value covers only part of the period (months missing). */
  readonly partial: Uint8Array;
}

/**
 * Values kept in the analysis model, named by their memo key (`values|…`, `per|…`, `scoped|…`):
 * what is derived from them (their sort, median, ranks) is kept under a key made from it.
 */
export interface KeyedValues extends UnitValues {
  readonly key: string;
}

/** Values per unit; a fresh copy, safe to mutate. */
export function unitValues(a: Analysis, metricId: string, period: PeriodKey, opts: UnitValueOptions = {}): UnitValues {
  const ds = a.cube;
  const per = opts.per ?? 'none';
  const src = per === 'none' ? periodValues(a, metricId, period) : perCapita(a, metricId, period, per);
  const values = Float64Array.from(src.values);
  const qualifiers = Uint8Array.from(src.qualifiers);
  const partial = Uint8Array.from(src.partial);
  const parent = opts.parent ?? '';
  if (parent !== '') {
    for (let u = 0; u < values.length; u++) {
      if (ds.units[u]!.parent !== parent) { values[u] = NaN; partial[u] = 0; }
    }
  }
  return { values, qualifiers, partial };
}

/** Number of finite values. */
export function countFinite(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) n++;
  return n;
}

/** True when any unit that has a value is only partly covered (the period is still open). */
export function anyPartial(v: UnitValues): boolean {
  // The arrays read once: values of several shapes reach here, and a property read per unit would
  // not be hoisted out of the loop.
  const { values, partial } = v;
  for (let u = 0; u < values.length; u++) if (partial[u] === 1 && Number.isFinite(values[u]!)) return true;
  return false;
}
