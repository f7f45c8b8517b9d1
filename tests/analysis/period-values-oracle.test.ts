/**
 * periodValues against an independent, naive roll-up written straight from the rules (plain objects,
 * a loop over the generated rows), on random datasets mixing monthly, quarterly and cumulative
 * reporting; and invariance under the order observations arrive in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIER_CODE, type Qualifier } from '../../src/data/dataset/dataset';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { periodValues } from '../../src/analysis/period-values';
import { makeDataset, type ObsRow } from './analysis-fixtures';
import { mulberry32 } from '../../scripts/sample/prng';
import { modelOf } from './model-of';

const STORED = ['reemployed', 'unemployed', 'volunteers', 'residents', 'lectures', 'donations'];
const ALL = [...STORED, 'reemployment_rate', 'volunteer_rate'];
const YEARS = [2023, 2024];
const TARGETS = YEARS.flatMap((y) => [`${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, `${y}-H1`, `${y}-H2`, `${y}`]);
const UNITS = ['甲', '乙', '丙', '丁', '戊', '己'];

/** The sample generator's seeded PRNG (mulberry32). */
const rng = mulberry32;

const pad = (m: number): string => String(m).padStart(2, '0');

/** Each (unit, metric, year) reports in one mode: months, quarters, or cumulative year-to-date. */
function generateRows(seed: number): ObsRow[] {
  const r = rng(seed);
  const rows: ObsRow[] = [];
  for (let u = 0; u < UNITS.length; u++) {
    for (const metric of STORED) {
      for (const year of YEARS) {
        const mode = r();
        const present = (): boolean => r() < 0.85;
        const value = (): number => (r() < 0.1 ? 0 : Math.floor(r() * 50));
        if (mode < 0.6) {
          for (let m = 1; m <= 12; m++) {
            if (!present()) continue;
            if (r() < 0.03) {
              rows.push([u, `${year}-${pad(m)}`, metric, NaN, 'missing']);
              continue;
            }
            const q = r();
            rows.push([u, `${year}-${pad(m)}`, metric, value(), q < 0.1 ? 'gt' : q < 0.15 ? 'approx' : 'exact']);
          }
        } else if (mode < 0.8) {
          for (let q = 1; q <= 4; q++) if (present()) rows.push([u, `${year}-Q${q}`, metric, value()]);
        } else {
          let total = 0;
          for (let k = 3; k <= 12; k += 3) {
            total += value();
            if (present()) rows.push([u, `${year}-C${pad(k)}`, metric, total]);
          }
        }
      }
    }
  }
  return rows;
}

interface Naive { value: number; partial: boolean; qualifier: Qualifier }
const NONE: Naive = { value: NaN, partial: false, qualifier: 'missing' };

function rangeOf(key: string): { year: number; s: number; e: number; cumulative: boolean } {
  const year = Number(key.slice(0, 4));
  const rest = key.slice(5);
  if (rest === '') return { year, s: 1, e: 12, cumulative: false };
  const n = Number(rest.slice(1));
  if (rest[0] === 'Q') return { year, s: n * 3 - 2, e: n * 3, cumulative: false };
  if (rest[0] === 'H') return { year, s: n * 6 - 5, e: n * 6, cumulative: false };
  if (rest[0] === 'C') return { year, s: 1, e: n, cumulative: true };
  return { year, s: Number(rest), e: Number(rest), cumulative: false };
}

function naiveQualifier(qs: Qualifier[]): Qualifier {
  const set = new Set(qs.filter((q) => q !== 'exact'));
  if (set.size === 0) return 'exact';
  if (set.size === 1) return [...set][0]!;
  return 'approx';
}

function naive(rows: readonly ObsRow[], unit: number, metric: string, target: string): Naive {
  const def = canonicalMetric(metric)!;
  if (def.kind === 'ratio') {
    const n = naive(rows, unit, def.numerator!, target);
    const d = naive(rows, unit, def.denominator!, target);
    if (Number.isNaN(n.value) || Number.isNaN(d.value) || d.value === 0) return NONE;
    return { value: (n.value / d.value) * 100, partial: n.partial || d.partial, qualifier: 'exact' };
  }
  const t = rangeOf(target);
  const mine = rows.filter((row) => row[0] === unit && row[2] === metric && Number.isFinite(row[3]))
    .map((row) => ({ ...rangeOf(row[1]), value: row[3], qualifier: row[4] ?? 'exact' }))
    .filter((p) => p.year === t.year);
  if (def.kind === 'stock') {
    let best: (typeof mine)[number] | undefined;
    for (const p of mine) if (p.e >= t.s && p.e <= t.e && (!best || p.e > best.e)) best = p;
    return best ? { value: best.value, partial: best.e < t.e, qualifier: best.qualifier } : NONE;
  }
  // Flow: cumulative values become the pieces between consecutive reports.
  const pieces: { s: number; e: number; value: number; qualifier: Qualifier }[] = [];
  const cumulative = mine.filter((p) => p.cumulative).sort((a, b) => a.e - b.e);
  let prevEnd = 0;
  let prevValue = 0;
  for (const c of cumulative) {
    pieces.push({ s: prevEnd + 1, e: c.e, value: c.value - prevValue, qualifier: 'exact' });
    prevEnd = c.e;
    prevValue = c.value;
  }
  for (const p of mine) if (!p.cumulative) pieces.push(p);
  const inside = pieces.filter((p) => p.s >= t.s && p.e <= t.e);
  if (inside.length === 0) return NONE;
  const covered = inside.reduce((n, p) => n + p.e - p.s + 1, 0);
  return {
    value: inside.reduce((sum, p) => sum + p.value, 0),
    partial: covered < t.e - t.s + 1,
    qualifier: naiveQualifier(inside.map((p) => p.qualifier)),
  };
}

describe('periodValues matches a naive roll-up', () => {
  it.each([1, 2, 3, 42, 2024])('seed %i, every metric at Q/H/Y', (seed) => {
    const rows = generateRows(seed);
    const ds = makeDataset(UNITS, rows, STORED);
    let compared = 0;
    for (const metric of ALL) {
      for (const target of TARGETS) {
        const pv = periodValues(modelOf(ds), metric, target);
        for (let u = 0; u < UNITS.length; u++) {
          const want = naive(rows, u, metric, target);
          const got = pv.values[u]!;
          const where = `${metric} ${target} unit ${u}`;
          if (Number.isNaN(want.value)) {
            expect(got, where).toBeNaN();
            continue;
          }
          expect(Math.abs(got - want.value), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want.value)));
          expect(pv.partial[u] === 1, where).toBe(want.partial);
          if (canonicalMetric(metric)!.kind !== 'ratio') expect(pv.qualifiers[u], where).toBe(QUALIFIER_CODE[want.qualifier]);
          compared++;
        }
      }
    }
    // The generator must produce enough values for the comparison to mean something.
    expect(compared).toBeGreaterThan(500);
  });
});

describe('periodValues does not depend on observation order', () => {
  it('shuffling the rows changes nothing', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (seed, shuffleSeed) => {
      const rows = generateRows(seed);
      const shuffled = [...rows];
      const r = rng(shuffleSeed);
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const a = makeDataset(UNITS, rows, STORED);
      const b = makeDataset(UNITS, shuffled, STORED);
      for (const metric of ALL) {
        for (const target of [...TARGETS, '2024-05', '2024-C09']) {
          const pa = periodValues(modelOf(a), metric, target);
          const pb = periodValues(modelOf(b), metric, target);
          expect(Array.from(pb.values)).toEqual(Array.from(pa.values));
          expect(Array.from(pb.qualifiers)).toEqual(Array.from(pa.qualifiers));
          expect(Array.from(pb.partial)).toEqual(Array.from(pa.partial));
        }
      }
    }), { numRuns: 15 });
  });
});
