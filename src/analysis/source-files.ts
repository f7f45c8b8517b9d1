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

/** Indices into ds.files of the files the figures of `shown` come from, in the dataset's file order. */
export function sourceFiles(ds: Dataset, shown: ShownData): number[] {
  if (ds.files.length <= 1) return ds.files.map((_, i) => i);
  const inScope = unitMask(ds, shown);
  const periods = ds.periods.map((k) => parsePeriodKey(k));
  // For each (shown period, stored metric) pair: the stored periods it reads, 2 = the exact key, 1 = a roll-up piece.
  const pairs: { m: number; reads: Uint8Array }[] = [];
  for (const key of new Set(shown.periods)) {
    const target = parsePeriodKey(key);
    if (!target) continue;
    for (const def of storedSources(ds, shown)) {
      const m = ds.metrics.findIndex((d) => d.id === def.id);
      pairs.push({ m, reads: periodReads(def, key, target, ds.periods, periods) });
    }
  }
  const byMetric: number[][] = ds.metrics.map(() => []);
  pairs.forEach(({ m }, k) => byMetric[m]!.push(k));
  const n = ds.units.length;
  const { unit, period, metric, value, file } = ds.obs;
  // A unit's value stored at the shown period itself wins over any roll-up of that pair.
  const exact = new Uint8Array(pairs.length * n);
  const forEachRead = (visit: (i: number, pair: number, how: number) => void): void => {
    for (let i = 0; i < value.length; i++) {
      const v = value[i]!;
      if (v !== v || !inScope[unit[i]!]) continue;
      for (const k of byMetric[metric[i]!] ?? []) {
        const how = pairs[k]!.reads[period[i]!]!;
        if (how) visit(i, k, how);
      }
    }
  };
  forEachRead((i, k, how) => { if (how === 2) exact[k * n + unit[i]!] = 1; });
  const used = new Uint8Array(ds.files.length);
  forEachRead((i, k, how) => { if (how === 2 || !exact[k * n + unit[i]!]) used[file[i]!] = 1; });
  const out: number[] = [];
  used.forEach((u, f) => { if (u) out.push(f); });
  return out;
}

function unitMask(ds: Dataset, shown: ShownData): Uint8Array {
  const mask = new Uint8Array(ds.units.length);
  if (shown.units) {
    for (const u of shown.units) mask[u] = 1;
    return mask;
  }
  const parent = shown.parent ?? '';
  ds.units.forEach((u, i) => { mask[i] = parent === '' || u.parent === parent ? 1 : 0; });
  return mask;
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
