/**
 * The roll-up on the committed sample (data/sample-jinnan-long.csv: 154 communities × 24 months × 24
 * metrics), against an independent computation: the file read with a few lines of code into plain
 * objects, months summed or last-taken by hand, ratios from those sums.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { CANONICAL_METRICS, canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { periodValues } from '../../src/analysis/period-values';
import { modelOf } from './model-of';

const TEXT = readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url), 'utf8').replace(/^\uFEFF/, '');

/** Splits one CSV line; the sample quotes only `"""4050""人员安置"`. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cell); cell = ''; } else cell += ch;
  }
  out.push(cell);
  return out;
}

const byZh = new Map(CANONICAL_METRICS.map((m) => [m.zh, m]));
const rows = TEXT.split(/\r?\n/).slice(1).filter((l) => l !== '').map((l) => {
  const [code, district, parent, name, period, metricZh, value] = splitLine(l);
  return { code: code!, district: district!, parent: parent!, name: name!, period: period!, metric: byZh.get(metricZh!)!.id, value: Number(value) };
});

const b = new DatasetBuilder();
const unitOf = new Map<string, number>();
const metricOf = new Map<string, number>();
for (const r of rows) {
  if (!unitOf.has(r.code)) unitOf.set(r.code, b.addUnit({ code: r.code, name: r.name, parent: r.parent, district: r.district }));
  if (!metricOf.has(r.metric)) metricOf.set(r.metric, b.addMetric(canonicalMetric(r.metric)!));
  b.add({ unit: unitOf.get(r.code)!, period: r.period, metric: metricOf.get(r.metric)!, value: r.value });
}
const ds = b.build({ id: 'sample', name: 'sample', isSample: true });

// Independent side: plain objects, month → value per "code|metric".
const series = new Map<string, Map<number, number>>();
for (const r of rows) {
  const key = `${r.code}|${r.metric}`;
  const month = (Number(r.period.slice(0, 4)) - 2000) * 12 + Number(r.period.slice(5));
  if (!series.has(key)) series.set(key, new Map());
  series.get(key)!.set(month, r.value);
}

function naive(code: string, metric: string, year: number, from: number, to: number): { value: number; partial: boolean } {
  const def = canonicalMetric(metric)!;
  if (def.kind === 'ratio') {
    const n = naive(code, def.numerator!, year, from, to);
    const d = naive(code, def.denominator!, year, from, to);
    return { value: d.value > 0 ? (n.value / d.value) * 100 : NaN, partial: n.partial || d.partial };
  }
  const s = series.get(`${code}|${metric}`);
  const present: number[] = [];
  for (let m = from; m <= to; m++) if (s?.has((year - 2000) * 12 + m)) present.push(m);
  if (present.length === 0) return { value: NaN, partial: false };
  const partial = present.length < to - from + 1;
  if (def.kind === 'stock') {
    const last = present[present.length - 1]!;
    return { value: s!.get((year - 2000) * 12 + last)!, partial: last < to };
  }
  return { value: present.reduce((sum, m) => sum + s!.get((year - 2000) * 12 + m)!, 0), partial };
}

const PERIODS: [string, number, number, number][] = [2023, 2024].flatMap((y) => [
  [`${y}-Q1`, y, 1, 3], [`${y}-Q2`, y, 4, 6], [`${y}-Q3`, y, 7, 9], [`${y}-Q4`, y, 10, 12],
  [`${y}-H1`, y, 1, 6], [`${y}-H2`, y, 7, 12], [`${y}`, y, 1, 12],
] as [string, number, number, number][]);

describe('periodValues on the sample data', () => {
  it('has the sample it expects', () => {
    expect(ds.units).toHaveLength(154);
    expect(ds.metrics).toHaveLength(24);
  });
  it.each(CANONICAL_METRICS.map((m) => m.id))('%s at every quarter, half and year matches the independent roll-up', (metric) => {
    for (const [key, year, from, to] of PERIODS) {
      const pv = periodValues(modelOf(ds), metric, key);
      ds.units.forEach((unit, u) => {
        const want = naive(unit.code, metric, year, from, to);
        const where = `${metric} ${key} ${unit.name}`;
        if (Number.isNaN(want.value)) expect(pv.values[u], where).toBeNaN();
        else expect(Math.abs(pv.values[u]! - want.value), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want.value)));
        expect(pv.partial[u] === 1, where).toBe(want.partial);
      });
    }
  });
  it('marks the one missing row (红星里社区, volunteer hours, 2023-08) as a partial quarter, half and year', () => {
    const u = ds.units.findIndex((x) => x.name === '红星里社区');
    for (const key of ['2023-Q3', '2023-H2', '2023']) expect(periodValues(modelOf(ds), 'volunteer_hours', key).partial[u], key).toBe(1);
    expect(periodValues(modelOf(ds), 'volunteer_hours', '2023-Q2').partial[u]).toBe(0);
  });
});
