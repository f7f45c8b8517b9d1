/**
 * A community's sheet (or row) copied for another and its numbers never changed (滨西社区's sheet
 * made from 花园路社区's): two units with the very same value in every metric and period. Each value
 * alone is plausible, so a warning names both units and where they are, once per pair; nothing is
 * changed. Small tables prove nothing (a few equal counts, zeros): only units sharing at least
 * MIN_NONZERO nonzero values are compared. Twins of one name (two streets' 花园路社区) are
 * copiedStreet's. Once per dataset, after the merge.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { sameHashGroups } from './copy-candidates';
import { sheetOf, sourceFileOf, type Dataset } from './dataset';

/** Fewer equal nonzero values than this (a row of 1, 2, 3) prove nothing. */
const MIN_NONZERO = 6;
/** Pairs warned one by one; more are counted in one warning. */
const MAX_ISSUES = 20;

/** Warnings for pairs of units (one of them with a value from file `fromFile` on) whose values are all the same. */
export function copiedUnit(ds: Dataset, fromFile = 0): ImportIssue[] {
  const o = ds.obs;
  const nU = ds.units.length;
  const nM = ds.metrics.length;
  // Per unit: an order-free hash of its (period, metric, value), its count and nonzero count. One
  // pass over every value with nothing else in it: where the few candidates are is read after.
  const hash = new Uint32Array(nU);
  const count = new Uint32Array(nU);
  const nonzero = new Uint32Array(nU);
  const { unit, period, metric, value } = o;
  // A unit's values mostly come in a run (a row's, a file's): summed in locals, stored at its end.
  let run = -1;
  let h0 = 0;
  let c0 = 0;
  let n0 = 0;
  for (let i = 0; i <= value.length; i++) {
    const u = i < value.length ? unit[i]! : -1;
    if (u !== run) {
      if (run >= 0) { hash[run] = (hash[run]! + h0) >>> 0; count[run] = count[run]! + c0; nonzero[run] = nonzero[run]! + n0; }
      if (u < 0) break;
      run = u; h0 = 0; c0 = 0; n0 = 0;
    }
    const v = value[i]!;
    let h = Math.imul((period[i]! * nM + metric[i]!) ^ 0x2545f491, 0x9e3779b1);
    h = Math.imul(h ^ ((v * 1000) | 0), 0x85ebca6b);
    h0 = (h0 + (h ^ (h >>> 15))) | 0;
    c0++;
    if (v !== 0 && v === v) n0++;
  }
  const candidates = sameHashGroups(hash, count, nonzero, MIN_NONZERO);
  if (candidates.length === 0) return [];
  const { values, first, fresh } = candidatesOf(ds, candidates, fromFile);
  const issues: ImportIssue[] = [];
  let more = 0;
  for (const g of candidates) {
    // The unit met first is the one copied from; each other is compared with it (the hash may collide).
    g.sort((a, b) => o.file[first.get(a)!]! - o.file[first.get(b)!]! || o.line[first.get(a)!]! - o.line[first.get(b)!]!);
    const x = g[0]!;
    for (let b = 1; b < g.length; b++) {
      const y = g[b]!;
      if ((!fresh.has(x) && !fresh.has(y)) || ds.units[x]!.name === ds.units[y]!.name || !sameValues(values.get(x)!, values.get(y)!)) continue;
      if (issues.length < MAX_ISSUES) issues.push(copiedIssue(ds, x, first.get(x)!, y, first.get(y)!, count[y]!)); else more++;
    }
  }
  if (more > 0) {
    issues.push(makeIssue('warning', 'unit-copied', { file: issues[0]!.file },
      `另有${more}个社区的数值也与另一社区完全相同（同上），请逐一核对`, `${more} more units have every value equal to another's.`));
  }
  return issues;
}

/**
 * For the units of `groups`, in one pass over the observations: their values by (period, metric),
 * each one's first observation (by file, then line), and which have a value from file `fromFile` on.
 */
function candidatesOf(ds: Dataset, groups: readonly number[][], fromFile: number): { values: Map<number, Map<number, number>>; first: Map<number, number>; fresh: Set<number> } {
  const values = new Map<number, Map<number, number>>();
  for (const g of groups) for (const u of g) values.set(u, new Map());
  const first = new Map<number, number>();
  const fresh = new Set<number>();
  const o = ds.obs;
  const nM = ds.metrics.length;
  for (let i = 0; i < o.value.length; i++) {
    const u = o.unit[i]!;
    const m = values.get(u);
    if (m === undefined) continue;
    m.set(o.period[i]! * nM + o.metric[i]!, o.value[i]!);
    const f = first.get(u);
    if (f === undefined || o.file[i]! < o.file[f]! || (o.file[i] === o.file[f] && o.line[i]! < o.line[f]!)) first.set(u, i);
    if (o.file[i]! >= fromFile) fresh.add(u);
  }
  return { values, first, fresh };
}

/** The same (period, metric) keys with the same values (NaN equal to NaN: both blank). */
function sameValues(mx: ReadonlyMap<number, number>, my: ReadonlyMap<number, number>): boolean {
  if (mx.size !== my.size) return false;
  for (const [k, v] of mx) {
    const w = my.get(k);
    if (w === undefined || !(w === v || (Number.isNaN(w) && Number.isNaN(v)))) return false;
  }
  return true;
}

/** The warning at copy `y`'s first value, naming `x` it equals. */
function copiedIssue(ds: Dataset, x: number, ix: number, y: number, iy: number, n: number): ImportIssue {
  const o = ds.obs;
  const label = (i: number): string => ds.files[o.file[i]!]?.name ?? '';
  const same = sourceFileOf(label(ix)).file === sourceFileOf(label(iy)).file;
  const where = (i: number): string => {
    const name = label(i);
    const sheet = sheetOf(name);
    const file = same ? '' : sourceFileOf(name).file;
    return `${file}${sheet !== null ? `工作表“${sheet}”` : ''}第${o.line[i]}行起`;
  };
  const from = ds.units[x]!.name;
  const copy = ds.units[y]!.name;
  return makeIssue('warning', 'unit-copied', { file: label(iy), line: o.line[iy]! },
    `${copy}（${where(iy)}）的${n}个数值与${from}（${where(ix)}）在每个指标、每一期都完全相同，像是复制了${from}的表而没有改数。两者都已照常导入；请核对，如是复制的，请填入${copy}的实际数值后重新导入`,
    `${copy} has all its ${n} values equal to ${from}'s, in every metric and period: copied from ${from}'s table without changing the numbers? Both imported as sent.`);
}
