/**
 * Which imported files a chart or table's figures come from, for its source line (数据来源): the
 * files of the observations with a number for the metrics, periods and units it shows, and of
 * what those figures are computed from (a ratio's numerator and denominator, the per-capita base,
 * the months, quarters or year-to-date values a period is rolled up from). A file that holds no
 * figure of what is shown (the July workbook under a June chart) is not named.
 *
 * Rolled-up periods follow period-values.ts's rules as a period's possible sources, not per cell:
 * a value stored at the shown period itself wins for its unit (the pieces are not named for it);
 * otherwise every stored piece the roll-up could use is named.
 */
import type { Dataset } from '../data/dataset/dataset';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { monthRange, parsePeriodKey, type Period, type PeriodKey } from '../data/vocabulary/period';
import type { Analysis } from './model/analysis';
import { metricColumns, type PeriodColumn } from './metric-index';
import type { LearnFromPeers } from './learn-from-peer';
import { isScalable, perBaseOf, type PerBase } from './per-capita';
import { resolveMetric } from './resolve-metric';
import type { UnitProfile } from './unit-profile';

/** What a chart or table shows. */
export interface ShownData {
  /** Metric ids (a heatmap or overview shows several). */
  readonly metrics: readonly string[];
  /** Period keys shown, a comparison period (shown as a change or rank change) included. */
  readonly periods: readonly PeriodKey[];
  /** Street/town of the units shown ('' or undefined: every unit), unless `units` is given. */
  readonly parent?: string;
  /** The units shown (ds.units indices), when not all those of `parent`. */
  readonly units?: readonly number[];
  /** Per-capita base: the residents or households figures are sources too. */
  readonly per?: PerBase;
}

/**
 * Indices into ds.files of the files the figures of `shown` come from, in the dataset's file order.
 * Reads the model's metric columns (each knows the file of its numbers), not the observations:
 * O(units in scope × columns read), a column of one file read as a whole; kept in the model.
 */
export function sourceFiles(a: Analysis, shown: ShownData): number[] {
  const ds = a.cube;
  if (ds.files.length <= 1) return ds.files.map((_, i) => i);
  const key = `source-files|${shown.metrics.join(',')}|${shown.periods.join(',')}|${shown.parent ?? ''}|${shown.units?.join(',') ?? '*'}|${shown.per ?? 'none'}`;
  return a.memo(key, () => {
    const scope = unitsInScope(ds, shown);
    const periods = ds.periods.map((k) => parsePeriodKey(k));
    const used = new Uint8Array(ds.files.length);
    for (const key of new Set(shown.periods)) {
      const target = parsePeriodKey(key);
      if (!target) continue;
      for (const def of storedSources(ds, shown)) {
        const cols = metricColumns(a, ds.metrics.findIndex((d) => d.id === def.id)).byPeriod;
        const reads = periodReads(def, key, target, ds.periods, periods);
        const exact = cols[ds.periods.indexOf(key)];
        const pieces = cols.filter((c, p): c is PeriodColumn => c !== undefined && reads[p] === 1);
        filesOfPair(exact, pieces, scope, used);
      }
    }
    const out: number[] = [];
    used.forEach((u, f) => { if (u) out.push(f); });
    return out;
  }, (files) => 64 + 8 * files.length);
}

/**
 * Marks in `used` the files of one (shown period, stored metric) pair over the units of `scope`
 * (null: every unit): the exact column's where it has a number, else every piece's with a number.
 */
function filesOfPair(exact: PeriodColumn | undefined, pieces: readonly PeriodColumn[], scope: Int32Array | null, used: Uint8Array): void {
  const open = (c: PeriodColumn) => c.files.some((f) => !used[f]);
  if (exact && open(exact)) markFiles(exact, scope, used);
  const rest = pieces.filter(open);
  if (rest.length === 0) return;
  if (!exact) {
    for (const c of rest) markFiles(c, scope, used);
    return;
  }
  // A value stored at the shown period wins for its unit: the pieces count only where it has none.
  const n = exact.values.length;
  const count = scope ? scope.length : n;
  for (let k = 0; k < count; k++) {
    const u = scope ? scope[k]! : k;
    if (exact.values[u] === exact.values[u]) continue;
    for (const c of rest) markUnit(c, u, used);
  }
}

/** Marks the files of `c`'s numbers over `scope`; a whole column's list when every unit is in scope. */
function markFiles(c: PeriodColumn, scope: Int32Array | null, used: Uint8Array): void {
  if (!scope) {
    for (const f of c.files) used[f] = 1;
    return;
  }
  if (c.files.length === 0) return;
  const one = c.fileOf === null;
  for (let k = 0; k < scope.length; k++) {
    const u = scope[k]!;
    if (c.values[u] !== c.values[u]) continue;
    if (one) {
      used[c.files[0]!] = 1;
      return;
    }
    markUnit(c, u, used);
  }
}

function markUnit(c: PeriodColumn, u: number, used: Uint8Array): void {
  const v = c.values[u]!;
  if (v !== v) return;
  used[c.fileOf ? c.fileOf[u]! : c.files[0]!] = 1;
}

/** The units shown (ds.units indices), or null for every unit. */
function unitsInScope(ds: Dataset, shown: ShownData): Int32Array | null {
  if (shown.units) return Int32Array.from(new Set(shown.units));
  const parent = shown.parent ?? '';
  if (parent === '') return null;
  const out: number[] = [];
  ds.units.forEach((u, i) => { if (u.parent === parent) out.push(i); });
  return Int32Array.from(out);
}

/** The stored metrics the shown figures are read from: each metric, a ratio's parts, the per-capita base. */
function storedSources(ds: Dataset, shown: ShownData): MetricDef[] {
  const out = new Map<string, MetricDef>();
  const add = (id: string | undefined, depth: number): void => {
    if (id === undefined || depth > 2) return;
    const def = resolveMetric(ds, id);
    if (!def) return;
    if (ds.metrics.some((d) => d.id === id)) out.set(id, def);
    if (def.kind === 'ratio') {
      add(def.numerator, depth + 1);
      add(def.denominator, depth + 1);
    }
  };
  const base = perBaseOf(shown.per ?? 'none');
  for (const id of shown.metrics) {
    add(id, 0);
    const def = resolveMetric(ds, id);
    if (base && def && isScalable(def)) add(base.metric, 1);
  }
  return [...out.values()];
}

/** Per stored period of the dataset: 2 when it is `key` itself, 1 when `def`'s roll-up of `target` may read it, else 0. */
function periodReads(def: MetricDef, key: PeriodKey, target: Period, keys: readonly PeriodKey[], periods: readonly (Period | null)[]): Uint8Array {
  const reads = new Uint8Array(keys.length);
  const [a, b] = monthRange(target);
  // With a year-to-date value ending inside the target, the months before it may be subtracted from it (roll-up-flow.ts).
  const cumulativeInside = periods.some((p) => p?.year === target.year && p.granularity === 'C' && p.index >= a && p.index <= b);
  periods.forEach((p, s) => {
    if (keys[s] === key) { reads[s] = 2; return; }
    if (!p || p.year !== target.year || def.kind === 'ratio') return;
    const [s0, s1] = monthRange(p);
    if (def.kind === 'stock') { reads[s] = s1 >= a && s1 <= b ? 1 : 0; return; }
    if (p.granularity === 'C') reads[s] = s1 >= a - 1 && s1 <= b ? 1 : 0;
    else reads[s] = (s0 >= a && s1 <= b) || (cumulativeInside && s1 < a) ? 1 : 0;
  });
  return reads;
}

/**
 * What a unit's profile page or slide shows: its every metric in the period, against the previous
 * period and the same period last year, and the values of the peers it is told to learn from.
 */
export function profileShown(profile: UnitProfile, learn: LearnFromPeers): ShownData {
  const first = profile.metrics[0];
  const periods = first ? [profile.period, first.previous.period, first.lastYear.period] : [profile.period];
  return {
    metrics: profile.metrics.map((m) => m.metric.id), periods,
    units: [profile.unit, ...learn.weak.map((w) => w.peer)], per: profile.per,
  };
}
