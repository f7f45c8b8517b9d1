/**
 * Which imported files a chart or table's figures come from, for its source line (数据来源): the
 * files of the stored columns the shown values were read from (PeriodValues.reads: the roll-up
 * reports what it read, a ratio's parts and a flow's subtracted prefix included), and of the
 * per-capita base, over the units shown. A file that holds no figure of what is shown (the July
 * workbook under a June chart) is not named.
 *
 * The reads are the union over every unit: a chart of a few units names the file of a column some
 * other unit's value was read from when one of its own units has a number in it too.
 */
import type { Dataset } from '../data/dataset/dataset';
import { parsePeriodKey, type PeriodKey } from '../data/vocabulary/period';
import type { Analysis } from './model/analysis';
import { fileOfUnit, homeFileOf } from './column-files';
import { columnOfRead, type PeriodColumn } from './metric-index';
import type { LearnFromPeers } from './learn-from-peer';
import { isScalable, perBaseOf, type PerBase } from './per-capita';
import { periodValues } from './period-values';
import { ratioParts, resolveMetric } from './resolve-metric';
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
  /**
   * 'parts': a ratio with a numerator and a denominator is shown as Σnumerator ÷ Σdenominator over
   * units (总览, 街道排名), so its parts are read, never a stored ratio.
   */
  readonly ratios?: 'parts';
}

/**
 * Indices into ds.files of the files the figures of `shown` come from, in the dataset's file order;
 * empty when none is (nothing shown has a number). Reads the model's metric columns (each knows the
 * file of its numbers) named by the shown values' reads: O(units in scope × columns read), a column
 * of one file read as a whole; kept in the model.
 */
export function sourceFiles(a: Analysis, shown: ShownData): number[] {
  const ds = a.cube;
  if (ds.files.length <= 1) return ds.files.map((_, i) => i);
  const sorted = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
  const units = shown.units ? Int32Array.from(new Set(shown.units)).sort() : undefined;
  const scopeKey = units ? `units:${units.join(',')}` : `parent:${shown.parent ?? ''}`;
  const key = `source-files|${sorted(shown.metrics).join(',')}|${sorted(shown.periods).join(',')}|${scopeKey}|${shown.per ?? 'none'}|${shown.ratios ?? ''}`;
  return a.memo(key, () => {
    const scopeUnits = units ?? unitsOf(ds, shown.parent ?? '');
    const scope = scopeUnits ? { units: scopeUnits, home: homeFileOf(a) } : null;
    const used = new Uint8Array(ds.files.length);
    const read = readMetrics(ds, shown);
    for (const period of new Set(shown.periods)) {
      if (!parsePeriodKey(period)) continue;
      for (const id of read) {
        for (const r of periodValues(a, id, period).reads) {
          const col = columnOfRead(a, r);
          if (col && col.files.some((f) => !used[f])) markFiles(col, scope, used);
        }
      }
    }
    const out: number[] = [];
    used.forEach((u, f) => { if (u) out.push(f); });
    return out;
  }, (files) => 64 + 8 * files.length);
}

/**
 * Marks the files of `c`'s numbers over `scope`'s units (null: every unit; a whole column's list
 * then), each unit's its home file (`scope.home`) but for the column's exceptions.
 */
function markFiles(c: PeriodColumn, scope: { readonly units: Int32Array; readonly home: Uint16Array } | null, used: Uint8Array): void {
  if (!scope) {
    for (const f of c.files) used[f] = 1;
    return;
  }
  const { units, home } = scope;
  // A column of one file: fileOfUnit gives that file for every unit, so the first number says all.
  const one = c.files.length === 1;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const v = c.values[u]!;
    if (v !== v) continue;
    used[fileOfUnit(c, home, u)] = 1;
    if (one) return;
  }
}

/** The units of street `parent` (ds.units indices), or null for every unit (''). */
function unitsOf(ds: Dataset, parent: string): Int32Array | null {
  if (parent === '') return null;
  const out: number[] = [];
  ds.units.forEach((u, i) => { if (u.parent === parent) out.push(i); });
  return Int32Array.from(out);
}

/** The metrics whose values are shown: each metric (a ratio's parts with `ratios: 'parts'`), the per-capita base. */
function readMetrics(ds: Dataset, shown: ShownData): string[] {
  const out = new Set<string>();
  const base = perBaseOf(shown.per ?? 'none');
  for (const id of shown.metrics) {
    const def = resolveMetric(ds, id);
    if (!def) continue;
    const parts = shown.ratios === 'parts' ? ratioParts(def) : undefined;
    if (parts) out.add(parts.numerator).add(parts.denominator);
    else out.add(id);
    if (base && isScalable(def)) out.add(base.metric);
  }
  return [...out];
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
