/**
 * Records (all files of one import) + an optional existing dataset → the dataset's typed columns
 * and the final outcome of every row. Units are resolved across files (resolve-units.ts).
 * Identical repeated observations (same unit, period, metric, value and qualifier) are kept once
 * and their rows count as merged (repeats inside one file are named by duplicate-rows.ts); a
 * different value for the same unit, period and metric is a blocking conflict naming both sources,
 * except a blank (空, —, 无, an Excel error, text such as 见附件) against a number: a resent file with a cell left blank keeps the number
 * sent before, and a blank filled in by a later file takes the new number, each with a warning
 * naming both files and lines. Two blanks of different kinds (空 and 见附件) are no conflict either:
 * the one stored first stays, with an info. A number that differs from the existing dataset's blocks as
 * existing-conflict, unless the person said the import corrects the data (`correctExisting`): then
 * the new number replaces the old, each replaced value named with the old one.
 * Observation keys are looked up in merge-table.ts, so repeats cost no more than new observations.
 */
import { QUALIFIER_CODE, type Dataset, type SourceFile } from '../dataset/dataset';
import { DatasetBuilder, type DatasetMeta } from '../dataset/dataset-builder';
import type { ObservationRecords } from '../records/observation-records';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { columnLetter } from '../report/import-report';
import { DuplicateRows, reportFilesAlreadyImported } from './duplicate-rows';
import { reportAppendCoverage, reportResentCoverage } from './append-coverage';
import { MergeTable } from './merge-table';
import { shownBlank, shownBlankEn, shownReplacement, shownValue } from './shown-value';
import { resolveUnits } from './resolve-units';
import { streetsAgainstFileNames } from './file-street-check';
import { otherStreetPrefix } from './other-street-prefix';
import { separateCustomUnits } from './custom-metric-units';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { mergedDataset } from './merged-dataset';

/** The merged content; `build` freezes it into a Dataset (call only when the import is not blocked). */
export interface MergedRecords {
  build(meta: DatasetMeta): Dataset;
  /** Numbers of the existing dataset this import replaced (only with `correctExisting`). */
  readonly corrected: number;
  /**
   * Numbers this import added to the existing dataset: new observations' numbers and blanks of it
   * filled in (a number corrected to none, a range or #DIV/0!, is corrected, not a negative addition);
   * 0 for an import without one.
   */
  readonly added: number;
}

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const MISSING = QUALIFIER_CODE.missing;
const ERROR = QUALIFIER_CODE.error;
const INVALID = QUALIFIER_CODE.invalid;
/**
 * A cell that says no number: blank (`—`, `无`), an Excel error (`#DIV/0!`, `####`: a broken
 * formula), or text that is no number (`见附件`, `待核实`): none of them an answer. A range is one.
 */
const noAnswer = (q: number): boolean => q === MISSING || q === ERROR || q === INVALID;

/**
 * Merges `recs` into `existing` (or into nothing), settling every pending row of `recs`. `files`
 * are the SourceFiles of the new input, indexed like the records' rowFile; `hidden` their hidden
 * rows' lines (a sheet's), which a conflict names as hidden (old data often sits there).
 */
export function mergeRecords(
  recs: ObservationRecords, files: readonly SourceFile[], existing: Dataset | undefined, sink: IssueSink, correctExisting = false,
  hidden: readonly (ReadonlySet<number> | undefined)[] = [],
): MergedRecords {
  const builder = new DatasetBuilder();
  const base = existing?.files.length ?? 0;
  const periodKeys: string[] = [];
  const periodCode = new Map<string, number>();
  for (const p of [...(existing?.periods ?? []), ...recs.periods]) if (!periodCode.has(p)) { periodCode.set(p, periodKeys.length); periodKeys.push(p); }
  const names = files.map((f) => f.name);
  const metrics = separateCustomUnits(recs, existing?.metrics ?? [], names, sink);
  const metricCode = new Map<string, number>();
  for (const m of [...(existing?.metrics ?? []), ...metrics]) if (!metricCode.has(m.id)) metricCode.set(m.id, metricCode.size);
  const nM = Math.max(1, metricCode.size);
  existing?.files.forEach((f) => builder.addFile(f));
  existing?.units.forEach((u) => builder.addUnit(u));
  existing?.metrics.forEach((m) => builder.addMetric(m));
  files.forEach((f) => builder.addFile(f));
  const resolved = resolveUnits(recs.mentions, names, existing?.units ?? []);
  sink.pushAll(resolved.issues);
  sink.pushAll(streetsAgainstFileNames(recs.mentions, names));
  sink.pushAll(otherStreetPrefix(recs.mentions, names));
  // A unit of the dataset without a code or a street that this import's files give it (resolve-units.ts, street-learned.ts) takes it.
  existing?.units.forEach((u, k) => {
    if (u.code === '' && resolved.units[k]!.code !== '') builder.giveCode(k, resolved.units[k]!.code);
    if (u.parent === '' && resolved.units[k]!.parent !== '') builder.giveParent(k, resolved.units[k]!.parent);
  });
  const unitIndex = resolved.units.map((u) => builder.addUnit(u));
  const metricIndex = Int32Array.from(metrics, (m) => builder.addMetric(m));
  const nU = Math.max(1, unitIndex.reduce((a, b) => Math.max(a, b + 1), existing?.units.length ?? 0));

  // Read before the merge writes its observations over the records.
  const spellingOf = rowSpellings(recs, resolved.unitOf);
  const existingRaw = new Map<number, string>();
  existing?.rawIndex.forEach((obs, k) => existingRaw.set(obs, existing.rawText[k]!));
  const unitOfMention = Int32Array.from(resolved.unitOf, (u) => unitIndex[u]!);
  const recordPeriodCode = Int32Array.from(recs.periods, (p) => periodCode.get(p)!);
  const t = new MergeTable(recs, {
    unitOfMention, periodCode: recordPeriodCode,
    metricCode: Int32Array.from(metrics, (m) => metricCode.get(m.id)!),
    metricIndex, units: nU, periods: periodKeys.length, metrics: nM, base,
  }, existing?.obs.value.length ?? 0);
  if (existing) t.loadExisting(existing, existing.periods.map((p) => periodCode.get(p)!), existing.metrics.map((m) => metricCode.get(m.id)!), existingRaw);
  const { value, qualifier, file, line } = t.obs;
  const { storedRow, added, merged, mergedElsewhere, mergedExisting } = t;

  const rowCount = recs.rows;
  const conflict = new Uint8Array(rowCount);
  /** Values of the existing dataset replaced by this import's (only with `correctExisting`). */
  let corrected = 0;
  /** Blanks of the existing dataset this import filled in. */
  let filled = 0;
  /**
   * Rows whose blank cell (2), Excel error (3) or text (4) kept a number sent before, or whose cell of
   * no number met one of none before (1): settled as merged, with their own reason (the highest a row has).
   */
  const blankKept = new Uint8Array(rowCount);
  /** Observations whose raw text a later record replaced (null: the new value has none). */
  const rawReplaced = new Map<number, string | null>();
  const repeats = new DuplicateRows();
  const rRowFile = recs.rowFile;
  const rRowLine = recs.rowLine;
  // The plain records go through t.run; each it stops at is settled here.
  for (let i = t.run(0); i < recs.size; i = t.run(i + 1)) {
    const raw = t.rawOf(i);
    const mn = recs.mention[i]!;
    const rp = recs.period[i]!;
    const rm = recs.metric[i]!;
    const v = recs.value[i]!;
    const q = recs.qualifier[i]!;
    const row = recs.row[i]!;
    const col = recs.column[i]!;
    const j = t.stored(t.keyOf(i));
    const pv = value[j]!;
    const pq = qualifier[j]!;
    const prevRow = storedRow[j]!;
    const f = rRowFile[row]!;
    if (same(pv, v) && pq === q) {
      // A row repeated in its own file.
      merged[row]!++;
      const un = resolved.units[resolved.unitOf[mn]!]!;
      repeats.add(f, un.name, recs.periods[rp]!, rRowLine[prevRow]!, rRowLine[row]!, prevRow, row);
      continue;
    }
    const ln = rRowLine[row]!;
    const p = formatPeriodLabel(recs.periods[rp]!, 'zh');
    const pEn = formatPeriodLabel(recs.periods[rp]!, 'en');
    const m = metrics[rm]!;
    const un = resolved.units[resolved.unitOf[mn]!]!;
    const mine = shownValue(v, q, raw);
    const prevRaw = rawReplaced.has(j) ? rawReplaced.get(j) ?? undefined
      : prevRow < 0 ? existingRaw.get(j) : rawAt(t.rawIndex, t.rawText, j);
    const theirs = shownValue(pv, pq, prevRaw);
    const pFile = prevRow >= 0 ? names[rRowFile[prevRow]!] : existing!.files[file[j]!]?.name;
    const pLine = prevRow >= 0 ? rRowLine[prevRow]! : line[j]!;
    const at = { file: names[f] ?? '', line: ln, column: col };
    if (prevRow === row) {
      // Two columns of one row for one unit, period and metric (till settleSources, `file` is the stored record's column).
      const pCol = file[j]!;
      const shown = (c: number): string => `${columnLetter(c)}列${recs.columnName(row, c) !== '' ? `“${recs.columnName(row, c)}”` : ''}`;
      const shownEn = (c: number): string => `column ${columnLetter(c)}${recs.columnName(row, c) !== '' ? ` "${recs.columnName(row, c)}"` : ''}`;
      const what = '这两列是同一单位、同一期间的同一指标';
      if (noAnswer(q) && noAnswer(pq)) {
        // A blank beside words or an Excel error: no number either way, so no conflict; the first column's is kept.
        sink.pushCapped(makeIssue('info', 'same-row-no-number', at,
          `${un.name}${p}的“${m.zh}”在第${ln}行有两列：${shown(pCol)}为${shownBlank(prevRaw)}，${shown(col)}为${shownBlank(raw)}，都没有数值；已按${columnLetter(pCol)}列记录。${what}，请核对后只保留一列，或改正列名`,
          `${un.name} ${pEn} ${m.en} is in two columns of line ${ln}, neither a number: ${shownBlankEn(prevRaw)} in ${shownEn(pCol)}, ${shownBlankEn(raw)} in ${shownEn(col)}; column ${columnLetter(pCol)} is kept. Keep one column, or correct a header.`));
        continue;
      }
      if (noAnswer(q) || noAnswer(pq)) {
        // A blank (or words, an Excel error) beside a number or a range: the answer stands.
        const [numCol, num, blankCol, blankRaw] = noAnswer(q) ? [pCol, theirs, col, raw] : [col, mine, pCol, prevRaw];
        if (noAnswer(pq)) { t.replace(j, v, q, row, col); rawReplaced.set(j, raw ?? null); }
        sink.pushCapped(makeIssue('warning', 'same-row-blank', at,
          `${un.name}${p}的“${m.zh}”在第${ln}行有两列：${shown(numCol)}为${num}，${shown(blankCol)}为${shownBlank(blankRaw)}；已取${num}。${what}，请核对后只保留一列，或改正列名`,
          `${un.name} ${pEn} ${m.en} is in two columns of line ${ln}: ${num} in ${shownEn(numCol)}, ${shownBlankEn(blankRaw)} in ${shownEn(blankCol)}; ${num} is taken. Keep one column, or correct a header.`));
        continue;
      }
      conflict[row] = 1;
      sink.pushCapped(makeIssue('error', 'conflicting-values', at,
        `${un.name}${p}的“${m.zh}”有两个不同的数值：第${ln}行${shown(pCol)}为${theirs}，${shown(col)}为${mine}；${what}。请核对后只保留一列，或改正列名`,
        `${un.name} ${pEn} ${m.en} has two values in line ${ln}: ${theirs} in ${shownEn(pCol)} and ${mine} in ${shownEn(col)}, both the same metric and period. Keep one column, or correct a header.`));
      continue;
    }
    if (noAnswer(q) && noAnswer(pq)) {
      // No number here and none before (a blank resent as 见附件 or #DIV/0!): nothing to conflict with, nor to correct; the record before stays.
      merged[row]!++;
      blankKept[row] = Math.max(blankKept[row]!, 1);
      sink.pushCapped(makeIssue('info', 'resent-no-number', at,
        `${un.name}${p}的“${m.zh}”在${names[f]}第${ln}行为${shownBlank(raw)}，${pFile}第${pLine}行为${shownBlank(prevRaw)}，两处都没有数值；已保留${pFile}第${pLine}行的记录`,
        `${un.name} ${pEn} ${m.en} is no number in ${names[f]}:${ln} (${mine}) nor in ${pFile}:${pLine} (${theirs}); the record from ${pFile}:${pLine} is kept.`));
      continue;
    }
    if (noAnswer(q)) {
      // A resent file left the cell blank, its formula broke (#DIV/0!) or it wrote words (见附件): the number (or range) sent before stays.
      merged[row]!++;
      blankKept[row] = Math.max(blankKept[row]!, q === INVALID ? 4 : q === ERROR ? 3 : 2);
      sink.pushCapped(q === INVALID
        ? makeIssue('warning', 'resent-text-kept', at,
          `${un.name}${p}的“${m.zh}”在${names[f]}第${ln}行为文字${shownBlank(raw)}（不是数值），已保留${pFile}第${pLine}行的数值${theirs}；如要更正，请在原表中改为数值后重新导入`,
          `${un.name} ${pEn} ${m.en} is text, no number (${mine}) in ${names[f]}:${ln}; the value ${theirs} from ${pFile}:${pLine} is kept.`)
        : q === ERROR
        ? makeIssue('warning', 'resent-error-kept', at,
          `${un.name}${p}的“${m.zh}”在${names[f]}第${ln}行为Excel错误值${shownBlank(raw)}（公式出错，不是数值），已保留${pFile}第${pLine}行的数值${theirs}；请在原表中修正公式后重新导入`,
          `${un.name} ${pEn} ${m.en} is an Excel error (${mine}) in ${names[f]}:${ln}; the value ${theirs} from ${pFile}:${pLine} is kept.`)
        : makeIssue('warning', 'resent-blank-kept', at,
          `${un.name}${p}的“${m.zh}”在${names[f]}第${ln}行为${shownBlank(raw)}，已保留${pFile}第${pLine}行的数值${theirs}；如该项确实应为空，请删除旧数据后重新导入`,
          `${un.name} ${pEn} ${m.en} is blank (${mine}) in ${names[f]}:${ln}; the value ${theirs} from ${pFile}:${pLine} is kept.`));
      continue;
    }
    if (noAnswer(pq)) {
      // A blank sent before is filled in now: the new number (or range) replaces it.
      t.replace(j, v, q, row, col);
      rawReplaced.set(j, raw ?? null);
      added[row]!++;
      if (prevRow < 0) filled++;
      sink.pushCapped(makeIssue('warning', 'resent-blank-filled', at,
        `${un.name}${p}的“${m.zh}”在${pFile}第${pLine}行为${shownBlank(prevRaw)}，${names[f]}第${ln}行补报为${mine}，已采用补报的数值；请核对`,
        `${un.name} ${pEn} ${m.en} was blank (${theirs}) in ${pFile}:${pLine}; ${mine} from ${names[f]}:${ln} is used.`));
      continue;
    }
    if (prevRow < 0) {
      // A number already in the dataset (an append). The new one stands in for it from here on, so
      // that two new rows which disagree are a conflict of their own; it is kept only when the
      // person said the import corrects the data, else the import blocks.
      t.replace(j, v, q, row, col);
      rawReplaced.set(j, raw ?? null);
      const before = `已有数据（${pFile}第${pLine}行）为${theirs}`;
      if (correctExisting) {
        added[row]!++;
        corrected++;
        sink.pushCapped(makeIssue('warning', 'existing-corrected', at,
          `${un.name}${p}的“${m.zh}”已更正：${before}，按本次导入的${names[f]}第${ln}行改为${shownReplacement(v, q, raw)}`,
          `${un.name} ${pEn} ${m.en} corrected: ${theirs} (${pFile}:${pLine}) replaced by ${mine} (${names[f]}:${ln}).`));
      } else {
        conflict[row] = 1;
        sink.pushCapped(makeIssue('error', 'existing-conflict', at,
          `${un.name}${p}的“${m.zh}”有两个不同的数值：${before}，本次导入的${names[f]}第${ln}行为${mine}。如本次导入的是更正后的数据，请选“以本次导入为准，更正已有数据”；否则请核对后只保留一个`,
          `${un.name} ${pEn} ${m.en} differs from the data: ${theirs} (${pFile}:${pLine}), ${mine} in ${names[f]}:${ln}. Import it as a correction, or keep one.`));
      }
      continue;
    }
    conflict[row] = 1;
    // Two rows of one file (or sheet): the file is the issue's own, named once in its place.
    const one = pFile === names[f];
    // Two spellings of the unit (东姜井 and 东姜井村 taken as one): each row is named as it wrote it.
    const a = spellingOf(prevRow, resolved.unitOf[mn]!);
    const b = spellingOf(row, resolved.unitOf[mn]!);
    const spelled = a !== undefined && b !== undefined && a !== b;
    // A row hidden in its sheet is said: rows are often hidden rather than deleted when out of date.
    const [pHidden, nowHidden] = [hidden[rRowFile[prevRow]!]?.has(pLine) === true, hidden[f]?.has(ln) === true];
    const before = `${one ? '' : pFile}第${pLine}行${pHidden ? '（隐藏行）' : ''}${spelled ? `“${a}”` : ''}`;
    const now = `${one ? '' : names[f]}第${ln}行${nowHidden ? '（隐藏行）' : ''}`;
    // One of the two rows marks its period 更正 (`2024年3月（更正）`): the corrected figures sent beside the old ones.
    const word = recs.corrected.get(row);
    const prevWord = recs.corrected.get(prevRow);
    const fix = (word === undefined) === (prevWord === undefined) ? null
      : word !== undefined ? { at: now, old: before, w: word, atEn: `${names[f]}:${ln}`, oldEn: `${pFile}:${pLine}` }
      : { at: before, old: now, w: prevWord!, atEn: `${pFile}:${pLine}`, oldEn: `${names[f]}:${ln}` };
    const hiddenAdvice = pHidden || nowHidden ? '（隐藏行多为旧数据，如是旧数据请在Excel中删除该行后重新导入）' : '';
    sink.pushCapped(makeIssue('error', 'conflicting-values', at,
      `${un.name}${p}的“${m.zh}”有两个不同的数值：${before}为${theirs}，${now}${spelled ? `“${b}”` : ''}为${mine}。`
      + (fix === null ? `请核对后只保留一个${hiddenAdvice}` : `${fix.at}的期间写明“${fix.w}”，是更正后的数据：请只保留更正后的各行（删去更正前的${fix.old}等），再重新导入`),
      `${un.name} ${pEn} ${m.en} has two values: ${theirs} (${pFile}:${pLine}${pHidden ? ', hidden row' : ''}${spelled ? `, "${a}"` : ''}) and ${mine} (${names[f]}:${ln}${nowHidden ? ', hidden row' : ''}${spelled ? `, "${b}"` : ''}).`
      + (fix === null ? '' : ` ${fix.atEn} is marked ${fix.w} (corrected): keep only the corrected rows (delete the old ones, ${fix.oldEn} among them) and import again.`)));
  }

  t.settleSources();

  const mergedLines = new Map<number, number[]>();
  recs.importStored(added, conflict);
  for (let row = recs.nextPending(0); row >= 0; row = recs.nextPending(row + 1)) {
    if (conflict[row]) recs.settleRow(row, 'rejected', '与其他来源的数值冲突');
    else if (merged[row]! > 0) {
      const f = recs.rowFile[row]!;
      recs.settleRow(row, 'merged', blankKept[row] === 4 ? '重发的是文字，不是数值，保留了先前的数值' : blankKept[row] === 3 ? '重发的是Excel错误值，保留了先前的数值' : blankKept[row] === 2 ? '重发的数值为空，保留了先前的数值' : blankKept[row] ? '先前的来源同样没有数值，保留了先前的记录' : mergedElsewhere[row] ? '与已导入的数据完全相同，已合并' : '与本文件中的另一行完全相同，已合并');
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
  if (corrected > 0) {
    sink.push(makeIssue('info', 'existing-corrected-count', { file: names[0] ?? '' },
      `以本次导入为准，更正了已有数据中的${corrected}个数值（各条见“已更正”警告）`,
      `${corrected} value${corrected === 1 ? '' : 's'} of the data corrected by this import (each named in a warning).`));
  }
  if (existing && !sink.blocked) {
    const unitNames: string[] = existing.units.map((u) => u.name);
    resolved.units.forEach((u, k) => { unitNames[unitIndex[k]!] = u.name; });
    const fileNames = [...existing.files.map((f) => f.name), ...names];
    reportAppendCoverage({ obs: t.obs, old: existing.obs.value.length, n: t.n, periodKeys, unitNames, fileNames }, sink);
    // Only a file that repeats a value of the dataset can be a resend (a plain append skips the pass over its records).
    if (t.mergedExisting.includes(1)) reportResentCoverage({
      obs: t.obs, old: existing.obs.value.length, storedRow: t.storedRow, size: recs.size, row: recs.row, rowFile: recs.rowFile, rowLine: recs.rowLine,
      unitOfRecord: (i) => unitOfMention[recs.mention[i]!]!, periodOfRecord: (i) => recordPeriodCode[recs.period[i]!]!, storedAs: (i) => t.stored(t.keyOf(i)),
      repeated: (row) => t.mergedExisting[row] === 1 && added[row] === 0 && blankKept[row] === 0 && conflict[row] === 0,
      periodKeys, unitNames, fileNames, base,
    }, sink);
  }
  // (A refused import changes nothing: "nothing new here" would only contradict its errors.)
  if (!sink.blocked && existing) reportFilesAlreadyImported(recs, mergedExisting, names, sink);

  const build = (meta: DatasetMeta): Dataset => mergedDataset(t, periodKeys, builder.build(meta), rawReplaced);
  // Counted for an import onto a dataset only (the report says it then).
  let addedNumbers = filled;
  if (existing) for (let j = existing.obs.value.length; j < t.n; j++) if (!Number.isNaN(value[j]!)) addedNumbers++;
  return { build, corrected, added: addedNumbers };
}

/**
 * The name a row wrote for unit `unit`, when that unit was written more than one way in the import
 * (else undefined: the unit's name says it); undefined too for a row naming several such units (a
 * transposed table's). Read from the records before they are merged over.
 */
function rowSpellings(recs: ObservationRecords, unitOf: Int32Array): (row: number, unit: number) => string | undefined {
  const none = (): undefined => undefined;
  const first = new Map<number, string>();
  const several = new Set<number>();
  recs.mentions.forEach((x, k) => {
    const u = unitOf[k]!;
    const seen = first.get(u);
    if (seen === undefined) first.set(u, x.rawName);
    else if (seen !== x.rawName) several.add(u);
  });
  if (several.size === 0) return none;
  // The mention of each row's records (-2: several), only for units written several ways.
  const rowMention = new Int32Array(recs.rows).fill(-1);
  for (let i = 0; i < recs.size; i++) {
    const mn = recs.mention[i]!;
    if (!several.has(unitOf[mn]!)) continue;
    const r = recs.row[i]!;
    rowMention[r] = rowMention[r] === -1 || rowMention[r] === mn ? mn : -2;
  }
  return (row, unit) => {
    const mn = rowMention[row]!;
    return mn >= 0 && unitOf[mn] === unit ? recs.mentions[mn]!.rawName : undefined;
  };
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
