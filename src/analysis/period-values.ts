/**
 * The value of one metric for every unit in one period, rolled up from whatever periods were stored,
 * by the metric's aggregation kind:
 * - an observation stored at exactly the requested key wins (a wide file that gave 2024-H1 directly);
 * - `flow` sums the stored pieces that tile the period (months, quarters, halves, or differences of
 *   cumulative year-to-date values: C06 − C03 = Q2; C06 alone serves H1; with months 1–3 and C06,
 *   Q2 = C06 − (Jan + Feb + Mar)), see roll-up-flow.ts;
 * - `stock` takes the value at the period end, or the latest one inside the period (then partial);
 * - `ratio` is recomputed from the rolled-up numerator and denominator (× 100), never averaged.
 * Missing observations stay NaN, never zero. Results are cached per dataset; treat them as read-only.
 */
import type { Dataset } from '../data/dataset/dataset';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { formatPeriodKey, makePeriod, monthRange, parsePeriodKey, type Period, type PeriodKey } from '../data/vocabulary/period';
import { differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import { metricColumns, periodSlot, type MetricColumns, type PeriodColumn } from './metric-index';
import { resolveMetric } from './resolve-metric';
import { rollUpFlow } from './roll-up-flow';
import { QUALIFIER_CODE } from '../data/dataset/dataset';

export interface PeriodValues {
  /** One per unit (ds.units index), in the metric's unit (percent 0..100 for ratios); NaN = no value. */
  readonly values: Float64Array;
  /** QUALIFIERS code per unit; approximate components carry through as the loosest (gt, approx…). */
  readonly qualifiers: Uint8Array;
  /** 1 when the value does not cover the whole period for that unit (months missing, or a stock
   * taken before the period end); such values must not be compared silently with complete ones. */
  readonly partial: Uint8Array;
}

const CACHE = new WeakMap<Dataset, Map<string, PeriodValues>>();

/**
 * How many results to keep per dataset: up to 768, within about 48 MB (10 bytes per unit each), so a
 * city (5,617 units) keeps every metric's quarters, halves and years (the preparation,
 * prepare-dataset.ts) with room to spare, while a very large dataset keeps only a few.
 */
export function cacheLimit(unitCount: number): number {
  return Math.max(8, Math.min(768, Math.floor(48e6 / (10 * Math.max(1, unitCount)))));
}

/**
 * Values of `metricId` for every unit of `ds` in `period` (any canonical key, including `2024-C09`).
 * A metric the dataset cannot provide gives all-NaN values. Throws on a malformed period key.
 */
export function periodValues(ds: Dataset, metricId: string, period: PeriodKey): PeriodValues {
  let cache = CACHE.get(ds);
  if (!cache) {
    cache = new Map();
    CACHE.set(ds, cache);
  }
  const key = `${metricId}\u0000${period}`;
  const stored = STORED.get(ds)?.get(key);
  if (stored) return stored;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const target = parsePeriodKey(period);
  if (!target) throw new Error(`not a canonical period key: ${JSON.stringify(period)}`);
  const column = storedColumn(ds, metricId, period);
  // A stored value wins over any roll-up (flow, stock and ratio alike), so a column with a value
  // for every unit is the result as it is: no roll-up to compute and throw away.
  if (column && hasEveryValue(column) && resolveMetric(ds, metricId)) return shareColumn(ds, key, column);
  const result = withSharedZeros(ds, compute(ds, metricId, target, period));
  if (column && sameValues(result, column)) return shareColumn(ds, key, column);
  cache.set(key, result);
  if (cache.size > cacheLimit(ds.units.length)) cache.delete(cache.keys().next().value!);
  return result;
}

/**
 * Most of a monthly city's roll-ups are its stored months, unchanged: the result is the metric
 * index's own column, kept without a copy and outside the size-limited cache.
 */
function shareColumn(ds: Dataset, key: string, column: PeriodColumn): PeriodValues {
  const shared: PeriodValues = { values: column.values, qualifiers: column.qualifiers, partial: sharedZeros(ds) };
  let byKey = STORED.get(ds);
  if (!byKey) {
    byKey = new Map();
    STORED.set(ds, byKey);
  }
  byKey.set(key, shared);
  return shared;
}

/**
 * Results that are a stored column of the metric index as it is (every unit's value, qualifier,
 * none partial): they hold no memory of their own, so any number of them is kept.
 */
const STORED = new WeakMap<Dataset, Map<string, PeriodValues>>();

/** How many results of `ds` the size-limited cache holds (those sharing a stored column not counted). */
export function cachedResultCount(ds: Dataset): number {
  return CACHE.get(ds)?.size ?? 0;
}

function storedColumn(ds: Dataset, metricId: string, period: PeriodKey): PeriodColumn | undefined {
  const m = ds.metrics.findIndex((d) => d.id === metricId);
  const slot = m >= 0 ? periodSlot(ds, period) : -1;
  return slot >= 0 ? metricColumns(ds, m).byPeriod[slot] : undefined;
}

/** True when `pv` is exactly `col`: the same values (NaN where NaN, −0 apart from +0), qualifiers, nothing partial. */
function sameValues(pv: PeriodValues, col: PeriodColumn): boolean {
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

const ZEROS = new WeakMap<Dataset, Uint8Array>();

/** One all-zero array per unit of `ds`, shared by every cached result that needs one: read-only. */
export function sharedZeros(ds: Dataset): Uint8Array {
  let zeros = ZEROS.get(ds);
  if (!zeros) {
    zeros = new Uint8Array(ds.units.length);
    ZEROS.set(ds, zeros);
  }
  return zeros;
}

/** `pv` with its `partial` replaced by the shared zeros when no value is partial (most). */
function withSharedZeros(ds: Dataset, pv: PeriodValues): PeriodValues {
  return pv.partial.some((x) => x !== 0) ? pv : { ...pv, partial: sharedZeros(ds) };
}

function compute(ds: Dataset, metricId: string, target: Period, key: PeriodKey): PeriodValues {
  const n = ds.units.length;
  const out = {
    values: new Float64Array(n).fill(NaN),
    qualifiers: new Uint8Array(n).fill(MISSING_CODE),
    partial: new Uint8Array(n),
  };
  const def = resolveMetric(ds, metricId);
  if (!def) return out;
  const m = ds.metrics.findIndex((d) => d.id === metricId);
  const cols = m >= 0 ? metricColumns(ds, m) : undefined;
  const slot = periodSlot(ds, key);
  const exact = cols && slot >= 0 ? cols.byPeriod[slot] : undefined;
  switch (def.kind) {
    case 'flow':
      if (cols) {
        const prefix = (month: number): PeriodValues =>
          periodValues(ds, metricId, formatPeriodKey(makePeriod(target.year, 'C', month)));
        rollUpFlow(ds, cols, target, exact, prefix, out.values, out.qualifiers, out.partial);
      }
      break;
    case 'stock':
      if (cols) rollUpStock(cols, target, exact, out);
      break;
    case 'ratio':
      ratioValues(ds, def, key, exact, out);
      break;
    default: {
      const never: never = def.kind;
      throw new Error(`unknown aggregation kind: ${String(never)}`);
    }
  }
  return out;
}

/** Granularity preference among stored values sharing a period end: the finest first. */
const STOCK_PREFERENCE = { M: 0, Q: 1, H: 2, Y: 3, C: 4 } as const;

function rollUpStock(
  cols: MetricColumns, target: Period, exact: PeriodColumn | undefined,
  out: { values: Float64Array; qualifiers: Uint8Array; partial: Uint8Array },
): void {
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
  for (let u = 0; u < values.length; u++) {
    if (exact) {
      qualifiers[u] = exact.qualifiers[u]!;
      const v = exact.values[u]!;
      if (!Number.isNaN(v)) {
        values[u] = v;
        continue;
      }
    }
    for (const { col, end } of candidates) {
      const v = col.values[u]!;
      if (Number.isNaN(v)) continue;
      values[u] = v;
      qualifiers[u] = col.qualifiers[u]!;
      if (end < b) partial[u] = 1;
      break;
    }
  }
}

function ratioValues(
  ds: Dataset, def: MetricDef, key: PeriodKey, exact: PeriodColumn | undefined,
  out: { values: Float64Array; qualifiers: Uint8Array; partial: Uint8Array },
): void {
  const num = def.numerator !== undefined ? periodValues(ds, def.numerator, key) : undefined;
  const den = def.denominator !== undefined ? periodValues(ds, def.denominator, key) : undefined;
  const { values, qualifiers, partial } = out;
  for (let u = 0; u < values.length; u++) {
    if (exact) {
      qualifiers[u] = exact.qualifiers[u]!;
      const v = exact.values[u]!;
      if (!Number.isNaN(v)) {
        values[u] = v;
        continue;
      }
    }
    if (!num || !den) continue;
    const nv = num.values[u]!;
    const dv = den.values[u]!;
    if (Number.isNaN(nv) || Number.isNaN(dv)) continue;
    if (dv === 0) {
      // Like a spreadsheet's #DIV/0!: there is no rate for a community with no denominator.
      qualifiers[u] = QUALIFIER_CODE.error;
      continue;
    }
    values[u] = (nv / dv) * 100;
    qualifiers[u] = differenceQualifier(num.qualifiers[u]!, den.qualifiers[u]!);
    partial[u] = num.partial[u]! | den.partial[u]!;
  }
}
