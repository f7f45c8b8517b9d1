/**
 * Records (all files of one import) + an optional existing dataset → the dataset's typed columns
 * and the final outcome of every row. Units are resolved across files (resolve-units.ts).
 * Identical repeated observations (same unit, period, metric, value and qualifier) are kept once
 * and their rows count as merged (repeats inside one file are named by duplicate-rows.ts); a
 * different value for the same unit, period and metric is a blocking conflict naming both sources,
 * except a blank (空, —, 无) against a number: a resent file with a cell left blank keeps the number
 * sent before, and a blank filled in by a later file takes the new number, each with a warning
 * naming both files and lines.
 * Observation keys are looked up in a flat table (a Map past 16M keys), so repeats cost no more
 * than new observations.
 */
import { QUALIFIER_CODE, QUALIFIERS, type Dataset, type SourceFile } from '../dataset/dataset';
import { DatasetBuilder } from '../dataset/dataset-builder';
import type { ObservationRecords } from '../records/observation-records';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { comparePeriods, parsePeriodKey } from '../vocabulary/period';
import { DuplicateRows, reportFilesAlreadyImported } from './duplicate-rows';
import { resolveUnits } from './resolve-units';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

/** The merged content; `build` freezes it into a Dataset (call only when the import is not blocked). */
export interface MergedRecords {
  build(meta: { id: string; name: string; createdAt?: string; isSample?: boolean }): Dataset;
}

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const MISSING = QUALIFIER_CODE.missing;
/** Largest unit × period × metric key space looked up in a flat table instead of a Map. */
const MAX_TABLE = 1 << 24;

/** A blank cell as a message shows it: its text (`—`, `无`) or 空. */
function shownBlank(raw: string | undefined): string {
  return raw !== undefined && raw !== '' ? `“${raw}”` : '空';
}

function shownValue(v: number, q: number, raw: string | undefined): string {
  if (raw !== undefined && raw !== '') return raw;
  return Number.isNaN(v) ? `空（${QUALIFIERS[q]}）` : String(v);
}

/**
 * Merges `recs` into `existing` (or into nothing), settling every pending row of `recs`. `files`
 * are the SourceFiles of the new input, indexed like the records' rowFile.
 */
export function mergeRecords(recs: ObservationRecords, files: readonly SourceFile[], existing: Dataset | undefined, sink: IssueSink): MergedRecords {
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
  const metricIndex = Int32Array.from(recs.metrics, (m) => builder.addMetric(m));
  const nU = Math.max(1, unitIndex.reduce((a, b) => Math.max(a, b + 1), existing?.units.length ?? 0));

  const space = nU * nP * nM;
  // Key layout: the dimension that changes more often from one record to the next is the inner
  // one, so the records visit the table in order (a long file is unit-major, a wide one period-major).
  let unitMoves = 0;
  let periodMoves = 0;
  for (let i = 1; i < Math.min(recs.size, 4096); i++) {
    if (recs.mention[i] !== recs.mention[i - 1]) unitMoves++;
    if (recs.period[i] !== recs.period[i - 1]) periodMoves++;
  }
  const uStep = unitMoves > periodMoves ? nM : nP * nM;
  const pStep = unitMoves > periodMoves ? nU * nM : nM;
  const table = space <= MAX_TABLE ? new Int32Array(space) : null;
  const map = table ? null : new Map<number, number>();

  const nOld = existing?.obs.value.length ?? 0;
  const cap = nOld + recs.size;
  // Without an existing dataset the merged observations are written over the records' own columns
  // (observation n is stored once record n has been read, and never ahead of it), so an import
  // does not make and fill a second copy of every observation. The records are then used up.
  if (recs.consumed) throw new Error('mergeRecords: these records were merged already');
  const inPlace = nOld === 0;
  if (inPlace) recs.consumed = true;
  const unit = inPlace ? recs.mention : new Uint32Array(cap);
  const period = inPlace ? recs.period : new Uint16Array(cap);
  const metric = inPlace ? recs.metric : new Uint16Array(cap);
  const value = inPlace ? recs.value : new Float64Array(cap);
  const qualifier = inPlace ? recs.qualifier : new Uint8Array(cap);
  const file = inPlace ? recs.column : new Uint16Array(cap);
  const line = inPlace ? recs.row : new Uint32Array(cap);
  /** The row of the record stored as each observation (-1: an observation of the existing dataset). */
  const storedRow = new Int32Array(cap);
  const rawIndex: number[] = [];
  const rawText: string[] = [];
  /** Period codes some stored observation has (build keeps only those). */
  const usedPeriod = new Uint8Array(periodKeys.length);
  const existingRaw = new Map<number, string>();
  if (existing) {
    const o = existing.obs;
    existing.rawIndex.forEach((obs, k) => existingRaw.set(obs, existing.rawText[k]!));
    const pCodes = existing.periods.map((p) => periodCode.get(p)!);
    const mCodes = existing.metrics.map((m) => metricCode.get(m.id)!);
    for (let i = 0; i < nOld; i++) {
      unit[i] = o.unit[i]!; period[i] = pCodes[o.period[i]!]!; usedPeriod[period[i]!] = 1; metric[i] = o.metric[i]!; value[i] = o.value[i]!;
      qualifier[i] = o.qualifier[i]!; file[i] = o.file[i]!; line[i] = o.line[i]!;
      storedRow[i] = -1;
      const r = existingRaw.get(i);
      if (r !== undefined && r !== String(o.value[i])) { rawIndex.push(i); rawText.push(r); }
      const key = o.unit[i]! * uStep + pCodes[o.period[i]!]! * pStep + mCodes[o.metric[i]!]!;
      if (table) table[key] = i + 1; else map!.set(key, i + 1);
    }
  }

  // Seen keys → the observation stored for them, j + 1 (0: none yet).
  const rowCount = recs.rows;
  const added = new Uint32Array(rowCount);
  const merged = new Uint32Array(rowCount);
  /** Rows with a merge against another file or the existing dataset (reported as duplicate-merged). */
  const mergedElsewhere = new Uint8Array(rowCount);
  /** Rows with a merge against the existing dataset only (a file imported again). */
  const mergedExisting = new Uint8Array(rowCount);
  const conflict = new Uint8Array(rowCount);
  /** Rows whose blank cell kept a number sent before (settled as merged, with their own reason). */
  const blankKept = new Uint8Array(rowCount);
  /** Observations whose raw text a later record replaced (null: the new value has none). */
  const rawReplaced = new Map<number, string | null>();
  const repeats = new DuplicateRows();
  const pCodes = Int32Array.from(recs.periods, (p) => periodCode.get(p)!);
  const mCodes = Int32Array.from(recs.metrics, (m) => metricCode.get(m.id)!);
  const unitOfMention = Int32Array.from(resolved.unitOf, (u) => unitIndex[u]!);
  let n = nOld;
  // The records' raw texts, walked alongside (their indices ascend).
  const recRawIndex = recs.rawIndex;
  const recRawText = recs.rawText;
  let rk = 0;
  let nextRaw = recRawIndex.length > 0 ? recRawIndex[0]! : -1;
  // The records' columns, read once (the loop below runs once per observation).
  const size = recs.size;
  const rMention = recs.mention;
  const rPeriod = recs.period;
  const rMetric = recs.metric;
  const rValue = recs.value;
  const rQualifier = recs.qualifier;
  const rRow = recs.row;
  const rRowFile = recs.rowFile;
  const rRowLine = recs.rowLine;
  const rColumn = recs.column;
  for (let i = 0; i < size; i++) {
    let raw: string | undefined;
    if (i === nextRaw) {
      raw = recRawText[rk++];
      nextRaw = rk < recRawIndex.length ? recRawIndex[rk]! : -1;
    }
    // Record i is read whole before anything is stored (in place, observation n ≤ i goes over it).
    const mn = rMention[i]!;
    const u = unitOfMention[mn]!;
    const rp = rPeriod[i]!;
    const pc = pCodes[rp]!;
    const rm = rMetric[i]!;
    const key = u * uStep + pc * pStep + mCodes[rm]!;
    const v = rValue[i]!;
    const q = rQualifier[i]!;
    const row = rRow[i]!;
    const col = rColumn[i]!;
    const prev = table ? table[key]! : map!.get(key) ?? 0;
    if (prev === 0) {
      unit[n] = u; period[n] = pc; usedPeriod[pc] = 1; metric[n] = metricIndex[rm]!; value[n] = v;
      qualifier[n] = q; file[n] = base + rRowFile[row]!; line[n] = rRowLine[row]!; storedRow[n] = row;
      if (raw !== undefined) { rawIndex.push(n); rawText.push(raw); }
      n++;
      if (table) table[key] = n; else map!.set(key, n);
      added[row]!++;
      continue;
    }
    const j = prev - 1;
    const pv = value[j]!;
    const pq = qualifier[j]!;
    const prevRow = storedRow[j]!;
    const f = rRowFile[row]!;
    if (same(pv, v) && pq === q) {
      merged[row]!++;
      if (prevRow >= 0 && rRowFile[prevRow] === f) {
        if (prevRow !== row) {
          const un = resolved.units[resolved.unitOf[mn]!]!;
          repeats.add(f, un.name, recs.periods[rp]!, rRowLine[prevRow]!, rRowLine[row]!, prevRow, row);
        }
      } else {
        mergedElsewhere[row] = 1;
        if (prevRow < 0) mergedExisting[row] = 1;
      }
      continue;
    }
    const ln = rRowLine[row]!;
    const p = formatPeriodLabel(recs.periods[rp]!, 'zh');
    const pEn = formatPeriodLabel(recs.periods[rp]!, 'en');
    const m = recs.metrics[rm]!;
    const un = resolved.units[resolved.unitOf[mn]!]!;
    const mine = shownValue(v, q, raw);
    const prevRaw = rawReplaced.has(j) ? rawReplaced.get(j) ?? undefined
      : prevRow < 0 ? existingRaw.get(j) : rawAt(rawIndex, rawText, j);
    const theirs = shownValue(pv, pq, prevRaw);
    const pFile = prevRow >= 0 ? names[rRowFile[prevRow]!] : existing!.files[file[j]!]?.name;
    const pLine = prevRow >= 0 ? rRowLine[prevRow]! : line[j]!;
    const at = { file: names[f] ?? '', line: ln, column: col };
    if (q === MISSING && !Number.isNaN(pv)) {
      // A resent file left the cell blank: the number sent before stays.
      merged[row]!++;
      blankKept[row] = 1;
      sink.pushCapped(makeIssue('warning', 'resent-blank-kept', at,
        `${un.name}${p}的“${m.zh}”在${names[f]}第${ln}行为${shownBlank(raw)}，已保留${pFile}第${pLine}行的数值${theirs}；如该项确实应为空，请删除旧数据后重新导入`,
        `${un.name} ${pEn} ${m.en} is blank (${mine}) in ${names[f]}:${ln}; the value ${theirs} from ${pFile}:${pLine} is kept.`));
      continue;
    }
    if (pq === MISSING && !Number.isNaN(v)) {
      // A blank sent before is filled in now: the new number replaces it.
      value[j] = v; qualifier[j] = q; file[j] = base + f; line[j] = ln; storedRow[j] = row;
      rawReplaced.set(j, raw ?? null);
      added[row]!++;
      sink.pushCapped(makeIssue('warning', 'resent-blank-filled', at,
        `${un.name}${p}的“${m.zh}”在${pFile}第${pLine}行为${shownBlank(prevRaw)}，${names[f]}第${ln}行补报为${mine}，已采用补报的数值；请核对`,
        `${un.name} ${pEn} ${m.en} was blank (${theirs}) in ${pFile}:${pLine}; ${mine} from ${names[f]}:${ln} is used.`));
      continue;
    }
    conflict[row] = 1;
    // Two rows of one file (or sheet): the file is the issue's own, named once in its place.
    const one = pFile === names[f];
    sink.pushCapped(makeIssue('error', 'conflicting-values', at,
      `${un.name}${p}的“${m.zh}”有两个不同的数值：${one ? '' : pFile}第${pLine}行为${theirs}，${one ? '' : names[f]}第${ln}行为${mine}。请核对后只保留一个`,
      `${un.name} ${pEn} ${m.en} has two values: ${theirs} (${pFile}:${pLine}) and ${mine} (${names[f]}:${ln}).`));
  }

  const mergedLines = new Map<number, number[]>();
  for (let row = 0; row < rowCount; row++) {
    if (recs.outcomeOf(row) !== null) continue;
    if (conflict[row]) recs.settleRow(row, 'rejected', '与其他来源的数值冲突');
    else if (added[row]! > 0) recs.importRow(row);
    else if (merged[row]! > 0) {
      const f = recs.rowFile[row]!;
      recs.settleRow(row, 'merged', blankKept[row] ? '重发的数值为空，保留了先前的数值' : mergedElsewhere[row] ? '与已导入的数据完全相同，已合并' : '与本文件中的另一行完全相同，已合并');
      if (mergedElsewhere[row]) {
        if (!mergedLines.has(f)) mergedLines.set(f, []);
        mergedLines.get(f)!.push(recs.rowLine[row]!);
      }
    } else recs.settleRow(row, 'rejected', '没有可导入的数值');
  }
  for (const [f, lines] of mergedLines) {
    sink.push(makeIssue('info', 'duplicate-merged', { file: names[f] ?? '', line: lines[0]! },
      `第${lineRanges(lines)}行与已导入的数据完全相同（同一单位、期间、指标和数值），只保留一份`,
      `Lines ${lineRanges(lines)} repeat observations already imported; kept once.`));
  }
  repeats.report(sink, names, conflict);
  // (A refused import changes nothing: "nothing new here" would only contradict its errors.)
  if (!sink.blocked) reportFilesAlreadyImported(recs, mergedExisting, names, sink);

  const build = (meta: { id: string; name: string; createdAt?: string; isSample?: boolean }): Dataset => {
    // Periods in use, re-coded in chronological order.
    const used = usedPeriod;
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
    const shell = builder.build(meta);
    return Object.freeze({
      ...shell,
      periods: Object.freeze(order.map((o) => o.key)),
      obs: Object.freeze({
        unit: fit(unit), period: fit(period), metric: fit(metric), value: fit(value),
        qualifier: fit(qualifier), file: fit(file), line: fit(line),
      }),
      ...rawColumns(rawIndex, rawText, rawReplaced),
    });
  };
  return { build };
}

/** The text at observation `j` of ascending `index` (binary search), or undefined. */
function rawAt(index: readonly number[], text: readonly string[], j: number): string | undefined {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index[mid]! < j) lo = mid + 1; else hi = mid;
  }
  return lo < index.length && index[lo] === j ? text[lo] : undefined;
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
