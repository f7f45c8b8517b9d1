/**
 * The merge's columns (merge-table.ts) frozen into a Dataset: the periods in use re-coded in
 * chronological order, each column cut to the observations, and the raw texts that later records
 * replaced put in their place. Called once, when the import is not blocked (MergedRecords.build).
 */
import type { Dataset } from '../dataset/dataset';
import { comparePeriods, parsePeriodKey } from '../vocabulary/period';
import type { MergeTable } from './merge-table';

/**
 * The dataset of `shell` (its units, metrics and files) with the observations of `t`; `periodKeys`
 * are t's period codes' keys, `replaced` the raw text each replaced observation now has (null: none).
 * The period column is re-coded in place: `t` is spent.
 */
export function mergedDataset(t: MergeTable, periodKeys: readonly string[], shell: Dataset, replaced: ReadonlyMap<number, string | null>): Dataset {
  const { n, usedPeriod: used } = t;
  const { unit, period, metric, value, qualifier, file, line } = t.obs;
  const order = periodKeys.map((key, i) => ({ key, i, p: parsePeriodKey(key) }))
    .filter((x) => used[x.i] === 1)
    .map((x) => {
      if (!x.p) throw new Error(`not a canonical period key: ${x.key}`);
      return { key: x.key, i: x.i, p: x.p };
    })
    .sort((a, b) => comparePeriods(a.p, b.p));
  const remap = new Uint16Array(periodKeys.length);
  order.forEach((o, rank) => { remap[o.i] = rank; });
  // Periods first seen in chronological order (one file, or months appended) keep their codes.
  if (order.some((o, rank) => o.i !== rank)) for (let i = 0; i < n; i++) period[i] = remap[period[i]!]!;
  // A view of the first n, unless more than an eighth would lie unused (a file imported again):
  // copying every column here, while the records are still alive, was the import's peak.
  // (In place, the columns are the records' and as long as their capacity.)
  const fit = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T =>
    (n === a.length ? a : (a.length - n) * 8 > a.length ? a.slice(0, n) as T : a.subarray(0, n) as T);
  return Object.freeze({
    ...shell,
    periods: Object.freeze(order.map((o) => o.key)),
    obs: Object.freeze({
      unit: fit(unit), period: fit(period), metric: fit(metric), value: fit(value),
      qualifier: fit(qualifier), file: fit(file), line: fit(line),
    }),
    ...rawColumns(t.rawIndex, t.rawText, replaced),
  });
}

/** The sparse raw-text columns, sorted by observation, with the texts later records replaced. */
function rawColumns(index: readonly number[], text: readonly string[], replaced: ReadonlyMap<number, string | null>): { rawIndex: Uint32Array; rawText: readonly string[] } {
  if (replaced.size === 0) return { rawIndex: Uint32Array.from(index), rawText: Object.freeze(text) };
  const pairs: [number, string][] = [];
  index.forEach((j, k) => { if (!replaced.has(j)) pairs.push([j, text[k]!]); });
  for (const [j, raw] of replaced) if (raw !== null) pairs.push([j, raw]);
  pairs.sort((a, b) => a[0] - b[0]);
  return { rawIndex: Uint32Array.from(pairs, (x) => x[0]), rawText: Object.freeze(pairs.map((x) => x[1])) };
}
