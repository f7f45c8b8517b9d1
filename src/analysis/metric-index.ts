/**
 * The observations of one metric as dense columns, one per stored period (value and qualifier per
 * unit): what every roll-up reads. Kept in the analysis model (key `columns|<metric index>`):
 * handed over by the import worker (packColumns there, createAnalysis's `columns` here), else
 * built for one metric at a time, in one pass over the observation columns, when first asked.
 */
import { QUALIFIER_CODE, type Dataset } from '../data/dataset/dataset';
import { parsePeriodKey, type Period } from '../data/vocabulary/period';
import { columnFiles, homeFileOf, homeFiles, packFiles, unpackFiles, type ColumnFiles, type PackedFiles } from './column-files';
import type { Analysis } from './model/analysis';

/**
 * The stored observations of one metric at one dataset period, dense over units; its ColumnFiles
 * are the files of the units whose value is a number (fileOfUnit reads them).
 */
export interface PeriodColumn extends ColumnFiles {
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

/** The dataset's periods, parsed, in ds.periods order (chronological). Throws on a non-canonical key. */
export function parsedPeriods(ds: Dataset): readonly Period[] {
  return ds.periods.map((key) => {
    const p = parsePeriodKey(key);
    if (!p) throw new Error(`dataset ${ds.id} holds a non-canonical period key: ${key}`);
    return p;
  });
}

/** Index of a period key in ds.periods, or −1. */
export function periodSlot(ds: Dataset, key: string): number {
  return ds.periods.indexOf(key);
}

/**
 * A stored column as PeriodValues.reads names it: metric (ds.metrics index) × ds.periods.length +
 * period slot. columnOfRead is its reverse.
 */
export function columnRead(cols: MetricColumns, col: Pick<PeriodColumn, 'periodIndex'>): number {
  return cols.metricIndex * cols.byPeriod.length + col.periodIndex;
}

/** The stored column `read` (columnRead) names; undefined where nothing is stored. */
export function columnOfRead(a: Analysis, read: number): PeriodColumn | undefined {
  const periods = a.cube.periods.length;
  return metricColumns(a, Math.floor(read / periods)).byPeriod[read % periods];
}

/** The distinct reads (columnRead) of all `lists`, ascending: what a result read from several. */
export function unionReads(...lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((x, y) => x - y);
}

/** Dense per-period columns of metric `metricIndex` (index into ds.metrics), kept in the model. */
export function metricColumns(a: Analysis, metricIndex: number): MetricColumns {
  const ds = a.cube;
  if (!(metricIndex >= 0 && metricIndex < ds.metrics.length)) throw new Error(`metric index out of range: ${metricIndex}`);
  return a.memo(`columns|${metricIndex}`, () => buildColumns(ds, [metricIndex], homeFileOf(a))[0]!);
}

/**
 * Reads every observation of the metrics `ms` into its metric's and period's column, in one pass
 * over the observations. Observations are taken in index order, as the duplicate rule expects.
 * Each column's file exceptions are against `home` (homeFiles of ds).
 */
function buildColumns(ds: Dataset, ms: readonly number[], home: Uint16Array): MetricColumns[] {
  const { unit, period, metric, value, qualifier, file, line } = ds.obs;
  const nUnits = ds.units.length;
  const nPeriods = ds.periods.length;
  const periods = parsedPeriods(ds);
  // Which of `ms` each dataset metric is (−1: not asked).
  const wanted = new Int32Array(ds.metrics.length).fill(-1);
  ms.forEach((m, k) => { wanted[m] = k; });
  const cells: (Omit<PeriodColumn, keyof ColumnFiles> | undefined)[] = new Array<PeriodColumn | undefined>(ms.length * nPeriods).fill(undefined);
  // Per cell: the observation each unit's value came from (−1: none), for the duplicate rule.
  const sources: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(ms.length * nPeriods).fill(undefined);
  const missing = QUALIFIER_CODE.missing;
  for (let i = 0; i < metric.length; i++) {
    const k = wanted[metric[i]!]!;
    if (k < 0) continue;
    const p = period[i]!;
    const c = k * nPeriods + p;
    let col = cells[c];
    if (!col) {
      col = {
        periodIndex: p,
        period: periods[p]!,
        values: new Float64Array(nUnits).fill(NaN),
        qualifiers: new Uint8Array(nUnits).fill(missing),
      };
      cells[c] = col;
      sources[c] = new Int32Array(nUnits).fill(-1);
    }
    const source = sources[c]!;
    const u = unit[i]!;
    const prev = source[u]!;
    if (prev >= 0 && !replaces(i, prev, value, file, line)) continue;
    col.values[u] = value[i]!;
    col.qualifiers[u] = qualifier[i]!;
    source[u] = i;
  }
  const columns = cells.map((col, c): PeriodColumn | undefined => col && { ...col, ...columnFiles(col.values, sources[c]!, file, home) });
  return ms.map((m, k) => ({ metricIndex: m, byPeriod: columns.slice(k * nPeriods, (k + 1) * nPeriods) }));
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

/**
 * Every metric's columns in transferable form, built where the import runs (the worker) and handed
 * to the page with the dataset: `slot[m * periods + p]` is the cell's row in `values` (each row one
 * value per unit), −1 where nothing is stored. `qualifierRow[row]` is its row in `qualifiers`, or −1
 * when every qualifier of it is `exact` (code 0; most rows): those rows share one all-zero row.
 * The files of each row's numbers are packed as in packFiles (column-files.ts).
 */
export interface PackedColumns extends PackedFiles {
  readonly units: number;
  readonly periods: number;
  readonly slot: Int32Array;
  readonly values: Float64Array;
  readonly qualifierRow: Int32Array;
  readonly qualifiers: Uint8Array;
}

/** Packs every metric's columns of `ds` (one pass over the observations). */
export function packColumns(ds: Dataset): PackedColumns {
  const home = homeFiles(ds.obs, ds.units.length);
  const all = buildColumns(ds, ds.metrics.map((_, m) => m), home);
  const nUnits = ds.units.length;
  const nPeriods = ds.periods.length;
  const slot = new Int32Array(ds.metrics.length * nPeriods).fill(-1);
  const cols: PeriodColumn[] = [];
  all.forEach((c, m) => c.byPeriod.forEach((col, p) => {
    if (!col) return;
    slot[m * nPeriods + p] = cols.length;
    cols.push(col);
  }));
  const values = new Float64Array(cols.length * nUnits);
  cols.forEach((col, row) => values.set(col.values, row * nUnits));
  const { qualifierRow, qualifiers } = packQualifiers(cols.map((c) => c.qualifiers), nUnits);
  return { units: nUnits, periods: nPeriods, slot, values, qualifierRow, qualifiers, ...packFiles(cols, home) };
}

/**
 * Qualifier rows in packed form: a row with any code but `exact` (0) gets its own row in
 * `qualifiers`; an all-exact row is −1 in `qualifierRow` (it reads a shared all-zero row).
 */
export function packQualifiers(rows: readonly Uint8Array[], units: number): { qualifierRow: Int32Array; qualifiers: Uint8Array } {
  const qualifierRow = new Int32Array(rows.length).fill(-1);
  let kept = 0;
  rows.forEach((q, r) => { if (q.some((x) => x !== 0)) qualifierRow[r] = kept++; });
  const qualifiers = new Uint8Array(kept * units);
  rows.forEach((q, r) => { if (qualifierRow[r]! >= 0) qualifiers.set(q, qualifierRow[r]! * units); });
  return { qualifierRow, qualifiers };
}

/** Row `row` of packed qualifiers: a view into `qualifiers`, or `exact` (all zero, shared) for an all-exact row. */
export function qualifierRowOf(qualifierRow: Int32Array, qualifiers: Uint8Array, row: number, units: number, exact: Uint8Array): Uint8Array {
  const q = qualifierRow[row]!;
  return q < 0 ? exact : qualifiers.subarray(q * units, (q + 1) * units);
}

/**
 * The columns of metric `m` read from `packed` (views into its buffers, no copy). All-exact
 * qualifier rows are `exact` (an all-zero array of one per unit, shared: read-only).
 */
export function unpackColumns(ds: Dataset, packed: PackedColumns, m: number, exact: Uint8Array = new Uint8Array(packed.units)): MetricColumns {
  if (packed.units !== ds.units.length || packed.periods !== ds.periods.length) {
    throw new Error(`packed columns of ${packed.units} units × ${packed.periods} periods do not fit dataset ${ds.id}`);
  }
  const periods = parsedPeriods(ds);
  const byPeriod = periods.map((period, p): PeriodColumn | undefined => {
    const row = packed.slot[m * packed.periods + p]!;
    if (row < 0) return undefined;
    const at = row * packed.units;
    return {
      periodIndex: p, period,
      values: packed.values.subarray(at, at + packed.units),
      qualifiers: qualifierRowOf(packed.qualifierRow, packed.qualifiers, row, packed.units, exact),
      ...unpackFiles(packed, row),
    };
  });
  return { metricIndex: m, byPeriod };
}
