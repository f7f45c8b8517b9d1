/**
 * Records (all files of one import) + an optional existing dataset → DatasetBuilder content and
 * the final outcome of every row. Identical repeated observations (same unit, period, metric,
 * value and qualifier) are kept once and their rows count as merged; a different value for the
 * same unit, period and metric is a blocking conflict that names both sources.
 */
import { QUALIFIERS, type Dataset, type SourceFile } from '../dataset/dataset';
import { DatasetBuilder } from '../dataset/dataset-builder';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import type { ObservationRecords } from '../records/observation-records';
import { resolveUnits } from './resolve-units';
import { DuplicateRows, reportFilesAlreadyImported } from './duplicate-rows';

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

function shownValue(v: number, q: number, raw: string | undefined): string {
  if (raw !== undefined && raw !== '') return raw;
  return Number.isNaN(v) ? `空（${QUALIFIERS[q]}）` : String(v);
}

/**
 * Fills a builder with `existing` then the new records, settling every pending row. `files` are
 * the SourceFiles of the new input, indexed like record rowFile.
 */
export function mergeRecords(store: ObservationRecords, files: readonly SourceFile[], existing: Dataset | undefined, sink: IssueSink): DatasetBuilder {
  const builder = new DatasetBuilder();
  const base = existing?.files.length ?? 0;
  // Observation identity as one number: (unit × periods + period) × metrics + metric, with
  // period and metric codes shared by the existing dataset and the new records.
  const periodCode = new Map<string, number>();
  for (const p of [...(existing?.periods ?? []), ...store.periods]) if (!periodCode.has(p)) periodCode.set(p, periodCode.size);
  const metricCode = new Map<string, number>();
  for (const m of [...(existing?.metrics ?? []), ...store.metrics]) if (!metricCode.has(m.id)) metricCode.set(m.id, metricCode.size);
  const nP = Math.max(1, periodCode.size);
  const nM = Math.max(1, metricCode.size);
  /** Key → record index (≥ 0) or existing observation j as -(j + 1). */
  const seen = new Map<number, number>();
  const existingRaw = new Map<number, string>();
  if (existing) {
    existing.files.forEach((f) => builder.addFile(f));
    existing.units.forEach((u) => builder.addUnit(u));
    existing.metrics.forEach((m) => builder.addMetric(m));
    existing.rawIndex.forEach((obs, k) => existingRaw.set(obs, existing.rawText[k]!));
    const o = existing.obs;
    const pCodes = existing.periods.map((p) => periodCode.get(p)!);
    const mCodes = existing.metrics.map((m) => metricCode.get(m.id)!);
    for (let i = 0; i < o.value.length; i++) {
      const r = existingRaw.get(i);
      builder.add({
        unit: o.unit[i]!, period: existing.periods[o.period[i]!]!, metric: o.metric[i]!, value: o.value[i]!,
        qualifier: QUALIFIERS[o.qualifier[i]!]!, file: o.file[i]!, line: o.line[i]!, ...(r !== undefined ? { raw: r } : {}),
      });
      seen.set((o.unit[i]! * nP + pCodes[o.period[i]!]!) * nM + mCodes[o.metric[i]!]!, -(i + 1));
    }
  }
  files.forEach((f) => builder.addFile(f));
  const names = files.map((f) => f.name);

  const resolved = resolveUnits(store.mentions, names, existing?.units ?? []);
  sink.pushAll(resolved.issues);
  const unitIndex = resolved.units.map((u) => builder.addUnit(u));
  const metricIndex = store.metrics.map((m) => builder.addMetric(m));

  const rowCount = store.rowFile.length;
  const added = new Uint32Array(rowCount);
  const merged = new Uint32Array(rowCount);
  /** Rows with a merge against another file or the existing dataset (reported as duplicate-merged). */
  const mergedElsewhere = new Uint8Array(rowCount);
  /** Rows with a merge against the existing dataset only (a file imported again). */
  const mergedExisting = new Uint8Array(rowCount);
  const repeats = new DuplicateRows();
  const conflict = new Uint8Array(rowCount);
  const mergedLines = new Map<number, number[]>();
  const pCodes = store.periods.map((p) => periodCode.get(p)!);
  const mCodes = store.metrics.map((m) => metricCode.get(m.id)!);
  for (let i = 0; i < store.size; i++) {
    const row = store.row[i]!;
    const unit = unitIndex[resolved.unitOf[store.mention[i]!]!]!;
    const key = (unit * nP + pCodes[store.period[i]!]!) * nM + mCodes[store.metric[i]!]!;
    const value = store.value[i]!;
    const qualifier = store.qualifier[i]!;
    const file = store.rowFile[row]!;
    const line = store.rowLine[row]!;
    const prev = seen.get(key);
    if (prev === undefined) {
      const raw = store.raw.get(i);
      builder.add({
        unit, period: store.periods[store.period[i]!]!, metric: metricIndex[store.metric[i]!]!, value, qualifier: QUALIFIERS[qualifier]!,
        file: base + file, line, ...(raw !== undefined ? { raw } : {}),
      });
      seen.set(key, i);
      added[row]!++;
      continue;
    }
    const o = existing?.obs;
    const pv = prev >= 0 ? store.value[prev]! : o!.value[-prev - 1]!;
    const pq = prev >= 0 ? store.qualifier[prev]! : o!.qualifier[-prev - 1]!;
    if (same(pv, value) && pq === qualifier) {
      merged[row]!++;
      const prevRow = prev >= 0 ? store.row[prev]! : -1;
      if (prevRow >= 0 && store.rowFile[prevRow] === file) {
        if (prevRow !== row) {
          const u = resolved.units[resolved.unitOf[store.mention[i]!]!]!;
          repeats.add(file, u.name, store.periods[store.period[i]!]!, store.rowLine[prevRow]!, line);
        }
      } else {
        mergedElsewhere[row] = 1;
        if (prev < 0) mergedExisting[row] = 1;
      }
      continue;
    }
    conflict[row] = 1;
    const period = store.periods[store.period[i]!]!;
    const metric = store.metrics[store.metric[i]!]!;
    const u = resolved.units[resolved.unitOf[store.mention[i]!]!]!;
    const mine = shownValue(value, qualifier, store.raw.get(i));
    const theirs = shownValue(pv, pq, prev >= 0 ? store.raw.get(prev) : existingRaw.get(-prev - 1));
    const pFile = prev >= 0 ? names[store.rowFile[store.row[prev]!]!] : existing!.files[o!.file[-prev - 1]!]?.name;
    const pLine = prev >= 0 ? store.rowLine[store.row[prev]!]! : o!.line[-prev - 1]!;
    sink.pushCapped(makeIssue('error', 'conflicting-values', { file: names[file] ?? '', line, column: store.column[i]! },
      `${u.name}${period}的“${metric.zh}”有两个不同的数值：${pFile}第${pLine}行为${theirs}，${names[file]}第${line}行为${mine}。请核对后只保留一个`,
      `${u.name} ${period} ${metric.en} has two values: ${theirs} (${pFile}:${pLine}) and ${mine} (${names[file]}:${line}).`));
  }

  for (let row = 0; row < rowCount; row++) {
    if (store.rowOutcome[row] !== null) continue;
    if (conflict[row]) store.settleRow(row, 'rejected', '与其他来源的数值冲突');
    else if (added[row]! > 0) store.rowOutcome[row] = 'imported';
    else if (merged[row]! > 0) {
      const f = store.rowFile[row]!;
      store.settleRow(row, 'merged', mergedElsewhere[row] ? '与已导入的数据完全相同，已合并' : '与本文件中的另一行完全相同，已合并');
      if (mergedElsewhere[row]) {
        if (!mergedLines.has(f)) mergedLines.set(f, []);
        mergedLines.get(f)!.push(store.rowLine[row]!);
      }
    } else store.settleRow(row, 'rejected', '没有可导入的数值');
  }
  for (const [f, lines] of mergedLines) {
    sink.push(makeIssue('info', 'duplicate-merged', { file: names[f] ?? '', line: lines[0]! },
      `第${lineRanges(lines)}行与已导入的数据完全相同（同一单位、期间、指标和数值），只保留一份`,
      `Lines ${lineRanges(lines)} repeat observations already imported; kept once.`));
  }
  repeats.report(sink, names);
  reportFilesAlreadyImported(store, mergedExisting, names, sink);
  return builder;
}
