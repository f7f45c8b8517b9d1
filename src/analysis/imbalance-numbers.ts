/**
 * The numbers of one metric's imbalance in one period (what the spread table, the spread trend and
 * the narrative read: n, CV, Gini, ratios, Theil split, extremes, median, laggard count; and where
 * the bottom quartile of 连续N期靠后 begins), as one small Float64Array. Small enough to keep for every metric × period: the import worker computes
 * them after its roll-ups (rollUpCube) and the model pins them, so a period switch of the 均衡 view
 * reads them instead of sorting every metric; values the worker did not cover (a street, per capita)
 * are computed here on demand, by the same function.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { comparableValues } from './comparable-values';
import { countLaggards } from './laggards';
import type { Analysis } from './model/analysis';
import { sharedZeros } from './period-values';
import type { PerBase } from './per-capita';
import { CUT_KINDS, quartileCutOfOrder } from './quartile-cut';
import { scopedValues } from './scoped-values';
import { giniOfSorted, maxMinOfSorted, meanAndVariation, p90p10OfSorted } from './spread-statistics';
import { quantile, sharedMedian } from './statistics-basics';
import { theilAndGroups } from './theil-index';
import { streetIds } from './unit-scope';
import { anyPartial, type KeyedValues } from './unit-values';
import { finiteSpan, firstOfTieGroup, gatherValues, sharedFiniteOrder, SPAN_FIELDS, type FiniteSpan } from './value-order';

/** The laggard threshold (share of the median) the numbers count laggards at: the views' default. */
export const DEFAULT_LAGGARD_SHARE = 0.5;

/**
 * Counts with a median under 5 (0, 1, 2 笔 per community) are left out of "most unequal" rankings:
 * for Poisson-like counts with mean μ the CV is about 1/√μ from chance alone (≥ 0.45 below 5),
 * so such a metric would top every ranking without any real imbalance. Ratios are never sparse.
 */
export const SPARSE_MEDIAN = 5;

/** Positions in an ImbalanceNumbers array. */
export const IMB = {
  /** Units with a value. */
  n: 0,
  cv: 1,
  gini: 2,
  maxMin: 3,
  p90p10: 4,
  theilTotal: 5,
  theilBetween: 6,
  theilWithin: 7,
  /** Distinct streets among the units with a value. */
  groups: 8,
  /** Unit index of the highest and the lowest value (first in unit order on ties), −1 without values. */
  highest: 9,
  lowest: 10,
  /** Laggards at DEFAULT_LAGGARD_SHARE. */
  laggardCount: 11,
  median: 12,
  mean: 13,
  /** 1 when some unit's value covers only part of the period. */
  partial: 14,
  /** Units whose partial value was left out of every number here, complete values being there (comparableValues). */
  partialLeftOut: 15,
  /** 1 when the metric is a sparse count (see SPARSE_MEDIAN). */
  sparse: 16,
  /** The bottom quartile's cut for the metric's direction (quartileCutOfOrder): its kind's index in CUT_KINDS, and t. */
  cutKind: 17,
  cutT: 18,
  /** Where the values' FiniteSpan (finiteSpan) starts: its SPAN_FIELDS numbers, read by finiteSpanOf. */
  span: 19,
} as const;

/** Length of an ImbalanceNumbers array. */
export const IMBALANCE_FIELDS = IMB.span + SPAN_FIELDS;

/**
 * Names the layout of ImbalanceNumbers (the IMB positions): numbers packed under another layout
 * (saved by an older build) are not read.
 */
export const IMBALANCE_LAYOUT = Object.keys(IMB).join(',');

/** See the module comment; read with the IMB positions. */
export type ImbalanceNumbers = Float64Array;

/** The memo key of the numbers of the values named `valuesKey`: the worker's numbers are pinned under it. */
export function imbalanceNumbersKey(valuesKey: string): string {
  return `imbalance-numbers|${valuesKey}`;
}

export interface ImbalanceScope {
  readonly parent?: string;
  readonly per?: PerBase;
}

/**
 * The imbalance numbers of `def` in `period` for the units in scope, kept in the model under the
 * values' key (which stands for metric, period, street and per-capita base). They are of the values
 * that may be compared (comparableValues: partial ones left out while complete ones exist). Read-only.
 */
export function imbalanceNumbers(model: Analysis, def: MetricDef, period: PeriodKey, opts: ImbalanceScope = {}): ImbalanceNumbers {
  const v = scopedValues(model, def.id, period, opts);
  return model.memo(imbalanceNumbersKey(v.key), () => computeNumbers(model, def, period, v, opts), () => 64 + 8 * IMBALANCE_FIELDS);
}

/**
 * One shared sort of the values serves the median, quantiles, Gini, extremes and laggard count (see
 * sharedFiniteOrder); the Theil split counts the streets in the same pass.
 */
function computeNumbers(model: Analysis, def: MetricDef, period: PeriodKey, scoped: KeyedValues, opts: ImbalanceScope): ImbalanceNumbers {
  const v = comparableValues(model, scoped);
  const { values } = v;
  const streets = streetIds(model);
  // Units whose files named no street are in none: with a value among them the split is NaN.
  const split = theilAndGroups(values, { ids: streets.ids, range: streets.names.length, none: streets.names.indexOf('') });
  const groups = split.groups >= 0 ? split.groups : countGroups(values, streets.ids, streets.names.length);
  // The sorted values (read at once below and not kept), and the first unit of the lowest and of
  // the highest tie group.
  const order = sharedFiniteOrder(model, v);
  const sorted = gatherValues(values, order);
  const med = sorted.length === 0 ? NaN : quantile(sorted, 0.5);
  const absMedian = opts.per && opts.per !== 'none'
    ? sharedMedian(model, comparableValues(model, scopedValues(model, def.id, period, { parent: opts.parent })))
    : med;
  const moments = meanAndVariation(values);
  const out = new Float64Array(IMBALANCE_FIELDS);
  out[IMB.n] = sorted.length;
  out[IMB.cv] = moments.cv;
  out[IMB.gini] = giniOfSorted(sorted);
  out[IMB.maxMin] = maxMinOfSorted(sorted);
  out[IMB.p90p10] = p90p10OfSorted(sorted);
  out[IMB.theilTotal] = split.theil.total;
  out[IMB.theilBetween] = split.theil.between;
  out[IMB.theilWithin] = split.theil.within;
  out[IMB.groups] = groups;
  out[IMB.highest] = order.length > 0 ? firstOfTieGroup(values, order, order.length - 1) : -1;
  out[IMB.lowest] = order.length > 0 ? firstOfTieGroup(values, order, 0) : -1;
  out[IMB.laggardCount] = countLaggards(values, order, def.direction, DEFAULT_LAGGARD_SHARE, med);
  out[IMB.median] = med;
  out[IMB.mean] = moments.mean;
  // Most values share the model's all-zero partial array: nothing to look at then.
  out[IMB.partial] = scoped.partial !== sharedZeros(model) && anyPartial(scoped) ? 1 : 0;
  out[IMB.partialLeftOut] = v.partialLeftOut;
  out[IMB.sparse] = def.kind !== 'ratio' && !(absMedian >= SPARSE_MEDIAN) ? 1 : 0;
  const cut = quartileCutOfOrder(values, order, def.direction);
  out[IMB.cutKind] = CUT_KINDS.indexOf(cut.kind);
  out[IMB.cutT] = cut.t;
  out.set(finiteSpan(values), IMB.span);
  return out;
}

/** The FiniteSpan of the values the numbers `x` are of, as finiteSpan counts it (a view of `x`: no pass over the values). */
export function finiteSpanOf(x: ImbalanceNumbers): FiniteSpan {
  return x.subarray(IMB.span, IMB.span + SPAN_FIELDS);
}

/** Distinct streets among the units with a finite value. */
function countGroups(values: Float64Array, ids: Int32Array, range: number): number {
  const seen = new Uint8Array(range);
  let groups = 0;
  for (let u = 0; u < values.length; u++) {
    if (!Number.isFinite(values[u]!) || seen[ids[u]!] === 1) continue;
    seen[ids[u]!] = 1;
    groups++;
  }
  return groups;
}
