/**
 * Lazy per-dataset indexes over the observation columns, cached in a WeakMap keyed by the (frozen)
 * dataset so that switching metric or period never rescans millions of observations: for every
 * metric, one dense column per stored period (value and qualifier per unit).
 *
 * All metrics are indexed in one sequential pass over the observations (about 0.1 s for the 4
 * million of a whole city), meant to run in slices before a dataset is shown
 * (`buildMetricIndexStep`), so no single main-thread task is long. A query that arrives before the
 * pass is done reads only its own metric's remaining observations (about 20 ms at city scale).
 */
import { QUALIFIER_CODE, type Dataset } from '../data/dataset/dataset';
import { parsePeriodKey, type Period } from '../data/vocabulary/period';

/** The stored observations of one metric at one dataset period, dense over units. */
export interface PeriodColumn {
  /** Index into ds.periods. */
  readonly periodIndex: number;
  readonly period: Period;
  /** Per unit; NaN where no observation or the observation is missing. */
  readonly values: Float64Array;
  /** Per unit QUALIFIERS code; `missing` where no observation. */
  readonly qualifiers: Uint8Array;
}

/** Columns of one metric, indexed by dataset period index; undefined where nothing is stored. */
export interface MetricColumns {
  readonly metricIndex: number;
  readonly byPeriod: readonly (PeriodColumn | undefined)[];
}

interface DatasetIndex {
  readonly periods: readonly Period[];
  readonly periodByKey: ReadonlyMap<string, number>;
  /** Columns by metric × period (metric-major), filled by the indexing pass. */
  readonly cells: (PeriodColumn | undefined)[];
  /**
   * Per cell while its metric is being indexed: the observation each unit's value came from (−1:
   * none), which the duplicate rule needs. Released when the metric is complete (4 bytes a cell,
   * 16 MB at city scale).
   */
  readonly cellObs: (Int32Array | undefined)[];
  /** Next observation the indexing pass will read; = observation count when done. */
  next: number;
  /** Per metric, once its columns are complete (by the pass, or by a query that could not wait). */
  readonly columns: (MetricColumns | undefined)[];
  /** 1 for metrics whose columns are complete: the pass skips their observations. */
  readonly built: Uint8Array;
}

const INDEXES = new WeakMap<Dataset, DatasetIndex>();

function datasetIndex(ds: Dataset): DatasetIndex {
  let idx = INDEXES.get(ds);
  if (!idx) {
    const periods = ds.periods.map((key) => {
      const p = parsePeriodKey(key);
      if (!p) throw new Error(`dataset ${ds.id} holds a non-canonical period key: ${key}`);
      return p;
    });
    idx = {
      periods, periodByKey: new Map(ds.periods.map((k, i) => [k, i])),
      cells: new Array<PeriodColumn | undefined>(ds.metrics.length * ds.periods.length).fill(undefined),
      cellObs: new Array<Int32Array | undefined>(ds.metrics.length * ds.periods.length).fill(undefined),
      next: 0,
      columns: new Array<MetricColumns | undefined>(ds.metrics.length).fill(undefined),
      built: new Uint8Array(ds.metrics.length),
    };
    INDEXES.set(ds, idx);
  }
  return idx;
}

/** The dataset's periods, parsed, in ds.periods order (chronological). */
export function parsedPeriods(ds: Dataset): readonly Period[] {
  return datasetIndex(ds).periods;
}

/** Index of a period key in ds.periods, or −1. O(1). */
export function periodSlot(ds: Dataset, key: string): number {
  return datasetIndex(ds).periodByKey.get(key) ?? -1;
}

/** Work per slice between two clock reads: observations, plus a unit count per new cell (1–3 ms). */
const SLICE = 1 << 16;

/**
 * Advances the one-time indexing pass for at most about `budgetMs` milliseconds (Infinity: to the
 * end) and says whether the index is complete. Meant to run in slices before a dataset is shown
 * (prepare-dataset.ts), so that the first metric or period switch finds the index ready; calling it again after completion is free.
 */
export function buildMetricIndexStep(ds: Dataset, budgetMs = Infinity): boolean {
  const idx = datasetIndex(ds);
  const n = ds.obs.value.length;
  if (idx.next >= n && idx.columns.every((c) => c !== undefined)) return true;
  const t0 = budgetMs === Infinity ? 0 : performance.now();
  while (idx.next < n) {
    idx.next = indexRange(ds, idx, idx.next, n, -1, SLICE);
    if (budgetMs !== Infinity && performance.now() - t0 >= budgetMs) break;
  }
  if (idx.next < n) return false;
  for (let m = 0; m < ds.metrics.length; m++) if (!idx.columns[m]) finish(ds, idx, m);
  return true;
}

/** True once the indexing pass has finished (every metricColumns call is then a lookup). */
export function metricIndexReady(ds: Dataset): boolean {
  const idx = datasetIndex(ds);
  return idx.next >= ds.obs.value.length && idx.columns.every((c) => c !== undefined);
}

/** How far the indexing pass has read, 0..1 (1 once it is complete). */
export function metricIndexProgress(ds: Dataset): number {
  if (metricIndexReady(ds)) return 1;
  const n = ds.obs.value.length;
  return n === 0 ? 1 : Math.min(1, datasetIndex(ds).next / n);
}

/**
 * Dense per-period columns of metric `metricIndex` (index into ds.metrics), built once per dataset.
 * Before the indexing pass has finished, only this metric's remaining observations are read (one
 * scan of the metric column, a few milliseconds at city scale) rather than waiting for the pass.
 */
export function metricColumns(ds: Dataset, metricIndex: number): MetricColumns {
  const idx = datasetIndex(ds);
  const cached = idx.columns[metricIndex];
  if (cached) return cached;
  if (!(metricIndex >= 0 && metricIndex < ds.metrics.length)) throw new Error(`metric index out of range: ${metricIndex}`);
  indexRange(ds, idx, idx.next, ds.obs.value.length, metricIndex);
  return finish(ds, idx, metricIndex);
}

function finish(ds: Dataset, idx: DatasetIndex, m: number): MetricColumns {
  const nPeriods = ds.periods.length;
  const cols: MetricColumns = { metricIndex: m, byPeriod: idx.cells.slice(m * nPeriods, (m + 1) * nPeriods) };
  idx.columns[m] = cols;
  idx.built[m] = 1;
  idx.cellObs.fill(undefined, m * nPeriods, (m + 1) * nPeriods);
  return cols;
}

/**
 * Indexes observations from..to−1 into their cells: of metric `only`, or (only = −1) of every metric
 * not yet built. Observations are taken in index order, as the duplicate rule expects. Stops early
 * once `work` is spent (an observation costs 1, a new cell as many as there are units: the first
 * observations of a city allocate 50 MB of cells) and returns where it stopped.
 */
function indexRange(ds: Dataset, idx: DatasetIndex, from: number, to: number, only: number, work = Infinity): number {
  const { unit, period, metric, value, qualifier, file, line } = ds.obs;
  const nUnits = ds.units.length;
  const nPeriods = ds.periods.length;
  const { cells, cellObs, built } = idx;
  const missing = QUALIFIER_CODE.missing;
  let spent = 0;
  for (let i = from; i < to; i++) {
    if (++spent > work) return i;
    const m = metric[i]!;
    if (only >= 0 ? m !== only : built[m] === 1) continue;
    const p = period[i]!;
    const c = m * nPeriods + p;
    let col = cells[c];
    if (!col) {
      col = {
        periodIndex: p,
        period: idx.periods[p]!,
        values: new Float64Array(nUnits).fill(NaN),
        qualifiers: new Uint8Array(nUnits).fill(missing),
      };
      cells[c] = col;
      cellObs[c] = new Int32Array(nUnits).fill(-1);
      spent += nUnits;
    }
    const source = cellObs[c]!;
    const u = unit[i]!;
    const prev = source[u]!;
    if (prev >= 0 && !replaces(i, prev, value, file, line)) continue;
    col.values[u] = value[i]!;
    col.qualifiers[u] = qualifier[i]!;
    source[u] = i;
  }
  return to;
}

/**
 * Duplicate (unit, period, metric) observations should have been merged on import; if any remain,
 * a value beats a missing cell, then the later source (file, then line) wins, so the result does
 * not depend on the order observations were added.
 */
function replaces(
  i: number, prev: number, value: Float64Array, file: Uint16Array, line: Uint32Array,
): boolean {
  const iHas = !Number.isNaN(value[i]!);
  const prevHas = !Number.isNaN(value[prev]!);
  if (iHas !== prevHas) return iHas;
  if (file[i] !== file[prev]) return file[i]! > file[prev]!;
  if (line[i] !== line[prev]) return line[i]! > line[prev]!;
  // Same cell written twice from the same line: keep the larger value, a deterministic choice.
  return value[i]! > value[prev]!;
}
