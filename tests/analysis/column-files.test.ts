/**
 * A metric column knows the files of its numbers (PeriodColumn's files, and the units whose number
 * came from a file other than their home file), the same whether the page built it or the import
 * worker packed it (packColumns/unpackColumns).
 */
import { describe, expect, it } from 'vitest';
import { fileOfUnit, homeFileOf, NO_FILE } from '../../src/analysis/column-files';
import { metricColumns, type MetricColumns } from '../../src/analysis/metric-index';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { copyCube, cubeTransfer, packCube } from '../../src/analysis/model/cube';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { CANONICAL_METRICS } from '../../src/data/vocabulary/metric-catalog';

// Three units; June from two files (the third unit blank), July from one, August blank everywhere.
function dataset() {
  const b = new DatasetBuilder();
  const a = b.addFile({ name: 'a.csv', encoding: 'utf-8', bytes: 0 });
  const c = b.addFile({ name: 'c.csv', encoding: 'utf-8', bytes: 0 });
  for (const name of ['甲', '乙', '丙']) b.addUnit({ code: '', name, parent: '街', district: '区' });
  const m = b.addMetric(CANONICAL_METRICS.find((d) => d.id === 'reemployed')!);
  b.add({ unit: 0, period: '2024-06', metric: m, value: 1, line: 2, file: c });
  b.add({ unit: 1, period: '2024-06', metric: m, value: 2, line: 2, file: a });
  b.add({ unit: 2, period: '2024-06', metric: m, value: NaN, line: 3, file: c });
  for (const u of [0, 1, 2]) b.add({ unit: u, period: '2024-07', metric: m, value: u, line: u + 2, file: c });
  b.add({ unit: 0, period: '2024-08', metric: m, value: NaN, line: 9, file: a });
  // A duplicate of 甲's July in a.csv, blank: the number in c.csv stays the value and its file.
  b.add({ unit: 0, period: '2024-07', metric: m, value: NaN, line: 5, file: a });
  return b.build({ id: 'files', name: 'files' });
}

const ds = dataset();
const at = (cols: MetricColumns, key: string) => cols.byPeriod[ds.periods.indexOf(key)]!;

describe.each([
  ['built on the page', () => createAnalysis(ds)],
  ['packed by the worker', () => createAnalysis(ds, { cube: packCube(ds) })],
  ['packed, copied', () => createAnalysis(ds, { cube: copyCube(packCube(ds)) })],
])('the files of a metric column (%s)', (_, model) => {
  it('lists the files of its numbers, and each unit’s file is its home file but for the exceptions', () => {
    const a = model();
    const june = at(metricColumns(a, 0), '2024-06');
    expect(june.files).toEqual([0, 1]);
    // 甲 sent June and July in c.csv, 乙 June in a.csv (first of a tie), 丙 no number at all.
    expect(Array.from(homeFileOf(a))).toEqual([1, 0, 1]);
    expect(june).toMatchObject({ exceptUnits: null, exceptFiles: null });
    const fileOf = (u: number) => (Number.isNaN(june.values[u]!) ? NO_FILE : fileOfUnit(june, homeFileOf(a), u));
    expect([0, 1, 2].map(fileOf)).toEqual([1, 0, NO_FILE]);
  });

  it('keeps no exceptions for a column of one file or none', () => {
    const cols = metricColumns(model(), 0);
    expect(at(cols, '2024-07')).toMatchObject({ files: [1], exceptUnits: null, exceptFiles: null });
    expect(at(cols, '2024-08')).toMatchObject({ files: [], exceptUnits: null, exceptFiles: null });
  });
});

describe('the packed cube', () => {
  it('transfers the file buffers and counts them in the pinned bytes', () => {
    const cube = packCube(ds);
    const { fileStart, fileList, exceptStart, exceptUnits, exceptFiles, homeFile } = cube.columns;
    const buffers = [fileStart, fileList, exceptStart, exceptUnits, exceptFiles, homeFile];
    for (const b of buffers) expect(cubeTransfer(cube)).toContain(b.buffer);
    const withoutFiles = createAnalysis(ds, { cube: { ...cube, columns: { ...cube.columns,
      fileStart: new Int32Array(0), fileList: new Uint16Array(0), exceptStart: new Int32Array(0),
      exceptUnits: new Int32Array(0), exceptFiles: new Uint16Array(0), homeFile: new Uint16Array(0) } } });
    const extra = buffers.reduce((n, b) => n + b.byteLength, 0);
    expect(createAnalysis(ds, { cube }).usage().pinnedBytes - withoutFiles.usage().pinnedBytes).toBe(extra);
    expect(homeFile.length).toBe(ds.units.length);
  });
});
