/** Small datasets for analysis tests, written as tables of (unit, period, metric, value). */
import type { Dataset, Qualifier } from '../../src/data/dataset/dataset';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { canonicalMetric, customMetric, type MetricDef } from '../../src/data/vocabulary/metric-catalog';

export interface UnitSpec {
  readonly name: string;
  readonly parent?: string;
  readonly aliases?: readonly string[];
  readonly code?: string;
  readonly district?: string;
}

/** [unit index, period key, metric id, value, qualifier?] */
export type ObsRow = readonly [number, string, string, number, Qualifier?];

function metricDef(id: string): MetricDef {
  return canonicalMetric(id) ?? customMetric(id.replace(/^custom:/, ''));
}

/**
 * A dataset with the given units and observations. Metrics are added in the order listed in
 * `metrics` (default: first appearance in rows). Lines number the rows from 2, as in a CSV file.
 */
export function makeDataset(units: readonly (UnitSpec | string)[], rows: readonly ObsRow[], metrics?: readonly string[]): Dataset {
  return makeFiledDataset(units, [['test.csv', rows]], metrics);
}

/**
 * A dataset imported from several files: each [file name, its rows]; the observations of the
 * first file come first. Lines number each file's rows from 2.
 */
export function makeFiledDataset(
  units: readonly (UnitSpec | string)[], files: readonly (readonly [string, readonly ObsRow[]])[], metrics?: readonly string[],
): Dataset {
  const b = new DatasetBuilder();
  for (const [name] of files) b.addFile({ name, encoding: 'utf-8', bytes: 0 });
  for (const u of units) {
    const spec = typeof u === 'string' ? { name: u } : u;
    b.addUnit({
      code: spec.code ?? '', name: spec.name, parent: spec.parent ?? '', district: spec.district ?? '',
      aliases: spec.aliases,
    });
  }
  const ids = [...(metrics ?? []), ...files.flatMap(([, rows]) => rows.map((r) => r[2]))];
  const metricIndex = new Map<string, number>();
  for (const id of ids) if (!metricIndex.has(id)) metricIndex.set(id, b.addMetric(metricDef(id)));
  files.forEach(([, rows], file) => rows.forEach(([unit, period, metric, value, qualifier], i) => {
    b.add({ unit, period, metric: metricIndex.get(metric)!, value, qualifier, file, line: i + 2 });
  }));
  return b.build({ id: 'test', name: 'test', createdAt: '2024-01-01T00:00:00Z' });
}

/** Monthly rows for one unit and metric: values[0] is January of `year`; NaN entries are skipped. */
export function months(unit: number, metric: string, year: number, values: readonly number[]): ObsRow[] {
  const out: ObsRow[] = [];
  values.forEach((v, i) => {
    if (!Number.isNaN(v)) out.push([unit, `${year}-${String(i + 1).padStart(2, '0')}`, metric, v]);
  });
  return out;
}

/** Plain array view of a typed array, for toEqual with NaN. */
export function arr(a: ArrayLike<number>): number[] {
  return Array.from(a);
}
