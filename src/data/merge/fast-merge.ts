/**
 * mergeRecords for FastRecords: resolves units, keeps identical repeats once (merged), reports
 * different values for the same unit, period and metric as blocking conflicts, and writes the
 * dataset's typed columns directly (exact length, no per-observation objects). Same issues, same
 * observation order and same dataset as mergeRecords + DatasetBuilder on the general path.
 */
import { QUALIFIERS, type Dataset, type SourceFile } from '../dataset/dataset';
import { DatasetBuilder } from '../dataset/dataset-builder';
import type { FastRecords } from '../records/fast-records';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { comparePeriods, parsePeriodKey } from '../vocabulary/period';
import { resolveUnits } from './resolve-units';

/**
 * Per observation of FastRecords: what happened to its row. With `declineRepeats` (the default)
 * any repeated key returns null instead (the general path reports repeats); the merged/conflict
 * handling below mirrors mergeRecords as it was before duplicate-rows.ts and is kept for that switch.
 */
export const OUTCOME_IMPORTED = 0;
export const OUTCOME_MERGED = 1;
export const OUTCOME_CONFLICT = 2;

export interface FastMerge {
  /** OUTCOME_* per record observation (one per data row in a long file). */
  readonly outcome: Uint8Array;
  /** The frozen dataset; call only when the import is not blocked. */
  build(meta: { id: string; name: string; createdAt?: string; isSample?: boolean }): Dataset;
}

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
/** Largest unit × period × metric key space looked up in a flat table instead of a Map. */
const MAX_TABLE = 1 << 24;

function shownValue(v: number, q: number, raw: string | undefined): string {
  if (raw !== undefined && raw !== '') return raw;
  return Number.isNaN(v) ? `空（${QUALIFIERS[q]}）` : String(v);
}

export function mergeFast(recs: FastRecords, files: readonly SourceFile[], existing: Dataset | undefined, sink: IssueSink, declineRepeats = true): FastMerge | null {
  const builder = new DatasetBuilder();
  const base = existing?.files.length ?? 0;
  const periodKeys: string[] = [];
  const periodCode = new Map<string, number>();
  for (const p of [...(existing?.periods ?? []), ...recs.periods]) if (!periodCode.has(p)) { periodCode.set(p, periodKeys.length); periodKeys.push(p); }
  const metricCode = new Map<string, number>();
  for (const m of [...(existing?.metrics ?? []), ...recs.metrics]) if (!metricCode.has(m.id)) metricCode.set(m.id, metricCode.size);
  const nP = Math.max(1, periodCode.size);
  const nM = Math.max(1, metricCode.size);
  existing?.files.forEach((f) => builder.addFile(f));
  existing?.units.forEach((u) => builder.addUnit(u));
  existing?.metrics.forEach((m) => builder.addMetric(m));
  files.forEach((f) => builder.addFile(f));
  const names = files.map((f) => f.name);
  const resolved = resolveUnits(recs.mentions, names, existing?.units ?? []);
  sink.pushAll(resolved.issues);
  const unitIndex = resolved.units.map((u) => builder.addUnit(u));
  const metricIndex = recs.metrics.map((m) => builder.addMetric(m));
  const nU = Math.max(1, unitIndex.reduce((a, b) => Math.max(a, b + 1), existing?.units.length ?? 0));

  // Seen keys → record index + 1 (> 0) or existing observation j as -(j + 1).
  const space = nU * nP * nM;
  const table = space <= MAX_TABLE ? new Int32Array(space) : null;
  const map = table ? null : new Map<number, number>();
  const get = (k: number): number => (table ? table[k]! : map!.get(k) ?? 0);
  const put = (k: number, v: number): void => { if (table) table[k] = v; else map!.set(k, v); };

  const nOld = existing?.obs.value.length ?? 0;
  const cap = nOld + recs.size;
  const unit = new Uint32Array(cap);
  const period = new Uint16Array(cap);
  const metric = new Uint16Array(cap);
  const value = new Float64Array(cap);
  const qualifier = new Uint8Array(cap);
  const file = new Uint16Array(cap);
  const line = new Uint32Array(cap);
  const rawIndex: number[] = [];
  const rawText: string[] = [];
  const existingRaw = new Map<number, string>();
  if (existing) {
    const o = existing.obs;
    existing.rawIndex.forEach((obs, k) => existingRaw.set(obs, existing.rawText[k]!));
    const pCodes = existing.periods.map((p) => periodCode.get(p)!);
    const mCodes = existing.metrics.map((m) => metricCode.get(m.id)!);
    for (let i = 0; i < nOld; i++) {
      unit[i] = o.unit[i]!; period[i] = pCodes[o.period[i]!]!; metric[i] = o.metric[i]!; value[i] = o.value[i]!;
      qualifier[i] = o.qualifier[i]!; file[i] = o.file[i]!; line[i] = o.line[i]!;
      const r = existingRaw.get(i);
      if (r !== undefined && r !== String(o.value[i])) { rawIndex.push(i); rawText.push(r); }
      put((o.unit[i]! * nP + pCodes[o.period[i]!]!) * nM + mCodes[o.metric[i]!]!, -(i + 1));
    }
  }

  const outcome = new Uint8Array(recs.size);
  const mergedLines = new Map<number, number[]>();
  const pCodes = Int32Array.from(recs.periods, (p) => periodCode.get(p)!);
  const mCodes = Int32Array.from(recs.metrics, (m) => metricCode.get(m.id)!);
  const unitOfMention = Int32Array.from(resolved.unitOf, (u) => unitIndex[u]!);
  let n = nOld;
  for (let i = 0; i < recs.size; i++) {
    const u = unitOfMention[recs.mention[i]!]!;
    const key = (u * nP + pCodes[recs.period[i]!]!) * nM + mCodes[recs.metric[i]!]!;
    const v = recs.value[i]!;
    const q = recs.qualifier[i]!;
    const prev = get(key);
    if (prev === 0) {
      unit[n] = u; period[n] = pCodes[recs.period[i]!]!; metric[n] = metricIndex[recs.metric[i]!]!; value[n] = v;
      qualifier[n] = q; file[n] = base + recs.file[i]!; line[n] = recs.line[i]!;
      const raw = recs.raw.get(i);
      if (raw !== undefined && raw !== String(v)) { rawIndex.push(n); rawText.push(raw); }
      n++;
      put(key, i + 1);
      continue;
    }
    // Repeated (unit, period, metric): duplicate-rows.ts words these by unit and period with its
    // own rules; hand the import to the general path rather than re-implement them here.
    if (declineRepeats) return null;
    const o = existing?.obs;
    const pi = prev > 0 ? prev - 1 : -prev - 1;
    const pv = prev > 0 ? recs.value[pi]! : o!.value[pi]!;
    const pq = prev > 0 ? recs.qualifier[pi]! : o!.qualifier[pi]!;
    if (same(pv, v) && pq === q) {
      outcome[i] = OUTCOME_MERGED;
      const f = recs.file[i]!;
      if (!mergedLines.has(f)) mergedLines.set(f, []);
      mergedLines.get(f)!.push(recs.line[i]!);
      continue;
    }
    outcome[i] = OUTCOME_CONFLICT;
    const f = recs.file[i]!;
    const ln = recs.line[i]!;
    const p = recs.periods[recs.period[i]!]!;
    const m = recs.metrics[recs.metric[i]!]!;
    const un = resolved.units[resolved.unitOf[recs.mention[i]!]!]!;
    const mine = shownValue(v, q, recs.raw.get(i));
    const theirs = shownValue(pv, pq, prev > 0 ? recs.raw.get(pi) : existingRaw.get(pi));
    const pFile = prev > 0 ? names[recs.file[pi]!] : existing!.files[o!.file[pi]!]?.name;
    const pLine = prev > 0 ? recs.line[pi]! : o!.line[pi]!;
    sink.pushCapped(makeIssue('error', 'conflicting-values', { file: names[f] ?? '', line: ln, column: recs.column[i]! },
      `${un.name}${p}的“${m.zh}”有两个不同的数值：${pFile}第${pLine}行为${theirs}，${names[f]}第${ln}行为${mine}。请核对后只保留一个`,
      `${un.name} ${p} ${m.en} has two values: ${theirs} (${pFile}:${pLine}) and ${mine} (${names[f]}:${ln}).`));
  }
  for (const [f, lines] of mergedLines) {
    sink.push(makeIssue('info', 'duplicate-merged', { file: names[f] ?? '', line: lines[0]! },
      `第${lineRanges(lines)}行与已导入的数据完全相同（同一单位、期间、指标和数值），只保留一份`,
      `Lines ${lineRanges(lines)} repeat observations already imported; kept once.`));
  }

  const build = (meta: { id: string; name: string; createdAt?: string; isSample?: boolean }): Dataset => {
    // Periods in use, re-coded in chronological order (as DatasetBuilder.build does).
    const used = new Uint8Array(periodKeys.length);
    for (let i = 0; i < n; i++) used[period[i]!] = 1;
    const order = periodKeys.map((key, i) => ({ key, i, p: parsePeriodKey(key) }))
      .filter((x) => used[x.i] === 1)
      .map((x) => {
        if (!x.p) throw new Error(`not a canonical period key: ${x.key}`);
        return { key: x.key, i: x.i, p: x.p };
      })
      .sort((a, b) => comparePeriods(a.p, b.p));
    const remap = new Uint16Array(periodKeys.length);
    order.forEach((o, rank) => { remap[o.i] = rank; });
    for (let i = 0; i < n; i++) period[i] = remap[period[i]!]!;
    const fit = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => (n === cap ? a : a.slice(0, n) as T);
    const shell = builder.build(meta);
    return Object.freeze({
      ...shell,
      periods: Object.freeze(order.map((o) => o.key)),
      obs: Object.freeze({
        unit: fit(unit), period: fit(period), metric: fit(metric), value: fit(value),
        qualifier: fit(qualifier), file: fit(file), line: fit(line),
      }),
      rawIndex: Uint32Array.from(rawIndex),
      rawText: Object.freeze(rawText),
    });
  };
  return { outcome, build };
}
