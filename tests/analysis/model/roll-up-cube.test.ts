/**
 * The worker's rolled-up columns (rollUpCube) against what a model rolls up on demand: on the
 * sample, and on generated data with gaps, rates (derived and stored), stocks, cumulative
 * year-to-date keys and partial quarters. Pinned late (as when the worker's second message
 * arrives after views have asked) or at once (a dataset reopened with its cube).
 */
import { comparableValues } from '../../../src/analysis/comparable-values';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availablePeriods } from '../../../src/analysis/available-periods';
import { createAnalysis, type Analysis } from '../../../src/analysis/model/analysis';
import { packCube } from '../../../src/analysis/model/cube';
import { rollUpCube } from '../../../src/analysis/model/roll-up-cube';
import { copyRollUps, rollUpsBytes, rollUpsTransfer, STORED_ROW } from '../../../src/analysis/model/roll-ups';
import { IMB, IMBALANCE_FIELDS, IMBALANCE_LAYOUT, imbalanceNumbers } from '../../../src/analysis/imbalance-numbers';
import { persistentLaggards } from '../../../src/analysis/persistent-laggards';
import { bottomQuartileCut } from '../../../src/analysis/quartile-cut';
import { CUT_KINDS } from '../../../src/analysis/quartile-cut';
import { imbalanceForMetric } from '../../../src/analysis/imbalance';
import { spreadTrend } from '../../../src/analysis/spread-trend';
import { periodValues } from '../../../src/analysis/period-values';
import { availableMetrics } from '../../../src/analysis/resolve-metric';
import { countable, finiteOrder, finiteSpan, sharedFiniteOrder } from '../../../src/analysis/value-order';
import type { Dataset } from '../../../src/data/dataset/dataset';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { mulberry32 } from '../../../scripts/sample/prng';
import { makeDataset, type ObsRow } from '../analysis-fixtures';

const pad = (m: number): string => String(m).padStart(2, '0');

function sample(): Dataset {
  const bytes = new Uint8Array(readFileSync(new URL('../../../data/sample-jinnan-long.csv', import.meta.url)));
  return importFiles([{ name: 'sample-jinnan-long.csv', bytes }], { id: 'sample', createdAt: '2025-01-01T00:00:00.000Z' }).dataset!;
}

/**
 * Eight units over 2023–2024: months with gaps (so some quarters are partial), a unit that reports
 * quarters, one that reports cumulative year-to-date values (some with months too), a stored rate
 * with holes the derived rate fills, residents as a stock reported some months only, a metric
 * present in 2024 only.
 */
function generated(seed: number): Dataset {
  const r = mulberry32(seed);
  const rows: ObsRow[] = [];
  const flows = ['reemployed', 'unemployed', 'volunteers'];
  for (let u = 0; u < 8; u++) {
    for (const year of [2023, 2024]) {
      for (const metric of flows) {
        const mode = u === 6 ? 'quarters' : u === 7 ? 'cumulative' : 'months';
        if (mode === 'months') {
          for (let m = 1; m <= 12; m++) if (r() < 0.8) rows.push([u, `${year}-${pad(m)}`, metric, Math.floor(r() * 40), r() < 0.1 ? 'gt' : 'exact']);
        } else if (mode === 'quarters') {
          for (let q = 1; q <= 4; q++) if (r() < 0.85) rows.push([u, `${year}-Q${q}`, metric, Math.floor(r() * 90)]);
        } else {
          let total = 0;
          for (let m = 1; m <= 12; m++) {
            total += Math.floor(r() * 30);
            if (m <= 3 && r() < 0.7) rows.push([u, `${year}-${pad(m)}`, metric, total]);
            if (m % 3 === 0 && r() < 0.8) rows.push([u, `${year}-C${pad(m)}`, metric, total]);
          }
        }
      }
      for (let m = 1; m <= 12; m++) if (r() < 0.5) rows.push([u, `${year}-${pad(m)}`, 'residents', 1000 + Math.floor(r() * 500)]);
      for (let q = 1; q <= 4; q++) if (r() < 0.5) rows.push([u, `${year}-Q${q}`, 'reemployment_rate', Math.floor(r() * 100)]);
      if (year === 2024) for (let m = 1; m <= 6; m++) if (r() < 0.9) rows.push([u, `${year}-${pad(m)}`, 'lectures', Math.floor(r() * 5)]);
    }
    rows.push([u, '2024-Q2', 'unemployed', u === 3 ? 0 : 7, u === 2 ? 'missing' : 'exact']);
  }
  return makeDataset(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'], rows);
}

function expectSame(a: Analysis, b: Analysis, ds: Dataset): number {
  let compared = 0;
  for (const def of availableMetrics(ds)) {
    for (const period of availablePeriods(ds)) {
      const x = periodValues(a, def.id, period);
      const y = periodValues(b, def.id, period);
      const where = `${def.id} ${period}`;
      expect(Array.from(x.values, (v) => (Object.is(v, -0) ? '-0' : v)), where).toEqual(Array.from(y.values, (v) => (Object.is(v, -0) ? '-0' : v)));
      expect(Array.from(x.qualifiers), where).toEqual(Array.from(y.qualifiers));
      expect(Array.from(x.partial), where).toEqual(Array.from(y.partial));
      expect(x.key).toBe(y.key);
      compared++;
    }
  }
  return compared;
}

describe.each([
  ['the sample', sample],
  ['generated data (seed 1)', () => generated(1)],
  ['generated data (seed 2)', () => generated(2)],
  ['generated data (seed 3)', () => generated(3)],
] as const)('rolled-up columns of %s', (_, make) => {
  const ds = make();
  const cube = packCube(ds);
  const rollUps = rollUpCube(ds, cube);

  it('cover every available metric in every available period', () => {
    expect(rollUps.metrics).toEqual(availableMetrics(ds).map((d) => d.id));
    expect(rollUps.periods).toEqual(availablePeriods(ds));
    expect(rollUps.slot.length).toBe(rollUps.metrics.length * rollUps.periods.length);
  });

  it('equal what a model without them rolls up on demand', () => {
    const pinned = createAnalysis(ds, { cube, rollUps });
    expect(expectSame(pinned, createAnalysis(ds), ds)).toBe(rollUps.slot.length);
    // Nothing was rolled up in the pinned model: every asked result was there.
    expect(pinned.usage().computed).toBe(0);
  });

  it('carry the imbalance numbers a model without them computes, and a model reads them instead of sorting', () => {
    const pinned = createAnalysis(ds, { cube, rollUps });
    const plain = createAnalysis(ds);
    let compared = 0;
    for (const def of availableMetrics(ds)) {
      for (const period of availablePeriods(ds)) {
        const before = pinned.usage().computed;
        const got = imbalanceNumbers(pinned, def, period);
        // Pinned: nothing computed, no sort.
        expect(pinned.usage().computed, `${def.id} ${period}`).toBe(before);
        expect(Array.from(got, String), `${def.id} ${period}`).toEqual(Array.from(imbalanceNumbers(plain, def, period), String));
        const a = imbalanceForMetric(pinned, def.id, period);
        const b = imbalanceForMetric(plain, def.id, period);
        expect({ ...a, laggards: a.laggards, outliers: a.outliers }).toEqual({ ...b, laggards: b.laggards, outliers: b.outliers });
        compared++;
      }
    }
    expect(compared * IMBALANCE_FIELDS).toBe(rollUps.imbalance!.length);
    // A street or a per-capita base is not in the roll-ups: computed on demand, the same way.
    const def = availableMetrics(ds)[0]!;
    const period = availablePeriods(ds).at(-1)!;
    const scope = ds.units[0]!.parent ? { parent: ds.units[0]!.parent } : { per: '1000' as const };
    const before = pinned.usage().computed;
    expect(Array.from(imbalanceNumbers(pinned, def, period, scope), String))
      .toEqual(Array.from(imbalanceNumbers(plain, def, period, scope), String));
    expect(pinned.usage().computed).toBeGreaterThan(before);
  });

  it('carry the sorts of the values that are not counted, and a model reads them instead of sorting', () => {
    const pinned = createAnalysis(ds, { cube, rollUps });
    let kept = 0;
    for (const def of availableMetrics(ds)) {
      for (const period of availablePeriods(ds)) {
        const values = periodValues(pinned, def.id, period);
        const where = `${def.id} ${period}`;
        const counted = countable(finiteSpan(values.values));
        const before = pinned.usage().computed;
        const order = sharedFiniteOrder(pinned, values);
        expect(Array.from(order), where).toEqual(Array.from(finiteOrder(values.values)));
        // Read off the worker's sort: only the Int32 copy of it is made (one computed entry, no sort).
        if (!counted && order.length > 0) kept++;
        expect(pinned.usage().computed - before, where).toBe(1);
      }
    }
    expect(rollUps.orders!.length).toBe(rollUps.orderStart!.at(-1));
    // The order comes from the roll-ups, not from a sort here: a model given reversed ones reads those.
    const orderStart = rollUps.orderStart!;
    const reversed = rollUps.orders!.slice();
    for (let i = 0; i + 1 < orderStart.length; i++) reversed.subarray(orderStart[i]!, orderStart[i + 1]!).reverse();
    const misled = createAnalysis(ds, { cube, rollUps: { ...rollUps, orders: reversed } });
    const i = orderStart.findIndex((at, k) => orderStart[k + 1]! > at + 1);
    expect(i, 'some kept sort of two units or more').toBeGreaterThanOrEqual(0);
    const id = rollUps.metrics[Math.floor(i / rollUps.periods.length)]!;
    const period = rollUps.periods[i % rollUps.periods.length]!;
    const values = periodValues(misled, id, period);
    expect(Array.from(sharedFiniteOrder(misled, values))).toEqual(Array.from(finiteOrder(values.values)).reverse());
    // Every kept entry is one of the uncounted results; counted ones keep nothing.
    expect(rollUps.orderStart!.filter((at, i) => i > 0 && at > rollUps.orderStart![i - 1]!).length).toBe(kept);
  });

  it('and the spread trends and 连续N期靠后 read off them equal those of a model without them', () => {
    const pinned = createAnalysis(ds, { cube, rollUps });
    const plain = createAnalysis(ds);
    for (const def of availableMetrics(ds)) {
      for (const granularity of ['M', 'Q', 'H', 'Y'] as const) {
        const where = `${def.id} ${granularity}`;
        expect(spreadTrend(pinned, def.id, granularity), where).toEqual(spreadTrend(plain, def.id, granularity));
        for (const n of [1, 2, 3]) expect(persistentLaggards(pinned, def.id, granularity, n), where).toEqual(persistentLaggards(plain, def.id, granularity, n));
      }
      // The numbers' cut is the bottom quartile's (its ranks aside) of the values compared (partial ones left out).
      for (const period of availablePeriods(ds)) {
        const x = imbalanceNumbers(pinned, def, period);
        const cut = bottomQuartileCut(plain, comparableValues(plain, periodValues(plain, def.id, period)), def.direction);
        expect([CUT_KINDS[x[IMB.cutKind]!], x[IMB.cutT]], `${def.id} ${period}`).toEqual([cut.kind, cut.t]);
      }
    }
  });

  it('pinned late, replace what was rolled up before with the same values', () => {
    const model = createAnalysis(ds, { cube });
    const plain = createAnalysis(ds);
    const periods = availablePeriods(ds);
    const metric = availableMetrics(ds)[0]!.id;
    for (const p of periods) periodValues(model, metric, p);
    const before = model.usage();
    expect(before.bytes).toBeGreaterThan(0);
    model.pinRollUps(rollUps);
    const after = model.usage();
    expect(after.bytes).toBeLessThan(before.bytes);
    expect(after.pinnedBytes).toBeGreaterThan(before.pinnedBytes);
    expectSame(model, plain, ds);
    expect(model.usage().computed).toBe(before.computed);
  });
});

describe('rolled-up columns', () => {
  it('keep nothing for a stored month and one row per rolled-up period (the sample)', () => {
    const ds = sample();
    const rollUps = rollUpCube(ds, packCube(ds));
    const p = rollUps.periods.indexOf('2024-11');
    const q = rollUps.periods.indexOf('2024-Q4');
    const m = rollUps.metrics.indexOf('people_visited');
    expect(rollUps.slot[m * rollUps.periods.length + p]).toBe(STORED_ROW);
    expect(rollUps.slot[m * rollUps.periods.length + q]).toBeGreaterThanOrEqual(0);
  });

  it('keep the partial units of a partial quarter', () => {
    const ds = makeDataset(['甲', '乙'], [
      [0, '2024-01', 'reemployed', 1], [0, '2024-02', 'reemployed', 2], [0, '2024-03', 'reemployed', 3],
      [1, '2024-01', 'reemployed', 5],
    ]);
    const rollUps = rollUpCube(ds, packCube(ds));
    const model = createAnalysis(ds, { cube: packCube(ds), rollUps });
    const pv = periodValues(model, 'reemployed', '2024-Q1');
    expect(Array.from(pv.values)).toEqual([6, 5]);
    expect(Array.from(pv.partial)).toEqual([0, 1]);
    expect(model.usage().computed).toBe(0);
  });

  it('do not fit another dataset', () => {
    const ds = makeDataset(['甲', '乙'], [[0, '2024-01', 'reemployed', 1]]);
    const other = makeDataset(['甲'], [[0, '2024-01', 'reemployed', 1]]);
    const cube = packCube(ds);
    expect(() => createAnalysis(ds, { cube, rollUps: rollUpCube(other, packCube(other)) })).toThrow(/do not fit/);
  });

  it('hand over, copy and count the imbalance numbers and sorts with the rolled-up values', () => {
    const ds = sample();
    const rollUps = rollUpCube(ds, packCube(ds));
    expect(rollUpsTransfer(rollUps)).toContain(rollUps.imbalance!.buffer);
    const copy = copyRollUps(rollUps);
    expect(copy.imbalance!.buffer).not.toBe(rollUps.imbalance!.buffer);
    expect(Array.from(copy.imbalance!, String)).toEqual(Array.from(rollUps.imbalance!, String));
    expect(rollUpsTransfer(rollUps)).toContain(rollUps.orders!.buffer);
    expect(Array.from(copy.orders!)).toEqual(Array.from(rollUps.orders!));
    expect(copy.orderStart!.buffer).not.toBe(rollUps.orderStart!.buffer);
    const { imbalance, imbalanceLayout, orders, orderStart, ...without } = rollUps;
    expect(imbalanceLayout).toBe(IMBALANCE_LAYOUT);
    expect(orders!.length).toBeGreaterThan(0);
    expect(rollUpsBytes(rollUps)).toBe(rollUpsBytes(without) + imbalance!.byteLength + orders!.byteLength + orderStart!.byteLength);
    // Roll-ups saved before they carried the numbers still pin: the numbers are computed when asked.
    const model = createAnalysis(ds, { cube: packCube(ds), rollUps: without });
    const def = availableMetrics(ds)[0]!;
    expect(Array.from(imbalanceNumbers(model, def, '2024-Q4'), String)).toEqual(Array.from(imbalanceNumbers(createAnalysis(ds), def, '2024-Q4'), String));
    // Numbers of another layout (saved by an older build) are not read: computed when asked.
    const older = createAnalysis(ds, { cube: packCube(ds), rollUps: { ...rollUps, imbalance: rollUps.imbalance!.map(() => 7), imbalanceLayout: 'n,cv' } });
    expect(Array.from(imbalanceNumbers(older, def, '2024-Q4'), String)).toEqual(Array.from(imbalanceNumbers(createAnalysis(ds), def, '2024-Q4'), String));
    expect(older.usage().computed).toBeGreaterThan(0);
  });

  it('are ignored by a disposed model', () => {
    const ds = makeDataset(['甲'], [[0, '2024-01', 'reemployed', 1], [0, '2024-02', 'reemployed', 2]]);
    const cube = packCube(ds);
    const model = createAnalysis(ds, { cube });
    model.dispose();
    model.pinRollUps(rollUpCube(ds, cube));
    expect(model.usage().pinnedBytes).toBe(0);
  });
});
