/**
 * Builds the rolled-up part of the cube (PackedRollUps) by asking periodValues of a model started
 * with the stored-period cube: the one roll-up implementation, so each pinned result is the very
 * result the page would roll up on demand.
 */
import type { Dataset } from '../../data/dataset/dataset';
import { availablePeriods } from '../available-periods';
import { metricColumns, packQualifiers } from '../metric-index';
import { periodValues, type PeriodValues } from '../period-values';
import { finiteSpanOf, IMB, IMBALANCE_FIELDS, IMBALANCE_LAYOUT, imbalanceNumbers } from '../imbalance-numbers';
import { availableMetrics, requireMetric } from '../resolve-metric';
import { countable, finiteSpan, sharedFiniteOrder } from '../value-order';
import { createAnalysis } from './analysis';
import type { PackedCube } from './cube';
import { STORED_ROW, type PackedRollUps } from './roll-ups';

/**
 * Rolls up every available metric in every available period of `ds` from `cube` alone: the
 * observation columns are not read (in the worker they have been transferred to the page by now).
 * Then the imbalance numbers of each (imbalanceNumbers, every unit, absolute values), and the
 * sorts they were read from where the values are not counted instead (PackedRollUps.orders).
 */
export function rollUpCube(ds: Dataset, cube: PackedCube): PackedRollUps {
  const tables: Dataset = { ...ds, obs: emptyObservations() };
  // Unbounded: the cumulative prefixes a flow roll-up asks for are reused across its periods.
  const model = createAnalysis(tables, { cube, budgetBytes: Infinity });
  const metrics = availableMetrics(ds).map((d) => d.id);
  const periods = availablePeriods(ds);
  const slot = new Int32Array(metrics.length * periods.length).fill(STORED_ROW);
  const rows: PeriodValues[] = [];
  metrics.forEach((id, m) => {
    const sm = ds.metrics.findIndex((d) => d.id === id);
    periods.forEach((period, p) => {
      const pv = periodValues(model, id, period);
      const ps = ds.periods.indexOf(period);
      const column = sm >= 0 && ps >= 0 ? metricColumns(model, sm).byPeriod[ps] : undefined;
      if (column && pv.values === column.values) return;
      slot[m * periods.length + p] = rows.length;
      rows.push(pv);
    });
  });
  model.dispose();
  const n = ds.units.length;
  const values = new Float64Array(rows.length * n);
  rows.forEach((pv, r) => values.set(pv.values, r * n));
  const { qualifierRow, qualifiers } = packQualifiers(rows.map((pv) => pv.qualifiers), n);
  // Completeness packs as qualifiers do: 0 (complete) is the common value.
  const { qualifierRow: partialRow, qualifiers: partial } = packQualifiers(rows.map((pv) => pv.partial), n);
  const readStart = new Int32Array(rows.length + 1);
  rows.forEach((pv, r) => { readStart[r + 1] = readStart[r]! + pv.reads.length; });
  const readList = Int32Array.from(rows.flatMap((pv) => pv.reads));
  const rollUps: PackedRollUps = {
    units: n, metrics, periods, slot, values, qualifierRow, qualifiers, partialRow, partial, readStart, readList,
  };
  return { ...rollUps, ...imbalanceOfCube(tables, cube, rollUps), imbalanceLayout: IMBALANCE_LAYOUT };
}

/**
 * The imbalance numbers of every metric × period of `rollUps` (PackedRollUps.imbalance), from a
 * model that reads the cube and the roll-ups, and the sorts of the values that are not counted
 * (PackedRollUps.orders): the numbers were read from them, and the model drops them as its budget fills.
 */
function imbalanceOfCube(tables: Dataset, cube: PackedCube, rollUps: PackedRollUps): Pick<PackedRollUps, 'imbalance' | 'orders' | 'orderStart'> {
  const model = createAnalysis(tables, { cube, rollUps, budgetBytes: IMBALANCE_BUDGET });
  const { metrics, periods } = rollUps;
  const imbalance = new Float64Array(metrics.length * periods.length * IMBALANCE_FIELDS);
  const keepOrders = rollUps.units <= 2 ** 16;
  const orderStart = new Int32Array(metrics.length * periods.length + 1);
  const kept: Int32Array[] = [];
  metrics.forEach((id, m) => {
    const def = requireMetric(tables, id);
    periods.forEach((period, p) => {
      const i = m * periods.length + p;
      const numbers = imbalanceNumbers(model, def, period);
      imbalance.set(numbers, i * IMBALANCE_FIELDS);
      const pv = periodValues(model, id, period);
      // The numbers' span is of the values compared: with partial ones left out, not of these.
      const span = numbers[IMB.partialLeftOut] === 0 ? finiteSpanOf(numbers) : finiteSpan(pv.values);
      const sorted = keepOrders && !countable(span) ? sharedFiniteOrder(model, pv) : undefined;
      if (sorted) kept.push(sorted);
      orderStart[i + 1] = orderStart[i]! + (sorted?.length ?? 0);
    });
  });
  model.dispose();
  if (!keepOrders) return { imbalance };
  const orders = new Uint16Array(orderStart.at(-1)!);
  kept.reduce((at, sorted) => { orders.set(sorted, at); return at + sorted.length; }, 0);
  return { imbalance, orders, orderStart };
}

/** Memo budget of the model the imbalance numbers are computed in: a few sorts at a time. */
const IMBALANCE_BUDGET = 4 * 2 ** 20;

function emptyObservations(): Dataset['obs'] {
  return {
    unit: new Uint32Array(0), period: new Uint16Array(0), metric: new Uint16Array(0), value: new Float64Array(0),
    qualifier: new Uint8Array(0), file: new Uint16Array(0), line: new Uint32Array(0),
  } as Dataset['obs'];
}
