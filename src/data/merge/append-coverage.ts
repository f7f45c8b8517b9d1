/**
 * Months added to a dataset (追加): which communities a new period lacks that the period before it
 * had (a report not in yet), and which appear for the first time (a new community, or a name written
 * another way). A street office should see a missing report before it compares the month. A month
 * the dataset has, sent again whole (重报), is checked the same way against the file it resends.
 */
import type { ObservationColumns } from '../dataset/dataset';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, parsePeriodKey, previousPeriod, type PeriodKey } from '../vocabulary/period';

/** Names a message lists; the rest are counted. */
const LISTED = 10;

/** The merged dataset both checks read: its observations, where the dataset's end, and its names. */
interface MergedDataset {
  /** The merged observations: [0, old) the dataset's before this import, then those added by it. */
  readonly obs: ObservationColumns;
  readonly old: number;
  /** Period keys by code, units' names by index, files' names by index (the merged dataset's). */
  readonly periodKeys: readonly PeriodKey[];
  readonly unitNames: readonly string[];
  readonly fileNames: readonly string[];
}

export interface AppendCoverage extends MergedDataset {
  /** Observations [old, n) were added by this import. */
  readonly n: number;
}

/**
 * Per period of `periods`, the units holding an observation of it among observations [from, to)
 * (one with a value, when `valued`): the units a month had before a new one (append), or that a
 * resent month had (resend), and the units the new month brings. `visit` is called with each
 * observation of those periods, in order, so that a caller reading more of them needs no pass of its own.
 */
function unitsByPeriod(c: MergedDataset, from: number, to: number, periods: Iterable<number>, valued: boolean,
  visit?: (j: number) => void): Map<number, Uint8Array> {
  const { obs } = c;
  const out = new Map<number, Uint8Array>();
  // By period code, the units' flags (a typed lookup: the pass may cover the whole dataset).
  const slot: (Uint8Array | undefined)[] = new Array(c.periodKeys.length);
  for (const p of periods) out.set(p, (slot[p] = new Uint8Array(c.unitNames.length)));
  for (let j = from; j < to; j++) {
    const here = slot[obs.period[j]!];
    if (here === undefined) continue;
    visit?.(j);
    if (!valued || !Number.isNaN(obs.value[j]!)) here[obs.unit[j]!] = 1;
  }
  return out;
}

/** Units `us` as a message lists them, each as `name(u)`: the first LISTED, then how many in all. */
function unitList(us: readonly number[], name: (u: number) => string): string {
  return us.slice(0, LISTED).map(name).join('、') + (us.length > LISTED ? `等${us.length}个社区` : '');
}

export function reportAppendCoverage(c: AppendCoverage, sink: IssueSink): void {
  const { obs, old, n, periodKeys, unitNames } = c;
  const units = unitNames.length;
  const code = new Map(periodKeys.map((k, i) => [k, i]));
  // Periods the dataset had, and units it had any value for.
  const oldPeriod = new Uint8Array(periodKeys.length);
  const known = new Uint8Array(units);
  for (let j = 0; j < old; j++) { oldPeriod[obs.period[j]!] = 1; if (!Number.isNaN(obs.value[j]!)) known[obs.unit[j]!] = 1; }
  // New periods (with the file that brought each first) and the period before each, when the dataset has it.
  const firstFile = new Map<number, number>();
  for (let j = old; j < n; j++) if (oldPeriod[obs.period[j]!] === 0 && !firstFile.has(obs.period[j]!)) firstFile.set(obs.period[j]!, obs.file[j]!);
  if (firstFile.size === 0) return;
  const before = new Map<number, number>();
  for (const p of firstFile.keys()) {
    const parsed = parsePeriodKey(periodKeys[p]!);
    const prev = parsed ? code.get(formatPeriodKey(previousPeriod(parsed))) : undefined;
    if (prev !== undefined && oldPeriod[prev] === 1) before.set(p, prev);
  }
  // Which units have a value in each period looked at.
  const has = unitsByPeriod(c, 0, n, new Set([...firstFile.keys(), ...before.values()]), true);
  const list = (us: number[]): string => unitList(us, (u) => unitNames[u]!);
  const sorted = [...firstFile.keys()].sort((a, b) => (periodKeys[a]! < periodKeys[b]! ? -1 : 1));
  for (const p of sorted) {
    const at = { file: c.fileNames[firstFile.get(p)!] ?? '' };
    const label = formatPeriodLabel(periodKeys[p]!, 'zh');
    const now = has.get(p)!;
    const prev = before.get(p);
    if (prev !== undefined) {
      const then = has.get(prev)!;
      const missing: number[] = [];
      for (let u = 0; u < units; u++) if (then[u] === 1 && now[u] === 0) missing.push(u);
      if (missing.length > 0) {
        const prevLabel = formatPeriodLabel(periodKeys[prev]!, 'zh');
        sink.push(makeIssue('warning', 'append-units-missing', at,
          `${label}没有${list(missing)}的数据（${prevLabel}有）。如尚未报送，补报后可再用“追加到当前数据”导入`,
          `${formatPeriodLabel(periodKeys[p]!, 'en')} has no data for ${missing.length} unit(s) that ${formatPeriodLabel(periodKeys[prev]!, 'en')} had.`));
      }
    }
    const fresh: number[] = [];
    for (let u = 0; u < units; u++) if (now[u] === 1 && known[u] === 0) fresh.push(u);
    if (fresh.length > 0) {
      sink.push(makeIssue('info', 'append-units-new', at,
        `${label}新出现${list(fresh)}（此前各期没有），请核对是新设的社区，还是名称的写法与以前不同`,
        `${formatPeriodLabel(periodKeys[p]!, 'en')} brings ${fresh.length} unit(s) not in the earlier periods; check whether they are new or named differently.`));
    }
  }
}

/** A resent table (a street's month sent again whole), as reportResentCoverage reads it from the merge. */
export interface ResentCoverage extends MergedDataset {
  /** `storedRow[j]` ≥ 0 when this import's record replaced the dataset's observation j. */
  readonly storedRow: Int32Array;
  /** The import's records: their rows' files (this import's file index) and lines, units (the dataset's) and periods (merged codes). */
  readonly size: number;
  readonly row: Uint32Array;
  readonly rowFile: Uint16Array;
  readonly rowLine: Uint32Array;
  readonly unitOfRecord: (i: number) => number;
  readonly periodOfRecord: (i: number) => number;
  /** The observation record `i`'s unit, period and metric are stored as. */
  readonly storedAs: (i: number) => number;
  /** Whether data row `row` only repeated the dataset's values (nothing added, corrected or kept over a blank). */
  readonly repeated: (row: number) => boolean;
  /** Where this import's files start in `fileNames` (record file f is `base + f`). */
  readonly base: number;
}

/**
 * A period the dataset had, sent again by a file of this import that repeats a row of a dataset's
 * file `g` in it (a resend of g's table, not a late community's file or a patch of changed rows):
 * the communities g had in that period which no file of this import has keep their old values
 * unsaid, and a community written anew (东姜井社区 resent as 东姜井村) now stands beside the old
 * one, both counted. A warning names the ones left out, with g's lines, and the new ones; new ones
 * alone get an info.
 */
export function reportResentCoverage(c: ResentCoverage, sink: IssueSink): void {
  const { obs, old, base } = c;
  // (file, period, dataset file) of every resend.
  const resends = new Map<string, { f: number; p: number; g: number }>();
  for (let i = 0; i < c.size; i++) {
    const row = c.row[i]!;
    if (!c.repeated(row)) continue;
    const j = c.storedAs(i);
    if (j < 0 || j >= old || c.storedRow[j]! >= 0) continue;
    const f = c.rowFile[row]!;
    const p = c.periodOfRecord(i);
    const g = obs.file[j]!;
    if (!resends.has(`${f}|${p}|${g}`)) resends.set(`${f}|${p}|${g}`, { f, p, g });
  }
  if (resends.size === 0) return;
  const periods = new Set([...resends.values()].map((r) => r.p));
  const units = c.unitNames.length;
  // Units this import has in each resent period (any file), and each file's first line of each.
  const brought = new Map<number, Uint8Array>();
  const lineOf = new Map<string, number>();
  for (const p of periods) brought.set(p, new Uint8Array(units));
  for (let i = 0; i < c.size; i++) {
    const p = c.periodOfRecord(i);
    const here = brought.get(p);
    if (!here) continue;
    const u = c.unitOfRecord(i);
    here[u] = 1;
    const row = c.row[i]!;
    const k = `${c.rowFile[row]!}|${p}|${u}`;
    if (!lineOf.has(k)) lineOf.set(k, c.rowLine[row]!);
  }
  // Units the dataset had in each resent period (a blank too), and the line of each value in each of its files.
  const oldLine = new Map<string, number>();
  const had = unitsByPeriod(c, 0, old, periods, false, (j) => {
    if (c.storedRow[j]! >= 0 || Number.isNaN(obs.value[j]!)) return;
    const k = `${obs.file[j]!}|${obs.period[j]!}|${obs.unit[j]!}`;
    if (!oldLine.has(k)) oldLine.set(k, obs.line[j]!);
  });
  for (const { f, p, g } of resends.values()) {
    const file = c.fileNames[base + f] ?? '';
    const from = c.fileNames[g] ?? '';
    const missing: number[] = [];
    const fresh: number[] = [];
    for (let u = 0; u < units; u++) {
      if (brought.get(p)![u] === 0 && oldLine.has(`${g}|${p}|${u}`)) missing.push(u);
      if (lineOf.has(`${f}|${p}|${u}`) && had.get(p)![u] === 0) fresh.push(u);
    }
    if (missing.length === 0 && fresh.length === 0) continue;
    const named = (us: number[], line: (u: number) => string): string => unitList(us, (u) => `${c.unitNames[u]}（${line(u)}）`);
    const newLine = (u: number): number => lineOf.get(`${f}|${p}|${u}`)!;
    const label = formatPeriodLabel(c.periodKeys[p]!, 'zh');
    const head = `${file}重报了${from}的${label}数据`;
    const freshZh = fresh.length > 0 ? `另有${named(fresh, (u) => `第${newLine(u)}行`)}是原来没有的，已作为新的单位导入` : '';
    const at = { file, ...(fresh.length > 0 ? { line: newLine(fresh[0]!) } : {}) };
    const en = `${formatPeriodLabel(c.periodKeys[p]!, 'en')} resent by ${file} (of ${from})`;
    if (missing.length === 0) {
      sink.push(makeIssue('info', 'resent-units-new', at, `${head}，${freshZh}，请核对`, `${en} brings ${fresh.length} unit(s) it did not have.`));
      continue;
    }
    const one = missing.length === 1;
    sink.push(makeIssue('warning', 'resent-units-missing', at,
      `${head}，但没有${named(missing, (u) => `${from}第${oldLine.get(`${g}|${p}|${u}`)!}行`)}，已保留${one ? '其' : '它们'}原有的数值`
      + (fresh.length > 0 ? `；本次${freshZh}，两者都计入本期。如是同一单位改了名称，请统一名称后重新导入；` : '。')
      + `如${one ? '该社区' : '这些社区'}本期确实不应有数据，请删除旧数据后重新导入`,
      `${en} lacks ${missing.length} unit(s) ${from} had; their values are kept${fresh.length > 0 ? `, and ${fresh.length} unit(s) it brings are new` : ''}.`));
  }
}
