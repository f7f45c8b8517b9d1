/**
 * Lazy per-dataset indexes over the observation columns, cached in a WeakMap keyed by the (frozen)
 * dataset so that switching metric or period never rescans millions of observations:
 * - observations grouped by metric (one counting-sort pass, built on first use);
 * - per metric, one dense column per stored period: value, qualifier and source observation per unit.
 */
import { QUALIFIER_CODE, type Dataset } from '../data/dataset';
import { parsePeriodKey, type Period } from '../data/period';

/** The stored observations of one metric at one dataset period, dense over units. */
export interface PeriodColumn {
  /** Index into ds.periods. */
  readonly periodIndex: number;
  readonly period: Period;
  /** Per unit; NaN where no observation or the observation is missing. */
  readonly values: Float64Array;
  /** Per unit QUALIFIERS code; `missing` where no observation. */
  readonly qualifiers: Uint8Array;
  /** Per unit, the observation index the value came from (for provenance); −1 where none. */
  readonly obs: Int32Array;
}

/** Columns of one metric, indexed by dataset period index; undefined where nothing is stored. */
export interface MetricColumns {
  readonly metricIndex: number;
  readonly byPeriod: readonly (PeriodColumn | undefined)[];
}

interface DatasetIndex {
  readonly periods: readonly Period[];
  readonly periodByKey: ReadonlyMap<string, number>;
  byMetric?: { readonly start: Uint32Array; readonly order: Uint32Array };
  readonly columns: Map<number, MetricColumns>;
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
    idx = { periods, periodByKey: new Map(ds.periods.map((k, i) => [k, i])), columns: new Map() };
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

/** Dense per-period columns of metric `metricIndex` (index into ds.metrics), built once per dataset. */
export function metricColumns(ds: Dataset, metricIndex: number): MetricColumns {
  const idx = datasetIndex(ds);
  const cached = idx.columns.get(metricIndex);
  if (cached) return cached;
  idx.byMetric ??= groupByMetric(ds);
  const { start, order } = idx.byMetric;
  const nUnits = ds.units.length;
  const byPeriod: (PeriodColumn | undefined)[] = new Array<PeriodColumn | undefined>(ds.periods.length).fill(undefined);
  const { unit, period, value, qualifier, file, line } = ds.obs;
  const missing = QUALIFIER_CODE.missing;
  for (let k = start[metricIndex]!; k < start[metricIndex + 1]!; k++) {
    const i = order[k]!;
    const p = period[i]!;
    let col = byPeriod[p];
    if (!col) {
      col = {
        periodIndex: p,
        period: idx.periods[p]!,
        values: new Float64Array(nUnits).fill(NaN),
        qualifiers: new Uint8Array(nUnits).fill(missing),
        obs: new Int32Array(nUnits).fill(-1),
      };
      byPeriod[p] = col;
    }
    const u = unit[i]!;
    const prev = col.obs[u]!;
    if (prev >= 0 && !replaces(i, prev, value, file, line)) continue;
    col.values[u] = value[i]!;
    col.qualifiers[u] = qualifier[i]!;
    col.obs[u] = i;
  }
  const built: MetricColumns = { metricIndex, byPeriod };
  idx.columns.set(metricIndex, built);
  return built;
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

function groupByMetric(ds: Dataset): { start: Uint32Array; order: Uint32Array } {
  const metric = ds.obs.metric;
  const n = metric.length;
  const start = new Uint32Array(ds.metrics.length + 1);
  for (let i = 0; i < n; i++) start[metric[i]! + 1]!++;
  for (let m = 0; m < ds.metrics.length; m++) start[m + 1]! += start[m]!;
  const cursor = start.slice(0, ds.metrics.length);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[cursor[metric[i]!]!++] = i;
  return { start, order };
}
