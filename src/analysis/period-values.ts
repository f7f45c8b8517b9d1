/**
 * The value of one metric for every unit in one period, rolled up from whatever periods were stored,
 * by the metric's aggregation kind:
 * - an observation stored at exactly the requested key wins (a wide file that gave 2024-H1 directly);
 * - `flow` sums the stored pieces that tile the period (months, quarters, halves, or differences of
 *   cumulative year-to-date values: C06 − C03 = Q2; C06 alone serves H1; with months 1–3 and C06,
 *   Q2 = C06 − (Jan + Feb + Mar)), see roll-up-flow.ts;
 * - `stock` takes the value at the period end, or the latest one inside the period (then partial);
 * - `ratio` is recomputed from the rolled-up numerator and denominator (× 100), never averaged.
 * Missing observations stay NaN, never zero. Results are kept in the analysis model; treat them as read-only.
 * Each result names the stored columns its values were read from (`reads`): what a source line names.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { formatPeriodKey, makePeriod, monthRange, parsePeriodKey, type Period, type PeriodKey } from '../data/vocabulary/period';
import { differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import { columnRead, metricColumns, periodSlot, unionReads, type MetricColumns, type PeriodColumn } from './metric-index';
import type { Analysis } from './model/analysis';
import { resolveMetric } from './resolve-metric';
import { rollUpFlow } from './roll-up-flow';
import { QUALIFIER_CODE } from '../data/dataset/dataset';
import { neverNegative } from '../data/vocabulary/measure-units';

export interface PeriodValues {
  /** The memo key naming these values (`values|<metric>|<period>`): results derived from them key on it. */
  readonly key: string;
  /** One per unit (ds.units index), in the metric's unit (percent 0..100 for ratios); NaN = no value. */
  readonly values: Float64Array;
  /** QUALIFIERS code per unit; approximate components carry through as the loosest (gt, approx…). */
  readonly qualifiers: Uint8Array;
  /** 1 when the value does not cover the whole period for that unit (months missing, or a stock
   * taken before the period end); such values must not be compared silently with complete ones. */
  readonly partial: Uint8Array;
  /**
   * The stored columns some unit's value was read from (columnRead: metric × ds.periods.length +
   * period, ascending, distinct): the column stored at the period where it won, a flow's pieces
   * each unit's tiling took (a subtracted prefix's own reads), a stock's latest value, a ratio's
   * stored column and the reads of its numerator and denominator where it was computed from them.
   * The union over units, not per unit.
   */
  readonly reads: readonly number[];
}

/**
 * Values of `metricId` for every unit in `period` (any canonical key, including `2024-C09`), kept
 * in the model. A metric the dataset cannot provide gives all-NaN values. Throws on a malformed
 * period key.
 */
export function periodValues(a: Analysis, metricId: string, period: PeriodKey): PeriodValues {
  const key = periodValuesKey(metricId, period);
  return a.memo(key, () => {
    const target = parsePeriodKey(period);
    if (!target) throw new Error(`not a canonical period key: ${JSON.stringify(period)}`);
    const ds = a.cube;
    const stored = storedColumn(a, metricId, period);
    const column = stored?.column;
    // A stored value wins over any roll-up (flow, stock and ratio alike), so a column with a value
    // for every unit is the result as it is: no roll-up to compute and throw away.
    if (stored && column && hasEveryValue(column) && resolveMetric(ds, metricId)) return shareColumn(a, stored.cols, key, column);
    const result = compute(a, metricId, target, period);
    if (stored && column && sameValues(result, column)) return shareColumn(a, stored.cols, key, column);
    return withSharedZeros(a, { key, ...result });
  }, (pv) => ownBytes(a, pv, storedColumn(a, metricId, period)?.column));
}

/** Whether any unit has a value of `metricId` in `period` (stored or rolled up; not a missing one). */
export function hasValues(a: Analysis, metricId: string, period: PeriodKey): boolean {
  const { values } = periodValues(a, metricId, period);
  for (let u = 0; u < values.length; u++) if (values[u] === values[u]) return true;
  return false;
}

/** The latest of `keys` (chronological) in which any unit has a value of `metricId`; undefined when none. */
export function latestWithValues(a: Analysis, metricId: string, keys: readonly PeriodKey[]): PeriodKey | undefined {
  for (let k = keys.length - 1; k >= 0; k--) if (hasValues(a, metricId, keys[k]!)) return keys[k];
  return undefined;
}

/** The memo key of periodValues(·, metricId, period): the worker's roll-ups are pinned under it. */
export function periodValuesKey(metricId: string, period: PeriodKey): string {
  return `values|${metricId}|${period}`;
}

/** The bytes a result holds of its own: not the metric column or the shared zeros it may reuse. */
function ownBytes(a: Analysis, pv: PeriodValues, column: PeriodColumn | undefined): number {
  const shared = pv.values === column?.values;
  return 64 + 8 * pv.reads.length + (shared ? 0 : pv.values.byteLength + pv.qualifiers.byteLength)
    + (pv.partial === sharedZeros(a) ? 0 : pv.partial.byteLength);
}

/**
 * Most of a monthly city's roll-ups are its stored months, unchanged: the result is the metric
 * column itself, without a copy.
 */
function shareColumn(a: Analysis, cols: MetricColumns, key: string, column: PeriodColumn): PeriodValues {
  return { key, values: column.values, qualifiers: column.qualifiers, partial: sharedZeros(a), reads: [columnRead(cols, column)] };
}

/** The columns of `metricId` and the one stored at `period` (undefined where none is); undefined for a metric not stored. */
function storedColumn(a: Analysis, metricId: string, period: PeriodKey): { cols: MetricColumns; column: PeriodColumn | undefined } | undefined {
  const ds = a.cube;
  const m = ds.metrics.findIndex((d) => d.id === metricId);
  const slot = m >= 0 ? periodSlot(ds, period) : -1;
  if (slot < 0) return undefined;
  const cols = metricColumns(a, m);
  return { cols, column: cols.byPeriod[slot] };
}

/** True when `pv` is exactly `col`: the same values (NaN where NaN, −0 apart from +0), qualifiers, nothing partial. */
function sameValues(pv: Omit<PeriodValues, 'key'>, col: PeriodColumn): boolean {
  const { values, qualifiers, partial } = pv;
  for (let u = 0; u < values.length; u++) {
    const a = values[u]!;
    const b = col.values[u]!;
    if (partial[u] !== 0 || qualifiers[u] !== col.qualifiers[u] || !Object.is(a, b)) return false;
  }
  return true;
}

function hasEveryValue(col: PeriodColumn): boolean {
  const { values } = col;
  for (let u = 0; u < values.length; u++) if (Number.isNaN(values[u]!)) return false;
  return true;
}

/** One all-zero array per unit, shared by every kept result that needs one: read-only. */
export function sharedZeros(a: Analysis): Uint8Array {
  return a.memo('zeros', () => new Uint8Array(a.cube.units.length));
}

/** `pv` with its `partial` replaced by the shared zeros when no value is partial (most). */
function withSharedZeros(a: Analysis, pv: PeriodValues): PeriodValues {
  const { partial } = pv;
  // A plain loop: a callback per unit (partial.some) costs several times more.
  for (let u = 0; u < partial.length; u++) if (partial[u] !== 0) return pv;
  return { ...pv, partial: sharedZeros(a) };
}

type Written = { values: Float64Array; qualifiers: Uint8Array; partial: Uint8Array };

function compute(a: Analysis, metricId: string, target: Period, key: PeriodKey): Omit<PeriodValues, 'key'> {
  const ds = a.cube;
  const n = ds.units.length;
  const out = {
    values: new Float64Array(n).fill(NaN),
    qualifiers: new Uint8Array(n).fill(MISSING_CODE),
    partial: new Uint8Array(n),
  };
  const def = resolveMetric(ds, metricId);
  if (!def) return { ...out, reads: [] };
  const m = ds.metrics.findIndex((d) => d.id === metricId);
  const cols = m >= 0 ? metricColumns(a, m) : undefined;
  const slot = periodSlot(ds, key);
  const exact = cols && slot >= 0 ? cols.byPeriod[slot] : undefined;
  const exactRead = cols && exact ? [columnRead(cols, exact)] : [];
  let reads: readonly number[] = [];
  switch (def.kind) {
    case 'flow':
      if (cols) {
        const prefix = (month: number): PeriodValues =>
          periodValues(a, metricId, formatPeriodKey(makePeriod(target.year, 'C', month)));
        reads = rollUpFlow(ds, cols, target, exact, prefix, neverNegative(def.unit, def.zh), out.values, out.qualifiers, out.partial);
      }
      break;
    case 'stock':
      if (cols) reads = unionReads(rollUpStock(cols, target, exact, out).map((c) => columnRead(cols, c)));
      break;
    case 'ratio':
      reads = ratioValues(a, def, key, exact, exactRead, out);
      break;
    default: {
      const never: never = def.kind;
      throw new Error(`unknown aggregation kind: ${String(never)}`);
    }
  }
  return { ...out, reads };
}

/**
 * Unit `u`'s value stored at exactly the requested key, when there is one: written into `out`
 * (true). Its qualifier is written either way: a blank stored there stays the unit's when no other
 * column gives a value.
 */
function takeExact(exact: PeriodColumn | undefined, u: number, out: Written): boolean {
  if (!exact) return false;
  out.qualifiers[u] = exact.qualifiers[u]!;
  const v = exact.values[u]!;
  if (Number.isNaN(v)) return false;
  out.values[u] = v;
  return true;
}

/** Granularity preference among stored values sharing a period end: the finest first. */
const STOCK_PREFERENCE = { M: 0, Q: 1, H: 2, Y: 3, C: 4 } as const;

/** Writes the stock roll-up into `out`; returns the columns some unit's value was taken from, the latest first. */
function rollUpStock(cols: MetricColumns, target: Period, exact: PeriodColumn | undefined, out: Written): PeriodColumn[] {
  const [a, b] = monthRange(target);
  // Any stored period of the same year that ends inside the target gives the stock at its end month.
  const candidates: { col: PeriodColumn; end: number }[] = [];
  for (const col of cols.byPeriod) {
    if (!col || col === exact || col.period.year !== target.year) continue;
    const end = monthRange(col.period)[1];
    if (end >= a && end <= b) candidates.push({ col, end });
  }
  candidates.sort((x, y) => y.end - x.end
    || STOCK_PREFERENCE[x.col.period.granularity] - STOCK_PREFERENCE[y.col.period.granularity]);
  const { values, qualifiers, partial } = out;
  const used = new Uint8Array(candidates.length);
  let exactUsed = false;
  for (let u = 0; u < values.length; u++) {
    if (takeExact(exact, u, out)) {
      exactUsed = true;
      continue;
    }
    for (let k = 0; k < candidates.length; k++) {
      const { col, end } = candidates[k]!;
      const v = col.values[u]!;
      if (Number.isNaN(v)) continue;
      values[u] = v;
      qualifiers[u] = col.qualifiers[u]!;
      if (end < b) partial[u] = 1;
      used[k] = 1;
      break;
    }
  }
  const reads = candidates.filter((_, k) => used[k] === 1).map((c) => c.col);
  return exact && exactUsed ? [exact, ...reads] : reads;
}

/**
 * Writes the ratio into `out`; returns its reads: the stored ratio's column (`exactRead`) where it
 * won, and the numerator's and denominator's reads where some unit's ratio was computed from them.
 */
function ratioValues(
  a: Analysis, def: MetricDef, key: PeriodKey, exact: PeriodColumn | undefined, exactRead: readonly number[], out: Written,
): readonly number[] {
  const num = def.numerator !== undefined ? periodValues(a, def.numerator, key) : undefined;
  const den = def.denominator !== undefined ? periodValues(a, def.denominator, key) : undefined;
  const { values, qualifiers, partial } = out;
  let exactUsed = false;
  let partsUsed = false;
  for (let u = 0; u < values.length; u++) {
    if (takeExact(exact, u, out)) {
      exactUsed = true;
      continue;
    }
    if (!num || !den) continue;
    const nv = num.values[u]!;
    const dv = den.values[u]!;
    if (Number.isNaN(nv) || Number.isNaN(dv)) continue;
    partsUsed = true;
    if (dv === 0) {
      // Like a spreadsheet's #DIV/0!: there is no rate for a community with no denominator.
      qualifiers[u] = QUALIFIER_CODE.error;
      continue;
    }
    values[u] = (nv / dv) * 100;
    qualifiers[u] = differenceQualifier(num.qualifiers[u]!, den.qualifiers[u]!);
    partial[u] = num.partial[u]! | den.partial[u]!;
  }
  return unionReads(exactUsed ? exactRead : [], ...(partsUsed ? [num!.reads, den!.reads] : []));
}
