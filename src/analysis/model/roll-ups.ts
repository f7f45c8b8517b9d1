/**
 * The rolled-up part of the cube: every available metric (stored ones and the rates derivable from
 * them) in every available period (months, quarters, halves, years: availablePeriods), with the
 * completeness of each value (PeriodValues.partial: not every month of the period was there).
 * Built by the import worker (rollUpCube) after it has handed over the dataset and the stored-period
 * cube, pinned in the page's model when it arrives (Analysis.pinRollUps). Where a result is a stored
 * column as it is (a stored month), nothing is kept: the pinned entry reads the stored column.
 */
import type { Dataset } from '../../data/dataset/dataset';
import { IMBALANCE_FIELDS, IMBALANCE_LAYOUT, imbalanceNumbersKey, type ImbalanceNumbers } from '../imbalance-numbers';
import { columnRead, qualifierRowOf, type MetricColumns } from '../metric-index';
import { periodValuesKey, type PeriodValues } from '../period-values';
import { packedOrderKey } from '../value-order';

/** `slot` value of a result that is the stored column of the same metric and period, unchanged. */
export const STORED_ROW = -1;

/**
 * Rolled-up values in transferable form. `slot[m * periods.length + p]` is the row of metric
 * `metrics[m]` in period `periods[p]` in `values` (one value per unit per row), or STORED_ROW.
 * Qualifiers and completeness are packed as in packQualifiers: `qualifierRow[row]` is its row in
 * `qualifiers`, −1 when all are `exact`; `partialRow[row]` its row in `partial`, −1 when no value
 * of it is partial (most): such rows read one shared all-zero row. The stored columns row `r`
 * was read from (PeriodValues.reads) are `readList[readStart[r] .. readStart[r + 1]]`; a STORED_ROW
 * result reads its own column.
 */
export interface PackedRollUps {
  readonly units: number;
  readonly metrics: readonly string[];
  readonly periods: readonly string[];
  readonly slot: Int32Array;
  readonly values: Float64Array;
  readonly qualifierRow: Int32Array;
  readonly qualifiers: Uint8Array;
  readonly partialRow: Int32Array;
  readonly partial: Uint8Array;
  readonly readStart: Int32Array;
  readonly readList: Int32Array;
  /**
   * The imbalance numbers (imbalanceNumbers: every unit, absolute values) of every metric × period,
   * IMBALANCE_FIELDS each, at `(m * periods.length + p) * IMBALANCE_FIELDS`. Absent in roll-ups saved
   * before they were computed: the model then computes them when asked.
   */
  readonly imbalance?: Float64Array;
  /** IMBALANCE_LAYOUT when `imbalance` was packed: numbers of another layout (an older build's, reopened) are ignored. */
  readonly imbalanceLayout?: string;
  /**
   * The sort orders (finiteOrder: unit indices of the finite values, ascending) of the results that
   * are not sorted by counting (reals and wide integers: rates, amounts), one after another: that
   * of metric m in period p is `orders[orderStart[i] .. orderStart[i + 1]]`, i = m * periods.length + p,
   * none when that is empty. Small integers (counts) are counted again instead: keeping theirs
   * would cost more memory than their counting costs time. Absent with more units than a Uint16
   * numbers, and in roll-ups saved before they were kept.
   */
  readonly orders?: Uint16Array;
  readonly orderStart?: Int32Array;
}

/** The buffers of `r` to transfer with it. */
export function rollUpsTransfer(r: PackedRollUps): ArrayBuffer[] {
  const buffers = [
    r.slot.buffer, r.values.buffer, r.qualifierRow.buffer, r.qualifiers.buffer, r.partialRow.buffer, r.partial.buffer,
    r.readStart.buffer, r.readList.buffer,
  ];
  if (r.imbalance) buffers.push(r.imbalance.buffer);
  if (r.orders && r.orderStart) buffers.push(r.orders.buffer, r.orderStart.buffer);
  return buffers as ArrayBuffer[];
}

/** A copy of `r` with buffers of its own. */
export function copyRollUps(r: PackedRollUps): PackedRollUps {
  return {
    ...r, slot: r.slot.slice(), values: r.values.slice(), qualifierRow: r.qualifierRow.slice(), qualifiers: r.qualifiers.slice(),
    partialRow: r.partialRow.slice(), partial: r.partial.slice(), readStart: r.readStart.slice(), readList: r.readList.slice(),
    ...(r.imbalance ? { imbalance: r.imbalance.slice() } : {}),
    ...(r.orders && r.orderStart ? { orders: r.orders.slice(), orderStart: r.orderStart.slice() } : {}),
  };
}

/** Bytes the packed roll-ups hold. */
export function rollUpsBytes(r: PackedRollUps): number {
  return r.slot.byteLength + r.values.byteLength + r.qualifierRow.byteLength + r.qualifiers.byteLength + r.partialRow.byteLength
    + r.partial.byteLength + r.readStart.byteLength + r.readList.byteLength + (r.imbalance?.byteLength ?? 0) + (r.orders?.byteLength ?? 0) + (r.orderStart?.byteLength ?? 0);
}

/**
 * The periodValues results `r` holds, as [memo key, value] pairs for the model to pin: views into
 * r's buffers; a STORED_ROW result reads the model's stored column (`storedColumns` of the
 * metric's ds.metrics index, undefined where the model has none); all-exact qualifiers and results
 * without a partial value share `zeros`.
 */
export function rollUpEntries(
  ds: Dataset, r: PackedRollUps, storedColumns: (metricIndex: number) => MetricColumns | undefined, zeros: Uint8Array,
): [string, PeriodValues][] {
  if (r.units !== ds.units.length) throw new Error(`roll-ups of ${r.units} units do not fit dataset ${ds.id} (${ds.units.length} units)`);
  const n = r.units;
  const out: [string, PeriodValues][] = [];
  r.metrics.forEach((id, m) => {
    const dm = ds.metrics.findIndex((d) => d.id === id);
    const cols = dm >= 0 ? storedColumns(dm) : undefined;
    r.periods.forEach((period, p) => {
      const key = periodValuesKey(id, period);
      const row = r.slot[m * r.periods.length + p]!;
      if (row === STORED_ROW) {
        const slot = ds.periods.indexOf(period);
        const column = cols && slot >= 0 ? cols.byPeriod[slot] : undefined;
        if (!cols || !column) throw new Error(`roll-ups name a stored column that dataset ${ds.id} lacks: ${id} ${period}`);
        out.push([key, { key, values: column.values, qualifiers: column.qualifiers, partial: zeros, reads: [columnRead(cols, column)] }]);
        return;
      }
      out.push([key, {
        key,
        values: r.values.subarray(row * n, (row + 1) * n),
        qualifiers: qualifierRowOf(r.qualifierRow, r.qualifiers, row, n, zeros),
        partial: qualifierRowOf(r.partialRow, r.partial, row, n, zeros),
        reads: Array.from(r.readList.subarray(r.readStart[row]!, r.readStart[row + 1]!)),
      }]);
    });
  });
  return out;
}

/**
 * The imbalance numbers `r` holds (none when it has none, or numbers of another layout), as
 * [memo key, value] pairs for the model to pin: views into r's buffer, under the keys
 * imbalanceNumbers asks.
 */
export function imbalanceEntries(r: PackedRollUps): [string, ImbalanceNumbers][] {
  const all = r.imbalance;
  if (!all || r.imbalanceLayout !== IMBALANCE_LAYOUT) return [];
  if (all.length !== r.metrics.length * r.periods.length * IMBALANCE_FIELDS) {
    throw new Error(`roll-ups carry ${all.length} imbalance numbers for ${r.metrics.length} metrics × ${r.periods.length} periods`);
  }
  const out: [string, ImbalanceNumbers][] = [];
  r.metrics.forEach((id, m) => r.periods.forEach((period, p) => {
    const at = (m * r.periods.length + p) * IMBALANCE_FIELDS;
    out.push([imbalanceNumbersKey(periodValuesKey(id, period)), all.subarray(at, at + IMBALANCE_FIELDS)]);
  }));
  return out;
}

/**
 * The sort orders `r` holds (none when it has none), as [memo key, value] pairs for the model to
 * pin: views into r's buffer, under the keys sharedFiniteOrder looks for.
 */
export function orderEntries(r: PackedRollUps): [string, Uint16Array][] {
  const { orders, orderStart } = r;
  if (!orders || !orderStart) return [];
  if (orderStart.length !== r.metrics.length * r.periods.length + 1 || orderStart.at(-1) !== orders.length) {
    throw new Error(`roll-ups carry ${orders.length} sorted units for ${r.metrics.length} metrics × ${r.periods.length} periods`);
  }
  const out: [string, Uint16Array][] = [];
  r.metrics.forEach((id, m) => r.periods.forEach((period, p) => {
    const i = m * r.periods.length + p;
    if (orderStart[i + 1]! > orderStart[i]!) out.push([packedOrderKey(periodValuesKey(id, period)), orders.subarray(orderStart[i]!, orderStart[i + 1]!)]);
  }));
  return out;
}
