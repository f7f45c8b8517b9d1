/**
 * One home file per unit, kept once per dataset, and per column only the units whose number came
 * from another file: when each street sends its own workbook (every column then holds numbers of
 * several files) the columns hold no per-unit file row, and a unit resent in another file is an
 * exception of the column it was resent in, nothing more.
 */
import { describe, expect, it } from 'vitest';
import { homeFileOf } from '../../src/analysis/column-files';
import { metricColumns } from '../../src/analysis/metric-index';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import { packCube } from '../../src/analysis/model/cube';
import { sourceFiles } from '../../src/analysis/source-files';
import type { Dataset } from '../../src/data/dataset/dataset';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { CANONICAL_METRICS } from '../../src/data/vocabulary/metric-catalog';

const UNITS = 100;
const STREETS = 3;
const PERIODS = Array.from({ length: 24 }, (_, k) => `${2023 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);

/** Units resent in another (later) file: [unit, file]; in metric 0's 2024-03 column. */
type Resent = readonly (readonly [number, number])[];

/**
 * 100 units on 3 streets, 24 months, 5 metrics; unit u's street is u % 3. `perStreet`: street s
 * sent file s, else one file holds everything. The resent observations are added first, so a unit's
 * first observation is not always from its home file.
 */
function dataset(perStreet: boolean, resent: Resent = []): Dataset {
  const b = new DatasetBuilder();
  for (let s = 0; s < (perStreet ? STREETS : 1); s++) b.addFile({ name: `街道${s}.xlsx`, encoding: 'utf-8', bytes: 0 });
  for (let u = 0; u < UNITS; u++) b.addUnit({ code: '', name: `社区${u}`, parent: `街道${u % STREETS}`, district: '区' });
  const metrics = CANONICAL_METRICS.filter((m) => m.kind !== 'ratio').slice(0, 5).map((m) => b.addMetric(m));
  for (const [u, file] of resent) b.add({ unit: u, period: '2024-03', metric: metrics[0]!, value: 1000 + u, line: 2, file });
  for (const period of PERIODS) {
    for (const metric of metrics) {
      for (let u = 0; u < UNITS; u++) b.add({ unit: u, period, metric, value: u + metric, line: u + 2, file: perStreet ? u % STREETS : 0 });
    }
  }
  return b.build({ id: perStreet ? 'streets' : 'one', name: 'files' });
}

/** The model's estimate of what the columns hold: the memo's bytes once built, or the pinned cube. */
function columnBytes(a: Analysis): number {
  a.cube.metrics.forEach((_, m) => metricColumns(a, m));
  const u = a.usage();
  return u.bytes + u.pinnedBytes;
}

describe.each<[string, (ds: Dataset) => Analysis]>([
  ['built on the page', (ds) => createAnalysis(ds)],
  ['packed by the worker', (ds) => createAnalysis(ds, { cube: packCube(ds) })],
])('home files (%s)', (_, model) => {
  it('one file per street: every column of three files, none with a per-unit row', () => {
    const a = model(dataset(true));
    expect(a.cube.obs.value.length).toBe(UNITS * PERIODS.length * 5);
    expect(Array.from(homeFileOf(a))).toEqual(Array.from({ length: UNITS }, (_, u) => u % STREETS));
    for (let m = 0; m < 5; m++) {
      for (const col of metricColumns(a, m).byPeriod) {
        expect(col).toMatchObject({ files: [0, 1, 2], exceptUnits: null, exceptFiles: null });
      }
    }
  });

  it('one file per street costs within 1% of one file in all, by the model’s estimate', () => {
    const single = columnBytes(model(dataset(false)));
    const streets = columnBytes(model(dataset(true)));
    expect(streets).toBeGreaterThanOrEqual(single);
    expect(streets / single).toBeLessThan(1.01);
  });

  it('a few units resent in another file are the exceptions of that column, and only those', () => {
    // 社区3 and 社区4 (街道0, 街道1) resent in 街道2's file, 社区9 (街道0) in 街道1's: the later file wins.
    const a = model(dataset(true, [[3, 2], [4, 2], [9, 1]]));
    expect(Array.from(homeFileOf(a)).slice(0, 10)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0]);
    const cols = metricColumns(a, 0).byPeriod;
    const march = cols[a.cube.periods.indexOf('2024-03')]!;
    expect(Array.from(march.exceptUnits!)).toEqual([3, 4, 9]);
    expect(Array.from(march.exceptFiles!)).toEqual([2, 2, 1]);
    expect(march.values[3]).toBe(1003);
    for (const col of cols) if (col !== march) expect(col!.exceptUnits).toBeNull();
    for (let m = 1; m < 5; m++) for (const col of metricColumns(a, m).byPeriod) expect(col!.exceptUnits).toBeNull();
    const shown = (units: number[], period = '2024-03') => sourceFiles(a, { metrics: [a.cube.metrics[0]!.id], periods: [period], units });
    expect(shown([3])).toEqual([2]);
    expect(shown([9, 6])).toEqual([0, 1]);
    expect(shown([3, 4, 5])).toEqual([2]);
    expect(shown([3], '2024-04')).toEqual([0]);
    expect(sourceFiles(a, { metrics: [a.cube.metrics[0]!.id], periods: ['2024-03'], parent: '街道0' })).toEqual([0, 1, 2]);
  });
});
