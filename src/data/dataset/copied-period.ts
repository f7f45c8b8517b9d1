/**
 * A month sent as a copy of another (a workbook's 3月 sheet copied from 2月 and not yet filled in,
 * or 3月.csv saved from 2月.csv): every count of people or events in it equals the other month's,
 * community by community. Stocks (常住人口, 户数) may stay the same from month to month; flows hardly
 * all do. Each value alone is plausible, so a warning names both sources. Nothing is changed.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { sameHashGroups } from './copy-candidates';
import type { Dataset } from './dataset';

const EXACT = 0;
/** Fewer equal flow values than this (a one-row form) prove nothing. */
const MIN_VALUES = 3;

/** Warnings for two sources of one period each, another period apiece, with the very same flow values; one of them from file `fromFile` on. */
export function copiedPeriod(ds: Dataset, fromFile = 0): ImportIssue[] {
  const n = ds.files.length;
  if (n < 2 || fromFile >= n) return [];
  const o = ds.obs;
  const flow = ds.metrics.map((m) => m.kind === 'flow');
  // Per source: its one period (-1 none yet, -2 several), and a hash, a count and the nonzero count of its flow values in order.
  const period = new Int32Array(n).fill(-1);
  const hash = new Uint32Array(n);
  const count = new Uint32Array(n);
  const nonzero = new Uint32Array(n);
  const nM = ds.metrics.length;
  for (let i = 0; i < o.value.length; i++) {
    const f = o.file[i]!;
    const p = o.period[i]!;
    if (period[f] === -1) period[f] = p; else if (period[f] !== p) period[f] = -2;
    const v = o.value[i]!;
    if (!flow[o.metric[i]!] || o.qualifier[i] !== EXACT || Number.isNaN(v)) continue;
    let h = hash[f]!;
    h = Math.imul(h ^ (o.unit[i]! * nM + o.metric[i]!), 0x9e3779b1) >>> 0;
    h = Math.imul(h ^ (Math.round(v * 1000) | 0), 0x85ebca6b) >>> 0;
    hash[f] = h;
    count[f]!++;
    if (v !== 0) nonzero[f]!++;
  }
  // A source of several periods is no copy of a month: it proves nothing.
  for (let f = 0; f < n; f++) if (period[f]! < 0) nonzero[f] = 0;
  // Each source against the first of its group, in the order of the later source.
  const pairs: [number, number][] = [];
  for (const group of sameHashGroups(hash, count, nonzero, MIN_VALUES)) {
    const g = group[0]!;
    for (let k = 1; k < group.length; k++) {
      const f = group[k]!;
      if (period[g] !== period[f] && (f >= fromFile || g >= fromFile)) pairs.push([g, f]);
    }
  }
  pairs.sort((a, b) => a[1] - b[1]);
  const issues: ImportIssue[] = [];
  for (const pair of pairs) {
    if (!sameFlows(ds, flow, pair[0], pair[1])) continue;
    // The later month is the one likely copied from the earlier (last month's table reused).
    const [g, f] = ds.periods[period[pair[0]]!]! > ds.periods[period[pair[1]]!]! ? [pair[1], pair[0]] : pair;
    const name = ds.files[f]!.name;
    const other = ds.files[g]!.name;
    const mine = formatPeriodLabel(ds.periods[period[f]!]!, 'zh');
    const theirs = formatPeriodLabel(ds.periods[period[g]!]!, 'zh');
    issues.push(makeIssue('warning', 'copied-period', { file: name },
      `${name}（${mine}）的${count[f]}个人数、次数等数值与${other}（${theirs}）逐个社区完全相同，像是复制了${theirs}的表而没有改数。已按${mine}导入；请核对，如是复制的，请填入${mine}的实际数值后重新导入`,
      `${name} (${formatPeriodLabel(ds.periods[period[f]!]!, 'en')}) has every count equal to ${other} (${formatPeriodLabel(ds.periods[period[g]!]!, 'en')}), community by community: a copied table? Imported as it says.`));
  }
  return issues;
}

/** The two sources' exact flow values, in order, are the same units, metrics and numbers (the hash may collide). */
function sameFlows(ds: Dataset, flow: readonly boolean[], a: number, b: number): boolean {
  const o = ds.obs;
  const of = (f: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < o.value.length; i++) {
      if (o.file[i] !== f || !flow[o.metric[i]!] || o.qualifier[i] !== EXACT || Number.isNaN(o.value[i]!)) continue;
      out.push(o.unit[i]!, o.metric[i]!, o.value[i]!);
    }
    return out;
  };
  const x = of(a);
  const y = of(b);
  return x.length === y.length && x.every((v, k) => v === y[k]);
}
