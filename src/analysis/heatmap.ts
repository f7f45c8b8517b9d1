/**
 * Units × metrics matrix of direction-aware percentiles for the 均衡 heatmap: one glance shows
 * which communities are behind on many kinds of work at once.
 */
import type { PeriodKey } from '../data/vocabulary/period';
import { comparableValues } from './comparable-values';
import { percentileScoresByCounting, percentileScoresInto } from './percentile-scores';
import { requireMetric } from './resolve-metric';
import { scopedValues } from './scoped-values';
import { countable, finiteOrder, sharedFiniteOrder, SPAN } from './value-order';
import { finiteSpanOf, imbalanceNumbers } from './imbalance-numbers';
import type { KeyedValues, UnitValueOptions } from './unit-values';
import type { Analysis } from './model/analysis';
import { partialMeaning, type PartialMeaning } from './partial-meaning';
import { partialMeaningOfValues, unitPartialMeaning } from './per-capita-partial';

export interface PercentileMatrix {
  /** Unit indices (rows): units with at least one value, in dataset order. */
  readonly units: readonly number[];
  /** Metric ids (columns). */
  readonly metrics: readonly string[];
  /**
   * Column-major metrics × units: row r's percentile on metric j is pct[j * units.length + r]
   * (percentileAt), 0..1 (1 = best, direction-aware), NaN = missing.
   */
  readonly pct: Float64Array;
  /** Raw value of row r on metric j, in the metric's unit (per capita when asked); NaN = missing. */
  value(r: number, j: number): number;
  /** Qualifier code of that value, for ≈/＞ marks on hover. */
  qualifier(r: number, j: number): number;
  /**
   * The value covers only part of the period and was left out of the percentiles, complete values
   * being there (comparableValues): its percentile is NaN though the value is not.
   */
  partial(r: number, j: number): boolean;
  /** Per metric: how many units' partial values were left out of its percentiles. */
  readonly partialLeftOut: readonly number[];
  /**
   * Per metric: what its partial values left out lack together (partialMeaningOfValues); where none
   * is left out, only the metric's meaning (partialMeaning), as nothing needs saying.
   */
  readonly partialMeanings: readonly PartialMeaning[];
  /** What the partial value of row r on metric j lacks (unitPartialMeaning). */
  partialMeaning(r: number, j: number): PartialMeaning;
}

/**
 * Percentiles of every unit (optionally of one street) on each metric in `metricIds`, kept in the
 * model: the 均衡 view asks for the same matrix again when only its selected metric changes.
 * Read-only.
 */
export function percentileMatrix(
  model: Analysis, period: PeriodKey, metricIds: readonly string[], opts: UnitValueOptions = {},
): PercentileMatrix {
  const cols = metricIds.map((id) => scopedValues(model, id, period, opts));
  // The values' keys stand for (metric, period, street, per-capita base).
  return model.memo(`heatmap|${cols.map((c) => c.key).join('|')}`, () => computeMatrix(model, period, metricIds, cols, opts),
    // Its cells' values are read from the columns it holds on to: counted too, since they outlive
    // their own entries if those are evicted first.
    (matrix) => 64 + matrix.pct.byteLength + 8 * matrix.units.length
      + cols.reduce((sum, c) => sum + c.values.byteLength + c.qualifiers.byteLength, 0));
}

function computeMatrix(
  model: Analysis, period: PeriodKey, metricIds: readonly string[], cols: readonly KeyedValues[], opts: UnitValueOptions,
): PercentileMatrix {
  const ds = model.cube;
  const n = ds.units.length;
  const m = metricIds.length;
  const defs = metricIds.map((id) => requireMetric(ds, id));
  const per = opts.per ?? 'none';
  // Each column's span comes with its imbalance numbers (the worker's, or those the overview computed),
  // which are of the comparable values: partial ones beside complete ones get no percentile.
  const spans = defs.map((def) => finiteSpanOf(imbalanceNumbers(model, def, period, opts)));
  const ranked = cols.map((c) => comparableValues(model, c));
  // Rows: the units with a value on some metric, in dataset order; every unit when some metric has
  // a value for each (the usual case), without looking further.
  const all = spans.some((sp) => sp[SPAN.count] === n);
  const valued = new Uint8Array(all ? 0 : n);
  if (!all) {
    for (const c of cols) for (let u = 0; u < n; u++) if (Number.isFinite(c.values[u]!)) valued[u] = 1;
  }
  const units: number[] = [];
  for (let u = 0; u < n; u++) if (all || valued[u] === 1) units.push(u);
  // Each metric's percentiles (small integers from their counts, other values from the shared
  // sort) go straight into its column of every unit, NaN where a unit has no value (filled first
  // only when some metric lacks a unit); the rows of units with no value at all are then dropped
  // from each column (there are none in the usual case).
  const pct = new Float64Array(n * m);
  if (spans.some((sp) => sp[SPAN.count]! < n)) pct.fill(NaN);
  for (let j = 0; j < m; j++) {
    const { values } = ranked[j]!;
    const { direction } = defs[j]!;
    const column = pct.subarray(j * n, j * n + n);
    if (countable(spans[j]!)) percentileScoresByCounting(values, direction, spans[j]!, column);
    else percentileScoresInto(values, direction, sharedFiniteOrder(model, ranked[j]!), column);
  }
  const rows = units.length;
  if (!all) for (let j = 0; j < m; j++) units.forEach((u, r) => { pct[j * rows + r] = pct[j * n + u]!; });
  const out = all ? pct : pct.slice(0, rows * m);
  // Values and qualifiers are read from the (shared, read-only) columns when a cell is shown: the
  // page shows 60 rows of a city's 5,617, and copying them all cost as much as the percentiles.
  return {
    units, metrics: [...metricIds], pct: out, partialLeftOut: ranked.map((c) => c.partialLeftOut),
    partialMeanings: defs.map((def, j) => (ranked[j]!.partialLeftOut > 0 ? partialMeaningOfValues(model, def, period, per, cols[j]!) : partialMeaning(def, per))),
    partialMeaning: (r, j) => unitPartialMeaning(model, defs[j]!, period, per, units[r]!),
    value: (r, j) => cols[j]!.values[units[r]!]!,
    qualifier: (r, j) => cols[j]!.qualifiers[units[r]!]!,
    partial: (r, j) => ranked[j]!.partialLeftOut > 0 && Number.isNaN(ranked[j]!.values[units[r]!]!) && Number.isFinite(cols[j]!.values[units[r]!]!),
  };
}

/** Row r's percentile on metric j of `matrix` (NaN = missing): the one place its layout is read outside this file. */
export function percentileAt(matrix: PercentileMatrix, r: number, j: number): number {
  return matrix.pct[j * matrix.units.length + r]!;
}

/**
 * Rows of `matrix` (indices into matrix.units) for a heatmap of at most `limit` rows: every row in
 * dataset order when they fit; otherwise the `limit` units furthest behind across the metrics
 * (lowest mean percentile over the metrics they have a value for), furthest behind first, ties in
 * dataset order. A city's 5,617 rows × 17 metrics would be 95,000 cells: nobody reads that, and
 * the page would take seconds to draw it.
 */
export function heatmapRows(matrix: PercentileMatrix, limit: number): number[] {
  const rows = matrix.units.length;
  if (rows <= limit) return Array.from({ length: rows }, (_, r) => r);
  const m = matrix.metrics.length;
  const sum = new Float64Array(rows);
  const count = new Int32Array(rows);
  for (let j = 0; j < m; j++) {
    for (let r = 0; r < rows; r++) {
      const p = matrix.pct[j * rows + r]!;
      if (Number.isFinite(p)) { sum[r]! += p; count[r]!++; }
    }
  }
  const meanPct = new Float64Array(rows);
  for (let r = 0; r < rows; r++) meanPct[r] = count[r]! > 0 ? sum[r]! / count[r]! : Infinity;
  // The stable sort of the means (ties in dataset order); rows with no percentile at all come last.
  const out = Array.from(finiteOrder(meanPct).subarray(0, Math.max(0, limit)));
  for (let r = 0; r < rows && out.length < limit; r++) if (meanPct[r] === Infinity) out.push(r);
  return out;
}
