/**
 * Months added to a dataset (追加): which communities a new period lacks that the period before it
 * had (a report not in yet), and which appear for the first time (a new community, or a name written
 * another way). A street office should see a missing report before it compares the month.
 */
import type { ObservationColumns } from '../dataset/dataset';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, parsePeriodKey, previousPeriod, type PeriodKey } from '../vocabulary/period';

/** Names a message lists; the rest are counted. */
const LISTED = 10;

export interface AppendCoverage {
  /** The merged observations: [0, old) the dataset's before this import, [old, n) added by it. */
  readonly obs: ObservationColumns;
  readonly old: number;
  readonly n: number;
  /** Period keys by code, units' names by index, files' names by index (the merged dataset's). */
  readonly periodKeys: readonly PeriodKey[];
  readonly unitNames: readonly string[];
  readonly fileNames: readonly string[];
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
  const look = [...new Set([...firstFile.keys(), ...before.values()])];
  const slot = new Int32Array(periodKeys.length).fill(-1);
  look.forEach((p, k) => { slot[p] = k; });
  const has = look.map(() => new Uint8Array(units));
  for (let j = 0; j < n; j++) {
    const k = slot[obs.period[j]!]!;
    if (k >= 0 && !Number.isNaN(obs.value[j]!)) has[k]![obs.unit[j]!] = 1;
  }
  const list = (us: number[]): string => us.slice(0, LISTED).map((u) => unitNames[u]).join('、') + (us.length > LISTED ? `等${us.length}个社区` : '');
  const sorted = [...firstFile.keys()].sort((a, b) => (periodKeys[a]! < periodKeys[b]! ? -1 : 1));
  for (const p of sorted) {
    const at = { file: c.fileNames[firstFile.get(p)!] ?? '' };
    const label = formatPeriodLabel(periodKeys[p]!, 'zh');
    const now = has[slot[p]!]!;
    const prev = before.get(p);
    if (prev !== undefined) {
      const then = has[slot[prev]!]!;
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
