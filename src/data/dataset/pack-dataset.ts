/**
 * Dataset ⇄ transferable buffers, so a dataset built in the import worker crosses to the page
 * without structured-cloning millions of strings. Every string (ids, unit names, aliases,
 * metric definitions, periods, file info, raw texts) goes into one UTF-8 buffer plus an offset
 * array; the meta object holds only numbers.
 */
import type { Dataset, SourceFile, UnitInfo } from './dataset';
import type { AggregationKind, Direction, MetricDef, MetricFamily } from '../vocabulary/metric-catalog';

/** Counts needed to slice the string table; numbers only, so it is cheap to clone. */
export interface PackedMeta {
  readonly version: 1;
  readonly units: number;
  readonly periods: number;
  readonly metrics: number;
  readonly files: number;
  readonly raw: number;
  readonly observations: number;
  readonly isSample: 0 | 1;
}

const METRIC_FIELDS = 10;
const FILE_FIELDS = 4;

/**
 * Buffer of a typed array that starts it, even when the buffer is longer (a column the merge built
 * in the import's records has their spare capacity after it: unpackDataset reads the meta's
 * lengths); copied when the view starts further in.
 */
function own(a: Uint8Array | Uint16Array | Uint32Array | Float64Array): ArrayBuffer {
  if (a.byteOffset === 0 && a.buffer instanceof ArrayBuffer) return a.buffer;
  return a.slice().buffer as ArrayBuffer;
}

/**
 * Packs `ds`. The returned buffers are the dataset's own column buffers where possible: after
 * transferring them the source dataset is unusable (fine in a worker that is done with it).
 */
export function packDataset(ds: Dataset): { meta: PackedMeta; transfer: ArrayBuffer[] } {
  const strs: string[] = [ds.id, ds.name, ds.createdAt];
  const aliasCounts = new Uint32Array(ds.units.length);
  ds.units.forEach((u, i) => {
    strs.push(u.code, u.name, u.parent, u.district, ...u.aliases);
    aliasCounts[i] = u.aliases.length;
  });
  strs.push(...ds.periods);
  for (const m of ds.metrics) {
    strs.push(m.id, m.zh, m.en, m.unit, m.unitEn, m.family, m.kind, m.direction, m.numerator ?? '', m.denominator ?? '');
  }
  const fileBytes = new Float64Array(ds.files.length);
  ds.files.forEach((f, i) => {
    strs.push(f.name, f.encoding, f.sha256 ?? '', f.caption ?? '');
    fileBytes[i] = f.bytes;
  });
  for (const r of ds.rawText) strs.push(r);
  const offsets = new Uint32Array(strs.length + 1);
  for (let i = 0; i < strs.length; i++) offsets[i + 1] = offsets[i]! + strs[i]!.length;
  const text = new TextEncoder().encode(strs.join(''));
  const o = ds.obs;
  return {
    meta: {
      version: 1, units: ds.units.length, periods: ds.periods.length, metrics: ds.metrics.length,
      files: ds.files.length, raw: ds.rawText.length, observations: o.value.length, isSample: ds.isSample ? 1 : 0,
    },
    transfer: [
      own(text), offsets.buffer, aliasCounts.buffer, fileBytes.buffer,
      own(o.unit), own(o.period), own(o.metric), own(o.value), own(o.qualifier), own(o.file), own(o.line), own(ds.rawIndex),
    ],
  };
}

/** Rebuilds the frozen Dataset from packDataset's output. Throws on buffers that do not match meta. */
export function unpackDataset(meta: PackedMeta, buffers: readonly ArrayBuffer[]): Dataset {
  if (buffers.length !== 12) throw new Error(`unpackDataset: expected 12 buffers, got ${buffers.length}`);
  const b = buffers as readonly [ArrayBuffer, ...ArrayBuffer[]];
  const text = new TextDecoder().decode(new Uint8Array(b[0]));
  const offsets = new Uint32Array(buffers[1]!);
  const aliasCounts = new Uint32Array(buffers[2]!);
  const fileBytes = new Float64Array(buffers[3]!);
  let k = 0;
  const next = (): string => {
    const s = text.slice(offsets[k]!, offsets[k + 1]!);
    k++;
    return s;
  };
  const id = next();
  const name = next();
  const createdAt = next();
  const units: UnitInfo[] = [];
  for (let i = 0; i < meta.units; i++) {
    const code = next(); const uname = next(); const parent = next(); const district = next();
    const aliases: string[] = [];
    for (let a = 0; a < aliasCounts[i]!; a++) aliases.push(next());
    units.push({ code, name: uname, parent, district, aliases });
  }
  const periods: string[] = [];
  for (let i = 0; i < meta.periods; i++) periods.push(next());
  const metrics: MetricDef[] = [];
  for (let i = 0; i < meta.metrics; i++) {
    const f = Array.from({ length: METRIC_FIELDS }, next);
    const def: MetricDef = {
      id: f[0]!, zh: f[1]!, en: f[2]!, unit: f[3]!, unitEn: f[4]!, family: f[5] as MetricFamily,
      kind: f[6] as AggregationKind, direction: f[7] as Direction,
    };
    metrics.push({ ...def, ...(f[8] ? { numerator: f[8] } : {}), ...(f[9] ? { denominator: f[9] } : {}) });
  }
  const files: SourceFile[] = [];
  for (let i = 0; i < meta.files; i++) {
    const f = Array.from({ length: FILE_FIELDS }, next);
    files.push({ name: f[0]!, encoding: f[1]!, bytes: fileBytes[i]!, ...(f[2] ? { sha256: f[2] } : {}), ...(f[3] ? { caption: f[3] } : {}) });
  }
  const rawText: string[] = [];
  for (let i = 0; i < meta.raw; i++) rawText.push(next());
  // A column's buffer may be longer than the column (see own()); shorter is a mismatch.
  const n = meta.observations;
  const widths = [4, 2, 2, 8, 1, 2, 4];
  widths.forEach((w, c) => {
    const bytes = buffers[4 + c]!.byteLength;
    if (bytes < n * w) throw new Error(`unpackDataset: column ${c} holds ${bytes / w} values for ${n} observations`);
  });
  const obs = Object.freeze({
    unit: new Uint32Array(buffers[4]!, 0, n), period: new Uint16Array(buffers[5]!, 0, n), metric: new Uint16Array(buffers[6]!, 0, n),
    value: new Float64Array(buffers[7]!, 0, n), qualifier: new Uint8Array(buffers[8]!, 0, n), file: new Uint16Array(buffers[9]!, 0, n),
    line: new Uint32Array(buffers[10]!, 0, n),
  });
  return Object.freeze({
    id, name, createdAt, units: Object.freeze(units), periods: Object.freeze(periods), metrics: Object.freeze(metrics),
    files: Object.freeze(files), obs, rawIndex: new Uint32Array(buffers[11]!, 0, meta.raw), rawText: Object.freeze(rawText),
    isSample: meta.isSample === 1,
  });
}
